"""CSV import and export in the contract's columns."""

from __future__ import annotations

from counterapp.services.context import ServiceContext


class CsvService:
    """CSV import and export in the contract's columns."""

    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx
