"""Counter and phone sales: checkout, park, quotes, returns."""

from __future__ import annotations

from counterapp.services.context import ServiceContext


class SalesService:
    """Counter and phone sales: checkout, park, quotes, returns."""

    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx
