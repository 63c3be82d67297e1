"""Realistic orders written straight into the database for the printing tests.

No test here: the helpers are imported by ``test_printing*.py`` (services, UI, CLI and
the benchmark), so every document is rendered from rows the way the app stores them.
"""

from __future__ import annotations

import datetime as dt
import io
import uuid
from decimal import ROUND_HALF_UP, Decimal

from pypdf import PdfReader

from counterapp.db.models import (
    Address,
    Carrier,
    Customer,
    Driver,
    Order,
    OrderLine,
    Payment,
    PhoneNumber,
    Product,
    Shipment,
    User,
)
from tests.pdf_tools import scan_pdf

CENT = Decimal("0.01")
COURIER_TRACKING = "https://track.example.it/parcel?id={tracking}"

PRODUCTS = (
    ("VIT-4X40", "8001234567895", "Viti autofilettanti 4x40 mm, conf. 200 pz", "6.90", "22",
     "A-01-03", 1100),
    ("TAS-8", "8001234567901", "Tasselli in nylon 8 mm, conf. 100 pz", "4.50", "22", "A-02-01",
     400),
    ("MART-500", "8001234567918", "Martello da carpentiere 500 g", "18.90", "22", "B-04-02", 700),
    ("GUA-L", "8001234567925", "Guanti da lavoro taglia L", "3.20", "22", "C-01-01", 80),
    ("LIB-IT", "", "Manuale del fai da te (libro)", "24.00", "4", "", 900),
)


def money(value) -> Decimal:
    """Euros rounded half-up to the cent."""
    return Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)


def pdf_text(pdf: bytes) -> str:
    """Every page's extracted text, joined."""
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


def pdf_pages(pdf: bytes) -> int:
    """Number of pages."""
    return len(PdfReader(io.BytesIO(pdf)).pages)


def decode_barcodes(pdf: bytes, page: int = 1) -> list[str]:
    """Every barcode and QR code a scanner finds on ``page`` rendered at 200 dpi."""
    return scan_pdf(pdf, 200, pages=[page])


def rep(login: str = "clerk") -> User:
    """A user to attach orders to (created once per database)."""
    user = User.get_or_none(User.login == login)
    return user or User.create(login=login, display_name="Carla Clerk", role="junior",
                               pin_hash="x")


def products() -> list[Product]:
    """The small catalogue (created once per database)."""
    rows = []
    for sku, barcode, name, price, vat, location, grams in PRODUCTS:
        product = Product.get_or_none(Product.sku == sku)
        if product is None:
            product = Product.create(sku=sku, barcode=barcode or None, name=name,
                                     vat_rate=Decimal(vat), price=Decimal(price), stock=100,
                                     location=location, weight_grams=grams)
        rows.append(product)
    return rows


def customer(name: str = "Edilizia Esposito & C. S.n.c.", *, code: str = "",
             kind: str = "b2b", vat_number: str = "IT09876543210",
             fiscal_code: str = "09876543210", language: str = "it") -> Customer:
    """A business customer with an address and a phone number."""
    row = Customer.create(code=code or f"C{uuid.uuid4().hex[:8].upper()}", kind=kind,
                          name=name, search_name=name.lower(), vat_number=vat_number,
                          fiscal_code=fiscal_code, language=language)
    Address.create(customer=row, street="Corso Vittorio Emanuele II 118", postcode="80121",
                   city="Napoli", province="NA", is_default=True)
    PhoneNumber.create(customer=row, e164="+390815550199", label="ufficio")
    return row


def carrier(code: str = "BRT") -> Carrier:
    """A courier with a tracking URL template (created once per database)."""
    row = Carrier.get_or_none(Carrier.code == code)
    return row or Carrier.create(code=code, name="Bartolini Express", pickup_time=dt.time(16),
                                 cutoff_time=dt.time(15), tracking_url_template=COURIER_TRACKING)


def driver(name: str = "Davide Driver") -> Driver:
    """An in-house driver."""
    return Driver.create(name=name, zone="Milano città", cutoff_time=dt.time(11))


_sequence = iter(range(1, 10**9))


def order(*, number: str = "", customer_row: Customer | None = None, lines: int = 0,
          quantities: tuple[int, ...] = (2, 5, 1, 10, 1), kind: str = "sale",
          channel: str = "counter", notes: str = "", cash: bool = True,
          shipment: str | None = None, tracking: str = "", created_at=None,
          status: str = "completed", rush: bool = False, paid: bool = True) -> Order:
    """An order with its lines, payment and (``shipment`` = "courier"/"in_house") shipment.

    ``lines`` > 0 makes that many lines cycling through the catalogue (big orders).
    Amounts are computed like a sale: prices include VAT, per line rounded.
    """
    catalogue = products()
    number = number or f"V2026-{next(_sequence):06d}"
    created_at = created_at or dt.datetime(2026, 11, 27, 10, 30)
    row = Order.create(number=number, uuid=str(uuid.uuid4()), kind=kind, channel=channel,
                       customer=customer_row, rep=rep(), status=status,
                       created_at=created_at, notes=notes,
                       valid_until=dt.date(2026, 12, 27) if kind == "quote" else None)
    count = lines or len(catalogue)
    total_net = total_vat = total_gross = Decimal("0")
    for index in range(count):
        product = catalogue[index % len(catalogue)]
        quantity = quantities[index % len(quantities)]
        gross = money(product.price * quantity)
        net = money(gross * 100 / (100 + product.vat_rate))
        vat = gross - net
        OrderLine.create(order=row, line_no=index + 1, product=product, sku=product.sku,
                         description=product.name if not lines else
                         f"{product.name} (riga {index + 1})",
                         quantity=quantity, unit_price=product.price,
                         vat_rate=product.vat_rate, net=net, vat=vat, gross=gross)
        total_net += net
        total_vat += vat
        total_gross += gross
    row.net, row.vat, row.gross = total_net, total_vat, total_gross
    if paid and kind == "sale":
        row.paid = total_gross
        if cash:
            tendered = (total_gross / 10).to_integral_value(rounding="ROUND_CEILING") * 10
            Payment.create(order=row, method="cash", amount=total_gross, tendered=tendered,
                           change=tendered - total_gross, created_at=created_at)
        else:
            Payment.create(order=row, method="card", amount=total_gross, created_at=created_at)
    row.save()
    if shipment:
        who = customer_row.name if customer_row else "Mario Rossi"
        Shipment.create(order=row, method=shipment,
                        carrier=carrier() if shipment == "courier" else None,
                        driver=Driver.select().first() if shipment == "in_house" else None,
                        recipient=who, street="Via Toledo 256", postcode="80134",
                        city="Napoli", province="NA", phone="+390815550123",
                        promised_date=dt.date(2026, 11, 30), rush=rush,
                        parcels=3, weight_grams=12_500, tracking_number=tracking,
                        status="packed")
    return row
