"""Gapless numbers per series and year, safe with several workstations."""

from __future__ import annotations

from counterapp.db.models import DocumentSequence


def next_number(series: str, year: int) -> int:
    """Take the next number of ``series`` in ``year``.

    Must run inside the transaction that uses the number: the row is created or
    incremented with one UPDATE, which takes the row lock on PostgreSQL and happens under
    the ``BEGIN IMMEDIATE`` write lock on SQLite, so two workstations never get the same
    number and a rolled-back sale gives its number back.
    """
    updated = (DocumentSequence
               .update(last_number=DocumentSequence.last_number + 1)
               .where((DocumentSequence.series == series) & (DocumentSequence.year == year))
               .execute())
    if not updated:
        # First number of the year: insert, or lose the race and increment the winner's row.
        inserted = (DocumentSequence
                    .insert(series=series, year=year, last_number=1)
                    .on_conflict_ignore()
                    .execute())
        if not inserted:
            DocumentSequence.update(last_number=DocumentSequence.last_number + 1).where(
                (DocumentSequence.series == series) & (DocumentSequence.year == year)).execute()
    return (DocumentSequence
            .select(DocumentSequence.last_number)
            .where((DocumentSequence.series == series) & (DocumentSequence.year == year))
            .scalar())


def format_number(prefix: str, year: int, number: int) -> str:
    """``V2026-000123`` style: sortable, year visible, prefix tells the series."""
    return f"{prefix}{year}-{number:06d}"
