"""Help for the clerk: the key card (F1)."""
