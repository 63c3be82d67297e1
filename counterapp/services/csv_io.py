"""CSV import and export in the contract's columns (docs: CONTRACT.md, "CSV exports").

Imports read the whole file first and validate every row; a report names each bad row by
its line in the file (the header is line 1), the column and the reason. Nothing is
written when any row is bad, unless ``valid_rows_only``. Valid rows are written in one
transaction with bulk inserts in chunks, so a 50,000-customer file takes seconds and a
cancelled or failed import leaves the database as it was.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

import peewee
from peewee import JOIN, fn

from counterapp.db.database import is_sqlite
from counterapp.db.models import (
    Address,
    Call,
    Carrier,
    Customer,
    Order,
    PhoneNumber,
    PriceList,
    Product,
    Shipment,
    Task,
    User,
)
from counterapp.domain.errors import CounterAppError, ValidationError
from counterapp.domain.permissions import EXPORT_ACTIONS, Action
from counterapp.domain.phone import normalize_phone
from counterapp.domain.text import clean_text, fold
from counterapp.domain.vat import validate_rate
from counterapp.services import audit
from counterapp.services.context import Actor, ServiceContext, authorize
from counterapp.services.customers import CustomerInput, clean_customer_fields, parse_money

MAX_FIELD_CHARS = 2000
MAX_PROBLEMS = 1000
CHUNK = 500
# Python's csv module refuses fields over 128 KiB with an exception that would abort the
# whole read; raise the ceiling so a huge field is *reported* (MAX_FIELD_CHARS) instead.
csv.field_size_limit(64 * 1024 * 1024)

COLUMNS = {
    "orders": ["number", "created_at", "channel", "customer_code", "customer_name",
               "customer_kind", "rep", "status", "net", "vat", "gross", "paid",
               "delivery_method", "carrier", "rush", "promised_at", "dispatched_at",
               "delivered_at", "tracking_number", "on_time"],
    "calls": ["id", "started_at", "ended_at", "duration_s", "direction", "number",
              "customer_code", "rep", "purpose", "outcome", "order_number", "notes"],
    "customers": ["code", "kind", "name", "vat_number", "fiscal_code", "phone", "email", "city",
                  "account_manager", "price_list", "credit_limit", "balance", "status"],
    "products": ["sku", "barcode", "name", "vat_rate", "price", "stock"],
    "tasks": ["id", "kind", "customer_code", "assigned_to", "due_at", "status", "reason",
              "order_number"],
}
IMPORT_COLUMNS = {
    "products": COLUMNS["products"] + ["description", "category", "vat_exemption", "cost"],
    "customers": COLUMNS["customers"] + ["address", "postcode", "province", "country",
                                         "sdi_code", "pec", "payment_terms", "notes"],
}
REQUIRED = {"products": ["sku", "name", "price", "vat_rate"], "customers": ["code", "name"]}


class ImportCancelled(CounterAppError):
    """The user cancelled an import; nothing was written."""

    def __init__(self):
        super().__init__("import cancelled; nothing was imported")


@dataclass(frozen=True)
class ImportReport:
    """What an import found and did. ``problems`` are ``(line_no, column, reason)``."""

    kind: str
    rows_total: int
    rows_valid: int
    created: int
    updated: int
    problems: list[tuple[int, str, str]] = field(default_factory=list)
    unknown_columns: list[str] = field(default_factory=list)
    written: bool = False

    @property
    def ok(self) -> bool:
        """True when every row was valid."""
        return not self.problems

    def lines(self) -> list[str]:
        """The report as text lines ("line N, column C: reason")."""
        out = [f"line {line}, column {column}: {reason}" if column else f"line {line}: {reason}"
               for line, column, reason in self.problems]
        if self.unknown_columns:
            out.append("ignored unknown columns: " + ", ".join(self.unknown_columns))
        return out


@dataclass
class _Parsed:
    header: list[str]
    rows: list[tuple[int, dict[str, str]]]
    problems: list[tuple[int, str, str]]
    unknown: list[str]


def _iso(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0).isoformat(timespec="seconds")
    return value.isoformat()


def _money(value) -> str:
    return "" if value is None else f"{Decimal(value):.2f}"


def _rate_text(rate) -> str:
    if rate is None:
        return ""
    text = format(Decimal(rate).normalize(), "f")
    return text


class CsvService:
    """CSV import and export in the contract's columns."""

    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    # -- reading ------------------------------------------------------------------------------
    def _read(self, path, kind: str) -> _Parsed:
        """Decode and split the file; structural problems become report lines."""
        problems: list[tuple[int, str, str]] = []
        try:
            raw = Path(path).read_bytes()
        except OSError as exc:
            raise ValidationError("file", f"cannot read {path}: {exc.strerror}") from None
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = raw[:exc.start].count(b"\n") + 1
            return _Parsed([], [], [(line, "", "the file is not UTF-8 text; save it as "
                                     "'CSV UTF-8' and import it again")], [])
        if "\x00" in text:
            line = text[:text.index("\x00")].count("\n") + 1
            return _Parsed([], [], [(line, "", "the file contains NUL bytes: it is not a "
                                     "CSV text file")], [])
        reader = csv.reader(io.StringIO(text, newline=""), strict=True)
        try:
            header = next(reader)
        except StopIteration:
            return _Parsed([], [], [(1, "", "the file is empty")], [])
        except csv.Error as exc:
            return _Parsed([], [], [(1, "", f"malformed CSV header: {exc}")], [])
        header = [h.strip().lower() for h in header]
        known = IMPORT_COLUMNS[kind]
        unknown = [h for h in header if h and h not in known]
        for column in REQUIRED[kind]:
            if column not in header:
                problems.append((1, column, "required column is missing"))
        seen = set()
        for h in header:
            if h in seen and h:
                problems.append((1, h, "column appears twice"))
            seen.add(h)
        rows: list[tuple[int, dict[str, str]]] = []
        start = 2
        while True:
            try:
                values = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                problems.append((start, "", f"malformed CSV (check the quotes): {exc}"))
                break
            line_no = start
            start = reader.line_num + 1
            if not values or all(not v.strip() for v in values):
                continue
            if len(values) > len(header):
                problems.append((line_no, "", f"{len(values)} fields but the header has "
                                 f"{len(header)}"))
                continue
            row = {}
            for column, value in zip(header, values, strict=False):
                if column in known:
                    row[column] = value
            for column, value in list(row.items()):
                if len(value) > MAX_FIELD_CHARS:
                    problems.append((line_no, column, f"field is {len(value):,} characters long "
                                     f"(at most {MAX_FIELD_CHARS:,})"))
                    row[column] = ""
                    row["__bad__"] = "1"
            rows.append((line_no, row))
        return _Parsed(header, rows, problems, unknown)

    # -- products -----------------------------------------------------------------------------
    def import_products(self, path, *, actor: Actor, valid_rows_only: bool = False,
                        progress: Callable[[int, int], None] | None = None,
                        cancelled: Callable[[], bool] | None = None) -> ImportReport:
        """Create or update products by SKU from a CSV file (see the module docstring).

        Prices change, so besides ``Action.IMPORT_DATA`` the actor needs ``EDIT_PRICES``.
        """
        authorize(self.ctx, actor, Action.IMPORT_DATA)
        authorize(self.ctx, actor, Action.EDIT_PRICES)
        parsed = self._read(path, "products")
        problems = list(parsed.problems)
        good: list[tuple[int, dict]] = []
        skus: dict[str, int] = {}
        barcodes: dict[str, int] = {}
        for line_no, row in parsed.rows:
            if row.get("__bad__"):
                continue
            try:
                values = self._product_values(row)
            except ValidationError as exc:
                problems.append((line_no, exc.field, exc.message))
                continue
            if values["sku"] in skus:
                problems.append((line_no, "sku", f"SKU {values['sku']} is also on line "
                                 f"{skus[values['sku']]}"))
                continue
            if values.get("barcode") and values["barcode"] in barcodes:
                problems.append((line_no, "barcode", f"barcode {values['barcode']} is also on "
                                 f"line {barcodes[values['barcode']]}"))
                continue
            skus[values["sku"]] = line_no
            if values.get("barcode"):
                barcodes[values["barcode"]] = line_no
            good.append((line_no, values))
        good = self._drop_taken_barcodes(good, problems)
        header_broken = any(line == 1 for line, _, _ in parsed.problems)
        return self._finish("products", parsed, problems, good, header_broken, valid_rows_only,
                            actor, path, progress, cancelled, self._write_products)

    def _product_values(self, row: dict[str, str]) -> dict:
        sku = clean_text("sku", row.get("sku", ""), required=True, max_length=40)
        name = clean_text("name", row.get("name", ""), required=True, max_length=200)
        barcode = clean_text("barcode", row.get("barcode", ""), max_length=20)
        if barcode and not barcode.isdigit():
            raise ValidationError("barcode", f"'{barcode}' is not a barcode (digits only)")
        price = _parse_amount(row.get("price", ""), "price")
        cost_text = row.get("cost", "").strip()
        rate_text = row.get("vat_rate", "").strip().rstrip("%").strip().replace(",", ".")
        try:
            rate = Decimal(rate_text)
        except InvalidOperation:
            raise ValidationError("vat_rate", f"'{rate_text[:20]}' is not a VAT rate") from None
        exemption = row.get("vat_exemption", "").strip().upper()
        rate = validate_rate(rate, exemption or None)
        stock_text = row.get("stock", "").strip()
        values = dict(sku=sku, name=name, barcode=barcode or None, price=price, vat_rate=rate,
                      vat_exemption=exemption if rate == 0 else "")
        if stock_text:
            try:
                values["stock"] = int(stock_text)
            except ValueError:
                raise ValidationError("stock", f"'{stock_text[:20]}' is not a whole number") from None
        if cost_text:
            values["cost"] = _parse_amount(cost_text, "cost")
        if "description" in row:
            values["description"] = clean_text("description", row["description"],
                                               max_length=MAX_FIELD_CHARS)
        if "category" in row:
            values["category"] = clean_text("category", row["category"], max_length=80)
        values["search_text"] = fold(" ".join(
            [name, sku, barcode, values.get("description", "")])).strip()
        return values

    def _drop_taken_barcodes(self, good, problems):
        """Rows whose barcode belongs to another SKU in the database become problems."""
        kept = []
        for start in range(0, len(good), CHUNK):
            chunk = good[start:start + CHUNK]
            barcodes = [v["barcode"] for _, v in chunk if v.get("barcode")]
            taken = dict(Product.select(Product.barcode, Product.sku)
                         .where(Product.barcode.in_(barcodes)).tuples()) if barcodes else {}
            for line_no, values in chunk:
                owner = taken.get(values.get("barcode"))
                if owner and owner != values["sku"]:
                    problems.append((line_no, "barcode", f"barcode {values['barcode']} already "
                                     f"belongs to product {owner}"))
                else:
                    kept.append((line_no, values))
        return kept

    def _write_products(self, good, step) -> tuple[int, int]:
        created = updated = 0
        now = self.ctx.now()
        for start in range(0, len(good), CHUNK):
            chunk = [values for _, values in good[start:start + CHUNK]]
            existing = dict(Product.select(Product.sku, Product.id)
                            .where(Product.sku.in_([v["sku"] for v in chunk])).tuples())
            fresh = [dict(v, updated_at=now) for v in chunk if v["sku"] not in existing]
            if fresh:
                _bulk_insert(self.ctx.db, Product, fresh)
                created += len(fresh)
            for values in chunk:
                if values["sku"] in existing:
                    Product.update(**values, updated_at=now).where(
                        Product.id == existing[values["sku"]]).execute()
                    updated += 1
            step(min(start + CHUNK, len(good)))
        return created, updated

    # -- customers ----------------------------------------------------------------------------
    def import_customers(self, path, *, actor: Actor, valid_rows_only: bool = False,
                         progress: Callable[[int, int], None] | None = None,
                         cancelled: Callable[[], bool] | None = None) -> ImportReport:
        """Create or update customers by code from a CSV file (see the module docstring)."""
        authorize(self.ctx, actor, Action.IMPORT_DATA)
        parsed = self._read(path, "customers")
        problems = list(parsed.problems)
        managers = dict(User.select(User.login, User.id).where(User.active).tuples())
        price_lists = {}
        for pid, code, name in PriceList.select(PriceList.id, PriceList.code,
                                                PriceList.name).tuples():
            price_lists[code.lower()] = pid
            price_lists.setdefault(name.lower(), pid)
        good: list[tuple[int, dict]] = []
        codes: dict[str, int] = {}
        for line_no, row in parsed.rows:
            if row.get("__bad__"):
                continue
            try:
                values = self._customer_values(row, managers, price_lists)
            except ValidationError as exc:
                problems.append((line_no, _column_of(exc.field), exc.message))
                continue
            if values["customer"]["code"] in codes:
                problems.append((line_no, "code", f"code {values['customer']['code']} is also on "
                                 f"line {codes[values['customer']['code']]}"))
                continue
            codes[values["customer"]["code"]] = line_no
            good.append((line_no, values))
        header_broken = any(line == 1 for line, _, _ in parsed.problems)
        return self._finish("customers", parsed, problems, good, header_broken, valid_rows_only,
                            actor, path, progress, cancelled, self._write_customers)

    def _customer_values(self, row, managers, price_lists) -> dict:
        vat = row.get("vat_number", "").strip()
        kind = row.get("kind", "").strip().lower() or ("b2b" if vat else "b2c")
        data = CustomerInput(
            name=row.get("name", ""), kind=kind, code=row.get("code", "").strip(),
            vat_number=vat, fiscal_code=row.get("fiscal_code", ""),
            sdi_code=row.get("sdi_code", ""), pec=row.get("pec", ""),
            email=row.get("email", ""), payment_terms=row.get("payment_terms", ""),
            notes=row.get("notes", ""), status="active")
        if not data.code:
            raise ValidationError("code", "a customer code is required")
        customer = clean_customer_fields(data)
        credit_text = row.get("credit_limit", "").strip()
        if credit_text:
            customer["credit_limit"] = parse_money(credit_text, "credit_limit")
        manager = row.get("account_manager", "").strip().lower()
        if manager:
            if manager not in managers:
                raise ValidationError("account_manager", f"no active user '{manager[:40]}'")
            customer["account_manager"] = managers[manager]
        price_list = row.get("price_list", "").strip().lower()
        if price_list:
            if price_list not in price_lists:
                raise ValidationError("price_list", f"no price list '{price_list[:40]}'")
            customer["price_list"] = price_lists[price_list]
        phones = []
        for part in row.get("phone", "").replace(";", ",").split(","):
            if part.strip():
                e164 = normalize_phone(part, "phone")
                if e164 not in phones:
                    phones.append(e164)
        address = None
        street = clean_text("address", row.get("address", ""), max_length=200)
        city = clean_text("city", row.get("city", ""), max_length=100)
        if street or city:
            country = (row.get("country", "") or "IT").strip().upper()
            if len(country) != 2 or not country.isalpha():
                raise ValidationError("country", "a country is a two-letter code (IT)")
            province = row.get("province", "").strip().upper()
            if province and (len(province) != 2 or not province.isalpha()):
                raise ValidationError("province", "a province is two letters (MI)")
            postcode = row.get("postcode", "").strip()
            if postcode and country == "IT" and not (len(postcode) == 5 and postcode.isdigit()):
                raise ValidationError("postcode", "an Italian postcode is 5 digits")
            address = dict(street=street, city=city, postcode=postcode, province=province,
                           country=country, is_default=True)
        return dict(customer=customer, phones=phones, address=address)

    def _write_customers(self, good, step) -> tuple[int, int]:
        created = updated = 0
        now = self.ctx.now()
        for start in range(0, len(good), CHUNK):
            chunk = [values for _, values in good[start:start + CHUNK]]
            codes = [v["customer"]["code"] for v in chunk]
            existing = dict(Customer.select(Customer.code, Customer.id)
                            .where(Customer.code.in_(codes)).tuples())
            fresh = [v for v in chunk if v["customer"]["code"] not in existing]
            if fresh:
                _bulk_insert(self.ctx.db, Customer,
                             [dict(v["customer"], created_at=now) for v in fresh])
                created += len(fresh)
                ids = dict(Customer.select(Customer.code, Customer.id)
                           .where(Customer.code.in_([v["customer"]["code"] for v in fresh]))
                           .tuples())
                phones = [dict(customer=ids[v["customer"]["code"]], e164=e164, label="")
                          for v in fresh for e164 in v["phones"]]
                _bulk_insert(self.ctx.db, PhoneNumber, phones)
                addresses = [dict(v["address"], customer=ids[v["customer"]["code"]])
                             for v in fresh if v["address"]]
                _bulk_insert(self.ctx.db, Address, addresses)
            for values in chunk:
                customer_id = existing.get(values["customer"]["code"])
                if customer_id is None:
                    continue
                Customer.update(**values["customer"], version=Customer.version + 1).where(
                    Customer.id == customer_id).execute()
                have = {e for (e,) in PhoneNumber.select(PhoneNumber.e164)
                        .where(PhoneNumber.customer == customer_id).tuples()}
                for e164 in values["phones"]:
                    if e164 not in have:
                        PhoneNumber.create(customer=customer_id, e164=e164)
                if values["address"]:
                    default = (Address.select().where(Address.customer == customer_id)
                               .order_by(Address.is_default.desc(), Address.id).first())
                    if default is None:
                        Address.create(customer=customer_id, **values["address"])
                    else:
                        Address.update(**values["address"]).where(
                            Address.id == default.id).execute()
                updated += 1
            step(min(start + CHUNK, len(good)))
        return created, updated

    # -- shared import tail -------------------------------------------------------------------
    def _finish(self, kind, parsed, problems, good, header_broken, valid_rows_only, actor,
                path, progress, cancelled, writer) -> ImportReport:
        problems.sort(key=lambda p: (p[0], p[1]))
        rows_total = len(parsed.rows)
        report = dict(kind=kind, rows_total=rows_total, rows_valid=len(good),
                      problems=problems[:MAX_PROBLEMS], unknown_columns=parsed.unknown)
        if header_broken or (problems and not valid_rows_only) or not good:
            return ImportReport(created=0, updated=0, written=False, **report)

        def step(done: int) -> None:
            if cancelled is not None and cancelled():
                raise ImportCancelled()
            if progress is not None:
                progress(done, len(good))

        with self.ctx.db.atomic():
            created, updated = writer(good, step)
            audit.record(actor, f"import_{kind}", entity="file",
                         entity_id=os.path.basename(str(path))[:40],
                         after={"created": created, "updated": updated,
                                "skipped_rows": len(problems)}, at=self.ctx.now())
        return ImportReport(created=created, updated=updated, written=True, **report)

    # -- export -------------------------------------------------------------------------------
    def export(self, kind: str, path, since: dt.date | None = None, *, actor: Actor) -> int:
        """Write ``kind`` (orders, calls, customers, products, tasks) to ``path``; row count.

        The file is written next to ``path`` and renamed, so a reader never sees half a file.
        Each kind has its own ``Action.EXPORT_*``: juniors export only the catalogue.
        """
        if kind not in COLUMNS:
            raise ValidationError("kind", f"'{kind}' is not one of {', '.join(COLUMNS)}")
        authorize(self.ctx, actor, EXPORT_ACTIONS[kind])
        since_at = dt.datetime.combine(since, dt.time()) if since else None
        rows = getattr(self, f"_export_{kind}")(since_at)
        target = Path(path)
        tmp = target.with_name(target.name + ".part")
        count = 0
        try:
            with open(tmp, "w", encoding="utf-8", newline="") as handle:
                writer = csv.writer(handle, lineterminator="\n")
                writer.writerow(COLUMNS[kind])
                for row in rows:
                    writer.writerow(row)
                    count += 1
            tmp.replace(target)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise ValidationError("out", f"cannot write {path}: {exc.strerror}") from None
        return count

    def _export_orders(self, since):
        rep = User.alias()
        query = (Order.select(Order.number, Order.created_at, Order.channel, Customer.code,
                              Customer.name, Customer.kind, rep.login, Order.status, Order.net,
                              Order.vat, Order.gross, Order.paid, Shipment.method,
                              Carrier.code, Shipment.rush, Shipment.promised_date,
                              Shipment.dispatched_at, Shipment.delivered_at,
                              Shipment.tracking_number)
                 .join(Customer, JOIN.LEFT_OUTER, on=(Order.customer == Customer.id))
                 .switch(Order).join(rep, on=(Order.rep == rep.id))
                 .switch(Order).join(Shipment, JOIN.LEFT_OUTER, on=(Shipment.order == Order.id))
                 .join(Carrier, JOIN.LEFT_OUTER, on=(Shipment.carrier == Carrier.id))
                 .order_by(Order.created_at, Order.id))
        if since:
            query = query.where(Order.created_at >= since)
        for (number, created, channel, ccode, cname, ckind, login, status, net, vat, gross, paid,
             method, carrier, rush, promised, dispatched, delivered, tracking) in query.tuples().iterator():
            on_time = ""
            if delivered is not None and promised is not None:
                on_time = "yes" if _date(delivered) <= _date(promised) else "no"
            yield [number, _iso(created), channel, ccode or "", cname or "", ckind or "", login,
                   status, _money(net), _money(vat), _money(gross), _money(paid), method or "",
                   carrier or "", ("yes" if rush else "no") if method else "",
                   _iso(promised), _iso(dispatched), _iso(delivered), tracking or "", on_time]

    def _export_calls(self, since):
        rep = User.alias()
        query = (Call.select(Call.id, Call.started_at, Call.ended_at, Call.direction, Call.number,
                             Customer.code, rep.login, Call.purpose, Call.outcome, Order.number,
                             Call.notes)
                 .join(Customer, JOIN.LEFT_OUTER, on=(Call.customer == Customer.id))
                 .switch(Call).join(rep, on=(Call.rep == rep.id))
                 .switch(Call).join(Order, JOIN.LEFT_OUTER, on=(Call.order == Order.id))
                 .order_by(Call.started_at, Call.id))
        if since:
            query = query.where(Call.started_at >= since)
        for (cid, started, ended, direction, number, ccode, login, purpose, outcome, onum,
             notes) in query.tuples().iterator():
            duration = int((ended - started).total_seconds()) if ended and started else ""
            yield [cid, _iso(started), _iso(ended), duration, direction, number, ccode or "",
                   login, purpose, outcome, onum or "", notes]

    def _export_customers(self, since):
        manager = User.alias()
        first_phone = (PhoneNumber.select(fn.MIN(PhoneNumber.id))
                       .where(PhoneNumber.customer == Customer.id))
        city = (Address.select(Address.city).where(Address.customer == Customer.id)
                .order_by(Address.is_default.desc(), Address.id).limit(1))
        query = (Customer.select(Customer.code, Customer.kind, Customer.name, Customer.vat_number,
                                 Customer.fiscal_code, PhoneNumber.e164, Customer.email,
                                 city.alias("city"), manager.login, PriceList.code,
                                 Customer.credit_limit, Customer.balance, Customer.status)
                 .join(manager, JOIN.LEFT_OUTER, on=(Customer.account_manager == manager.id))
                 .switch(Customer)
                 .join(PriceList, JOIN.LEFT_OUTER, on=(Customer.price_list == PriceList.id))
                 .switch(Customer)
                 .join(PhoneNumber, JOIN.LEFT_OUTER, on=(PhoneNumber.id == first_phone))
                 .where(Customer.merged_into.is_null())
                 .order_by(Customer.code))
        if since:
            query = query.where(Customer.created_at >= since)
        for (code, kind, name, vat, fiscal, phone, email, city_name, login, plist, credit,
             balance, status) in query.tuples().iterator():
            yield [code, kind, name, vat, fiscal, phone or "", email, city_name or "", login or "",
                   plist or "", _money(credit), _money(balance), status]

    def _export_products(self, since):
        query = (Product.select(Product.sku, Product.barcode, Product.name, Product.vat_rate,
                                Product.price, Product.stock).order_by(Product.sku))
        if since:
            query = query.where(Product.updated_at >= since)
        for sku, barcode, name, rate, price, stock in query.tuples().iterator():
            yield [sku, barcode or "", name, _rate_text(rate), _money(price), stock]

    def _export_tasks(self, since):
        query = (Task.select(Task.id, Task.kind, Customer.code, User.login, Task.due_at,
                             Task.status, Task.reason, Order.number)
                 .join(Customer, JOIN.LEFT_OUTER, on=(Task.customer == Customer.id))
                 .switch(Task).join(User, on=(Task.assigned_to == User.id))
                 .switch(Task).join(Order, JOIN.LEFT_OUTER, on=(Task.order == Order.id))
                 .order_by(Task.due_at, Task.id))
        if since:
            query = query.where(Task.created_at >= since)
        for tid, kind, ccode, login, due, status, reason, onum in query.tuples().iterator():
            yield [tid, kind, ccode or "", login, _iso(due), status, reason, onum or ""]


