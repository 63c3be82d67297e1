"""Alias kept for callers that import ``counterapp.ui.customers.dialog.CustomerDialog``."""

from counterapp.ui.customers.customer_dialog import CustomerDialog

__all__ = ["CustomerDialog"]
