"""ESC/POS receipt printers through python-escpos: network (port 9100), USB, serial, file.

``render_receipt`` writes a receipt on any python-escpos printer object (the tests use its
``Dummy`` and read the bytes back): the shop's header, an optional logo, the lines with
their discounts, the total, the payments and the change, the fiscal number when an RT
printer gave one, a Code128 of the sale number, the cut, and the drawer kick for a cash
payment only. 80 mm paper holds 48 characters a line, 58 mm 32.

Opening the connection is I/O: ``EscposDevice`` methods run off the UI thread.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

from counterapp.services.devices.base import (
    OFFLINE,
    REFUSED,
    DeviceError,
    DeviceResult,
    FiscalReceipt,
)

WIDTHS = {"80mm": 48, "58mm": 32}
DRAWER_PIN = 2  # the drawer on connector pin 2, as nearly every drawer is wired
PAYMENT_WORDS = {"cash": "Contanti", "card": "Carta", "account": "Su conto"}


def _money(value: Decimal) -> str:
    return f"{Decimal(value):.2f}".replace(".", ",")


def _row(left: str, right: str, width: int) -> str:
    """``left`` and ``right`` on one line of ``width`` characters (left cut to fit)."""
    room = max(1, width - len(right) - 1)
    return f"{left[:room]:<{room}} {right}"


def render_receipt(printer, receipt: FiscalReceipt, *, width: int = 48) -> None:
    """Write ``receipt`` (its ``order`` is the printing service's ``OrderDocument``)."""
    order = receipt.order
    company = order.company
    printer.set(align="center", bold=True, double_height=True)
    if receipt.logo_path:
        printer.image(receipt.logo_path)
    printer.textln(company.name[:width])
    printer.set(align="center", bold=False, normal_textsize=True)
    for text in company.address_lines:
        printer.textln(text[:width])
    if company.vat_number:
        printer.textln(f"P.IVA {company.vat_number}"[:width])
    printer.set(align="left")
    printer.textln("-" * width)
    printer.textln(_row(order.number, order.created_at.strftime("%d/%m/%Y %H:%M"), width))
    printer.textln("-" * width)
    for line in order.lines:
        printer.textln(line.description[:width])
        amount = line.gross if order.prices_include_vat else line.net
        printer.textln(_row(f"  {line.quantity} x {_money(line.unit_price)}",
                            _money(amount), width))
        if line.discount_pct:
            printer.textln(f"  sconto {line.discount_pct.normalize():f} %"[:width])
    printer.textln("-" * width)
    if order.discount_total:
        printer.textln(_row("Sconti", "-" + _money(order.discount_total), width))
    printer.set(bold=True)
    printer.textln(_row("TOTALE EUR", _money(order.total_gross), width))
    printer.set(bold=False)
    for payment in order.payments:
        printer.textln(_row(PAYMENT_WORDS.get(payment.method, payment.method),
                            _money(payment.amount), width))
    if order.tendered is not None:
        printer.textln(_row("Contante ricevuto", _money(order.tendered), width))
    if order.change:
        printer.textln(_row("Resto", _money(order.change), width))
    for text in receipt.extra_lines:
        printer.textln(text[:width])
    if order.is_copy:
        printer.textln("COPIA")
    printer.set(align="center")
    printer.barcode("{B" + receipt.number, "CODE128", function_type="B", check=False,
                    width=2 if width <= 32 else 3)
    printer.cut()
    if receipt.cash:
        printer.cashdraw(DRAWER_PIN)


def open_printer(target: str):
    """A python-escpos printer for ``tcp://HOST:PORT``, ``usb:VID:PID``, ``serial:/dev/…``
    or ``file:/dev/…`` (``receipt_device`` without its ``escpos:`` prefix)."""
    from escpos import printer as escpos_printer  # noqa: PLC0415 (only when configured)

    kind, _, rest = target.partition(":")
    if kind == "tcp":
        host, _, port = rest.lstrip("/").rpartition(":")
        return escpos_printer.Network(host or rest.lstrip("/"), port=int(port or 9100),
                                      timeout=10)
    if kind == "usb":
        vid, _, pid = rest.partition(":")
        return escpos_printer.Usb(int(vid, 16), int(pid, 16))
    if kind == "serial":
        return escpos_printer.Serial(devfile=rest)
    if kind == "file":
        return escpos_printer.File(devfile=rest)
    raise ValueError(f"unknown ESC/POS connection {target!r}")


class EscposDevice:
    """An ESC/POS printer with its cash drawer (not fiscal)."""

    fiscal = False

    def __init__(self, target: str, *, paper: str = "80mm",
                 opener: Callable[[str], object] = open_printer,
                 clock=lambda: dt.datetime.now().replace(microsecond=0)):
        self.name = f"escpos:{target}"
        self.target = target
        self.width = WIDTHS.get(paper, WIDTHS["80mm"])
        self.opener = opener
        self.clock = clock

    def _session(self, write: Callable[[object], None]) -> None:
        try:
            printer = self.opener(self.target)
        except (OSError, ValueError) as exc:
            raise DeviceError(OFFLINE, f"cannot open {self.target}: {exc}") from None
        except Exception as exc:  # noqa: BLE001 (python-escpos raises its own DeviceNotFoundError)
            raise DeviceError(OFFLINE, f"cannot open {self.target}: {exc}") from None
        try:
            write(printer)
        except OSError as exc:
            raise DeviceError(OFFLINE, f"{self.target}: {exc}", sent=True) from None
        except Exception as exc:  # noqa: BLE001 (python-escpos's errors share no base we can name)
            raise DeviceError(REFUSED, f"{self.target}: {exc}", sent=True) from None
        finally:
            printer.close()

    def print_receipt(self, receipt: FiscalReceipt) -> DeviceResult:
        """Print the receipt, cut, and kick the drawer when the sale took cash."""
        self._session(lambda p: render_receipt(p, receipt, width=self.width))
        return DeviceResult(device=self.name, printed_at=self.clock(),
                            drawer_opened=receipt.cash)

    def open_drawer(self) -> None:
        """Kick the drawer."""
        self._session(lambda p: p.cashdraw(DRAWER_PIN))

    def test_print(self) -> DeviceResult:
        """A few lines and a cut."""
        def write(p) -> None:
            p.textln("CounterApp")
            p.textln("Prova di stampa / Test print")
            p.textln(self.clock().strftime("%d/%m/%Y %H:%M"))
            p.cut()
        self._session(write)
        return DeviceResult(device=self.name, printed_at=self.clock())

    def daily_closure(self) -> DeviceResult:
        """Not a fiscal printer."""
        raise DeviceError(REFUSED, "an ESC/POS printer has no daily closure (Z report)")

    def state(self) -> None:
        """Not a fiscal printer: no documents to ask about."""
        return None
