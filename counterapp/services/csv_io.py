"""CSV import and export in the contract's columns (docs: CONTRACT.md, "CSV exports").

Imports read the whole file first and validate every row; a report names each bad row by
its line in the file (the header is line 1), the column and the reason. Nothing is
written when any row is bad, unless ``valid_rows_only``. Valid rows are written in one
transaction with bulk inserts in chunks, so a 50,000-customer file takes seconds and a
cancelled or failed import leaves the database as it was.

Files are read as spreadsheets save them (``csv_read``: ``;``/``,``/tab, UTF-8 or cp1252,
a broken line reported and skipped); amounts and quantities go through the one parser in
``domain.money`` ("1.234,56", "1.000"); exported text cells that a spreadsheet would run
as formulas are neutralised (``csv_cells``) and read back unchanged.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass, field

import peewee

from counterapp.db.database import is_sqlite
from counterapp.db.models import Address, Customer, PhoneNumber, PriceList, Product, User
from counterapp.domain.customers import CustomerInput, clean_customer_fields, parse_credit_limit
from counterapp.domain.errors import CounterAppError, ValidationError
from counterapp.domain.money import MAX_INTEGER, parse_decimal, parse_money, parse_quantity
from counterapp.domain.permissions import EXPORT_ACTIONS, Action
from counterapp.domain.phone import normalize_phone
from counterapp.domain.text import clean_text, fold
from counterapp.domain.vat import validate_rate
from counterapp.services import audit
from counterapp.services.call_history import CALL_CSV_COLUMNS
from counterapp.services.context import Actor, ServiceContext, authorize
from counterapp.services.csv_cells import write_csv_file
from counterapp.services.csv_export import ROWS
from counterapp.services.csv_read import MAX_FIELD_CHARS, Parsed, read_table
from counterapp.services.performance_summary import record_customer

MAX_PROBLEMS = 1000
CHUNK = 500

COLUMNS = {
    "orders": ["number", "created_at", "channel", "customer_code", "customer_name",
               "customer_kind", "rep", "status", "net", "vat", "gross", "paid",
               "delivery_method", "carrier", "rush", "promised_at", "dispatched_at",
               "delivered_at", "tracking_number", "on_time", "fiscal_number"],
    "calls": list(CALL_CSV_COLUMNS),
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
    more_problems: int = 0

    @property
    def ok(self) -> bool:
        """True when every row was valid."""
        return not self.problems

    @property
    def problem_count(self) -> int:
        """Every problem found, including those past the listed ``MAX_PROBLEMS``."""
        return len(self.problems) + self.more_problems

    def lines(self) -> list[str]:
        """The report as text lines ("line N, column C: reason"), saying when it was cut."""
        out = [f"line {line}, column {column}: {reason}" if column else f"line {line}: {reason}"
               for line, column, reason in self.problems]
        if self.more_problems:
            out.append(f"… and {self.more_problems:,} more problems")
        if self.unknown_columns:
            out.append("ignored unknown columns: " + ", ".join(self.unknown_columns))
        return out


class CsvService:
    """CSV import and export in the contract's columns."""

    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def _read(self, path, kind: str) -> Parsed:
        """The file split into rows (``csv_read.read_table``) for ``kind``'s columns."""
        return read_table(path, IMPORT_COLUMNS[kind], REQUIRED[kind])

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
            if line_no in parsed.bad_rows:
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
        price = parse_money("price", row.get("price", ""))
        cost_text = row.get("cost", "").strip()
        rate = parse_decimal("vat_rate", row.get("vat_rate", ""))
        exemption = row.get("vat_exemption", "").strip().upper()
        rate = validate_rate(rate, exemption or None)
        stock_text = row.get("stock", "").strip()
        values = dict(sku=sku, name=name, barcode=barcode or None, price=price, vat_rate=rate,
                      vat_exemption=exemption if rate == 0 else "")
        if stock_text:
            values["stock"] = parse_quantity("stock", stock_text, minimum=-MAX_INTEGER)
        if cost_text:
            values["cost"] = parse_money("cost", cost_text)
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
            if line_no in parsed.bad_rows:
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
            customer["credit_limit"] = parse_credit_limit(credit_text, "credit_limit")
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
            managers = dict(Customer.select(Customer.id, Customer.account_manager)
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
                before = managers[customer_id]
                if values["customer"].get("account_manager", before) != before:
                    record_customer(self.ctx.db, customer_id)  # open months follow (#10)
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
        rows_total = len(parsed.rows) + parsed.bad_lines
        report = dict(kind=kind, rows_total=rows_total, rows_valid=len(good),
                      problems=problems[:MAX_PROBLEMS], unknown_columns=parsed.unknown,
                      more_problems=max(0, len(problems) - MAX_PROBLEMS))
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
        rows = ROWS[kind](since_at)
        return write_csv_file(path, COLUMNS[kind], rows)

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


def _column_of(field_name: str) -> str:
    """Service field names → CSV column names (``phones[0]`` → ``phone``)."""
    if field_name.startswith("phones"):
        return "phone"
    if field_name.startswith("addresses"):
        return "address"
    return field_name


__all__ = ["COLUMNS", "CsvService", "ImportCancelled", "ImportReport", "MAX_FIELD_CHARS"]
