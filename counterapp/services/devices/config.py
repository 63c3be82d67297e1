"""The workstation's receipt device and department mapping, read from its settings.

``receipt_device`` (CONTRACT.md): ``pdf`` (default), ``escpos:tcp://HOST:PORT``,
``escpos:usb:VID:PID``, ``escpos:serial:/dev/…``, ``escpos:file:/dev/…`` or
``epson-rt:http://HOST[:PORT]``. ``fiscal_departments`` maps VAT rates to the RT printer's
departments (reparti): ``22:1;10:2;5:3;4:4;0:5``. ``customer_display`` is empty (none) or a
pole display as ``escpos:…`` or ``serial:/dev/…``. All three belong to the workstation
(its settings file), not to the shop's database: two tills have two printers.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation

from counterapp.domain.errors import ValidationError
from counterapp.services.devices.base import ReceiptDevice
from counterapp.services.devices.epson_rt import EpsonRtDevice
from counterapp.services.devices.escpos import EscposDevice
from counterapp.services.devices.pdf import PdfDevice

DEFAULT_DEPARTMENTS = "22:1;10:2;5:3;4:4;0:5"
_ESCPOS = re.compile(r"^(tcp://[^/:\s]+(:\d{1,5})?|usb:[0-9a-fA-F]{1,4}:[0-9a-fA-F]{1,4}"
                     r"|serial:\S+|file:\S+)$")
_RT = re.compile(r"^http://[^/:\s]+(:\d{1,5})?/?$")


def check_device(value: str, *, field: str = "receipt_device") -> str:
    """``value`` cleaned, or ``ValidationError`` naming what is wrong with it."""
    text = (value or "").strip() or "pdf"
    if text == "pdf":
        return text
    kind, _, target = text.partition(":")
    if kind == "escpos" and _ESCPOS.match(target):
        return text
    if kind == "epson-rt" and _RT.match(target):
        return text
    raise ValidationError(field, f"'{value}' is not a receipt device: pdf, "
                          "escpos:tcp://HOST:PORT, escpos:usb:VID:PID, escpos:serial:/dev/…, "
                          "escpos:file:/dev/… or epson-rt:http://HOST[:PORT]")


def check_display(value: str) -> str:
    """A customer display: empty (none), ``escpos:…`` as a receipt device, or
    ``serial:/dev/…``; ``ValidationError`` naming ``customer_display`` otherwise."""
    text = (value or "").strip()
    if not text or (text.startswith("serial:") and len(text) > 7):
        return text
    if text.startswith("escpos:"):
        return check_device(text, field="customer_display")
    raise ValidationError("customer_display", f"'{value}' is not a display: empty, "
                          "escpos:tcp://HOST:PORT, escpos:serial:/dev/… or serial:/dev/…")


def parse_departments(text: str) -> dict[Decimal, int]:
    """``22:1;10:2`` → ``{22: 1, 10: 2}``; ``ValidationError`` on a bad pair."""
    mapping: dict[Decimal, int] = {}
    for pair in (text or "").replace(",", ";").split(";"):
        if not pair.strip():
            continue
        rate, sep, dept = pair.partition(":")
        try:
            if not sep:
                raise ValueError
            department = int(dept)
            key = Decimal(rate.strip()).normalize()
        except (ValueError, InvalidOperation):
            raise ValidationError("fiscal_departments",
                                  f"'{pair.strip()}' is not VAT:DEPARTMENT") from None
        if not 1 <= department <= 10:
            raise ValidationError("fiscal_departments",
                                  f"department {department} is not between 1 and 10")
        mapping[key] = department
    return mapping


def department_for(mapping: dict[Decimal, int], vat_rate: Decimal) -> int:
    """The department of ``vat_rate``; ``ValidationError`` when the mapping lacks it."""
    department = mapping.get(Decimal(vat_rate).normalize())
    if department is None:
        raise ValidationError("fiscal_departments",
                              f"no printer department for VAT {Decimal(vat_rate).normalize():f} %")
    return department


def make_device(value: str, *, paper: str = "80mm", timeout: float = 10.0,
                escpos_opener: Callable | None = None) -> ReceiptDevice:
    """The device a ``receipt_device`` value names (nothing is opened yet)."""
    text = check_device(value)
    if text == "pdf":
        return PdfDevice()
    kind, _, target = text.partition(":")
    if kind == "escpos":
        if escpos_opener is not None:
            return EscposDevice(target, paper=paper, opener=escpos_opener)
        return EscposDevice(target, paper=paper)
    return EpsonRtDevice(target, timeout=timeout)
