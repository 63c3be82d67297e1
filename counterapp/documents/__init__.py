"""PDF documents: frozen data in, PDF bytes out.

Pure layer: imports ReportLab and Babel, never Qt, peewee or the upper layers of
CounterApp. The services fill the dataclasses of :mod:`counterapp.documents.data`
and call one ``render_*`` function:

========================  ==========================  ================================
function                  takes                       prints
========================  ==========================  ================================
``render_order_slip``     ``OrderDocument``           picking list, sorted by bin
``render_packing_slip``   ``OrderDocument``           slip that travels in the parcel
``render_delivery_note``  ``DeliveryNoteData``        Italian DDT
``render_receipt``        ``ReceiptData``             80 mm till roll or A4 receipt
``render_quote``          ``QuoteData``               quote valid until a date
``render_manifest``       ``ManifestData``            courier pickup manifest
``render_run_sheet``      ``RunSheetData``            in-house driver's round
========================  ==========================  ================================
"""

from counterapp.documents.data import (
    CompanyInfo,
    DeliveryInfo,
    DeliveryNoteData,
    DocumentLine,
    ManifestData,
    ManifestShipment,
    OrderDocument,
    Party,
    Payment,
    QuoteData,
    ReceiptData,
    RunSheetData,
    RunSheetStop,
)
from counterapp.documents.delivery_note import render_delivery_note
from counterapp.documents.manifest import render_manifest
from counterapp.documents.order_slip import render_order_slip
from counterapp.documents.packing_slip import render_packing_slip
from counterapp.documents.quote import render_quote
from counterapp.documents.receipt import render_receipt
from counterapp.documents.run_sheet import render_run_sheet

__all__ = [
    "CompanyInfo",
    "DeliveryInfo",
    "DeliveryNoteData",
    "DocumentLine",
    "ManifestData",
    "ManifestShipment",
    "OrderDocument",
    "Party",
    "Payment",
    "QuoteData",
    "ReceiptData",
    "RunSheetData",
    "RunSheetStop",
    "render_delivery_note",
    "render_manifest",
    "render_order_slip",
    "render_packing_slip",
    "render_quote",
    "render_receipt",
    "render_run_sheet",
]
