"""A simulated Epson RT printer for the tests: the same XML over HTTP on 127.0.0.1.

``FiscalSimulator`` runs a threaded ``http.server`` on a free port and answers
``/cgi-bin/fpmate.cgi`` like the real printer: it checks each document (well formed,
begin/end, departments, payments summing to the items less their discounts, refunds and
voids naming a document it issued), numbers documents per Z (1, 2, … then back to 1 after
each Z report) and keeps a ``journal`` of what it printed.

It can be told to fail: ``paper_out``, ``cover_open``, ``closure_due`` (the printer answers
``success="false"`` with Epson's code), ``offline`` (the port is closed: connection
refused), ``timeout`` (no answer until the client gives up; nothing printed) and
``lost_answer`` (the document IS printed, then no answer: the outcome the client cannot
know). ``fail(None)`` makes it healthy again.
"""

from __future__ import annotations

import datetime as dt
import threading
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

SOAP_NS = "http://schemas.xmlsoap.org/soap/envelope/"
FAILURE_CODES = {"paper_out": "EPTR_REC_EMPTY", "cover_open": "EPTR_COVER_OPEN",
                 "closure_due": "FP_DAILY_CLOSURE_DUE"}
MODES = (None, "paper_out", "cover_open", "closure_due", "offline", "timeout", "lost_answer")


class Refused(Exception):
    """A document the printer will not print (answered ``success="false"``)."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


def _amount(text: str | None) -> Decimal:
    try:
        return Decimal(str(text).replace(",", "."))
    except Exception:  # noqa: BLE001 (any unreadable amount is a schema error)
        raise Refused("SchemaError") from None


@dataclass
class Document:
    """One document in the simulator's journal."""

    kind: str  # sale, refund, void, z_report, non_fiscal
    z_number: int
    number: int
    amount: Decimal
    date: dt.date
    lines: list[dict] = field(default_factory=list)
    payments: list[dict] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)
    lottery_code: str = ""
    customer_fiscal_code: str = ""


