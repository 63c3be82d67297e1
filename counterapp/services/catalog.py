"""Products: search as you type, barcode/SKU look-up.

Search runs in the database, never over a loaded catalogue: SQLite answers from the FTS5
table ``product_fts`` (migration 0200, accents folded, prefix indexes), PostgreSQL from the
generated ``product.search_vector`` with a GIN index. Typed text never reaches the query
language: it is folded, cut into plain word tokens, and each token is quoted as a prefix
term, so quotes, ``*``, ``-``, ``NEAR`` or ``OR`` are just text.
"""

from __future__ import annotations

import re
from decimal import Decimal

from counterapp.db.database import is_sqlite
from counterapp.db.migrations.m0200_product_search import ACCENTED, PLAIN
from counterapp.db.models import Product
from counterapp.domain.errors import NotFound
from counterapp.domain.money import from_cents
from counterapp.domain.text import fold
from counterapp.services.cart import ProductRow
from counterapp.services.context import ServiceContext

# Letters and digits only: FTS5's unicode61 and PostgreSQL's parser both split on the rest.
_TOKEN_RE = re.compile(r"[^\W_]+")
MAX_TOKENS = 8
MIN_PREFIX = 2
MAX_LIMIT = 500

# A broad prefix ("fo" in 200,000 products) matches tens of thousands of rows; ranking them
# all costs tens or hundreds of milliseconds, and so does reading their product rows. So
# only the first CANDIDATES matches (in id order) are ranked, and only the best of those
# are joined to the product table: identical results whenever fewer match, and among
# thousands of hits for two letters any fifty are as good as any other — the clerk types
# a third letter.
CANDIDATES = 300

# BM25 with column weights: a hit in the name counts most, then SKU and barcode, then the
# description.

SQLITE_SEARCH_SQL = (
    "SELECT p.id, p.sku, p.barcode, p.name, p.price, p.vat_rate, p.stock, p.location FROM "
    "(SELECT id, score FROM (SELECT rowid AS id, "
    "bm25(product_fts, 10.0, 5.0, 5.0, 1.0) AS score FROM product_fts "
    "WHERE product_fts MATCH ? LIMIT ?) ORDER BY score LIMIT ?) f "
    "JOIN product p ON p.id = f.id WHERE p.active ORDER BY f.score LIMIT ?")

# Matching rowids in catalogue order, stopping early: cheap however common the words are.
PROBE_SQL = "SELECT rowid FROM product_fts WHERE product_fts MATCH ? LIMIT ?"
PRODUCTS_BY_ID_SQL = ("SELECT id, sku, barcode, name, price, vat_rate, stock, location "
                      "FROM product WHERE active AND id IN (?)")

# PostgreSQL: a product whose *name* holds every word gets a bonus over description hits.
_PG_NAME_VECTOR = (f"to_tsvector('simple', regexp_replace(translate(lower(p.name), "
                   f"'{ACCENTED}', '{PLAIN}'), '[[:punct:][:space:]]+', ' ', 'g'))")
# Only constants are formatted in; the typed text is a parameter.
POSTGRES_SEARCH_SQL = (
    "SELECT id, sku, barcode, name, price, vat_rate, stock, location FROM ("  # noqa: S608
    "SELECT p.id, p.sku, p.barcode, p.name, p.price, p.vat_rate, p.stock, p.location, "
    f"ts_rank(p.search_vector, q) + CASE WHEN {_PG_NAME_VECTOR} @@ q THEN 1 ELSE 0 END "
    "AS score FROM product p, to_tsquery('simple', %s) q "
    "WHERE p.search_vector @@ q AND p.active LIMIT %s) f ORDER BY score DESC, id LIMIT %s")


# Exact code look-up: both columns are indexed (barcode unique, upper(sku) by migration 0200).
LOOKUP_SQL = ("SELECT id, sku, barcode, name, price, vat_rate, stock, location FROM product "
              "WHERE active AND (barcode = ? OR upper(sku) = ?) LIMIT 2")


def search_tokens(text: str) -> list[str]:
    """The folded word tokens of typed text (at most ``MAX_TOKENS``)."""
    return _TOKEN_RE.findall(fold(text or ""))[:MAX_TOKENS]


def fts5_query(tokens: list[str]) -> str:
    """An FTS5 MATCH expression: every token a quoted prefix term, all required.

    A one-character token is a whole word (``"a"``), not a prefix: the prefix indexes start
    at two characters, and every word starting with one letter is most of the catalogue.
    """
    return " ".join(f'"{token}"*' if len(token) >= MIN_PREFIX else f'"{token}"'
                    for token in tokens)


