"""Documents from orders (slips, DDT, receipts, quotes) and the print journal."""

from __future__ import annotations

from counterapp.services.context import ServiceContext


class PrintingService:
    """Documents from orders (slips, DDT, receipts, quotes) and the print journal."""

    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx
