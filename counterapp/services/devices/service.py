"""The receipt device of this workstation as one service: receipts, the fiscal flow, the
daily closure, the drawer.

The device comes from the workstation's settings (``receipt_device``), never from the
shop's database, so two tills on one database print on their own printers.

**The fiscal flow** (an Epson RT printer configured). After the sale is committed,
``print_after_sale`` sends the documento commerciale. The order keeps the printer's numbers
(``fiscal_number`` ``ZZZZ-NNNN``, ``fiscal_z``, ``fiscal_document``, ``fiscal_serial``);
when the printer refuses or cannot be reached the sale stays committed with
``fiscal_status = pending`` and ``fiscal_error`` saying why, and ``retry`` sends it again.

**Nothing is printed twice.** Before anything is sent, the order's row in
``fiscal_journal`` (UNIQUE order + kind) is claimed in its own transaction: a second
window or workstation finds it claimed and is refused; a printed one is returned as it is.
Just before sending, the printer's last document (Z, number) is asked and written on the
row. When the answer to the document is lost (timeout after sending, connection dropped),
the row becomes ``unknown`` and the next retry asks the printer again first: its last
document one further, with our amount → it was printed (the numbers are adopted, nothing
is sent); unchanged → it was not (sent again); anything else → ``manual``: a person checks
the printer's journal, and the app will not send it again by itself.

Every method that talks to a device does I/O: the UI calls it through its background
runner, never on the UI thread.
"""

from __future__ import annotations

import datetime as dt
import socket
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from counterapp.db.database import is_sqlite
from counterapp.db.models import FiscalJournal, Order
from counterapp.domain.errors import Conflict, CounterAppError, NotFound, ValidationError
from counterapp.domain.money import ZERO
from counterapp.domain.permissions import Action
from counterapp.domain.vat import line_amounts
from counterapp.services import audit
from counterapp.services.context import Actor, Approval, ServiceContext, authorize
from counterapp.services.devices.base import (
    REFUSED,
    UNKNOWN,
    DeviceError,
    DeviceResult,
    FiscalLine,
    FiscalPayment,
    FiscalReceipt,
    FiscalReference,
    PrinterState,
    ReceiptDevice,
    format_fiscal_number,
)
from counterapp.services.devices.config import department_for, make_device, parse_departments
from counterapp.services.devices.display import CustomerDisplay
from counterapp.services.printing import PrintingService

# A claim older than this was left by a workstation that died while sending: its outcome is
# unknown (the HTTP timeout is 10 s; a minute leaves room for a slow printer).
CLAIM_TTL = dt.timedelta(minutes=1)
PAYMENT_KINDS = {"cash": "cash", "card": "electronic", "account": "credit"}

# fiscal_status on the order
NONE, PENDING, PRINTED, MANUAL = "none", "pending", "printed", "manual"


@dataclass(frozen=True)
class ReceiptOutcome:
    """What became of a sale's receipt.

    ``status``: printed (by the device), pdf (the UI prints the PDF as before), pending
    (fiscal document not issued: ``reason`` is a ``devices.base`` code and ``message`` the
    detail), manual (sent without an answer and the printer's journal does not tell:
    a person must check), failed (a non-fiscal printer failed; Ctrl+P prints again).
    """

    order_number: str
    status: str
    device: str
    fiscal_number: str = ""
    z_number: int | None = None
    document_number: int | None = None
    printer_serial: str = ""
    reason: str = ""
    message: str = ""
    drawer_opened: bool = False


@dataclass(frozen=True)
class PendingFiscal:
    """A committed sale or return whose fiscal document is still to be issued."""

    order_number: str
    kind: str
    gross: Decimal
    created_at: dt.datetime
    status: str
    reason: str
    message: str


@dataclass(frozen=True)
class ClosureResult:
    """The daily closure: the Z number closed, by whom, on which printer."""

    z_number: int | None
    printer_serial: str
    closed_at: dt.datetime
    device: str


def _split(message: str) -> tuple[str, str]:
    reason, _, text = (message or "").partition(": ")
    return reason, text