def tsquery(tokens: list[str]) -> str:
    """A PostgreSQL tsquery: every token a prefix term (from two characters), all required."""
    return " & ".join(f"{token}:*" if len(token) >= MIN_PREFIX else token for token in tokens)


def _row_from_tuple(row) -> ProductRow:
    product_id, sku, barcode, name, price, vat_rate, stock, location = row
    return ProductRow(id=product_id, sku=sku, barcode=barcode or "", name=name,
                      price=from_cents(price), vat_rate=(Decimal(vat_rate) / 100).normalize(),
                      stock=stock, location=location or "")


def product_row(product: Product) -> ProductRow:
    """A ``ProductRow`` of a model instance."""
    return ProductRow(id=product.id, sku=product.sku, barcode=product.barcode or "",
                      name=product.name, price=product.price, vat_rate=product.vat_rate,
                      stock=product.stock, location=product.location or "")


class CatalogService:
    """Products: search as you type, barcode/SKU look-up, one product by id."""

    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def search(self, text: str, limit: int = 50) -> list[ProductRow]:
        """Active products matching every word of ``text`` as a prefix, best first.

        Ranked by relevance (weighted BM25 on SQLite, ``ts_rank`` plus a name bonus on
        PostgreSQL) among the first ``CANDIDATES`` matches; on SQLite a query with a very
        common word lists name hits first instead (see ``_sqlite_search``).

        Matches name, SKU, barcode and description, accents folded both ways (``caffe``
        finds ``caffè``). An exact SKU (any case) or barcode comes first. Empty or
        punctuation-only text returns ``[]`` without a query.
        """
        limit = max(1, min(int(limit), MAX_LIMIT))
        tokens = search_tokens(text)
        if not tokens:
            return []
        exact = self.lookup_code(text)
        db = self.ctx.db
        if is_sqlite(db):
            found = self._sqlite_search(tokens, limit + 1)
        else:
            found = db.execute_sql(POSTGRES_SEARCH_SQL,
                                   (tsquery(tokens), CANDIDATES, limit + 1)).fetchall()
        rows = [_row_from_tuple(row) for row in found]
        if exact is not None:
            rows = [exact] + [row for row in rows if row.id != exact.id]
        return rows[:limit]

    def _sqlite_search(self, tokens: list[str], wanted: int) -> list[tuple]:
        """FTS5: BM25 ranking when every word is selective, name hits first otherwise.

        BM25 needs, per word, the number of products containing it — a scan of the whole
        doclist, tens of milliseconds for ``"ca"*`` over 200,000 products. So each word is
        probed first (rowids only, stopping at ``CANDIDATES``): if one is that common the
        products whose *name* holds every word come first, then the other matches, in
        catalogue order — the clerk's next letter narrows it down anyway.
        """
        db = self.ctx.db
        match = fts5_query(tokens)
        # Twice the rows wanted are read, so inactive products rarely shorten the list.
        fetch = 2 * wanted
        broad = any(len(db.execute_sql(PROBE_SQL, (fts5_query([token]), CANDIDATES)).fetchall())
                    >= CANDIDATES for token in dict.fromkeys(tokens))
        if not broad:
            return db.execute_sql(SQLITE_SEARCH_SQL, (match, CANDIDATES, fetch, wanted)).fetchall()
        ids = [row[0] for row in db.execute_sql(PROBE_SQL, (f"name : ({match})", fetch))]
        if len(ids) < fetch:
            seen = set(ids)
            ids += [row[0] for row in db.execute_sql(PROBE_SQL, (match, fetch))
                    if row[0] not in seen][:fetch - len(ids)]
        if not ids:
            return []
        placeholders = ", ".join("?" * len(ids))
        rows = {row[0]: row for row in db.execute_sql(
            PRODUCTS_BY_ID_SQL.replace("(?)", f"({placeholders})"), ids)}
        return [rows[i] for i in ids if i in rows][:wanted]

    def lookup_code(self, code: str) -> ProductRow | None:
        """The active product whose EAN barcode or SKU (any case) is exactly ``code``."""
        code = (code or "").strip()
        if not code or len(code) > 40:
            return None
        db = self.ctx.db
        rows = db.execute_sql(LOOKUP_SQL.replace("?", db.param), (code, code.upper())).fetchall()
        if not rows:
            return None
        rows.sort(key=lambda row: row[2] != code)  # a barcode hit wins over a SKU hit
        return _row_from_tuple(rows[0])

    def get(self, product_id: int) -> ProductRow:
        """One product by id (inactive ones too); ``NotFound`` when there is none."""
        product = Product.get_or_none(Product.id == product_id)
        if product is None:
            raise NotFound("product", product_id)
        return product_row(product)
