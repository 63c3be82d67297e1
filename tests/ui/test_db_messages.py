"""Database faults read as causes a clerk can act on, never as a class name or driver text."""

from __future__ import annotations

from counterapp.domain.errors import DatabaseMissing, DatabaseRetryable, DatabaseWriteFailed
from counterapp.ui.common.messages import error_text, retrying_text


def test_each_database_fault_reads_as_its_cause(qapp):
    cases = {
        DatabaseWriteFailed("disk_full", "the disk is full: nothing was saved (x.db)"):
            "The disk is full: nothing was saved",
        DatabaseWriteFailed("file_gone", "the database file x.db was deleted"):
            "deleted or replaced",
        DatabaseWriteFailed("read_only", "read only"): "can only be read",
        DatabaseWriteFailed("corrupt", "damaged"): "damaged",
        DatabaseWriteFailed("io_error", "i/o"): "cannot be read or written",
        DatabaseRetryable("the database server did not answer (server closed the connection "
                          "unexpectedly): nothing was saved; try again (db:5432)"):
            "unreachable",
        DatabaseMissing("/srv/negozzio.db"): "/srv/negozzio.db",
    }
    for error, words in cases.items():
        text = error_text(error)
        assert words in text, text
        for name in ("DatabaseWriteFailed", "DatabaseRetryable", "DatabaseMissing",
                     "OperationalError", "InterfaceError", "rollback"):
            assert name not in text


def test_the_retry_notice(qapp):
    assert retrying_text() == "Database unreachable, retrying…"
