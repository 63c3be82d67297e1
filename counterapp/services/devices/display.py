"""The customer display: a 2×20 pole display on serial or an ESC/POS port (optional).

It shows the line just scanned and the running total, then the total and the change after
the sale. Writes go through one daemon thread that keeps only the newest text, so the
counter never waits on the display and a burst of scans writes once; a display that fails
is logged and ignored — it never stops a sale.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from decimal import Decimal

from counterapp.services.devices.escpos import open_printer

log = logging.getLogger(__name__)

WIDTH = 20
CLEAR = b"\x0c"  # form feed: clear and home on CD5220/ESC-POS-compatible pole displays


def _money(value: Decimal) -> str:
    return f"{Decimal(value):.2f}".replace(".", ",")


def two_lines(left_top: str, right_top: str, left_bottom: str,
              right_bottom: str) -> tuple[str, str]:
    """Two 20-character lines, each a left text and a right-aligned amount."""
    def line(left: str, right: str) -> str:
        room = max(0, WIDTH - len(right) - 1)
        return f"{left[:room]:<{room}} {right}"[:WIDTH].ljust(WIDTH)
    return line(left_top, right_top), line(left_bottom, right_bottom)


def scanned_text(description: str, line_amount: Decimal, total: Decimal) -> tuple[str, str]:
    """The line just scanned with its amount, and the total."""
    return two_lines(description, _money(line_amount), "TOTALE", _money(total))


def change_text(total: Decimal, change: Decimal) -> tuple[str, str]:
    """After the sale: the total and the change."""
    return two_lines("TOTALE", _money(total), "RESTO", _money(change))


def frame(lines: tuple[str, str]) -> bytes:
    """The bytes a pole display gets for two lines (cp858: € and accented letters)."""
    text = "".join(line[:WIDTH].ljust(WIDTH) for line in lines)
    return CLEAR + text.encode("cp858", errors="replace")


class CustomerDisplay:
    """A pole display written from a background thread (newest text wins)."""

    def __init__(self, target: str, *, opener: Callable[[str], object] | None = None):
        kind, _, rest = target.partition(":")
        self.target = rest if kind == "escpos" else target
        self._opener = opener or open_printer
        self._pending: bytes | None = None
        self._wake = threading.Condition()
        self.written: list[bytes] = []  # what reached the display, for the tests
        self._thread = threading.Thread(target=self._loop, name="customer-display",
                                        daemon=True)
        self._thread.start()

    def show(self, lines: tuple[str, str]) -> None:
        """Show two lines soon (returns at once)."""
        with self._wake:
            self._pending = frame(lines)
            self._wake.notify()

    def wait_idle(self, timeout: float = 5.0) -> bool:
        """True once every shown text was written (for tests and shutdown)."""
        with self._wake:
            return self._wake.wait_for(lambda: self._pending is None, timeout)

    def _loop(self) -> None:
        while True:
            with self._wake:
                self._wake.wait_for(lambda: self._pending is not None)
                data = self._pending
            try:
                device = self._opener(self.target)
                try:
                    device._raw(data)
                finally:
                    device.close()
                self.written.append(data)
            except Exception as exc:  # noqa: BLE001 (a display never stops a sale)
                log.warning("customer display %s: %s", self.target, exc)
            with self._wake:
                if self._pending is data:
                    self._pending = None
                self._wake.notify_all()
