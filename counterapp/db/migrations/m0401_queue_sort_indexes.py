"""Indexes that let the queue sort every order by channel or by a shipment column quickly."""

from __future__ import annotations


def up(db, migrator) -> None:
    """Plain SQL that runs the same on SQLite and PostgreSQL."""
    del migrator
    db.execute_sql('CREATE INDEX IF NOT EXISTS order_channel_id ON "order" (channel, id)')
    db.execute_sql("CREATE INDEX IF NOT EXISTS shipment_requested_id "
                   "ON shipment (requested_date, id)")
    db.execute_sql("CREATE INDEX IF NOT EXISTS shipment_method_id ON shipment (method, id)")
