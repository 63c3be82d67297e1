"""0500: the print journal is looked up per (order, document type); DDT numbers are unique.

The copy stamp asks "was this document of this order printed before?" at every print,
and the DDT number must never be given to two shipments even if a bug slipped past the
gapless sequence: a partial unique index (empty numbers excluded) enforces it. The same
SQL runs on SQLite and PostgreSQL.
"""

from __future__ import annotations


def up(db, migrator) -> None:
    """Add the journal lookup index and the unique DDT number index."""
    del migrator
    db.execute_sql('CREATE INDEX print_job_order_document ON print_job '
                   '(order_id, document_type, status)')
    db.execute_sql("CREATE UNIQUE INDEX shipment_ddt_number_unique ON shipment (ddt_number) "
                   "WHERE ddt_number <> ''")
