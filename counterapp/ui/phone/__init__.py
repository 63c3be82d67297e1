"""The phone panel package: widget, table models, dialogs."""
