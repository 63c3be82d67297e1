"""Finding customers: search as you type, and by phone number.

Search runs in SQL over indexed columns with a LIMIT (never loading every customer):
name prefix on the folded ``search_name``, word prefix inside it, code, phone number in
any format (matched on E.164, or on the tail of its digits), VAT number, fiscal code and
city. Merged customers never show; inactive ones come last.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

import peewee
from peewee import JOIN, fn

from counterapp.db.database import is_sqlite
from counterapp.db.models import (
    Address,
    Customer,
    PhoneNumber,
    User,
)
from counterapp.domain.customers import (
    compact_vat_text,
)
from counterapp.domain.money import from_cents
from counterapp.domain.phone import try_normalize_phone
from counterapp.domain.text import fold
from counterapp.services.context import ServiceContext

_PHONEISH = re.compile(r"^[0-9+().\-/\s]+$")
_WORD = re.compile(r"[^\W_]+")


def _prefix_range(column, prefix: str):
    """``column`` starts with ``prefix``, as a range both engines answer from a b-tree index."""
    return (column >= prefix) & (column < prefix + "\uffff")



@dataclass(frozen=True)
class CustomerRow:
    """One customer as listed by search (E.164 of the first phone number)."""

    id: int
    code: str
    kind: str
    name: str
    vat_number: str
    city: str
    phone: str
    account_manager_login: str
    account_manager_name: str
    balance: Decimal
    credit_limit: Decimal
    status: str



def customer_rows(ids: list[int]) -> list[CustomerRow]:
    """The search rows of ``ids`` (any order)."""
    if not ids:
        return []
    manager = User.alias()
    first_phone = (PhoneNumber.select(fn.MIN(PhoneNumber.id))
                   .where(PhoneNumber.customer == Customer.id))
    default_city = (Address.select(Address.city)
                    .where(Address.customer == Customer.id)
                    .order_by(Address.is_default.desc(), Address.id).limit(1))
    query = (Customer
             .select(Customer.id, Customer.code, Customer.kind, Customer.name,
                     Customer.vat_number, default_city.alias("city"),
                     PhoneNumber.e164, manager.login, manager.display_name,
                     Customer.balance, Customer.credit_limit, Customer.status)
             .join(manager, JOIN.LEFT_OUTER, on=(Customer.account_manager == manager.id))
             .switch(Customer)
             .join(PhoneNumber, JOIN.LEFT_OUTER, on=(PhoneNumber.id == first_phone))
             .where(Customer.id.in_(ids))
             .tuples())
    rows = []
    for (cid, code, kind, name, vat, city, e164, login, mname, balance, credit,
         status) in query:
        rows.append(CustomerRow(
            id=cid, code=code, kind=kind, name=name, vat_number=vat, city=city or "",
            phone=e164 or "", account_manager_login=login or "",
            account_manager_name=mname or "",
            balance=from_cents(balance) if isinstance(balance, int) else balance,
            credit_limit=(from_cents(credit) if isinstance(credit, int) else credit),
            status=status))
    return rows


class CustomerSearchService:
    """Finds customers by name, code, phone, VAT number, fiscal code or city."""

    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def search(self, text: str, limit: int = 30) -> list[CustomerRow]:
        """Customers matching ``text`` by name, code, phone, VAT number, fiscal code or city.

        Best matches first (exact code/phone/VAT, then name prefix, then the rest); merged
        customers are excluded and inactive ones come last. At most ``limit`` rows.
        """
        text = (text or "").strip()
        if not text or limit <= 0:
            return []
        text = text[:100]
        ids: list[int] = []
        seen: set[int] = set()

        def take(query) -> None:
            if len(ids) >= limit:
                return
            for (customer_id,) in query.limit(limit * 2 + 5).tuples():
                if customer_id not in seen:
                    seen.add(customer_id)
                    ids.append(customer_id)
                    if len(ids) >= limit:
                        return

        # Not merged. On SQLite, COALESCE keeps the planner off the nearly all-NULL
        # merged_into index; PostgreSQL's statistics know the NULL fraction, so plain IS NULL
        # lets it estimate that nearly every row passes (and keep index scans with LIMIT).
        live = (fn.COALESCE(Customer.merged_into, 0) == 0 if self._sqlite
                else Customer.merged_into.is_null())
        exact_phone = False
        digits = re.sub(r"\D", "", text)
        compact = compact_vat_text(text)
        folded = fold(text)
        # 1. exact identifiers: code, phone, VAT number, fiscal code
        take(Customer.select(Customer.id).where((Customer.code == text.upper()) & live))
        if _PHONEISH.match(text) and len(digits) >= 4:
            e164 = try_normalize_phone(text)
            if e164:
                exact_phone = True
                take(PhoneNumber.select(PhoneNumber.customer).join(Customer)
                     .where((PhoneNumber.e164 == e164) & live))
        if len(compact) >= 6 and any(c.isdigit() for c in compact):
            # One query per column so each uses its own index (an OR may scan the table).
            vat = compact[2:] if compact.startswith("IT") and compact[2:].isdigit() else compact
            for value in dict.fromkeys((vat, compact)):
                take(Customer.select(Customer.id).where((Customer.vat_number == value) & live))
            if len(compact) in (11, 16):
                take(Customer.select(Customer.id).where((Customer.fiscal_code == compact) & live))
        # 2. prefixes: name, code, VAT number
        if folded:
            take(Customer.select(Customer.id)
                 .where(_prefix_range(Customer.search_name, folded) & live)
                 .order_by(Customer.search_name))
        take(Customer.select(Customer.id)
             .where(_prefix_range(Customer.code, text.upper()) & live).order_by(Customer.code))
        if compact.isdigit() and len(compact) >= 3:
            take(Customer.select(Customer.id)
                 .where(_prefix_range(Customer.vat_number, compact) & live)
                 .order_by(Customer.vat_number))
        # 3. city, whatever the case ("milano" finds "Milano"; index on lower(city), m0101)
        if len(text) >= 2 and not digits:
            take(Address.select(Address.customer).join(Customer)
                 .where(_prefix_range(fn.LOWER(Address.city), text.lower()) & live)
                 .order_by(fn.LOWER(Address.city)))
        # 4. partial phone digits on the tail of the stored number (indexed, see m0100)
        if _PHONEISH.match(text) and len(digits) >= 4 and not exact_phone:
            tail = (digits[2:] if digits.startswith("00") else digits)[-12:]
            take(PhoneNumber.select(PhoneNumber.customer).join(Customer)
                 .where(self._phone_tail(tail) & live))
        # 5. words of the name anywhere ("rossi" finds "Mario Rossi"; "mar ros" both words)
        words = _WORD.findall(folded)
        if words and len(ids) < limit and not _PHONEISH.match(text) and (not digits or not ids):
            take(Customer.select(Customer.id).where(self._name_words(words, limit) & live))
        rows = customer_rows(ids)
        # Inactive and leads after active accounts, keeping the relevance order otherwise.
        rank = {"active": 0, "lead": 1, "inactive": 2}
        order = {customer_id: i for i, customer_id in enumerate(ids)}
        rows.sort(key=lambda row: (rank.get(row.status, 3), order[row.id]))
        return rows[:limit]

    def _phone_tail(self, tail: str):
        """``PhoneNumber.e164`` ends with the digits ``tail`` (an index answers it)."""
        if self._sqlite:
            return PhoneNumber.id.in_(peewee.SQL(
                "(SELECT rowid FROM phone_number_fts WHERE e164 LIKE ?)", ("%" + tail,)))
        return peewee.NodeList((fn.reverse(PhoneNumber.e164), peewee.SQL("LIKE"),
                                peewee.Value(tail[::-1] + "%")))

    def _name_words(self, words: list[str], limit: int):
        """Every word of the query starts a word of the name (full-text index, see m0100)."""
        cap = max(limit * 4, 100)
        if self._sqlite:
            match = " ".join(f'"{word}"*' for word in words)
            return Customer.id.in_(peewee.SQL(
                "(SELECT rowid FROM customer_fts WHERE customer_fts MATCH ? LIMIT ?)",
                (match, cap)))
        query = " & ".join(f"{word}:*" for word in words)
        return peewee.NodeList((peewee.SQL("search_vector @@ to_tsquery('simple',"),
                                peewee.Value(query), peewee.SQL(")")), glue="")

    @property
    def _sqlite(self) -> bool:
        return is_sqlite(self.ctx.db)

    def find_by_phone(self, number: str) -> list[CustomerRow]:
        """Customers (not merged) with this exact number, any format; ``[]`` for garbage."""
        e164 = try_normalize_phone(number or "")
        if not e164:
            return []
        ids = [cid for (cid,) in PhoneNumber.select(PhoneNumber.customer).join(Customer)
               .where((PhoneNumber.e164 == e164) & Customer.merged_into.is_null())
               .distinct().tuples()]
        return customer_rows(ids)
