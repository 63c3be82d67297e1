"""Today's receipt: a PDF through the system's print dialog (the default device).

The PDF itself is rendered by the printing service and printed by the UI; this device only
says so (``needs_pdf``), so the fiscal service treats every workstation the same way.
"""

from __future__ import annotations

import datetime as dt

from counterapp.services.devices.base import REFUSED, DeviceError, DeviceResult, FiscalReceipt


class PdfDevice:
    """The PDF receipt: no drawer, no fiscal numbers."""

    name = "pdf"
    fiscal = False

    def print_receipt(self, receipt: FiscalReceipt) -> DeviceResult:
        """Nothing to send: the UI prints the PDF receipt as before."""
        del receipt
        return DeviceResult(device=self.name, printed=False, needs_pdf=True,
                            printed_at=dt.datetime.now().replace(microsecond=0))

    def open_drawer(self) -> None:
        """A PDF printer has no drawer."""
        raise DeviceError(REFUSED, "no cash drawer: the receipt device is the PDF printer")

    def test_print(self) -> DeviceResult:
        """The UI prints a PDF page when asked."""
        return DeviceResult(device=self.name, printed=False, needs_pdf=True)

    def daily_closure(self) -> DeviceResult:
        """No fiscal printer configured."""
        raise DeviceError(REFUSED, "no fiscal printer: set receipt_device to epson-rt:http://…")

    def state(self) -> None:
        """Not a fiscal printer."""
        return None
