"""Documents from orders (slips, DDT, receipts, quotes, manifests, run sheets) and the journal.

Each ``render*`` call is one transaction: it reads the order (lines, payments, customer,
shipment, carrier), builds the frozen document data, renders the PDF, and writes one
``PrintJob`` row. The journal decides whether a document is the original or a copy: the
first successful print of a (document type, order) is the original, every later one is
stamped "COPIA"/"COPY", whichever workstation prints it. The order row is locked on
PostgreSQL (SQLite already serialises writers with ``BEGIN IMMEDIATE``), so two
workstations printing the same slip at once cannot both get the original.

A DDT takes its number from the gapless ``ddt`` series of the year at its first print,
stored on ``Shipment.ddt_number`` and reused by every reprint.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from peewee import JOIN

from counterapp.db.database import is_sqlite
from counterapp.db.models import (
    Address,
    Carrier,
    Customer,
    Driver,
    Order,
    OrderLine,
    Payment,
    PhoneNumber,
    PrintJob,
    Product,
    Shipment,
    User,
)
from counterapp.documents import data as docs
from counterapp.documents.delivery_note import render_delivery_note
from counterapp.documents.manifest import render_manifest as render_manifest_pdf
from counterapp.documents.order_slip import render_order_slip
from counterapp.documents.packing_slip import render_packing_slip
from counterapp.documents.quote import render_quote
from counterapp.documents.receipt import render_receipt
from counterapp.documents.run_sheet import render_run_sheet as render_run_sheet_pdf
from counterapp.domain.errors import NotFound, ValidationError
from counterapp.domain.money import ZERO
from counterapp.domain.permissions import Action, require
from counterapp.domain.phone import format_phone
from counterapp.domain.vat import line_amounts
from counterapp.services import audit, sequences
from counterapp.services.company import company_info
from counterapp.services.context import Actor, ServiceContext
from counterapp.services.pricing import combined_discount

# The document types of ``counterapp print`` (CONTRACT.md), in menu order.
DOC_TYPES = ("slip", "packing", "delivery-note", "receipt", "quote")
# Types journaled without an order.
MANIFEST, RUN_SHEET = "manifest", "run-sheet"

PRINTED, FAILED, PREVIEWED = "printed", "failed", "previewed"
DDT_SERIES = "ddt"
JOURNAL_NUMBER_LENGTH = 30  # PrintJob.document_number
QUOTE_VALIDITY_DAYS = 30
# Shipments a courier's driver collects at a pickup.
MANIFEST_STATUSES = ("packed", "dispatched")
# Shipments still to deliver on a driver's round.
RUN_SHEET_EXCLUDED = ("delivered", "cancelled", "returned")

_FILENAME_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def format_ddt_number(year: int, number: int) -> str:
    """``DDT 2026/000123``: the series, the year and the gapless number."""
    return f"DDT {year}/{number:06d}"


@dataclass(frozen=True)
class RenderedDocument:
    """A rendered PDF and what the journal recorded about it.

    ``paper`` is ``"A4"`` or ``"80mm"`` (a till roll as long as its content).
    ``job_id`` is the journal row, for ``record_failure``/``discard`` when the printer
    then fails or the clerk closes the preview without printing.
    """

    doc_type: str
    order_number: str
    document_number: str
    pdf: bytes
    filename: str
    is_copy: bool
    paper: str
    job_id: int = 0


@dataclass(frozen=True)
class PrintJobRow:
    """One journal entry."""

    id: int
    printed_at: dt.datetime
    doc_type: str
    document_number: str
    order_number: str
    user: str
    printer: str
    is_copy: bool
    status: str
    error: str


def _filename(doc_type: str, number: str) -> str:
    return f"{doc_type}-{_FILENAME_UNSAFE.sub('_', number).strip('_')}.pdf"


def _phone(e164: str) -> str:
    return format_phone(e164) if e164 else ""


def _place(postcode: str, city: str, province: str, country: str) -> str:
    place = " ".join(part for part in (postcode, city) if part)
    if province:
        place = f"{place} ({province})"
    if country and country != "IT":
        place = f"{place} – {country}"
    return place.strip()


def _language(customer: Customer | None) -> str:
    code = (customer.language if customer else "") or "it"
    return "en" if code.lower().startswith("en") else "it"


def _weight_kg(grams: int) -> Decimal:
    return (Decimal(grams or 0) / 1000).quantize(Decimal("0.001"))


def _discount_total(lines: tuple[docs.DocumentLine, ...], prices_include_vat: bool) -> Decimal:
    """What the discounts took off the lines, on the basis of their unit prices."""
    total = ZERO
    for line in lines:
        if not line.discount_pct:
            continue
        full = line_amounts(line.unit_price, line.quantity, line.vat_rate,
                            price_includes_vat=prices_include_vat)
        paid = line.gross if prices_include_vat else line.net
        total += (full.gross if prices_include_vat else full.net) - paid
    return total


def tracking_url(carrier: Carrier | None, tracking_number: str) -> str:
    """The carrier's tracking page for a parcel, or "" when either is unknown."""
    if carrier is None or not tracking_number or not carrier.tracking_url_template:
        return ""
    return carrier.tracking_url_template.replace("{tracking}", tracking_number)


