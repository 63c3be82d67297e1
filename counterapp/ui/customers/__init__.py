"""The customers panel package: widget, table models, dialogs."""