class FiscalSimulator:
    """The simulated printer; ``with FiscalSimulator() as sim: sim.url``."""

    def __init__(self, serial: str = "99MEY000001"):
        self.serial = serial
        self.z_number = 1  # the open period; closed Zs are 1 .. z_number - 1
        self.number = 0  # the last document of the open period
        self.journal: list[Document] = []
        self.requests: list[bytes] = []
        self.mode: str | None = None
        self.drawer_opened = 0
        self._lock = threading.Lock()
        self._release = threading.Event()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self.port = 0

    # -- life cycle --------------------------------------------------------------------------
    def start(self) -> FiscalSimulator:
        """Listen on 127.0.0.1 (a free port the first time, the same port after ``offline``)."""
        sim = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 (http.server's name)
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length)
                status, payload = sim.handle(self.path, body)
                if payload is None:
                    return  # timeout / lost answer: the client gives up first
                self.send_response(status)
                self.send_header("Content-Type", "text/xml; charset=utf-8")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, *_args):
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Close the port (pending hung requests are released)."""
        self._release.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> FiscalSimulator:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    @property
    def url(self) -> str:
        """``http://127.0.0.1:PORT``."""
        return f"http://127.0.0.1:{self.port}"

    def fail(self, mode: str | None) -> None:
        """Fail from now on in ``mode`` (one of ``MODES``); ``None`` heals."""
        if mode not in MODES:
            raise ValueError(mode)
        previous, self.mode = self.mode, mode
        if mode == "offline" and self._server is not None:
            self.stop()
        elif previous == "offline" and mode != "offline":
            self._release.clear()
            self.start()
        if mode not in ("timeout", "lost_answer"):
            self._release.set()
            self._release = threading.Event()

    # -- what was printed --------------------------------------------------------------------
    def receipts(self, kind: str = "sale") -> list[Document]:
        """The journal's documents of ``kind``."""
        return [d for d in self.journal if d.kind == kind]

    # -- the protocol ------------------------------------------------------------------------
    def handle(self, path: str, body: bytes) -> tuple[int, bytes | None]:
        """One request: (HTTP status, answer) or (0, None) for no answer."""
        self.requests.append(body)
        if path != "/cgi-bin/fpmate.cgi":
            return 404, b"not found"
        if self.mode == "timeout":
            self._release.wait(30)
            return 0, None
        try:
            root = ET.fromstring(body)
            command = root.find(f"{{{SOAP_NS}}}Body")
            if command is None or len(command) != 1:
                raise Refused("SchemaError")
            command = command[0]
            if self.mode in FAILURE_CODES and command.tag != "printerCommand":
                raise Refused(FAILURE_CODES[self.mode])
            with self._lock:
                info = self._run(command)
        except ET.ParseError:
            return 200, self._answer(False, "SchemaError", {})
        except Refused as refused:
            return 200, self._answer(False, refused.code, self._info())
        if self.mode == "lost_answer" and command.tag == "printerFiscalReceipt":
            self._release.wait(30)
            return 0, None
        return 200, self._answer(True, "", info)

    def _info(self, doc: Document | None = None) -> dict[str, str]:
        last = doc or next((d for d in reversed(self.journal)
                            if d.kind in ("sale", "refund", "void")
                            and d.z_number == self.z_number), None)
        return {"printerStatus": "20110" if self.mode is None else "20111",
                "fiscalReceiptNumber": str(last.number if last else 0),
                "fiscalReceiptAmount": f"{last.amount:.2f}".replace(".", ",") if last else "",
                "fiscalReceiptDate": last.date.strftime("%d/%m/%Y") if last else "",
                "zRepNumber": str(self.z_number), "serialNumber": self.serial}

    def _answer(self, success: bool, code: str, info: dict[str, str]) -> bytes:
        env = ET.Element(f"{{{SOAP_NS}}}Envelope")
        response = ET.SubElement(ET.SubElement(env, f"{{{SOAP_NS}}}Body"), "response",
                                 success="true" if success else "false", code=code,
                                 status="2" if success else "0")
        add = ET.SubElement(response, "addInfo")
        ET.SubElement(add, "elementList").text = ",".join(info)
        for key, value in info.items():
            ET.SubElement(add, key).text = value
        return ET.tostring(env, encoding="utf-8", xml_declaration=True)

    def _run(self, command: ET.Element) -> dict[str, str]:
        today = dt.date.today()
        if command.tag == "printerCommand":
            if command.find("openDrawer") is not None:
                self.drawer_opened += 1
            elif command.find("queryPrinterStatus") is None:
                raise Refused("SchemaError")
            return self._info()
        if command.tag == "printerNonFiscal":
            self.journal.append(Document("non_fiscal", self.z_number, 0, Decimal(0), today))
            return self._info()
        if command.tag == "printerFiscalReport":
            if command.find("printZReport") is None:
                raise Refused("SchemaError")
            closed = self.z_number
            self.journal.append(Document("z_report", closed, 0, Decimal(0), today))
            self.z_number += 1
            self.number = 0
            info = self._info()
            info["zRepNumber"] = str(closed)
            return info
        if command.tag != "printerFiscalReceipt":
            raise Refused("SchemaError")
        doc = self._receipt(list(command), today)
        self.number += 1
        doc.number, doc.z_number = self.number, self.z_number
        self.journal.append(doc)
        return self._info(doc)

    def _receipt(self, children: list[ET.Element], today: dt.date) -> Document:
        tags = [c.tag for c in children]
        if "beginFiscalReceipt" not in tags or tags[-1] != "endFiscalReceipt":
            raise Refused("SchemaError")
        doc = Document("sale", 0, 0, Decimal(0), today)
        items = Decimal(0)
        paid = Decimal(0)
        for child in children:
            tag = child.tag
            if tag == "printRecMessage" and child.get("messageType") == "4":
                doc.messages.append(child.get("message", ""))
                doc.kind = self._reference_kind(child.get("message", ""))
            elif tag in ("printRecItem", "printRecRefund"):
                if (tag == "printRecRefund") != (doc.kind == "refund"):
                    raise Refused("SchemaError")
                department = int(child.get("department") or 0)
                if not 1 <= department <= 10 or not child.get("description"):
                    raise Refused("SchemaError")
                quantity = _amount(child.get("quantity"))
                unit = _amount(child.get("unitPrice"))
                items += quantity * unit
                doc.lines.append({"description": child.get("description"), "quantity": quantity,
                                  "unit_price": unit, "department": department,
                                  "discount": Decimal(0)})
            elif tag == "printRecItemAdjustment":
                if not doc.lines:
                    raise Refused("SchemaError")
                discount = _amount(child.get("amount"))
                doc.lines[-1]["discount"] += discount
                items -= discount
            elif tag == "printRecTotal":
                amount = _amount(child.get("payment"))
                paid += amount
                doc.payments.append({"type": child.get("paymentType"),
                                     "index": child.get("index"), "amount": amount})
            elif tag == "printRecLotteryID":
                doc.lottery_code = child.get("code", "")
            elif tag == "directIO" and child.get("command") == "1060":
                doc.customer_fiscal_code = child.get("data", "")[2:]
            elif tag not in ("beginFiscalReceipt", "endFiscalReceipt", "printRecSubtotal"):
                raise Refused("SchemaError")
        if doc.kind == "void":
            if doc.lines or doc.payments:
                raise Refused("SchemaError")
            return doc
        if not doc.lines or not doc.payments or paid != items:
            raise Refused("SchemaError")
        doc.amount = items
        return doc

    def _reference_kind(self, message: str) -> str:
        parts = message.split()
        if len(parts) != 5 or parts[0] not in ("RESO", "ANNULLAMENTO"):
            raise Refused("SchemaError")
        word, z, number, date, serial = parts
        found = any(d.z_number == int(z) and d.number == int(number) and d.kind == "sale"
                    and d.date.strftime("%d%m%Y") == date for d in self.journal)
        if serial != self.serial or not found:
            raise Refused("FP_REFERENCE_NOT_FOUND")
        return "refund" if word == "RESO" else "void"
