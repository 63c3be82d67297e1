"""Italian VAT: the rates, the exemption reasons, and the arithmetic of one sale line.

Totals are sums of lines already rounded to the cent; VAT is computed per line at the
product's rate. Consumer prices include VAT (the net is derived); business price lists
are net (the VAT is added).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from counterapp.domain.errors import ValidationError
from counterapp.domain.money import ZERO, round_cents

STANDARD_RATES = (Decimal("22"), Decimal("10"), Decimal("5"), Decimal("4"), Decimal("0"))

# Nature codes of Italian e-invoicing for lines without VAT; a 0 % line must carry one.
EXEMPTION_REASONS = {
    "N1": "Excluded (art. 15)",
    "N2.2": "Not subject – other cases",
    "N3.1": "Not taxable – exports",
    "N3.2": "Not taxable – intra-EU supplies",
    "N4": "Exempt (art. 10)",
    "N6.1": "Reverse charge",
}

HUNDRED = Decimal(100)


def validate_rate(rate: Decimal, exemption: str | None = None, field: str = "vat_rate") -> Decimal:
    """Accept only the Italian rates; a 0 % rate needs an exemption reason."""
    try:
        rate = Decimal(rate)
    except Exception:
        raise ValidationError(field, f"'{rate}' is not a VAT rate") from None
    if rate not in STANDARD_RATES:
        raise ValidationError(field, f"{rate} % is not an Italian VAT rate (22, 10, 5, 4, 0)")
    if rate == 0 and exemption not in EXEMPTION_REASONS:
        raise ValidationError("vat_exemption", "a 0 % line needs an exemption reason")
    return rate.quantize(Decimal("0.01")).normalize() if rate else Decimal("0")


@dataclass(frozen=True)
class LineAmounts:
    """The rounded amounts of one line: ``net + vat == gross`` always."""

    net: Decimal
    vat: Decimal
    gross: Decimal


def line_amounts(unit_price: Decimal, quantity: int, vat_rate: Decimal, *,
                 price_includes_vat: bool, discount_pct: Decimal = ZERO) -> LineAmounts:
    """Price one line: quantity × unit price less the discount, rounded half-up to the cent.

    With ``price_includes_vat`` (consumer prices) the gross is rounded first and the VAT is
    carved out of it, so the consumer pays exactly the shelf price; otherwise (business
    price lists) the net is rounded first and VAT is added.
    """
    amount = unit_price * quantity * (HUNDRED - discount_pct) / HUNDRED
    if price_includes_vat:
        gross = round_cents(amount)
        vat = round_cents(gross * vat_rate / (HUNDRED + vat_rate))
        return LineAmounts(net=gross - vat, vat=vat, gross=gross)
    net = round_cents(amount)
    vat = round_cents(net * vat_rate / HUNDRED)
    return LineAmounts(net=net, vat=vat, gross=net + vat)


def net_from_gross(gross: Decimal, vat_rate: Decimal) -> Decimal:
    """Net price of a VAT-included price (for showing B2B equivalents of retail prices)."""
    return round_cents(gross * HUNDRED / (HUNDRED + vat_rate))


def sum_lines(lines) -> LineAmounts:
    """Totals of already-rounded lines."""
    net = sum((line.net for line in lines), ZERO)
    vat = sum((line.vat for line in lines), ZERO)
    return LineAmounts(net=net, vat=vat, gross=net + vat)
