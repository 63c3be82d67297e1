"""Realistic Italian documents shared by the document tests."""

from __future__ import annotations

import io
import re
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

import pytest
from pypdf import PdfReader

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

CENT = Decimal("0.01")

COMPANY = CompanyInfo(
    name="Ferramenta Bianchi S.r.l.",
    address_lines=("Via Giuseppe Garibaldi 42", "20121 Milano (MI)"),
    vat_number="IT01234567890",
    fiscal_code="01234567890",
    phone="+39 02 1234 5678",
    email="banco@ferramentabianchi.it",
)

CUSTOMER = Party(
    name="Edilizia Esposito & C. S.n.c.",
    address_lines=("Corso Vittorio Emanuele II 118", "80121 Napoli (NA)"),
    vat_number="IT09876543210",
    fiscal_code="09876543210",
    phone="+39 081 555 0199",
)

PRODUCTS = (
    ("VIT-4X40", "8001234567895", "Viti autofilettanti testa svasata 4x40 mm, conf. 200 pz",
     Decimal("6.90"), Decimal("22"), "A-01-03"),
    ("TASS-8", "8001234567901", "Tasselli in nylon 8 mm con vite", Decimal("4.50"),
     Decimal("22"), "A-02-01"),
    ("TRAP-18V", "8001234567918", "Trapano avvitatore a batteria 18 V con due batterie e "
     "valigetta", Decimal("129.00"), Decimal("22"), "C-10-02"),
    ("SILIC-TR", "8001234567925", "Silicone trasparente 280 ml", Decimal("5.20"),
     Decimal("22"), "B-04-07"),
    ("LIBRO-FAI", "9788804123456", "Manuale del fai da te (libro)", Decimal("24.00"),
     Decimal("4"), "D-01-01"),
)


def make_line(index: int, quantity: int = 2, discount: Decimal = Decimal("0")) -> DocumentLine:
    """A line for product ``index`` (cycled), amounts rounded half-up per line."""
    sku, barcode, description, price, rate, location = PRODUCTS[index % len(PRODUCTS)]
    net = (price * quantity * (100 - discount) / 100).quantize(CENT, ROUND_HALF_UP)
    vat = (net * rate / 100).quantize(CENT, ROUND_HALF_UP)
    return DocumentLine(
        sku=sku if index < len(PRODUCTS) else f"{sku}-{index}",
        barcode=barcode,
        description=description,
        quantity=quantity,
        unit_price=price,
        discount_pct=discount,
        vat_rate=rate,
        net=net,
        vat=vat,
        gross=net + vat,
        location=location,
    )


def make_order(lines=None, **overrides) -> OrderDocument:
    """An order with a courier delivery; totals are the sums of its lines."""
    if lines is None:
        lines = (make_line(0, 10), make_line(1, 4), make_line(2, 1, Decimal("10")),
                 make_line(3, 6), make_line(4, 1))
    lines = tuple(lines)
    values = dict(
        company=COMPANY,
        number="2026/000123",
        created_at=datetime(2026, 11, 27, 14, 5),
        customer=CUSTOMER,
        lines=lines,
        total_net=sum((line.net for line in lines), Decimal("0")),
        total_vat=sum((line.vat for line in lines), Decimal("0")),
        total_gross=sum((line.gross for line in lines), Decimal("0")),
        channel="phone",
        rep_name="Giulia Romano",
        # make_line's prices are net, as a business account's price list quotes them.
        prices_include_vat=False,
        payments=(Payment("card", sum((line.gross for line in lines), Decimal("0"))),),
        notes="Consegnare al magazzino sul retro. Citofono 'Esposito'.",
        delivery=DeliveryInfo(
            method="courier",
            carrier="BRT",
            requested_date=date(2026, 11, 30),
            promised_date=date(2026, 11, 30),
            rush=True,
            tracking_number="BRT123456789012",
            tracking_url="https://vas.brt.it/vas/sped_det_show.hsm?ChiSono=BRT123456789012",
            parcels=2,
            weight_kg=Decimal("7.40"),
        ),
    )
    values.update(overrides)
    return OrderDocument(**values)


def make_delivery_note(**overrides) -> DeliveryNoteData:
    """A DDT for the standard order, sent by courier."""
    order = make_order()
    values = dict(
        company=COMPANY,
        number="DDT 2026/000123",
        date=date(2026, 11, 27),
        sender=Party(COMPANY.name, COMPANY.address_lines, COMPANY.vat_number,
                     COMPANY.fiscal_code, COMPANY.phone),
        recipient=CUSTOMER,
        destination=Party("Cantiere Esposito", ("Via Toledo 256", "80134 Napoli (NA)"),
                          phone="+39 333 123 4567"),
        lines=order.lines,
        order_number=order.number,
        transport_reason="Vendita",
        transported_by="vettore",
        carrier_name="BRT S.p.A.",
        parcels=2,
        weight_kg=Decimal("7.40"),
        goods_appearance="Scatole di cartone",
        pickup_at=datetime(2026, 11, 27, 16, 30),
        tracking_number=order.delivery.tracking_number,
        tracking_url=order.delivery.tracking_url,
    )
    values.update(overrides)
    return DeliveryNoteData(**values)


