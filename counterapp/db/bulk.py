"""Bulk writes a sale needs: many rows in one INSERT, and stock changes in one UPDATE.

Written from the models' own metadata, because peewee building these statements value by
value cost more than the database work for a 10-line sale (see
bench/bench_counter_services.py).
"""

from __future__ import annotations

from counterapp.db.database import is_sqlite
from counterapp.db.models import Product


def insert_rows(model, rows: list[dict], *, returning_id: bool = False) -> int | None:
    """Insert ``rows`` (dicts of field name → value, same keys) in one multi-row INSERT.

    Fields missing from the rows get their model default, as with ``insert_many``. With
    ``returning_id``, the id of the (single) new row is returned.

    The statement is written from the model's own metadata (table, column names, the
    engine's parameter style) and values go through each field's ``db_value``, exactly
    what ``insert_many`` does — without peewee building the SQL value by value, which cost
    more than the database work for a 10-line sale (see bench/bench_counter_services.py).
    """
    if not rows:
        return
    meta = model._meta
    db = meta.database
    fields = [meta.fields[name] for name in rows[0]]
    defaults = [field for name, field in meta.fields.items()
                if name not in rows[0] and field.default is not None]
    if defaults:  # what insert_many fills in for missing columns
        fields += defaults
        rows = [{**row, **{field.name: field.default() if callable(field.default)
                           else field.default for field in defaults}} for row in rows]
    columns = ", ".join(f'"{field.column_name}"' for field in fields)
    one_row = "(" + ", ".join([db.param] * len(fields)) + ")"
    sql = (f'INSERT INTO "{meta.table_name}" ({columns}) VALUES '  # noqa: S608 (identifiers
           + ", ".join([one_row] * len(rows)))                    # come from the model)
    params = [field.db_value(row[field.name]) for row in rows for field in fields]
    if returning_id and not is_sqlite(db):
        return db.execute_sql(sql + ' RETURNING "id"', params).fetchone()[0]
    cursor = db.execute_sql(sql, params)
    return cursor.lastrowid if returning_id else None


def move_stock(changes: dict[int, int]) -> None:
    """Add ``changes[product_id]`` to each product's stock in one UPDATE.

    Relative (``stock = stock + n``), so exact under concurrent sales; written directly
    because peewee's ``Case`` builder cost more than the statement itself.
    """
    if not changes:
        return
    db = Product._meta.database
    ids = sorted(changes)
    param = db.param
    sql = ('UPDATE "product" SET "stock" = "stock" + CASE "id" '  # noqa: S608 (no user text)
           + " ".join([f"WHEN {param} THEN {param}"] * len(ids))
           + f' ELSE 0 END WHERE "id" IN ({", ".join([param] * len(ids))})')
    db.execute_sql(sql, [v for pid in ids for v in (pid, int(changes[pid]))] + ids)

