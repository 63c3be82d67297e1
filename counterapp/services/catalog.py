"""Products: search as you type, barcode lookup, prices per customer."""

from __future__ import annotations

from counterapp.services.context import ServiceContext


class CatalogService:
    """Products: search as you type, barcode lookup, prices per customer."""

    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx
