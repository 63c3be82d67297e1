"""0100: customer search as you type — a word anywhere in the name, the tail of a phone number.

SQLite: an FTS5 external-content table over ``customer.search_name`` (already folded)
kept in step by triggers, so rows written by any code path (demo generator, CSV import,
plain INSERTs) are searchable; and a trigram FTS5 table over ``phone_number.e164`` so
"the last digits" of a number are found without scanning. Both are rebuilt once here.

PostgreSQL: a generated ``tsvector`` column over ``search_name`` ('simple' configuration,
punctuation turned into spaces as FTS5 splits words) with a GIN index, and an index on
``reverse(e164)`` so a tail of digits is a prefix search. No extension needed.
"""

from __future__ import annotations

from counterapp.db.database import is_sqlite

SQLITE = [
    """CREATE VIRTUAL TABLE customer_fts USING fts5(
           search_name, content='customer', content_rowid='id',
           tokenize="unicode61 remove_diacritics 2", prefix='2 3')""",
    """CREATE TRIGGER customer_fts_ai AFTER INSERT ON customer BEGIN
           INSERT INTO customer_fts(rowid, search_name) VALUES (new.id, new.search_name);
       END""",
    """CREATE TRIGGER customer_fts_ad AFTER DELETE ON customer BEGIN
           INSERT INTO customer_fts(customer_fts, rowid, search_name)
           VALUES ('delete', old.id, old.search_name);
       END""",
    """CREATE TRIGGER customer_fts_au AFTER UPDATE OF search_name ON customer BEGIN
           INSERT INTO customer_fts(customer_fts, rowid, search_name)
           VALUES ('delete', old.id, old.search_name);
           INSERT INTO customer_fts(rowid, search_name) VALUES (new.id, new.search_name);
       END""",
    "INSERT INTO customer_fts(customer_fts) VALUES ('rebuild')",
    """CREATE VIRTUAL TABLE phone_number_fts USING fts5(
           e164, content='phone_number', content_rowid='id', tokenize='trigram')""",
    """CREATE TRIGGER phone_number_fts_ai AFTER INSERT ON phone_number BEGIN
           INSERT INTO phone_number_fts(rowid, e164) VALUES (new.id, new.e164);
       END""",
    """CREATE TRIGGER phone_number_fts_ad AFTER DELETE ON phone_number BEGIN
           INSERT INTO phone_number_fts(phone_number_fts, rowid, e164)
           VALUES ('delete', old.id, old.e164);
       END""",
    """CREATE TRIGGER phone_number_fts_au AFTER UPDATE OF e164 ON phone_number BEGIN
           INSERT INTO phone_number_fts(phone_number_fts, rowid, e164)
           VALUES ('delete', old.id, old.e164);
           INSERT INTO phone_number_fts(rowid, e164) VALUES (new.id, new.e164);
       END""",
    "INSERT INTO phone_number_fts(phone_number_fts) VALUES ('rebuild')",
]

POSTGRES = [
    """ALTER TABLE customer ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
           to_tsvector('simple'::regconfig,
                       regexp_replace(coalesce(search_name, ''), '[[:punct:][:space:]]+', ' ',
                                      'g'))) STORED""",
    "CREATE INDEX customer_search_vector ON customer USING gin (search_vector)",
    "CREATE INDEX phone_number_e164_reversed ON phone_number (reverse(e164) text_pattern_ops)",
]


def up(db, migrator) -> None:
    """Create the search structures for the engine in use."""
    del migrator
    for statement in SQLITE if is_sqlite(db) else POSTGRES:
        db.execute_sql(statement)
