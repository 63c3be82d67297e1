"""What every receipt device takes and gives back: plain data in, a result out.

A device never sees the database: the fiscal service (``fiscal.py``) builds a
``FiscalReceipt`` from the receipt data the printing service already builds, hands it to
the device chosen by the workstation's ``receipt_device`` setting, and stores the
``DeviceResult``. Failures are ``DeviceError`` with a ``reason`` code from ``REASONS``; the
UI words each code for the clerk (in Italian through the catalogue).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Protocol

from counterapp.domain.errors import CounterAppError

# Why a device did not print. ``unknown`` is the one that matters for idempotency: the
# document may or may not have been printed (a timeout after the request was sent).
PAPER_OUT = "paper_out"
COVER_OPEN = "cover_open"
CLOSURE_DUE = "closure_due"
OFFLINE = "offline"
TIMEOUT = "timeout"
REFUSED = "refused"
UNKNOWN = "unknown"
REASONS = (PAPER_OUT, COVER_OPEN, CLOSURE_DUE, OFFLINE, TIMEOUT, REFUSED, UNKNOWN)


class DeviceError(CounterAppError):
    """A device did not do what it was asked.

    ``reason`` is one of ``REASONS``; ``sent`` says whether the request may have reached
    the device (then the outcome is unknown and a retry must first ask the device).
    """

    def __init__(self, reason: str, message: str, *, code: str = "", sent: bool = False):
        super().__init__(message)
        self.reason = reason
        self.code = code
        self.sent = sent


@dataclass(frozen=True)
class FiscalLine:
    """One line of a documento commerciale, amounts VAT included.

    ``unit_price`` × ``quantity`` is the line before its discount; ``discount`` is what the
    discounts took off it (printed as an item adjustment), so the line pays
    ``unit_price * quantity - discount``.
    """

    description: str
    quantity: int
    unit_price: Decimal
    vat_rate: Decimal
    department: int
    discount: Decimal = Decimal("0.00")

    @property
    def amount(self) -> Decimal:
        """What the customer pays for the line."""
        return self.unit_price * self.quantity - self.discount


@dataclass(frozen=True)
class FiscalPayment:
    """A payment by type: ``cash``, ``electronic`` (cards) or ``credit`` (not collected)."""

    kind: str
    amount: Decimal


@dataclass(frozen=True)
class FiscalReference:
    """The original document a refund or a void refers to."""

    z_number: int
    document_number: int
    date: dt.date
    printer_serial: str


@dataclass(frozen=True)
class FiscalReceipt:
    """A document for the receipt device: a sale, a refund (``reference``) or a void.

    ``order`` is the printing service's receipt data (``documents.data.OrderDocument``) for
    the non-fiscal drivers (PDF, ESC/POS), which print it as it is.
    """

    number: str
    kind: str  # sale, refund, void
    lines: tuple[FiscalLine, ...]
    payments: tuple[FiscalPayment, ...]
    total: Decimal
    customer_fiscal_code: str = ""
    lottery_code: str = ""
    reference: FiscalReference | None = None
    order: object | None = None
    cash: bool = False
    logo_path: str = ""
    extra_lines: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class DeviceResult:
    """What a device did. A fiscal printer fills the fiscal fields; others leave them empty.

    ``needs_pdf``: the device prints nothing itself; the UI prints the PDF receipt as today.
    """

    device: str
    printed: bool = True
    fiscal: bool = False
    z_number: int | None = None
    document_number: int | None = None
    printer_serial: str = ""
    printed_at: dt.datetime | None = None
    needs_pdf: bool = False
    drawer_opened: bool = False
    status: str = ""

    @property
    def fiscal_number(self) -> str:
        """``ZZZZ-NNNN`` (CONTRACT.md), or "" when the device is not fiscal."""
        if self.z_number is None or self.document_number is None:
            return ""
        return format_fiscal_number(self.z_number, self.document_number)


@dataclass(frozen=True)
class PrinterState:
    """The fiscal printer's last document, for the retry after an unknown outcome."""

    z_number: int
    last_document_number: int
    last_amount: Decimal | None
    printer_serial: str
    status: str = ""


def format_fiscal_number(z_number: int, document_number: int) -> str:
    """The RT printer's document number as the orders export writes it: ``0012-0042``."""
    return f"{z_number:04d}-{document_number:04d}"


class ReceiptDevice(Protocol):
    """A receipt device. Methods do I/O: call them off the UI thread."""

    name: str
    fiscal: bool

    def print_receipt(self, receipt: FiscalReceipt) -> DeviceResult:
        """Print ``receipt`` (and kick the drawer for cash); raises ``DeviceError``."""

    def open_drawer(self) -> None:
        """Kick the cash drawer; raises ``DeviceError``."""

    def test_print(self) -> DeviceResult:
        """A short non-fiscal page that proves the device answers."""

    def daily_closure(self) -> DeviceResult:
        """The Z report (fiscal printers); others raise ``DeviceError(REFUSED)``."""

    def state(self) -> PrinterState | None:
        """The last document the printer issued (fiscal printers), else ``None``."""
