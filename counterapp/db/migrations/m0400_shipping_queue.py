"""The shipping queue's indexes and the change counter other workstations poll."""

from __future__ import annotations


def up(db, migrator) -> None:
    """Plain SQL that runs the same on SQLite and PostgreSQL."""
    del migrator
    db.execute_sql("CREATE TABLE IF NOT EXISTS shipping_change "
                   "(id INTEGER PRIMARY KEY, counter BIGINT NOT NULL)")
    db.execute_sql("INSERT INTO shipping_change (id, counter) VALUES (1, 0)")
    # The default view: open shipments by promised date.
    db.execute_sql("CREATE INDEX IF NOT EXISTS shipment_status_promised "
                   "ON shipment (status, promised_date, id)")
    # A driver's booked stops per day (rush feasibility) and the run sheet.
    db.execute_sql("CREATE INDEX IF NOT EXISTS shipment_driver_promised "
                   "ON shipment (driver_id, promised_date)")
    db.execute_sql("CREATE INDEX IF NOT EXISTS shipment_carrier_status "
                   "ON shipment (carrier_id, status)")
    # On-time statistics by delivery period.
    db.execute_sql("CREATE INDEX IF NOT EXISTS shipment_delivered_at ON shipment (delivered_at)")
    db.execute_sql("CREATE INDEX IF NOT EXISTS shipment_rush_promised "
                   "ON shipment (rush, promised_date)")
