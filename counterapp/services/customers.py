"""Customers: accounts, contacts, phones, addresses, search, leads."""

from __future__ import annotations

from counterapp.services.context import ServiceContext


class CustomerService:
    """Customers: accounts, contacts, phones, addresses, search, leads."""

    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx
