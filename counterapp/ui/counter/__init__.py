"""The counter panel package: widget, table models, dialogs."""
