"""Chunked multi-row inserts with ids assigned by the generator, converted by the models' fields."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import peewee

from counterapp.db.database import is_sqlite
from counterapp.db.demo.world import Progress
from counterapp.db.models.base import MoneyField, RateField
from counterapp.domain.money import CENT

# SQLite accepts at most 32,766 bound values per statement; stay well under it.
_MAX_VALUES_PER_STATEMENT = 30_000
_ROWS_PER_CHUNK = 5_000


class _Writer:
    """Multi-row inserts in chunks inside one transaction per call, with progress."""

    def __init__(self, db: peewee.Database, progress: Progress | None):
        self.db = db
        self.sqlite = is_sqlite(db)
        self.progress = progress
        self.counts: dict[str, int] = {}

    def next_id(self, model) -> int:
        return (model.select(peewee.fn.MAX(model.id)).scalar() or 0) + 1

    def _converter(self, field):
        """How a Python value of ``field`` becomes its stored form; ``None`` when as is."""
        if isinstance(field, MoneyField):
            # MoneyField.db_value in one step (it is called a million times on the large set).
            return lambda v: None if v is None else int(
                Decimal(v).quantize(CENT, ROUND_HALF_UP) * 100)
        if isinstance(field, RateField):
            return field.db_value
        if not self.sqlite:
            return None  # psycopg2 adapts bool, date and datetime itself
        if isinstance(field, peewee.BooleanField):
            return lambda v: None if v is None else int(v)
        if isinstance(field, peewee.DateTimeField | peewee.DateField | peewee.TimeField):
            # SQLite stores these as text; str() gives the format peewee reads back.
            return lambda v: None if v is None else str(v)
        return None

    def insert(self, model, columns: list[str], rows: list[tuple], label: str = "", *,
               report: bool = True) -> None:
        """Insert ``rows`` (tuples in ``columns`` order, Python values) in one transaction."""
        if not rows:
            return
        # Raw inserts get no ORM defaults: add every defaulted column that was not given.
        extra = [f for f in model._meta.sorted_fields
                 if f.name not in columns and f.default is not None and not f.primary_key]
        defaults = tuple(f.default() if callable(f.default) else f.default for f in extra)
        columns = list(columns) + [f.name for f in extra]
        fields = [model._meta.fields[name] for name in columns]
        conversions = [(i, conv) for i, conv in enumerate(map(self._converter, fields)) if conv]
        table = model._meta.table_name
        column_sql = ", ".join(f'"{f.column_name}"' for f in fields)
        chunk = max(1, min(_ROWS_PER_CHUNK, _MAX_VALUES_PER_STATEMENT // len(fields)))
        label = label or table
        total = len(rows)
        if self.sqlite:
            marks = ", ".join("?" * len(fields))
            # Names come from model metadata, values are bound parameters.
            sql = f'INSERT INTO "{table}" ({column_sql}) VALUES ({marks})'  # noqa: S608
        else:
            from psycopg2.extras import execute_values  # noqa: PLC0415 (PostgreSQL only)

            sql = f'INSERT INTO "{table}" ({column_sql}) VALUES %s'  # noqa: S608
        with self.db.atomic():
            cursor = self.db.connection().cursor()
            for start in range(0, total, chunk):
                # Column by column: one map() per converted column beats a call per value.
                part = rows[start:start + chunk]
                if defaults:
                    part = [row + defaults for row in part]
                if conversions:
                    cols = list(zip(*part, strict=True))
                    for index, conv in conversions:
                        cols[index] = list(map(conv, cols[index]))
                    part = list(zip(*cols, strict=True))
                if self.sqlite:
                    cursor.executemany(sql, part)
                else:
                    execute_values(cursor, sql, part, page_size=len(part))
                if self.progress and report:
                    self.progress(min(start + chunk, total), total, label)
        self.counts[table] = self.counts.get(table, 0) + total

    def fix_sequences(self, models) -> None:
        """PostgreSQL: move each id sequence past the ids assigned here."""
        if self.sqlite:
            return
        for model in models:
            table = model._meta.table_name
            self.db.execute_sql(
                f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "  # noqa: S608
                f"COALESCE((SELECT MAX(id) FROM \"{table}\"), 0) + 1, false)")
