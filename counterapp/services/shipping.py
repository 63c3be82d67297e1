"""The order/shipping queue: status pipeline, rush feasibility, dispatch, delivery."""

from __future__ import annotations

from counterapp.services.context import ServiceContext


class ShippingService:
    """The order/shipping queue: status pipeline, rush feasibility, dispatch, delivery."""

    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx
