"""Epson RT fiscal printers through "Fiscal ePOS-Print XML" over HTTP.

A SOAP envelope is POSTed to ``http://PRINTER/cgi-bin/fpmate.cgi``. A sale is a
``printerFiscalReceipt`` (``beginFiscalReceipt``, one ``printRecItem`` per line with its
department, a ``printRecItemAdjustment`` per discounted line, ``printRecSubtotal``, one
``printRecTotal`` per payment type, ``endFiscalReceipt``); the Z report is a
``printerFiscalReport`` with ``printZReport``. The printer answers
``<response success=… code=… status=…>`` whose ``addInfo`` carries the fiscal receipt
number, the Z number and the printer status.

A refund or a void first states the original with ``printRecMessage messageType="4"``:
``RESO ZZZZ NNNN DDMMYYYY SERIAL`` (then ``printRecRefund`` lines) or
``ANNULLAMENTO ZZZZ NNNN DDMMYYYY SERIAL`` (the printer voids the whole original).

Amounts are written with a decimal comma as in Epson's Italian examples; the parser reads
both. Only the standard library: ``http.client`` and ``xml.etree``.
"""

from __future__ import annotations

import datetime as dt
import http.client
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from urllib.parse import urlsplit

from counterapp.services.devices.base import (
    CLOSURE_DUE,
    COVER_OPEN,
    OFFLINE,
    PAPER_OUT,
    REFUSED,
    TIMEOUT,
    DeviceError,
    DeviceResult,
    FiscalReceipt,
    PrinterState,
)

SOAP_NS = "http://schemas.xmlsoap.org/soap/envelope/"
CGI_PATH = "/cgi-bin/fpmate.cgi"
DEFAULT_TIMEOUT = 10.0
OPERATOR = "1"

# printRecTotal paymentType/index per payment kind (Epson RT: 0 cash, 2 electronic with
# index 1 for cards, 5 "non riscosso" for what the customer owes on account).
PAYMENT_TYPES = {"cash": ("0", "0", "CONTANTI"), "electronic": ("2", "1", "PAGAMENTO ELETTRONICO"),
                 "credit": ("5", "0", "NON RISCOSSO")}
DISCOUNT_ON_ITEM = "3"

# The printer's refusal codes, and the reason the clerk is told. Codes the printer may send
# that are not here are "refused" with the code shown.
CODE_REASONS = {
    "EPTR_REC_EMPTY": PAPER_OUT,
    "EPTR_COVER_OPEN": COVER_OPEN,
    "FP_DAILY_CLOSURE_DUE": CLOSURE_DUE,
    "FP_NO_ANSWER": OFFLINE,
}


def money(value: Decimal) -> str:
    """``12,50``: two decimals, decimal comma."""
    return f"{Decimal(value).quantize(Decimal('0.01')):.2f}".replace(".", ",")


def parse_money(text: str | None) -> Decimal:
    """The reverse of ``money`` (also reads a decimal point); ``ValueError`` when not a number."""
    try:
        return Decimal(str(text or "").strip().replace(",", "."))
    except InvalidOperation:
        raise ValueError(f"not an amount: {text!r}") from None


def _clean(text: str, limit: int = 38) -> str:
    """Printers print ASCII upper and lower case on one line of ``limit`` characters."""
    flat = " ".join(str(text or "").split())
    return flat[:limit]


def envelope(body: ET.Element) -> bytes:
    """``body`` in a SOAP envelope, UTF-8 with its declaration."""
    env = ET.Element(f"{{{SOAP_NS}}}Envelope")
    ET.SubElement(env, f"{{{SOAP_NS}}}Body").append(body)
    ET.register_namespace("s", SOAP_NS)
    return ET.tostring(env, encoding="utf-8", xml_declaration=True)


def _reference_message(receipt: FiscalReceipt) -> str:
    ref = receipt.reference
    word = "ANNULLAMENTO" if receipt.kind == "void" else "RESO"
    return (f"{word} {ref.z_number:04d} {ref.document_number:04d} "
            f"{ref.date.strftime('%d%m%Y')} {ref.printer_serial}")


def build_receipt(receipt: FiscalReceipt) -> ET.Element:
    """The ``printerFiscalReceipt`` element of a sale, a refund or a void."""
    root = ET.Element("printerFiscalReceipt")
    if receipt.kind in ("refund", "void"):
        if receipt.reference is None:
            raise ValueError(f"a {receipt.kind} needs the original document")
        ET.SubElement(root, "printRecMessage", operator=OPERATOR, messageType="4",
                      message=_reference_message(receipt))
    ET.SubElement(root, "beginFiscalReceipt", operator=OPERATOR)
    if receipt.kind == "void":
        ET.SubElement(root, "endFiscalReceipt", operator=OPERATOR)
        return root
    if receipt.lottery_code:
        ET.SubElement(root, "printRecLotteryID", operator=OPERATOR,
                      code=_clean(receipt.lottery_code, 8))
    if receipt.customer_fiscal_code:
        # DirectIO 1060 sets the customer's codice fiscale printed on the document.
        ET.SubElement(root, "directIO", command="1060",
                      data="01" + _clean(receipt.customer_fiscal_code, 16).upper())
    item_tag = "printRecRefund" if receipt.kind == "refund" else "printRecItem"
    for line in receipt.lines:
        ET.SubElement(root, item_tag, operator=OPERATOR, description=_clean(line.description),
                      quantity=str(line.quantity), unitPrice=money(line.unit_price),
                      department=str(line.department), justification="1")
        if line.discount and receipt.kind == "sale":
            ET.SubElement(root, "printRecItemAdjustment", operator=OPERATOR,
                          adjustmentType=DISCOUNT_ON_ITEM, description="SCONTO",
                          amount=money(line.discount), department=str(line.department),
                          justification="2")
    ET.SubElement(root, "printRecSubtotal", operator=OPERATOR, option="1")
    for payment in receipt.payments:
        kind = PAYMENT_TYPES.get(payment.kind)
        if kind is None:
            raise ValueError(f"unknown payment type {payment.kind!r}")
        ptype, index, words = kind
        ET.SubElement(root, "printRecTotal", operator=OPERATOR, description=words,
                      payment=money(payment.amount), paymentType=ptype, index=index,
                      justification="1")
    ET.SubElement(root, "endFiscalReceipt", operator=OPERATOR)
    return root


def build_z_report() -> ET.Element:
    """The daily closure: ``printerFiscalReport`` with ``printZReport``."""
    root = ET.Element("printerFiscalReport")
    ET.SubElement(root, "printZReport", operator=OPERATOR)
    return root


def build_status_query() -> ET.Element:
    """Ask the printer for its status and its last document (no paper moves)."""
    root = ET.Element("printerCommand")
    ET.SubElement(root, "queryPrinterStatus", operator=OPERATOR, statusType="1")
    return root


def build_non_fiscal(lines: tuple[str, ...]) -> ET.Element:
    """A non-fiscal page (``Test print``)."""
    root = ET.Element("printerNonFiscal")
    ET.SubElement(root, "beginNonFiscal", operator=OPERATOR)
    for text in lines:
        ET.SubElement(root, "printNormal", operator=OPERATOR, font="1", data=_clean(text, 46))
    ET.SubElement(root, "endNonFiscal", operator=OPERATOR)
    return root


def build_drawer() -> ET.Element:
    """Open the drawer without a document."""
    root = ET.Element("printerCommand")
    ET.SubElement(root, "openDrawer", operator=OPERATOR)
    return root


@dataclass(frozen=True)
class RtResponse:
    """A parsed ``response``: success, code, status and the ``addInfo`` fields by name."""

    success: bool
    code: str
    status: str
    info: dict[str, str]

    def number(self, key: str) -> int | None:
        """An integer ``addInfo`` field, or ``None`` when missing or not a number."""
        text = self.info.get(key, "").strip()
        return int(text) if text.isdigit() else None


def parse_response(payload: bytes | str) -> RtResponse:
    """The ``response`` element of the printer's SOAP answer; ``ValueError`` when there is none."""
    try:
        root = ET.fromstring(payload)
    except ET.ParseError as exc:
        raise ValueError(f"unreadable answer from the printer: {exc}") from None
    node = root if root.tag == "response" else root.find(".//response")
    if node is None:
        raise ValueError("the printer's answer has no response element")
    info = {}
    add = node.find("addInfo")
    if add is not None:
        info = {child.tag: (child.text or "") for child in add if child.tag != "elementList"}
    return RtResponse(success=node.get("success", "").lower() == "true",
                      code=node.get("code", ""), status=node.get("status", ""), info=info)