class ReceiptDeviceService:
    """This workstation's receipt device: receipts, fiscal documents, Z report, drawer."""

    def __init__(self, ctx: ServiceContext, *, workstation: str = "",
                 device_factory: Callable[[], ReceiptDevice] | None = None):
        self.ctx = ctx
        self.workstation = (workstation or socket.gethostname())[:60]
        self._factory = device_factory or self._configured_device
        self.printing = PrintingService(ctx)
        self._display: CustomerDisplay | None = None
        self._display_target = ""

    def _configured_device(self) -> ReceiptDevice:
        settings = self.ctx.settings
        return make_device(settings.get("receipt_device"),
                           paper=str(settings.get("receipt_paper")).strip().lower())

    # -- read-only ---------------------------------------------------------------------------
    def describe(self) -> tuple[str, bool]:
        """The configured device's name and whether it is a fiscal printer (no I/O)."""
        device = self._factory()
        return device.name, device.fiscal

    def customer_display(self) -> CustomerDisplay | None:
        """This workstation's customer display (``customer_display`` setting), or ``None``.

        One per service: its writer thread is started the first time it is asked for.
        """
        target = str(self.ctx.settings.get("customer_display") or "").strip()
        if not target:
            return None
        if self._display is None or self._display_target != target:
            self._display, self._display_target = CustomerDisplay(target), target
        return self._display

    def pending(self) -> list[PendingFiscal]:
        """Committed sales and returns whose fiscal document is pending or to be checked."""
        with self.ctx.db.atomic():
            rows = (Order.select().where(Order.fiscal_status.in_((PENDING, MANUAL)))
                    .order_by(Order.created_at, Order.id))
            result = []
            for order in rows:
                reason, message = _split(order.fiscal_error)
                result.append(PendingFiscal(order.number, order.kind, order.gross,
                                            order.created_at, order.fiscal_status, reason,
                                            message))
            return result

    # -- receipts ----------------------------------------------------------------------------
    def print_after_sale(self, actor: Actor, order_number: str, *,
                         lottery_code: str = "") -> ReceiptOutcome:
        """The receipt of a committed sale or return on this workstation's device (I/O).

        PDF → ``pdf`` (the UI prints it). ESC/POS → printed, the drawer kicked for cash.
        Epson RT → the documento commerciale (a return: the refund naming the original);
        never raises for a printer fault: the outcome says ``pending`` and why.
        """
        authorize(self.ctx, actor, Action.EVERYDAY)
        lottery_code = self._check_lottery(lottery_code)
        device = self._factory()
        if device.fiscal:
            return self._fiscal(actor, device, order_number, lottery_code)
        if device.name == "pdf":
            return ReceiptOutcome(order_number, "pdf", device.name)
        receipt_data, job_id = self.printing.receipt_data(actor, order_number,
                                                          printer=device.name)
        receipt = fiscal_receipt(receipt_data, kind="sale", departments={},
                                 logo_path=self._logo())
        try:
            result = device.print_receipt(receipt)
        except DeviceError as exc:
            self.printing.record_failure(actor, "receipt", order_number, device.name, str(exc),
                                         job_id=job_id)
            return ReceiptOutcome(order_number, "failed", device.name, reason=exc.reason,
                                  message=str(exc))
        return ReceiptOutcome(order_number, "printed", device.name,
                              drawer_opened=result.drawer_opened)

    def retry(self, actor: Actor, order_number: str) -> ReceiptOutcome:
        """Send a pending fiscal document again (after asking the printer, see the module)."""
        authorize(self.ctx, actor, Action.EVERYDAY)
        device = self._factory()
        if not device.fiscal:
            raise ValidationError("receipt_device", "this workstation has no fiscal printer")
        return self._fiscal(actor, device, order_number, None)

    def daily_closure(self, actor: Actor) -> ClosureResult:
        """The fiscal printer's daily closure (Z report), journaled and audited (I/O)."""
        authorize(self.ctx, actor, Action.FISCAL_CLOSE)
        device = self._factory()
        if not device.fiscal:
            raise ValidationError("receipt_device", "this workstation has no fiscal printer")
        now = self.ctx.now()
        try:
            result = device.daily_closure()
        except DeviceError as exc:
            with self.ctx.db.atomic():
                FiscalJournal.create(kind="closure", status="failed", workstation=self.workstation,
                                     device=device.name[:120], error_code=exc.code[:20],
                                     error=f"{exc.reason}: {exc}"[:200], attempts=1,
                                     user=actor.id, created_at=now, updated_at=now)
            raise
        with self.ctx.db.atomic():
            FiscalJournal.create(kind="closure", status="printed", workstation=self.workstation,
                                 device=device.name[:120], z_number=result.z_number,
                                 printer_serial=result.printer_serial[:20], attempts=1,
                                 user=actor.id, created_at=now, updated_at=now)
            audit.record(actor, "fiscal_closure", entity="fiscal_printer",
                         entity_id=result.printer_serial or device.name,
                         after={"z_number": result.z_number, "workstation": self.workstation},
                         at=now)
        return ClosureResult(result.z_number, result.printer_serial, now, device.name)

    def open_drawer(self, actor: Actor, reason: str, *,
                    approvals: tuple[Approval, ...] = ()) -> None:
        """Open the cash drawer without a sale: a reason is required, and it is audited."""
        reason = " ".join(str(reason or "").split())
        if not reason:
            raise ValidationError("reason", "say why the drawer is opened")
        with self.ctx.approvals.spending():
            approval = authorize(self.ctx, actor, Action.OPEN_DRAWER, approvals=approvals)
            device = self._factory()
            device.open_drawer()
            with self.ctx.db.atomic():
                audit.record(actor, "drawer_opened", entity="workstation",
                             entity_id=self.workstation, reason=reason[:200],
                             after={"device": device.name}, approval=approval, at=self.ctx.now())

    def test_print(self, actor: Actor, receipt_device: str | None = None) -> DeviceResult:
        """A test page (I/O) on the configured device, or on ``receipt_device`` as typed in
        the settings before it is saved; ``needs_pdf`` for the PDF printer."""
        authorize(self.ctx, actor, Action.EVERYDAY)
        if receipt_device is None:
            return self._factory().test_print()
        return make_device(receipt_device, paper=str(
            self.ctx.settings.get("receipt_paper")).strip().lower()).test_print()

    # -- the fiscal flow ---------------------------------------------------------------------
    @staticmethod
    def _check_lottery(code: str) -> str:
        code = (code or "").strip().upper()
        if code and (len(code) != 8 or not code.isalnum()):
            raise ValidationError("lottery_code", "the lottery code has 8 letters and digits")
        return code

    def _locked(self, number: str) -> Order:
        query = Order.select().where(Order.number == (number or "").strip())
        if not is_sqlite(self.ctx.db):
            query = query.for_update()
        order = query.first()
        if order is None:
            raise NotFound("order", number)
        return order

    def _fiscal(self, actor: Actor, device: ReceiptDevice, number: str,
                lottery_code: str | None) -> ReceiptOutcome:
        claim = self._claim(actor, device, number, lottery_code)
        if isinstance(claim, ReceiptOutcome):
            return claim
        row_id, was_unknown = claim
        job_id = 0
        try:
            receipt_data, job_id = self.printing.receipt_data(actor, number, printer=device.name)
            row = FiscalJournal.get_by_id(row_id)
            order = Order.get(Order.number == number)
            try:
                state = device.state()
            except DeviceError as exc:
                exc.sent = False  # a status query prints nothing: the document was not sent
                raise
            receipt = self._fiscal_receipt(order, receipt_data, row.lottery_code, state)
            if was_unknown:
                decided = self._resolve_unknown(actor, row, order, state)
                if decided is not None:
                    return decided
            with self.ctx.db.atomic():
                (FiscalJournal.update(before_z=state.z_number,
                                      before_number=state.last_document_number,
                                      printer_serial=state.printer_serial[:20])
                 .where(FiscalJournal.id == row_id).execute())
            result = device.print_receipt(receipt)
        except (DeviceError, CounterAppError) as exc:
            if job_id:
                self.printing.record_failure(actor, "receipt", number, device.name, str(exc),
                                             job_id=job_id)
            if not isinstance(exc, DeviceError):
                exc = DeviceError(REFUSED, str(exc))
            return self._failed(actor, row_id, number, device, exc)
        return self._printed(actor, row_id, number, device.name, result.z_number,
                             result.document_number, result.printer_serial or state.printer_serial,
                             drawer=result.drawer_opened)

    def _claim(self, actor: Actor, device: ReceiptDevice, number: str,
               lottery_code: str | None) -> ReceiptOutcome | tuple[int, bool]:
        """Claim the order's journal row; an outcome when there is nothing to send."""
        now = self.ctx.now()
        with self.ctx.db.atomic():
            order = self._locked(number)
            if order.kind not in ("sale", "return"):
                raise ValidationError("order_number", f"{order.number} is not a sale")
            kind = "refund" if order.kind == "return" else "receipt"
            row = FiscalJournal.get_or_none((FiscalJournal.order == order.id)
                                            & (FiscalJournal.kind == kind))
            if row is not None and row.status == "printed":
                return self._outcome(order, device.name)
            if row is not None and row.status == MANUAL:
                return self._outcome(order, device.name)
            if row is not None and row.status == "sending" and now - row.updated_at < CLAIM_TTL:
                raise Conflict(f"the fiscal document of {order.number} is being printed")
            was_unknown = row is not None and row.status in (UNKNOWN, "sending")
            if row is None:
                row = FiscalJournal.create(order=order.id, kind=kind, status="sending",
                                           workstation=self.workstation, device=device.name[:120],
                                           amount=abs(order.gross),
                                           lottery_code=lottery_code or "", user=actor.id,
                                           created_at=now, updated_at=now)
            row.status = "sending"
            if lottery_code:
                row.lottery_code = lottery_code
            row.attempts += 1
            row.workstation, row.device, row.user = self.workstation, device.name[:120], actor.id
            row.updated_at = now
            row.save()
            if order.fiscal_status != PENDING:
                order.fiscal_status = PENDING
                order.save(only=[Order.fiscal_status])
            return row.id, was_unknown

    def _resolve_unknown(self, actor: Actor, row: FiscalJournal, order: Order,
                         state) -> ReceiptOutcome | None:
        """After a lost answer: adopt the printed document, send again, or hand to a person."""
        if row.before_number is None or row.before_z is None:
            return None  # nothing was sent: the claim died before asking the printer
        if (state.z_number, state.last_document_number) == (row.before_z, row.before_number):
            return None  # the printer issued nothing since: send it
        if (state.z_number == row.before_z
                and state.last_document_number == row.before_number + 1
                and state.last_amount == abs(order.gross)):
            return self._printed(actor, row.id, order.number, row.device, state.z_number,
                                 state.last_document_number, state.printer_serial, drawer=False)
        message = (f"the printer issued document {state.z_number:04d}-"
                   f"{state.last_document_number:04d} since; check its journal")
        now = self.ctx.now()
        with self.ctx.db.atomic():
            (FiscalJournal.update(status=MANUAL, error=message[:200], updated_at=now)
             .where(FiscalJournal.id == row.id).execute())
            (Order.update(fiscal_status=MANUAL, fiscal_error=f"{UNKNOWN}: {message}"[:200])
             .where(Order.id == order.id).execute())
            audit.record(actor, "fiscal_manual_check", entity="order", entity_id=order.number,
                         after={"message": message}, at=now)
        return ReceiptOutcome(order.number, MANUAL, row.device, reason=UNKNOWN, message=message)

    def _printed(self, actor: Actor, row_id: int, number: str, device: str, z: int,
                 document: int, serial: str, *, drawer: bool) -> ReceiptOutcome:
        now = self.ctx.now()
        fiscal_number = format_fiscal_number(z, document)
        with self.ctx.db.atomic():
            (FiscalJournal.update(status="printed", z_number=z, document_number=document,
                                  printer_serial=serial[:20], error="", error_code="",
                                  updated_at=now)
             .where(FiscalJournal.id == row_id).execute())
            (Order.update(fiscal_status=PRINTED, fiscal_number=fiscal_number, fiscal_z=z,
                          fiscal_document=document, fiscal_serial=serial[:20], fiscal_error="",
                          fiscal_at=now)
             .where(Order.number == number).execute())
            audit.record(actor, "fiscal_printed", entity="order", entity_id=number,
                         after={"fiscal_number": fiscal_number, "serial": serial,
                                "workstation": self.workstation}, at=now)
        return ReceiptOutcome(number, PRINTED, device, fiscal_number, z, document, serial,
                              drawer_opened=drawer)

    def _failed(self, actor: Actor, row_id: int, number: str, device: ReceiptDevice,
                exc: DeviceError) -> ReceiptOutcome:
        status = UNKNOWN if exc.sent else "failed"
        now = self.ctx.now()
        message = str(exc)
        with self.ctx.db.atomic():
            (FiscalJournal.update(status=status, error_code=exc.code[:20],
                                  error=f"{exc.reason}: {message}"[:200], updated_at=now)
             .where(FiscalJournal.id == row_id).execute())
            (Order.update(fiscal_status=PENDING, fiscal_error=f"{exc.reason}: {message}"[:200])
             .where(Order.number == number).execute())
            audit.record(actor, "fiscal_pending", entity="order", entity_id=number,
                         after={"reason": exc.reason, "error": message[:200],
                                "outcome_unknown": exc.sent}, at=now)
        return ReceiptOutcome(number, PENDING, device.name, reason=exc.reason, message=message)

    @staticmethod
    def _outcome(order: Order, device: str) -> ReceiptOutcome:
        reason, message = _split(order.fiscal_error)
        return ReceiptOutcome(order.number, order.fiscal_status, device, order.fiscal_number,
                              order.fiscal_z, order.fiscal_document, order.fiscal_serial,
                              reason=reason, message=message)

    # -- plain data for the devices -------------------------------------------------------------
    def _fiscal_receipt(self, order: Order, receipt_data, lottery_code: str,
                        state: PrinterState | None = None) -> FiscalReceipt:
        """The fiscal document of ``order``: a sale, or a refund naming the original.

        A return of the whole sale while the original's Z is still open on this printer
        voids the original (ANNULLAMENTO) instead of refunding it (RESO).
        """
        departments = parse_departments(self.ctx.settings.get("fiscal_departments"))
        if order.kind != "return":
            return fiscal_receipt(receipt_data, kind="sale", departments=departments,
                                  lottery_code=lottery_code, logo_path=self._logo())
        original = Order.get_or_none(Order.id == order.origin_id)
        if original is None or original.fiscal_status != PRINTED:
            raise ValidationError("origin", "the original sale has no fiscal document yet: "
                                  "issue it first")
        reference = FiscalReference(z_number=original.fiscal_z,
                                    document_number=original.fiscal_document,
                                    date=original.fiscal_at.date(),
                                    printer_serial=original.fiscal_serial)
        returns = Order.select().where((Order.origin == original.id)
                                       & (Order.kind == "return")).count()
        whole = returns == 1 and abs(order.gross) == original.gross
        same_z = (state is not None and state.z_number == original.fiscal_z
                  and state.printer_serial == original.fiscal_serial)
        return fiscal_receipt(receipt_data, kind="void" if whole and same_z else "refund",
                              departments=departments, reference=reference)

    def _logo(self) -> str:
        return str(self.ctx.settings.get("receipt_logo") or "")