def _bulk_insert(db, model, rows: list[dict]) -> None:
    """Insert ``rows`` (dicts by field name) with one prepared statement and ``executemany``.

    peewee's ``insert_many`` builds the SQL text value by value, which costs more than the
    database itself for tens of thousands of rows; here the statement is built once and
    missing fields take the model's defaults, converted by each field as peewee would.
    """
    if not rows:
        return
    fields = [f for f in model._meta.sorted_fields if not isinstance(f, peewee.AutoField)]
    columns = ", ".join(f'"{f.column_name}"' for f in fields)
    table = model._meta.table_name
    values = []
    for row in rows:
        record = []
        for f in fields:
            if f.name in row:
                value = row[f.name]
            elif f.default is not None:
                value = f.default() if callable(f.default) else f.default
            else:
                value = None
            record.append(f.db_value(value))
        values.append(record)
    if is_sqlite(db):
        marks = ", ".join(["?"] * len(fields))
        db.cursor().executemany(
            f'INSERT INTO "{table}" ({columns}) VALUES ({marks})', values)  # noqa: S608 (names from the model, values bound)
    else:
        # psycopg2 runs executemany row by row; execute_values sends pages of rows at once.
        from psycopg2.extras import execute_values  # noqa: PLC0415

        execute_values(db.cursor(), f'INSERT INTO "{table}" ({columns}) VALUES %s',  # noqa: S608
                       values, page_size=CHUNK)


def _date(value) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def _parse_amount(text: str, column: str) -> Decimal:
    text = (text or "").strip()
    if not text:
        raise ValidationError(column, "is required")
    if "," in text and "." not in text:
        text = text.replace(",", ".")
    try:
        amount = Decimal(text)
    except InvalidOperation:
        raise ValidationError(column, f"'{text[:20]}' is not a number") from None
    if not amount.is_finite():
        raise ValidationError(column, f"'{text[:20]}' is not a number")
    if amount < 0:
        raise ValidationError(column, "cannot be negative")
    if amount != amount.quantize(Decimal("0.01")):
        raise ValidationError(column, "has more than two decimals")
    if amount > Decimal("1000000"):
        raise ValidationError(column, "is too large")
    return amount.quantize(Decimal("0.01"))


def _column_of(field_name: str) -> str:
    """Service field names → CSV column names (``phones[0]`` → ``phone``)."""
    if field_name.startswith("phones"):
        return "phone"
    if field_name.startswith("addresses"):
        return "address"
    return field_name


__all__ = ["COLUMNS", "CsvService", "ImportCancelled", "ImportReport", "MAX_FIELD_CHARS"]
