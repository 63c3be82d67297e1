"""The dashboard panel package: widget, table models, dialogs."""
