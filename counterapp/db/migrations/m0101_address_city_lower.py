"""0101: find customers by city whatever the case the clerk typed ("milano", "MILANO")."""

from __future__ import annotations


def up(db, migrator) -> None:
    """An expression index on ``lower(city)``; the same statement on SQLite and PostgreSQL."""
    del migrator
    db.execute_sql("CREATE INDEX IF NOT EXISTS address_city_lower ON address (lower(city))")