def fiscal_receipt(receipt_data, *, kind: str, departments: dict, lottery_code: str = "",
                   reference: FiscalReference | None = None, logo_path: str = "") -> FiscalReceipt:
    """The plain receipt for a device from the printing service's receipt data (VAT included).

    Each line is quantity × shelf price less what its discounts took off, so the lines
    sum to the order. A line priced net of VAT (business price list) has no exact gross
    unit price: it is sent as one item of its whole gross amount, "3 x name".
    """
    doc = receipt_data.order
    lines = []
    for line in doc.lines:
        quantity = abs(line.quantity)
        paid = abs(line.gross)
        department = department_for(departments, line.vat_rate) if departments else 0
        full = line_amounts(abs(line.unit_price), quantity, line.vat_rate,
                            price_includes_vat=doc.prices_include_vat).gross
        discount = full - paid
        if kind == "refund" or not doc.prices_include_vat or discount < 0:
            unit = paid / quantity
            if quantity > 1 and unit != unit.quantize(Decimal("0.01")):
                lines.append(FiscalLine(f"{quantity} x {line.description}", 1, paid,
                                        line.vat_rate, department))
            else:
                lines.append(FiscalLine(line.description, quantity, unit.quantize(
                    Decimal("0.01")), line.vat_rate, department))
            continue
        lines.append(FiscalLine(line.description, quantity, abs(line.unit_price),
                                line.vat_rate, department, discount))
    total = abs(doc.total_gross)
    payments: list[FiscalPayment] = []
    for payment in doc.payments:
        payments.append(FiscalPayment(PAYMENT_KINDS.get(payment.method, "electronic"),
                                      abs(payment.amount)))
    paid_total = sum((p.amount for p in payments), ZERO)
    if paid_total < total:
        payments.append(FiscalPayment("credit", total - paid_total))
    elif paid_total > total:
        raise ValidationError("payments", f"payments {paid_total} exceed the total {total}")
    return FiscalReceipt(
        number=doc.number, kind=kind, lines=tuple(lines), payments=tuple(payments),
        total=total, customer_fiscal_code=doc.customer.fiscal_code if doc.customer else "",
        lottery_code=lottery_code, reference=reference, order=doc,
        cash=any(p.method == "cash" for p in doc.payments) and kind == "sale",
        logo_path=logo_path)
