"""Plain, frozen descriptions of what a printed document shows.

The services layer fills these from the database; the renderers turn them into PDF
bytes. Nothing here computes prices: amounts arrive already rounded (``Decimal``),
and a renderer only adds up what it is given (VAT breakdown, manifest totals).
Sequences are tuples so a value can be shared, hashed and never changed behind a
renderer's back.

``language`` is ``"it"`` or ``"en"``. ``is_copy`` prints a "COPIA"/"COPY" stamp on
every page, for reprints.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

ZERO = Decimal("0")


@dataclass(frozen=True)
class CompanyInfo:
    """The shop printing the document: letterhead and legal identifiers."""

    name: str
    address_lines: tuple[str, ...] = ()
    vat_number: str = ""
    fiscal_code: str = ""
    phone: str = ""
    email: str = ""
    logo_path: Path | None = None


@dataclass(frozen=True)
class Party:
    """A customer, recipient or destination: who and where."""

    name: str
    address_lines: tuple[str, ...] = ()
    vat_number: str = ""
    fiscal_code: str = ""
    phone: str = ""


@dataclass(frozen=True)
class DocumentLine:
    """One order line as it is printed.

    ``unit_price`` is the price per unit as the customer's price list quotes it
    (VAT included for consumers, net for business accounts). ``vat_rate`` and
    ``discount_pct`` are percentages (``Decimal("22")``). ``net``, ``vat`` and
    ``gross`` are the line's rounded amounts as the order stored them; documents
    print and add them, never recompute them. ``discount_pct`` is every discount the
    line's amounts carry (its own and the cart's, combined), so unit price × quantity
    less it gives the line's amount. ``location`` is the warehouse bin the picker
    walks to.
    """

    sku: str
    description: str
    quantity: int
    unit_price: Decimal
    vat_rate: Decimal
    net: Decimal
    vat: Decimal
    gross: Decimal
    barcode: str = ""
    discount_pct: Decimal = ZERO
    location: str = ""


@dataclass(frozen=True)
class Payment:
    """A payment taken for an order.

    ``method`` is a code (``cash``, ``card``, ``account``, ``bank_transfer``); an
    unknown code is printed as it is.
    """

    method: str
    amount: Decimal


@dataclass(frozen=True)
class DeliveryInfo:
    """How and when an order travels to the customer.

    ``method`` is ``courier`` (a carrier's service) or ``in_house`` (our own van).
    ``destination`` is set when goods go somewhere other than the customer's
    address.
    """

    method: str
    carrier: str = ""
    requested_date: date | None = None
    promised_date: date | None = None
    rush: bool = False
    tracking_number: str = ""
    tracking_url: str = ""
    parcels: int | None = None
    weight_kg: Decimal | None = None
    destination: Party | None = None


@dataclass(frozen=True)
class OrderDocument:
    """An order, as the order slip, packing slip, receipt and quote print it.

    ``channel`` is ``counter``, ``phone`` or ``standing``. ``tendered`` and
    ``change`` are set for cash sales at the counter. ``prices_include_vat`` says the
    basis of the lines' unit prices (VAT included for consumers, net for business
    accounts): documents print each line's amount on the same basis.
    ``cart_discount_pct`` is the discount given on the whole cart (already inside the
    lines' amounts) and ``discount_total`` what every discount took off, on the same
    basis as the unit prices.
    """

    company: CompanyInfo
    number: str
    created_at: datetime
    customer: Party
    lines: tuple[DocumentLine, ...]
    total_net: Decimal
    total_vat: Decimal
    total_gross: Decimal
    channel: str = "counter"
    rep_name: str = ""
    payments: tuple[Payment, ...] = ()
    tendered: Decimal | None = None
    change: Decimal | None = None
    notes: str = ""
    delivery: DeliveryInfo | None = None
    language: str = "it"
    is_copy: bool = False
    prices_include_vat: bool = True
    cart_discount_pct: Decimal = ZERO
    discount_total: Decimal = ZERO


@dataclass(frozen=True)
class ReceiptData:
    """A sales receipt for an order.

    ``paper`` is ``"roll"`` (80 mm till roll, page as long as the content) or
    ``"a4"``. Language and copy stamp come from ``order``. ``number`` defaults to
    the order number when empty; ``issued_at`` to the order's time.
    """

    order: OrderDocument
    number: str = ""
    issued_at: datetime | None = None
    paper: str = "roll"
    footer_message: str = ""


@dataclass(frozen=True)
class QuoteData:
    """A price quote built from an order draft; valid until a date.

    ``number`` defaults to the order number when empty. Language and copy stamp
    come from ``order``.
    """

    order: OrderDocument
    valid_until: date
    number: str = ""
    terms: str = ""


@dataclass(frozen=True)
class DeliveryNoteData:
    """An Italian *documento di trasporto* (DDT) for goods leaving the shop.

    Carries the fields the DDT must show: number and date, sender (mittente),
    recipient (destinatario/cessionario), destination if different, causale del
    trasporto, who transports (``transported_by``: ``mittente``, ``vettore`` or
    ``destinatario``) and the carrier, parcels, weight, appearance of the goods,
    start of transport, and the goods with their quantities. Prices are not printed.
    """

    company: CompanyInfo
    number: str
    date: date
    sender: Party
    recipient: Party
    lines: tuple[DocumentLine, ...]
    order_number: str
    transport_reason: str = "Vendita"
    transported_by: str = "mittente"
    carrier_name: str = ""
    parcels: int = 1
    weight_kg: Decimal = ZERO
    goods_appearance: str = ""
    pickup_at: datetime | None = None
    destination: Party | None = None
    tracking_number: str = ""
    tracking_url: str = ""
    notes: str = ""
    language: str = "it"
    is_copy: bool = False


@dataclass(frozen=True)
class ManifestShipment:
    """One shipment handed to the courier at a pickup."""

    order_number: str
    recipient: str
    city: str
    parcels: int
    weight_kg: Decimal
    tracking_number: str = ""
    rush: bool = False


@dataclass(frozen=True)
class ManifestData:
    """The list the courier's driver signs when collecting a pickup's shipments."""

    company: CompanyInfo
    carrier: str
    pickup_at: datetime
    shipments: tuple[ManifestShipment, ...]
    number: str = ""
    notes: str = ""
    language: str = "it"
    is_copy: bool = False


@dataclass(frozen=True)
class RunSheetStop:
    """One delivery on an in-house driver's round, in driving order.

    ``cash_to_collect`` is the amount to collect on delivery, if any.
    """

    order_number: str
    recipient: str
    address_lines: tuple[str, ...]
    parcels: int
    phone: str = ""
    notes: str = ""
    cash_to_collect: Decimal | None = None
    rush: bool = False


@dataclass(frozen=True)
class RunSheetData:
    """An in-house driver's delivery round for one day."""

    company: CompanyInfo
    driver: str
    date: date
    stops: tuple[RunSheetStop, ...]
    vehicle: str = ""
    notes: str = ""
    language: str = "it"
    is_copy: bool = False
