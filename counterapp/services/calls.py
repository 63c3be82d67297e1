"""Phone calls: caller lookup, call log, outcomes."""

from __future__ import annotations

from counterapp.services.context import ServiceContext


class CallService:
    """Phone calls: caller lookup, call log, outcomes."""

    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx
