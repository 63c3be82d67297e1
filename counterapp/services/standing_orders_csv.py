"""Standing orders as CSV: ``counterapp import standing`` and ``export standing``.

Columns (CONTRACT.md, "Additions (second round)"): ``customer`` (code), ``rep`` (login;
empty: the account manager), ``rrule`` (RFC 5545), ``start`` (YYYY-MM-DD),
``needs_confirmation`` (yes/no), ``delivery_method`` (courier, in_house, empty: the customer
collects), ``lines`` (``SKU:QTY;SKU:QTY``), ``notes``. The export adds ``id``, ``next_run``
and ``active`` (yes/no); an import reads those three and ignores them, so an exported file
imports back as new standing orders.

Files are read by ``csv_read.read_table`` (delimiter sniffed, UTF-8/UTF-16/cp1252, a broken
line reported by number) and written through ``csv_cells.SafeWriter`` (formula cells
neutralised, read back unchanged). A bad row is reported by line and column, and then
nothing is imported.
"""

from __future__ import annotations

import datetime as dt
import os
from typing import TYPE_CHECKING

from counterapp.db.models import Customer, Product
from counterapp.domain.errors import ValidationError
from counterapp.services import audit
from counterapp.services.csv_cells import write_csv_file
from counterapp.services.csv_io import MAX_PROBLEMS, ImportReport
from counterapp.services.csv_read import read_table

if TYPE_CHECKING:
    from counterapp.services.context import Actor
    from counterapp.services.standing_orders import StandingOrderService

COLUMNS = ["customer", "rep", "rrule", "start", "needs_confirmation", "delivery_method",
           "lines", "notes"]
EXPORT_COLUMNS = COLUMNS + ["id", "next_run", "active"]
REQUIRED = ["customer", "rrule", "start", "lines"]
_YES = {"yes", "y", "si", "sì", "true", "1"}
_NO = {"no", "n", "false", "0", ""}
# Service field → CSV column, for errors raised by the service's own validation.
_COLUMN_OF = {"product": "lines", "quantity": "lines", "lines": "lines", "start": "start",
              "address": "customer"}


def _yes_no(value: str) -> bool:
    text = value.strip().lower()
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise ValidationError("needs_confirmation", f"'{value}' is not yes or no")


def _start(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise ValidationError("start", f"'{value}' is not a date as YYYY-MM-DD") from None


def parse_lines(value: str, skus: dict[str, int]) -> tuple:
    """``SKU:QTY;SKU:QTY`` → line inputs; ``ValidationError("lines", ...)`` naming the item."""
    from counterapp.services.standing_orders import StandingLineInput  # noqa: PLC0415

    items = [item.strip() for item in value.split(";") if item.strip()]
    if not items:
        raise ValidationError("lines", "at least one SKU:QTY")
    out = []
    for item in items:
        sku, sep, qty = item.rpartition(":")
        sku = sku.strip()
        if not sep or not sku:
            raise ValidationError("lines", f"'{item}' is not SKU:QTY")
        if not qty.strip().isdigit():
            raise ValidationError("lines", f"'{item}': the quantity is not a whole number")
        if sku.upper() not in skus:
            raise ValidationError("lines", f"unknown SKU {sku}")
        out.append(StandingLineInput(skus[sku.upper()], int(qty.strip())))
    return tuple(out)


def format_lines(lines) -> str:
    """Lines as ``SKU:QTY;SKU:QTY``."""
    return ";".join(f"{line.sku}:{line.quantity}" for line in lines)


def import_file(service: StandingOrderService, path, actor: Actor) -> ImportReport:
    """Validate every row, then create all of them in one transaction, or none."""
    from counterapp.services.standing_orders import StandingOrderInput  # noqa: PLC0415

    parsed = read_table(path, EXPORT_COLUMNS, REQUIRED)
    problems = list(parsed.problems)
    customers = {code.upper(): cid for cid, code in Customer.select(Customer.id, Customer.code)
                 .where(Customer.code.is_null(False)).tuples()}
    skus = {sku.upper(): pid for pid, sku in Product.select(Product.id, Product.sku).tuples()}
    good: list[tuple[int, dict]] = []
    with service.ctx.db.read():
        for line_no, row in parsed.rows:
            if line_no in parsed.bad_rows:
                continue
            try:
                code = row.get("customer", "").strip()
                if code.upper() not in customers:
                    raise ValidationError("customer", f"unknown customer code '{code}'")
                data = StandingOrderInput(
                    customer_id=customers[code.upper()], rrule=row.get("rrule", ""),
                    start_date=_start(row.get("start", "")),
                    lines=parse_lines(row.get("lines", ""), skus),
                    delivery_method=row.get("delivery_method", "").strip().lower(),
                    rep_login=row.get("rep", "").strip(),
                    needs_confirmation=_yes_no(row.get("needs_confirmation", "")),
                    notes=row.get("notes", ""))
                good.append((line_no, service._validated(actor, data)))
            except ValidationError as exc:
                problems.append((line_no, _COLUMN_OF.get(exc.field, exc.field), exc.message))
    problems.sort(key=lambda p: (p[0], p[1]))
    report = dict(kind="standing", rows_total=len(parsed.rows) + parsed.bad_lines,
                  rows_valid=len(good), problems=problems[:MAX_PROBLEMS],
                  unknown_columns=parsed.unknown,
                  more_problems=max(0, len(problems) - MAX_PROBLEMS))
    if problems or not good:
        return ImportReport(created=0, updated=0, written=False, **report)
    with service.ctx.db.atomic():
        for _line_no, values in good:
            service._insert(actor, values)
        audit.record(actor, "import_standing", entity="file",
                     entity_id=os.path.basename(str(path))[:40],
                     after={"created": len(good)}, at=service.ctx.now())
    return ImportReport(created=len(good), updated=0, written=True, **report)


def export_rows(service: StandingOrderService):
    """The export's rows, in ``EXPORT_COLUMNS`` order."""
    for so in service.list_standing():
        yield [so.customer_code, so.rep_login, so.rrule, so.start_date.isoformat(),
               "yes" if so.needs_confirmation else "no", so.delivery_method,
               format_lines(so.lines), so.notes, so.id,
               so.next_run.isoformat() if so.next_run else "",
               "yes" if so.status == "active" else "no"]


def export_file(service: StandingOrderService, path) -> int:
    """Write the file next to ``path`` and rename it (a reader never sees half a file)."""
    with service.ctx.db.read():
        return write_csv_file(path, EXPORT_COLUMNS, export_rows(service))


__all__ = ["COLUMNS", "EXPORT_COLUMNS", "export_file", "format_lines", "import_file",
           "parse_lines"]
