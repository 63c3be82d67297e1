"""0200: product search as you type, and case-insensitive SKU look-up.

SQLite: an FTS5 external-content table over ``product`` (name, sku, barcode, description)
with accent folding and prefix indexes, kept in step by triggers — so rows written by any
code path (demo generator, imports, plain INSERTs) are searchable — and rebuilt once here
for the rows that already exist. The update trigger fires only when a searched column
changes, so the stock decrement of every sale does not touch the index.

PostgreSQL: a generated ``tsvector`` column (``'simple'`` configuration, accents folded by
``translate``, punctuation turned into spaces first so ``<b>`` or ``a@b.it`` are not taken
for tags or e-mails and words split as FTS5 splits them; no extension needed) with a GIN
index; queries use prefix tsqueries.
"""

from __future__ import annotations

from counterapp.db.database import is_sqlite

# Accented letters folded on PostgreSQL (the query side folds with domain.text.fold).
ACCENTED = "àáâãäåāèéêëēìíîïīòóôõöøōùúûüūçñýÿšž"
PLAIN = "aaaaaaaeeeeeiiiiiooooooouuuuucnyysz"

SQLITE = [
    """CREATE VIRTUAL TABLE product_fts USING fts5(
           name, sku, barcode, description,
           content='product', content_rowid='id',
           tokenize="unicode61 remove_diacritics 2", prefix='2 3 4')""",
    """CREATE TRIGGER product_fts_ai AFTER INSERT ON product BEGIN
           INSERT INTO product_fts(rowid, name, sku, barcode, description)
           VALUES (new.id, new.name, new.sku, new.barcode, new.description);
       END""",
    """CREATE TRIGGER product_fts_ad AFTER DELETE ON product BEGIN
           INSERT INTO product_fts(product_fts, rowid, name, sku, barcode, description)
           VALUES ('delete', old.id, old.name, old.sku, old.barcode, old.description);
       END""",
    """CREATE TRIGGER product_fts_au AFTER UPDATE OF name, sku, barcode, description
       ON product BEGIN
           INSERT INTO product_fts(product_fts, rowid, name, sku, barcode, description)
           VALUES ('delete', old.id, old.name, old.sku, old.barcode, old.description);
           INSERT INTO product_fts(rowid, name, sku, barcode, description)
           VALUES (new.id, new.name, new.sku, new.barcode, new.description);
       END""",
    "INSERT INTO product_fts(product_fts) VALUES ('rebuild')",
    "CREATE INDEX product_sku_upper ON product (upper(sku))",
]

POSTGRES = [
    f"""ALTER TABLE product ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
           to_tsvector('simple'::regconfig, regexp_replace(translate(lower(
               coalesce(name, '') || ' ' || coalesce(sku, '') || ' ' ||
               coalesce(barcode, '') || ' ' || coalesce(description, '')),
               '{ACCENTED}', '{PLAIN}'), '[[:punct:][:space:]]+', ' ', 'g'))) STORED""",
    "CREATE INDEX product_search_vector ON product USING gin (search_vector)",
    "CREATE INDEX product_sku_upper ON product (upper(sku))",
]


def up(db, migrator) -> None:
    """Create the search structures for the engine in use."""
    del migrator
    for statement in SQLITE if is_sqlite(db) else POSTGRES:
        db.execute_sql(statement)
