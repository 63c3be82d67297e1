"""Callbacks and follow-ups; the outbound call list."""

from __future__ import annotations

from counterapp.services.context import ServiceContext


class TaskService:
    """Callbacks and follow-ups; the outbound call list."""

    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx
