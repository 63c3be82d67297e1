"""Printed words and number/date formats for documents, without Qt.

Documents are rendered outside the Qt event loop (CLI, services, tests), so they
cannot use ``tr()``. The few dozen words a document prints live here, one dict per
language; money, percentages and dates go through the one formatter
(``counterapp.domain.formatting``) with the language's locale, the same one the screens
use, so the receipt's total reads like the counter's.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from counterapp.domain import formatting
from counterapp.domain.formatting import LOCALES

SUPPORTED_LANGUAGES = ("it", "en")

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "order_slip": "Order slip",
        "packing_slip": "Packing slip",
        "delivery_note": "Delivery note",
        "receipt": "Receipt",
        "quote": "Quote",
        "manifest": "Courier manifest",
        "run_sheet": "Driver run sheet",
        "page_x_of_y": "Page {page} of {pages}",
        "copy": "COPY",
        "total": "Total",
        "subtotal": "Subtotal",
        "net": "Net",
        "vat": "VAT",
        "gross": "Total",
        "vat_rate": "VAT %",
        "taxable": "Taxable",
        "tax": "Tax",
        "vat_breakdown": "VAT breakdown",
        "of_which_vat": "of which VAT",
        "order": "Order",
        "order_number": "Order no.",
        "number": "No.",
        "date": "Date",
        "time": "Time",
        "customer": "Customer",
        "rep": "Sales rep",
        "cashier": "Operator",
        "channel": "Channel",
        "location": "Bin",
        "sku": "SKU",
        "barcode": "Barcode",
        "description": "Description",
        "quantity": "Qty",
        "unit_price": "Unit price",
        "discount": "Discount",
        "amount": "Amount",
        "euro": "EUR",
        "amount_gross": "Amount incl. VAT",
        "amount_net": "Amount excl. VAT",
        "euro_net": "EUR net",
        "cart_discount": "Discount on the total",
        "discounts": "Discounts",
        "discount_applied": "discounts applied to the lines above",
        "picked": "Picked",
        "packed": "Packed",
        "unit": "pcs",
        "vat_number": "VAT no.",
        "fiscal_code": "Tax code",
        "phone": "Tel.",
        "email": "Email",
        "notes": "Notes",
        "payments": "Payments",
        "tendered": "Tendered",
        "change": "Change",
        "delivery": "Delivery",
        "delivery_method": "Method",
        "carrier": "Carrier",
        "requested_date": "Requested",
        "promised_date": "Promised",
        "rush": "RUSH",
        "tracking_number": "Tracking no.",
        "parcels": "Parcels",
        "weight": "Weight (kg)",
        "ship_to": "Ship to",
        "sender": "Sender",
        "recipient": "Recipient",
        "destination": "Destination",
        "transport_reason": "Reason for transport",
        "transported_by": "Transport by",
        "goods_appearance": "Appearance of goods",
        "pickup_at": "Transport start",
        "signature_driver": "Driver / carrier signature",
        "signature_recipient": "Recipient signature",
        "signature_packer": "Packed by",
        "signature_picker": "Picked by",
        "valid_until": "Valid until",
        "quote_terms": "Prices in euro. This quote is not an invoice.",
        "pickup": "Pickup",
        "shipments": "Shipments",
        "city": "City",
        "totals": "Totals",
        "driver": "Driver",
        "vehicle": "Vehicle",
        "stop": "#",
        "stops": "Stops",
        "address": "Address",
        "cash_on_delivery": "Collect",
        "signature": "Signature",
        "items": "items",
        "line_count": "Lines",
        "piece_count": "Pieces",
        "thank_you": "Thank you and see you soon!",
        "method_cash": "Cash",
        "method_card": "Card",
        "method_account": "On account",
        "method_bank_transfer": "Bank transfer",
        "delivery_courier": "Courier",
        "delivery_in_house": "Our van",
        "delivery_pickup": "Collected at counter",
        "channel_counter": "Counter",
        "channel_phone": "Phone",
        "channel_standing": "Standing order",
        "by_mittente": "Sender",
        "by_vettore": "Carrier",
        "by_destinatario": "Recipient",
    },
    "it": {
        "order_slip": "Distinta di prelievo",
        "packing_slip": "Documento di imballo",
        "delivery_note": "Documento di trasporto (DDT)",
        "receipt": "Ricevuta",
        "quote": "Preventivo",
        "manifest": "Distinta di carico corriere",
        "run_sheet": "Foglio di viaggio autista",
        "page_x_of_y": "Pagina {page} di {pages}",
        "copy": "COPIA",
        "total": "Totale",
        "subtotal": "Subtotale",
        "net": "Imponibile",
        "vat": "IVA",
        "gross": "Totale",
        "vat_rate": "IVA %",
        "taxable": "Imponibile",
        "tax": "Imposta",
        "vat_breakdown": "Riepilogo IVA",
        "of_which_vat": "di cui IVA",
        "order": "Ordine",
        "order_number": "Ordine n.",
        "number": "N.",
        "date": "Data",
        "time": "Ora",
        "customer": "Cliente",
        "rep": "Venditore",
        "cashier": "Operatore",
        "channel": "Canale",
        "location": "Ubicazione",
        "sku": "Codice",
        "barcode": "EAN",
        "description": "Descrizione",
        "quantity": "Q.tà",
        "unit_price": "Prezzo unit.",
        "discount": "Sconto",
        "amount": "Importo",
        "euro": "EURO",
        "amount_gross": "Importo IVA incl.",
        "amount_net": "Importo netto",
        "euro_net": "EURO netto",
        "cart_discount": "Sconto sul totale",
        "discounts": "Sconti",
        "discount_applied": "sconti già applicati alle righe",
        "picked": "Prelevato",
        "packed": "Imballato",
        "unit": "pz",
        "vat_number": "P. IVA",
        "fiscal_code": "C.F.",
        "phone": "Tel.",
        "email": "Email",
        "notes": "Note",
        "payments": "Pagamenti",
        "tendered": "Contanti ricevuti",
        "change": "Resto",
        "delivery": "Consegna",
        "delivery_method": "Modalità",
        "carrier": "Vettore",
        "requested_date": "Richiesta il",
        "promised_date": "Promessa il",
        "rush": "URGENTE",
        "tracking_number": "N. spedizione",
        "parcels": "Colli",
        "weight": "Peso (kg)",
        "ship_to": "Spedire a",
        "sender": "Mittente",
        "recipient": "Destinatario",
        "destination": "Luogo di destinazione",
        "transport_reason": "Causale del trasporto",
        "transported_by": "Trasporto a cura del",
        "goods_appearance": "Aspetto esteriore dei beni",
        "pickup_at": "Inizio trasporto",
        "signature_driver": "Firma conducente / vettore",
        "signature_recipient": "Firma destinatario",
        "signature_packer": "Imballato da",
        "signature_picker": "Prelevato da",
        "valid_until": "Valido fino al",
        "quote_terms": "Prezzi in euro. Il presente preventivo non costituisce fattura.",
        "pickup": "Ritiro",
        "shipments": "Spedizioni",
        "city": "Località",
        "totals": "Totali",
        "driver": "Autista",
        "vehicle": "Mezzo",
        "stop": "#",
        "stops": "Fermate",
        "address": "Indirizzo",
        "cash_on_delivery": "Incasso",
        "signature": "Firma",
        "items": "articoli",
        "line_count": "Righe",
        "piece_count": "Pezzi",
        "thank_you": "Grazie e arrivederci!",
        "method_cash": "Contanti",
        "method_card": "Pagamento elettronico",
        "method_account": "Addebito in conto",
        "method_bank_transfer": "Bonifico",
        "delivery_courier": "Corriere",
        "delivery_in_house": "Nostro mezzo",
        "delivery_pickup": "Ritiro al banco",
        "channel_counter": "Banco",
        "channel_phone": "Telefono",
        "channel_standing": "Ordine ricorrente",
        "by_mittente": "Mittente",
        "by_vettore": "Vettore",
        "by_destinatario": "Destinatario",
    },
}


class Labels:
    """The words and formats of one language, looked up by key.

    ``labels["vat"]`` returns the word; ``labels.choice("method", "cash")`` maps a
    stored code (payment method, channel…) to its word, falling back to the code
    itself so an unknown value still prints instead of crashing a render.
    """

    def __init__(self, language: str) -> None:
        if language not in LABELS:
            raise ValueError(f"unsupported document language: {language!r}")
        self.language = language
        self.locale = LOCALES[language]
        self._words = LABELS[language]

    def __getitem__(self, key: str) -> str:
        return self._words[key]

    def choice(self, prefix: str, code: str) -> str:
        """The word for ``code`` among ``prefix_*`` labels, or ``code`` itself."""
        return self._words.get(f"{prefix}_{code}", code)

    def page_x_of_y(self, page: int, pages: int) -> str:
        """"Pagina 2 di 5" / "Page 2 of 5"."""
        return self._words["page_x_of_y"].format(page=page, pages=pages)

    def money(self, amount: Decimal) -> str:
        """Euro amount as the screens show it: ``1.234,56 €`` in Italian."""
        return formatting.format_money(amount, self.locale)

    def number(self, value: Decimal | int, decimals: int = 2) -> str:
        """A plain number (weights, amounts on a till roll): ``1.234,50``."""
        return formatting.format_number(value, self.locale, decimals)

    def percent(self, rate: Decimal) -> str:
        """A VAT or discount rate given in percent: ``22`` → ``22 %``, ``5.5`` → ``5,5 %``."""
        return formatting.format_percent(rate, self.locale)

    def date(self, value: date) -> str:
        """A calendar date: ``27/11/2026``."""
        return formatting.format_date(value, self.locale)

    def datetime(self, value: datetime) -> str:
        """A date with time of day: ``27/11/2026 14:05``."""
        return formatting.format_datetime(value, self.locale)