class EpsonRtClient:
    """POSTs documents to one printer. Every call does network I/O: never on the UI thread."""

    def __init__(self, url: str, *, timeout: float = DEFAULT_TIMEOUT):
        parts = urlsplit(url)
        if parts.scheme != "http" or not parts.hostname:
            raise ValueError(f"not an http://HOST[:PORT] address: {url!r}")
        self.host = parts.hostname
        self.port = parts.port or 80
        self.timeout = timeout

    def send(self, body: ET.Element) -> RtResponse:
        """POST ``body``; the parsed answer, or ``DeviceError`` (offline, timeout, refused)."""
        data = envelope(body)
        conn = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
        sent = False
        try:
            try:
                conn.connect()
            except TimeoutError:
                raise DeviceError(OFFLINE, f"no answer from {self.host}:{self.port}") from None
            except OSError as exc:
                raise DeviceError(OFFLINE, f"cannot reach {self.host}:{self.port}: {exc}") \
                    from None
            try:
                conn.request("POST", CGI_PATH, body=data, headers={
                    "Content-Type": "text/xml; charset=utf-8", "SOAPAction": '""'})
                sent = True
                answer = conn.getresponse()
                payload = answer.read()
            except TimeoutError:
                raise DeviceError(TIMEOUT, f"the printer did not answer within "
                                  f"{self.timeout:g} s", sent=sent) from None
            except (OSError, http.client.HTTPException) as exc:
                raise DeviceError(OFFLINE, f"connection lost: {exc}", sent=sent) from None
        finally:
            conn.close()
        if answer.status != 200:
            raise DeviceError(REFUSED, f"HTTP {answer.status} from the printer", code=str(
                answer.status))
        try:
            return parse_response(payload)
        except ValueError as exc:
            raise DeviceError(REFUSED, str(exc), sent=True) from None


def _refusal(response: RtResponse) -> DeviceError:
    reason = CODE_REASONS.get(response.code, REFUSED)
    return DeviceError(reason, f"the printer refused the document ({response.code or 'no code'},"
                       f" status {response.status or '?'})", code=response.code)


class EpsonRtDevice:
    """An Epson RT printer as a receipt device (fiscal)."""

    fiscal = True

    def __init__(self, url: str, *, timeout: float = DEFAULT_TIMEOUT,
                 clock=lambda: dt.datetime.now().replace(microsecond=0)):
        self.name = f"epson-rt:{url}"
        self.client = EpsonRtClient(url, timeout=timeout)
        self.clock = clock

    def _checked(self, body: ET.Element) -> RtResponse:
        response = self.client.send(body)
        if not response.success:
            raise _refusal(response)
        return response

    def print_receipt(self, receipt: FiscalReceipt) -> DeviceResult:
        """Issue the documento commerciale (or the refund/void) and return its numbers."""
        response = self._checked(build_receipt(receipt))
        number = response.number("fiscalReceiptNumber")
        z = response.number("zRepNumber")
        if number is None or z is None:
            raise DeviceError(REFUSED, "the printer did not give the document's numbers",
                              sent=True)
        return DeviceResult(device=self.name, fiscal=True, z_number=z, document_number=number,
                            printer_serial=response.info.get("serialNumber", ""),
                            printed_at=self.clock(), drawer_opened=receipt.cash,
                            status=response.status)

    def daily_closure(self) -> DeviceResult:
        """Print the Z report; the result carries the number of the Z just closed."""
        response = self._checked(build_z_report())
        return DeviceResult(device=self.name, fiscal=True, z_number=response.number("zRepNumber"),
                            printer_serial=response.info.get("serialNumber", ""),
                            printed_at=self.clock(), status=response.status)

    def state(self) -> PrinterState:
        """The last document issued (number, amount) in the current Z, and the serial."""
        response = self._checked(build_status_query())
        amount = response.info.get("fiscalReceiptAmount", "")
        return PrinterState(z_number=response.number("zRepNumber") or 0,
                            last_document_number=response.number("fiscalReceiptNumber") or 0,
                            last_amount=parse_money(amount) if amount else None,
                            printer_serial=response.info.get("serialNumber", ""),
                            status=response.info.get("printerStatus", response.status))

    def open_drawer(self) -> None:
        """Open the drawer connected to the printer."""
        self._checked(build_drawer())

    def test_print(self) -> DeviceResult:
        """A non-fiscal page saying the printer is reachable."""
        self._checked(build_non_fiscal(("CounterApp", "Prova di stampa / Test print")))
        return DeviceResult(device=self.name, fiscal=False, printed_at=self.clock())
