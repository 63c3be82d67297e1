"""0710: the audit log becomes append-only and hash-chained.

- ``audit_entry`` gains the names as text (``user_login``, ``user_name``, ``approver_login``,
  ``approver_name``, ``customer_code``, ``customer_name``), filled from today's rows, and
  ``prev_hash``/``row_hash``, computed here for every existing row in id order.
- Its foreign keys go: ``ON DELETE SET NULL`` rewrote audit rows when a user or customer was
  deleted (the triggers below would now refuse that, and with it the delete). The ids stay
  as plain columns; the texts are what the log shows. SQLite cannot drop a constraint, so
  there the table is rebuilt (rows, ids and times copied as they are).
- ``audit_chain_head`` (one row) holds the number of entries, the last id and the last
  hash; an ``AFTER INSERT`` trigger keeps it, and it may only move forward.
- Triggers refuse ``UPDATE`` and ``DELETE`` of audit rows (and ``TRUNCATE`` on PostgreSQL).

``DROP TABLE`` cannot be refused by a trigger on SQLite (nor by one on PostgreSQL short of
an event trigger, which needs a superuser); ``counterapp audit verify`` detects a dropped
or replaced table through the head row and the triggers' presence instead.

The hash is computed with the same function the app uses (``chain_hash``): it is a stored
format, frozen like a schema, not a model.
"""

from __future__ import annotations

import peewee

from counterapp.db.database import is_sqlite
from counterapp.db.models.audit import GENESIS, chain_hash
from counterapp.domain.money import from_cents

_PAGE = 5000
_TEXT_COLUMNS = ("user_login", "user_name", "approver_login", "approver_name",
                 "customer_code", "customer_name")

_SELECT = ('SELECT a.id, a.at, a.user_id, u.login, u.display_name, a.approver_id, p.login, '
           'p.display_name, a.action, a.entity, a.entity_id, a.customer_id, c.code, c.name, '
           'a.amount, a.before, a.after, a.reason FROM {table} AS a '
           'LEFT JOIN "user" AS u ON u.id = a.user_id '
           'LEFT JOIN "user" AS p ON p.id = a.approver_id '
           'LEFT JOIN customer AS c ON c.id = a.customer_id '
           'WHERE a.id > {mark} ORDER BY a.id LIMIT {page}')

_SQLITE_TABLE = """CREATE TABLE audit_entry_new (
    "id" INTEGER NOT NULL PRIMARY KEY, "at" DATETIME NOT NULL,
    "user_id" INTEGER, "user_login" TEXT NOT NULL DEFAULT '', "user_name" TEXT NOT NULL DEFAULT '',
    "approver_id" INTEGER, "approver_login" TEXT NOT NULL DEFAULT '',
    "approver_name" TEXT NOT NULL DEFAULT '',
    "action" VARCHAR(40) NOT NULL, "entity" VARCHAR(30) NOT NULL DEFAULT '',
    "entity_id" VARCHAR(40) NOT NULL DEFAULT '',
    "customer_id" INTEGER, "customer_code" TEXT NOT NULL DEFAULT '',
    "customer_name" TEXT NOT NULL DEFAULT '', "amount" INTEGER,
    "before" TEXT NOT NULL DEFAULT '', "after" TEXT NOT NULL DEFAULT '',
    "reason" TEXT NOT NULL DEFAULT '',
    "prev_hash" TEXT NOT NULL DEFAULT '', "row_hash" TEXT NOT NULL DEFAULT '')"""

_INDEXES = (
    'CREATE INDEX IF NOT EXISTS "audit_entry_at" ON "audit_entry" ("at")',
    'CREATE INDEX IF NOT EXISTS "audit_entry_user_id" ON "audit_entry" ("user_id")',
    'CREATE INDEX IF NOT EXISTS "audit_entry_approver_id" ON "audit_entry" ("approver_id")',
    'CREATE INDEX IF NOT EXISTS "audit_entry_action" ON "audit_entry" ("action")',
    'CREATE INDEX IF NOT EXISTS "audit_entry_customer_id" ON "audit_entry" ("customer_id")',
    # The viewer filters by login and lists the logins (newest name first): (login, id).
    'CREATE INDEX IF NOT EXISTS "audit_entry_user_login" ON "audit_entry" ("user_login", "id")',
    'CREATE INDEX IF NOT EXISTS "audit_entry_approver_login" '
    'ON "audit_entry" ("approver_login", "id")',
)