class PrintingService:
    """Documents from orders (slips, DDT, receipts, quotes) and the print journal."""

    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx
        self._renderers: dict[str, Callable[..., tuple[str, bytes, str]]] = {
            "slip": self._slip,
            "packing": self._packing,
            "delivery-note": self._delivery_note,
            "receipt": self._receipt,
            "quote": self._quote,
        }

    # -- public operations -----------------------------------------------------------------
    def render(self, actor: Actor | None, doc_type: str, order_number: str, *,
               reprint: bool | None = None, printer: str = "") -> RenderedDocument:
        """Render ``doc_type`` of order ``order_number`` and journal it (one transaction).

        The first print of a (type, order) is the original; every later one a copy.
        ``reprint=False`` refuses to print a copy (``ValidationError``) — for callers that
        only mean to print an original; ``reprint=True`` asks for a copy explicitly (it is
        one anyway once the original exists). ``actor`` is ``None`` only for the command
        line. Unknown order → ``NotFound``; a delivery note without shipment, or a quote
        of an order that is not one → ``ValidationError``.
        """
        if doc_type not in self._renderers:
            raise ValidationError("doc_type", f"unknown document type '{doc_type}' "
                                  f"(one of {', '.join(DOC_TYPES)})")
        number = (order_number or "").strip()
        if not number:
            raise ValidationError("order_number", "is required")
        with self.ctx.db.atomic():
            order = self._locked_order(number)
            is_copy = self._check_copy(actor, doc_type, order, reprint)
            document_number, pdf, paper = self._renderers[doc_type](order, is_copy)
            job = self._journal_print(actor, doc_type, order, document_number, is_copy, printer)
        return RenderedDocument(doc_type=doc_type, order_number=number,
                                document_number=document_number, pdf=pdf,
                                filename=_filename(doc_type, document_number), is_copy=is_copy,
                                paper=paper, job_id=job.id)

    def receipt_data(self, actor: Actor | None, order_number: str, *,
                     reprint: bool | None = None, printer: str = "") -> tuple[docs.ReceiptData, int]:
        """The receipt as data for a receipt device (ESC/POS, fiscal), journaled as ``render``.

        Returns the data and the journal row (for ``record_failure`` when the device then
        fails). Original or copy, permissions and errors as ``render``.
        """
        number = (order_number or "").strip()
        if not number:
            raise ValidationError("order_number", "is required")
        with self.ctx.db.atomic():
            order = self._locked_order(number)
            is_copy = self._check_copy(actor, "receipt", order, reprint)
            receipt = self._receipt_data(order, is_copy)
            job = self._journal_print(actor, "receipt", order, order.number, is_copy, printer)
        return receipt, job.id

    def _check_copy(self, actor: Actor | None, doc_type: str, order: Order,
                    reprint: bool | None) -> bool:
        is_copy = self._printed_before(doc_type, order.id) or bool(reprint)
        if is_copy:
            if reprint is False:
                raise ValidationError("reprint", f"{doc_type} of {order.number} was already "
                                      "printed; a reprint is a copy")
            if actor is not None:
                require(actor.role, Action.REPRINT)
        return is_copy

    def _journal_print(self, actor: Actor | None, doc_type: str, order: Order,
                       document_number: str, is_copy: bool, printer: str) -> PrintJob:
        job = PrintJob.create(document_type=doc_type, document_number=document_number,
                              order=order.id, user=actor.id if actor else None,
                              printer=printer[:120], is_copy=is_copy, status=PRINTED,
                              printed_at=self.ctx.now())
        if is_copy:
            audit.record(actor, "document_reprinted", entity="order", entity_id=order.number,
                         customer_id=order.customer_id,
                         after={"document": doc_type, "number": document_number,
                                "printer": printer}, at=self.ctx.now())
        return job

    def render_manifest(self, actor: Actor | None, carrier_code: str,
                        pickup_date: dt.date) -> RenderedDocument:
        """The list the courier signs at ``pickup_date``: every packed or dispatched shipment.

        Dispatched shipments count when they left that day; packed ones are waiting for
        this pickup. Journaled under ``manifest`` with the number ``carrier/date``.
        """
        with self.ctx.db.atomic():
            carrier = Carrier.get_or_none(Carrier.code == (carrier_code or "").strip())
            if carrier is None:
                raise NotFound("carrier", carrier_code)
            day_start = dt.datetime.combine(pickup_date, dt.time())
            day_end = day_start + dt.timedelta(days=1)
            rows = (Shipment.select(Shipment, Order)
                    .join(Order)
                    .where((Shipment.carrier == carrier.id)
                           & (((Shipment.status == "dispatched")
                               & (Shipment.dispatched_at >= day_start)
                               & (Shipment.dispatched_at < day_end))
                              | (Shipment.status == "packed")))
                    .order_by(Shipment.rush.desc(), Order.number))
            shipments = tuple(
                docs.ManifestShipment(order_number=s.order.number, recipient=s.recipient,
                                      city=_place("", s.city, s.province, s.country),
                                      parcels=s.parcels, weight_kg=_weight_kg(s.weight_grams),
                                      tracking_number=s.tracking_number, rush=s.rush)
                for s in rows)
            number = f"{carrier.code}/{pickup_date.isoformat()}"[:JOURNAL_NUMBER_LENGTH]
            is_copy = self._printed_before(MANIFEST, None, number)
            manifest = docs.ManifestData(
                company=company_info(), carrier=carrier.name,
                pickup_at=dt.datetime.combine(pickup_date, carrier.pickup_time),
                shipments=shipments, number=number, is_copy=is_copy,
                language=_language(None))
            pdf = render_manifest_pdf(manifest)
            job = self._journal_without_order(actor, MANIFEST, number, is_copy)
        return RenderedDocument(MANIFEST, "", number, pdf, _filename(MANIFEST, number),
                                is_copy, "A4", job.id)

    def render_run_sheet(self, actor: Actor | None, driver_id: int,
                         day: dt.date) -> RenderedDocument:
        """An in-house driver's round for ``day``: shipments promised that day, not yet done."""
        with self.ctx.db.atomic():
            driver = Driver.get_or_none(Driver.id == driver_id)
            if driver is None:
                raise NotFound("driver", driver_id)
            rows = (Shipment.select(Shipment, Order)
                    .join(Order)
                    .where((Shipment.driver == driver.id)
                           & (Shipment.promised_date == day)
                           & Shipment.status.not_in(RUN_SHEET_EXCLUDED))
                    .order_by(Shipment.rush.desc(), Shipment.postcode, Shipment.city,
                              Order.number))
            stops = []
            for s in rows:
                due = s.order.gross - s.order.paid
                stops.append(docs.RunSheetStop(
                    order_number=s.order.number, recipient=s.recipient,
                    address_lines=tuple(x for x in (s.street, _place(
                        s.postcode, s.city, s.province, s.country)) if x),
                    parcels=s.parcels, phone=_phone(s.phone), notes=s.order.notes,
                    cash_to_collect=due if due > 0 else None, rush=s.rush))
            # The id, not the name: names are long and may change; the journal keys on it.
            number = f"R{driver.id}/{day.isoformat()}"[:JOURNAL_NUMBER_LENGTH]
            is_copy = self._printed_before(RUN_SHEET, None, number)
            sheet = docs.RunSheetData(company=company_info(), driver=driver.name, date=day,
                                      stops=tuple(stops), vehicle=driver.zone,
                                      is_copy=is_copy)
            pdf = render_run_sheet_pdf(sheet)
            job = self._journal_without_order(actor, RUN_SHEET, number, is_copy)
        return RenderedDocument(RUN_SHEET, "", number, pdf, _filename(RUN_SHEET, number),
                                is_copy, "A4", job.id)

    def record_failure(self, actor: Actor | None, doc_type: str, order_number: str,
                       printer: str, error: str, *, job_id: int = 0) -> PrintJobRow:
        """Journal a print that failed on ``printer``.

        With the ``job_id`` of the render that produced the pages, that entry becomes the
        failed one — the original was never printed, so the next print is the original
        again. Without it a new failed entry is written.
        """
        message = " ".join(str(error or "").split())[:200] or "print failed"
        with self.ctx.db.atomic():
            order = Order.get_or_none(Order.number == (order_number or "").strip())
            job = PrintJob.get_or_none(PrintJob.id == job_id) if job_id else None
            if job is not None and job.status == PRINTED:
                job.status, job.error, job.printer = FAILED, message, printer[:120]
                job.save()
            else:
                job = PrintJob.create(document_type=doc_type,
                                      order=order.id if order else None,
                                      user=actor.id if actor else None, printer=printer[:120],
                                      is_copy=False, status=FAILED, error=message,
                                      printed_at=self.ctx.now())
            audit.record(actor, "print_failed", entity="order", entity_id=order_number,
                         after={"document": doc_type, "printer": printer, "error": message},
                         at=self.ctx.now())
        return self._rows(PrintJob.select().where(PrintJob.id == job.id))[0]

    def discard(self, actor: Actor | None, job_id: int) -> None:
        """The clerk closed the preview without printing or saving: not an original."""
        del actor  # the journal keeps who rendered it
        with self.ctx.db.atomic():
            (PrintJob.update(status=PREVIEWED)
             .where((PrintJob.id == job_id) & (PrintJob.status == PRINTED)).execute())

    def mark_printed(self, actor: Actor | None, job_id: int, printer: str) -> None:
        """The pages of a rendered document went to ``printer`` (or a file) after all."""
        del actor
        with self.ctx.db.atomic():
            (PrintJob.update(status=PRINTED, printer=printer[:120], error="")
             .where(PrintJob.id == job_id).execute())

    def journal(self, order_number: str | None = None, limit: int = 200) -> list[PrintJobRow]:
        """The latest journal entries, newest first; of one order when given."""
        with self.ctx.db.atomic():
            query = PrintJob.select(PrintJob, Order, User).join(
                Order, on=(PrintJob.order == Order.id), join_type=JOIN.LEFT_OUTER).switch(
                PrintJob).join(User, on=(PrintJob.user == User.id), join_type=JOIN.LEFT_OUTER)
            if order_number:
                order = Order.get_or_none(Order.number == order_number.strip())
                if order is None:
                    raise NotFound("order", order_number)
                query = query.where(PrintJob.order == order.id)
            return self._rows(query.order_by(PrintJob.id.desc()).limit(max(1, limit)))

    def document_types(self) -> tuple[str, ...]:
        """The document types ``render`` knows."""
        return DOC_TYPES

    # -- journal helpers -------------------------------------------------------------------
    def _locked_order(self, number: str) -> Order:
        query = Order.select().where(Order.number == number)
        if not is_sqlite(self.ctx.db):
            query = query.for_update()
        order = query.first()
        if order is None:
            raise NotFound("order", number)
        return order

    @staticmethod
    def _printed_before(doc_type: str, order_id: int | None, number: str = "") -> bool:
        query = PrintJob.select(PrintJob.id).where((PrintJob.document_type == doc_type)
                                                   & (PrintJob.status == PRINTED))
        if order_id is not None:
            query = query.where(PrintJob.order == order_id)
        else:
            query = query.where(PrintJob.document_number == number)
        return query.exists()

    def _journal_without_order(self, actor: Actor | None, doc_type: str, number: str,
                               is_copy: bool) -> PrintJob:
        return PrintJob.create(document_type=doc_type, document_number=number,
                               user=actor.id if actor else None, is_copy=is_copy,
                               status=PRINTED, printed_at=self.ctx.now())

    @staticmethod
    def _rows(query) -> list[PrintJobRow]:
        rows = []
        for job in query:
            order = job.order if job.order_id else None
            user = job.user if job.user_id else None
            rows.append(PrintJobRow(id=job.id, printed_at=job.printed_at,
                                    doc_type=job.document_type,
                                    document_number=job.document_number,
                                    order_number=order.number if order else "",
                                    user=user.login if user else "", printer=job.printer,
                                    is_copy=job.is_copy, status=job.status, error=job.error))
        return rows

    # -- building the document data ----------------------------------------------------------
    def _customer_party(self, customer: Customer | None, language: str) -> docs.Party:
        if customer is None:
            return docs.Party(name="Cliente al banco" if language == "it" else "Walk-in customer")
        address = (Address.select().where(Address.customer == customer.id)
                   .order_by(Address.is_default.desc(), Address.id).first())
        lines: tuple[str, ...] = ()
        if address is not None:
            lines = tuple(x for x in (address.street, _place(
                address.postcode, address.city, address.province, address.country)) if x)
        phone = (PhoneNumber.select(PhoneNumber.e164)
                 .where(PhoneNumber.customer == customer.id)
                 .order_by(PhoneNumber.id).scalar())
        return docs.Party(name=customer.name, address_lines=lines,
                          vat_number=customer.vat_number, fiscal_code=customer.fiscal_code,
                          phone=_phone(phone or ""))

    @staticmethod
    def _lines(order: Order) -> tuple[docs.DocumentLine, ...]:
        """The order's lines; each one's discount is the one its amounts carry (its own
        combined with the cart's), so unit price × quantity less it is the amount."""
        query = (OrderLine.select(OrderLine, Product.barcode, Product.location)
                 .join(Product, join_type=JOIN.LEFT_OUTER,
                       on=(OrderLine.product == Product.id))
                 .where(OrderLine.order == order.id)
                 .order_by(OrderLine.line_no, OrderLine.id))
        result = []
        for line in query.objects():
            result.append(docs.DocumentLine(
                sku=line.sku, description=line.description, quantity=line.quantity,
                unit_price=line.unit_price, vat_rate=line.vat_rate, net=line.net,
                vat=line.vat, gross=line.gross, barcode=line.barcode or "",
                discount_pct=combined_discount(line.discount, order.cart_discount),
                location=line.location or ""))
        return tuple(result)

    @staticmethod
    def _shipment(order: Order) -> Shipment | None:
        return (Shipment.select(Shipment, Carrier)
                .join(Carrier, join_type=JOIN.LEFT_OUTER, on=(Shipment.carrier == Carrier.id))
                .where(Shipment.order == order.id).first())

    @staticmethod
    def _destination(shipment: Shipment) -> docs.Party:
        return docs.Party(
            name=shipment.recipient,
            address_lines=tuple(x for x in (shipment.street, _place(
                shipment.postcode, shipment.city, shipment.province, shipment.country)) if x),
            phone=_phone(shipment.phone))

    def _delivery_info(self, shipment: Shipment | None) -> docs.DeliveryInfo | None:
        if shipment is None:
            return None
        carrier = shipment.carrier if shipment.carrier_id else None
        return docs.DeliveryInfo(
            method=shipment.method, carrier=carrier.name if carrier else "",
            requested_date=shipment.requested_date, promised_date=shipment.promised_date,
            rush=shipment.rush, tracking_number=shipment.tracking_number,
            tracking_url=tracking_url(carrier, shipment.tracking_number),
            parcels=shipment.parcels, weight_kg=_weight_kg(shipment.weight_grams),
            destination=self._destination(shipment))

    def _order_document(self, order: Order, is_copy: bool) -> docs.OrderDocument:
        customer = Customer.get_or_none(Customer.id == order.customer_id)
        language = _language(customer)
        payments = list(Payment.select().where(Payment.order == order.id).order_by(Payment.id))
        cash = next((p for p in payments if p.method == "cash" and p.tendered is not None), None)
        rep = User.get_or_none(User.id == order.rep_id)
        lines = self._lines(order)
        return docs.OrderDocument(
            company=company_info(), number=order.number, created_at=order.created_at,
            customer=self._customer_party(customer, language), lines=lines,
            total_net=order.net, total_vat=order.vat, total_gross=order.gross,
            channel=order.channel, rep_name=rep.display_name if rep else "",
            payments=tuple(docs.Payment(method=p.method, amount=p.amount) for p in payments),
            tendered=cash.tendered if cash else None, change=cash.change if cash else None,
            notes=order.notes, delivery=self._delivery_info(self._shipment(order)),
            language=language, is_copy=is_copy,
            prices_include_vat=order.prices_include_vat,
            cart_discount_pct=order.cart_discount or ZERO,
            discount_total=_discount_total(lines, order.prices_include_vat))

    # -- one builder per document type: (document number, PDF, paper) ----------------------
    def _slip(self, order: Order, is_copy: bool) -> tuple[str, bytes, str]:
        return order.number, render_order_slip(self._order_document(order, is_copy)), "A4"

    def _packing(self, order: Order, is_copy: bool) -> tuple[str, bytes, str]:
        return order.number, render_packing_slip(self._order_document(order, is_copy)), "A4"

    def _receipt(self, order: Order, is_copy: bool) -> tuple[str, bytes, str]:
        if order.kind == "quote":
            raise ValidationError("order_number", f"{order.number} is a quote, not a sale")
        receipt = self._receipt_data(order, is_copy)
        return order.number, render_receipt(receipt), "A4" if receipt.paper == "a4" else "80mm"

    def _receipt_data(self, order: Order, is_copy: bool) -> docs.ReceiptData:
        if order.kind == "quote":
            raise ValidationError("order_number", f"{order.number} is a quote, not a sale")
        a4 = str(self.ctx.settings.get("receipt_paper")).strip().lower() == "a4"
        # Our copy names the RT printer's documento commerciale once it has one.
        footer = (f"Documento commerciale {order.fiscal_number} RT {order.fiscal_serial}".strip()
                  if order.fiscal_number else "")
        return docs.ReceiptData(order=self._order_document(order, is_copy), number=order.number,
                                paper="a4" if a4 else "roll", footer_message=footer)

    def _quote(self, order: Order, is_copy: bool) -> tuple[str, bytes, str]:
        if order.kind != "quote":
            raise ValidationError("order_number", f"{order.number} is not a quote")
        valid_until = order.valid_until or (
            order.created_at.date() + dt.timedelta(days=QUOTE_VALIDITY_DAYS))
        quote = docs.QuoteData(order=self._order_document(order, is_copy),
                               valid_until=valid_until, number=order.number)
        return order.number, render_quote(quote), "A4"

    def _delivery_note(self, order: Order, is_copy: bool) -> tuple[str, bytes, str]:
        shipment = self._shipment(order)
        if shipment is None:
            raise ValidationError("order_number",
                                  f"{order.number} has no shipment: nothing to deliver")
        if shipment.ddt_number:
            first = (PrintJob.select(PrintJob.printed_at)
                     .where((PrintJob.order == order.id)
                            & (PrintJob.document_type == "delivery-note"))
                     .order_by(PrintJob.id).scalar())
            ddt_date = first.date() if first else self.ctx.now().date()
        else:
            ddt_date = self.ctx.now().date()
            shipment.ddt_number = format_ddt_number(
                ddt_date.year, sequences.next_number(DDT_SERIES, ddt_date.year))
            Shipment.update(ddt_number=shipment.ddt_number).where(
                Shipment.id == shipment.id).execute()
        customer = Customer.get_or_none(Customer.id == order.customer_id)
        language = _language(customer)
        company = company_info()
        carrier = shipment.carrier if shipment.carrier_id else None
        if shipment.dispatched_at:
            pickup_at = shipment.dispatched_at
        elif carrier is not None:
            pickup_at = dt.datetime.combine(shipment.promised_date or ddt_date,
                                            carrier.pickup_time)
        else:
            pickup_at = None
        recipient = self._customer_party(customer, language)
        if customer is None:
            recipient = self._destination(shipment)
        note = docs.DeliveryNoteData(
            company=company, number=shipment.ddt_number, date=ddt_date,
            sender=docs.Party(name=company.name, address_lines=company.address_lines,
                              vat_number=company.vat_number, fiscal_code=company.fiscal_code,
                              phone=company.phone),
            recipient=recipient, lines=self._lines(order), order_number=order.number,
            transport_reason="Vendita",
            transported_by="vettore" if carrier is not None else "mittente",
            carrier_name=carrier.name if carrier else "", parcels=shipment.parcels,
            weight_kg=_weight_kg(shipment.weight_grams), pickup_at=pickup_at,
            destination=self._destination(shipment),
            tracking_number=shipment.tracking_number,
            tracking_url=tracking_url(carrier, shipment.tracking_number), notes=order.notes,
            language=language, is_copy=is_copy)
        return shipment.ddt_number, render_delivery_note(note), "A4"
