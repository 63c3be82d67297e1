"""Receipt devices: PDF (default), ESC/POS printers with a cash drawer, the Epson RT fiscal
printer, and a customer pole display. No Qt; every call that reaches a device does I/O and
runs off the UI thread (docs/hardware.md)."""

from counterapp.services.devices.base import (
    REASONS,
    DeviceError,
    DeviceResult,
    FiscalLine,
    FiscalPayment,
    FiscalReceipt,
    FiscalReference,
    ReceiptDevice,
)
from counterapp.services.devices.service import (
    ClosureResult,
    PendingFiscal,
    ReceiptDeviceService,
    ReceiptOutcome,
)

__all__ = ["REASONS", "ClosureResult", "DeviceError", "DeviceResult", "FiscalLine",
           "FiscalPayment", "FiscalReceipt", "FiscalReference", "PendingFiscal",
           "ReceiptDevice", "ReceiptDeviceService", "ReceiptOutcome"]