_HEAD_TABLE = ("CREATE TABLE audit_chain_head (id INTEGER PRIMARY KEY CHECK (id = 1), "
               "entries BIGINT NOT NULL, last_id BIGINT NOT NULL, last_hash TEXT NOT NULL)")

#: Trigger names ``audit verify`` expects to find (per engine).
SQLITE_TRIGGERS = ("audit_entry_no_update", "audit_entry_no_delete", "audit_entry_chain_head",
                   "audit_chain_head_forward", "audit_chain_head_no_delete")
POSTGRES_TRIGGERS = ("audit_entry_no_update_delete", "audit_entry_no_truncate",
                     "audit_entry_chain_head", "audit_chain_head_forward",
                     "audit_chain_head_no_truncate")

_SQLITE_DDL = (
    """CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
    BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END""",
    """CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
    BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END""",
    """CREATE TRIGGER audit_entry_chain_head AFTER INSERT ON audit_entry
    BEGIN UPDATE audit_chain_head SET entries = entries + 1, last_id = NEW.id,
          last_hash = NEW.row_hash WHERE id = 1; END""",
    """CREATE TRIGGER audit_chain_head_forward BEFORE UPDATE ON audit_chain_head
    WHEN NEW.id <> OLD.id OR NEW.entries <> OLD.entries + 1 OR NEW.last_id <= OLD.last_id
    BEGIN SELECT RAISE(ABORT, 'audit chain head only moves forward'); END""",
    """CREATE TRIGGER audit_chain_head_no_delete BEFORE DELETE ON audit_chain_head
    BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END""",
)

_POSTGRES_DDL = (
    """CREATE OR REPLACE FUNCTION audit_append_only() RETURNS trigger AS $$
    BEGIN RAISE EXCEPTION 'audit log is append-only'; END $$ LANGUAGE plpgsql""",
    """CREATE TRIGGER audit_entry_no_update_delete BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_append_only()""",
    """CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only()""",
    """CREATE OR REPLACE FUNCTION audit_chain_head_advance() RETURNS trigger AS $$
    BEGIN UPDATE audit_chain_head SET entries = entries + 1, last_id = NEW.id,
          last_hash = NEW.row_hash WHERE id = 1; RETURN NULL; END $$ LANGUAGE plpgsql""",
    """CREATE TRIGGER audit_entry_chain_head AFTER INSERT ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_chain_head_advance()""",
    """CREATE OR REPLACE FUNCTION audit_chain_head_forward() RETURNS trigger AS $$
    BEGIN
      IF TG_OP = 'DELETE' OR NEW.id <> OLD.id OR NEW.entries <> OLD.entries + 1
         OR NEW.last_id <= OLD.last_id THEN
        RAISE EXCEPTION 'audit chain head only moves forward';
      END IF;
      RETURN NEW;
    END $$ LANGUAGE plpgsql""",
    """CREATE TRIGGER audit_chain_head_forward BEFORE UPDATE OR DELETE ON audit_chain_head
    FOR EACH ROW EXECUTE FUNCTION audit_chain_head_forward()""",
    """CREATE TRIGGER audit_chain_head_no_truncate BEFORE TRUNCATE ON audit_chain_head
    FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only()""",
)

_AT = peewee.DateTimeField()


def _chained(db, table: str):
    """Yield ``(id, raw_at, texts, prev_hash, row_hash, raw_row)`` for every row, in id order."""
    prev, mark = GENESIS, 0
    while True:
        page = db.execute_sql(_SELECT.format(table=table, mark=int(mark), page=_PAGE)).fetchall()
        if not page:
            return
        for raw in page:
            (row_id, at, user_id, user_login, user_name, approver_id, approver_login,
             approver_name, action, entity, entity_id, customer_id, code, name, cents,
             before, after, reason) = raw
            texts = tuple("" if v is None else v for v in (
                user_login, user_name, approver_login, approver_name, code, name))
            values = dict(zip(_TEXT_COLUMNS, texts, strict=True))
            values.update(at=_AT.python_value(at), user_id=user_id, approver_id=approver_id,
                          action=action, entity=entity, entity_id=entity_id,
                          customer_id=customer_id,
                          amount=None if cents is None else from_cents(cents),
                          before=before, after=after, reason=reason)
            digest = chain_hash(prev, values)
            yield row_id, texts, prev, digest, raw
            prev = digest
        mark = page[-1][0]


