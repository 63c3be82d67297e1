"""The queue panel package: widget, table models, dialogs."""