def make_consumer_line(index: int, quantity: int = 1) -> DocumentLine:
    """A consumer's line: the shelf price includes VAT, the gross is rounded first and
    the VAT carved out of it (as ``domain.vat.line_amounts`` does)."""
    line = make_line(index, quantity)
    unit = (line.unit_price * (100 + line.vat_rate) / 100).quantize(CENT, ROUND_HALF_UP)
    gross = unit * quantity
    vat = (gross * line.vat_rate / (100 + line.vat_rate)).quantize(CENT, ROUND_HALF_UP)
    return DocumentLine(sku=line.sku, barcode=line.barcode, description=line.description,
                        quantity=quantity, unit_price=unit, vat_rate=line.vat_rate,
                        net=gross - vat, vat=vat, gross=gross, location=line.location)


def make_receipt(paper: str = "roll", **order_overrides) -> ReceiptData:
    """A cash sale to a walk-in consumer at the counter with change given."""
    order_overrides.setdefault("prices_include_vat", True)
    order = make_order(
        lines=(make_consumer_line(0, 1), make_consumer_line(3, 2), make_consumer_line(4, 1)),
        channel="counter",
        delivery=None,
        notes="",
        customer=Party("Cliente al banco"),
        **order_overrides,
    )
    order = OrderDocument(**{
        **order.__dict__,
        "payments": (Payment("cash", order.total_gross),),
        "tendered": Decimal("50.00"),
        "change": Decimal("50.00") - order.total_gross,
    })
    return ReceiptData(order=order, number="R-2026/004211", paper=paper)


def make_quote(**order_overrides) -> QuoteData:
    """A quote valid for 30 days."""
    return QuoteData(order=make_order(payments=(), **order_overrides),
                     valid_until=date(2026, 12, 27), number="PR 2026/000045")


def make_manifest(**overrides) -> ManifestData:
    """A BRT pickup with three shipments."""
    values = dict(
        company=COMPANY,
        carrier="BRT",
        pickup_at=datetime(2026, 11, 27, 17, 0),
        number="MAN-2026-1127-BRT",
        shipments=(
            ManifestShipment("2026/000123", "Edilizia Esposito & C. S.n.c.", "Napoli", 2,
                             Decimal("7.40"), "BRT123456789012", rush=True),
            ManifestShipment("2026/000124", "Idraulica Ferrari", "Bergamo", 1, Decimal("2.15"),
                             "BRT123456789013"),
            ManifestShipment("2026/000127", "Condominio Via Roma 5", "Monza", 3,
                             Decimal("18.00"), "BRT123456789014"),
        ),
    )
    values.update(overrides)
    return ManifestData(**values)


def make_run_sheet(**overrides) -> RunSheetData:
    """Marco's van round in Milan."""
    values = dict(
        company=COMPANY,
        driver="Marco Colombo",
        date=date(2026, 11, 28),
        vehicle="Fiat Ducato FG 123 XY",
        stops=(
            RunSheetStop("2026/000130", "Bar Centrale di Greco Luca",
                         ("Piazza Duomo 1", "20122 Milano (MI)"), 1, "+39 02 8888 1111",
                         "Consegnare prima delle 10", Decimal("45.90")),
            RunSheetStop("2026/000131", "Studio Dentistico Ricci", ("Via Dante 7",
                         "20121 Milano (MI)"), 2, "+39 347 000 1234", rush=True),
            RunSheetStop("2026/000135", "Ristorante Da Gino", ("Viale Monza 140",
                         "20127 Milano (MI)"), 4, "+39 02 2222 3333", "Scarico dal cortile"),
        ),
    )
    values.update(overrides)
    return RunSheetData(**values)


def pdf_text(pdf: bytes) -> str:
    """All text of a PDF, whitespace (including no-break spaces) collapsed."""
    reader = PdfReader(io.BytesIO(pdf))
    return normalize(" ".join(page.extract_text() for page in reader.pages))


def page_texts(pdf: bytes) -> list[str]:
    """The normalised text of each page."""
    return [normalize(page.extract_text()) for page in PdfReader(io.BytesIO(pdf)).pages]


def normalize(value: str) -> str:
    """Collapse every run of whitespace (no-break spaces too) into one space."""
    return re.sub(r"\s+", " ", value.replace("\u00a0", " ")).strip()


@pytest.fixture
def order() -> OrderDocument:
    return make_order()
