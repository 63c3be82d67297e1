"""0201: a returned line points at the sale line it gives back (partial returns add up)."""

from __future__ import annotations


def up(db, migrator) -> None:
    """Add ``order_line.origin_line_id`` with an index (same SQL on both engines)."""
    del migrator
    db.execute_sql("ALTER TABLE order_line ADD COLUMN origin_line_id INTEGER "
                   "REFERENCES order_line (id) ON DELETE SET NULL")
    db.execute_sql("CREATE INDEX order_line_origin_line_id ON order_line (origin_line_id)")