def _rebuild_sqlite(db) -> tuple[int, int, str]:
    db.execute_sql(_SQLITE_TABLE)
    insert = ('INSERT INTO audit_entry_new (id, at, user_id, user_login, user_name, approver_id, '
              'approver_login, approver_name, action, entity, entity_id, customer_id, '
              'customer_code, customer_name, amount, before, after, reason, prev_hash, row_hash) '
              'VALUES (' + ", ".join("?" * 20) + ")")
    count, last_id, last_hash, batch = 0, 0, GENESIS, []
    cursor = db.connection().cursor()
    for row_id, texts, prev, digest, raw in _chained(db, "audit_entry"):
        batch.append((row_id, raw[1], raw[2], texts[0], texts[1], raw[5], texts[2], texts[3],
                      raw[8], raw[9], raw[10], raw[11], texts[4], texts[5], raw[14], raw[15],
                      raw[16], raw[17], prev, digest))
        count, last_id, last_hash = count + 1, row_id, digest
        if len(batch) >= _PAGE:
            cursor.executemany(insert, batch)
            batch = []
    if batch:
        cursor.executemany(insert, batch)
    db.execute_sql("DROP TABLE audit_entry")
    db.execute_sql("ALTER TABLE audit_entry_new RENAME TO audit_entry")
    return count, last_id, last_hash


def _alter_postgres(db) -> tuple[int, int, str]:
    from psycopg2.extras import execute_values  # noqa: PLC0415 (PostgreSQL only)

    for column in (*_TEXT_COLUMNS, "prev_hash", "row_hash"):
        db.execute_sql(f"ALTER TABLE audit_entry ADD COLUMN {column} TEXT NOT NULL DEFAULT ''")
    for (name,) in db.execute_sql("SELECT conname FROM pg_constraint WHERE contype = 'f' "
                                  "AND conrelid = 'audit_entry'::regclass").fetchall():
        db.execute_sql(f'ALTER TABLE audit_entry DROP CONSTRAINT "{name}"')
    update = ("UPDATE audit_entry AS a SET user_login = v.ul, user_name = v.un, "
              "approver_login = v.al, approver_name = v.an, customer_code = v.cc, "
              "customer_name = v.cn, prev_hash = v.p, row_hash = v.h "
              "FROM (VALUES %s) AS v(id, ul, un, al, an, cc, cn, p, h) WHERE a.id = v.id")
    count, last_id, last_hash, batch = 0, 0, GENESIS, []
    cursor = db.connection().cursor()
    for row_id, texts, prev, digest, _raw in _chained(db, "audit_entry"):
        batch.append((row_id, *texts, prev, digest))
        count, last_id, last_hash = count + 1, row_id, digest
        if len(batch) >= _PAGE:
            execute_values(cursor, update, batch, page_size=len(batch))
            batch = []
    if batch:
        execute_values(cursor, update, batch, page_size=len(batch))
    return count, last_id, last_hash


def up(db, migrator) -> None:
    """Add the text and hash columns, chain today's rows, install the head and the triggers."""
    del migrator
    sqlite = is_sqlite(db)
    count, last_id, last_hash = _rebuild_sqlite(db) if sqlite else _alter_postgres(db)
    for statement in _INDEXES:
        db.execute_sql(statement)
    db.execute_sql(_HEAD_TABLE)
    db.execute_sql("INSERT INTO audit_chain_head (id, entries, last_id, last_hash) "
                   + ("VALUES (1, ?, ?, ?)" if sqlite else "VALUES (1, %s, %s, %s)"),
                   (count, last_id, last_hash))
    for statement in _SQLITE_DDL if sqlite else _POSTGRES_DDL:
        db.execute_sql(statement)
