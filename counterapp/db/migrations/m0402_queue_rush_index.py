"""The "rush only" view of the open queue answered from one index."""

from __future__ import annotations


def up(db, migrator) -> None:
    """Plain SQL that runs the same on SQLite and PostgreSQL."""
    del migrator
    db.execute_sql("CREATE INDEX IF NOT EXISTS shipment_status_rush_promised "
                   "ON shipment (status, rush, promised_date, id)")
