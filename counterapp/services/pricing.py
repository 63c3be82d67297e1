"""Which price a customer pays for a product, and the arithmetic of a whole cart.

The rules, in one place:

* a walk-in consumer (no customer, or a B2C customer without a price list) pays the retail
  ``Product.price``, VAT included;
* a customer with a price list pays that list's ``ProductPrice``; when the product has no
  price there, the retail price (net of VAT for a net list) less the list's default
  discount;
* a B2B customer without a price list pays the retail price net of VAT.

Amounts come from ``counterapp.domain.vat.line_amounts`` line by line (half-up to the
cent); the cart discount is combined with each line's own discount, and the totals are the
sums of the rounded lines. These helpers read only what they are given or the price-list
rows they are asked for; they never write.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from counterapp.db.models import Customer, ProductPrice
from counterapp.domain.money import ZERO, round_cents
from counterapp.domain.vat import HUNDRED, LineAmounts, net_from_gross

# Effective discounts keep four decimals (10 % then 5 % = 14.5 %; 3.33 % twice = 6.5589 %).
DISCOUNT_PLACES = Decimal("0.0001")


@dataclass(frozen=True)
class PricingMode:
    """How one customer is priced: VAT included or net, and from which price list."""

    prices_include_vat: bool
    price_list_id: int | None = None
    list_includes_vat: bool = True
    list_default_discount: Decimal = ZERO
    price_list_name: str = ""


WALK_IN = PricingMode(prices_include_vat=True)


def mode_for(customer: Customer | None) -> PricingMode:
    """The pricing mode of ``customer`` (``None`` is the walk-in consumer)."""
    if customer is None:
        return WALK_IN
    price_list = customer.price_list if customer.price_list_id else None
    if price_list is not None and not price_list.active:
        price_list = None
    if customer.kind == "b2b":
        if price_list is None:
            return PricingMode(prices_include_vat=False)
        return PricingMode(prices_include_vat=False, price_list_id=price_list.id,
                           list_includes_vat=bool(price_list.includes_vat),
                           list_default_discount=price_list.default_discount or ZERO,
                           price_list_name=price_list.name)
    if price_list is None:
        return WALK_IN
    return PricingMode(prices_include_vat=True, price_list_id=price_list.id,
                       list_includes_vat=bool(price_list.includes_vat),
                       list_default_discount=price_list.default_discount or ZERO,
                       price_list_name=price_list.name)


def list_prices(mode: PricingMode, product_ids: Iterable[int]) -> dict[int, Decimal]:
    """The price-list prices of ``product_ids`` for ``mode`` (one query; empty without a list)."""
    ids = list(set(product_ids))
    if mode.price_list_id is None or not ids:
        return {}
    rows = (ProductPrice
            .select(ProductPrice.product, ProductPrice.price)
            .where((ProductPrice.price_list == mode.price_list_id)
                   & (ProductPrice.product.in_(ids)))
            .tuples())
    return {product_id: price for product_id, price in rows}


def unit_price(mode: PricingMode, retail: Decimal, vat_rate: Decimal,
               list_price: Decimal | None) -> Decimal:
    """The unit price in the cart's own terms (VAT included for consumers, net for B2B)."""
    if mode.price_list_id is not None:
        if list_price is not None:
            price = list_price
            if mode.list_includes_vat and not mode.prices_include_vat:
                price = net_from_gross(price, vat_rate)
            elif not mode.list_includes_vat and mode.prices_include_vat:
                price = round_cents(price * (HUNDRED + vat_rate) / HUNDRED)
            return price
        base = retail if mode.prices_include_vat else net_from_gross(retail, vat_rate)
        return round_cents(base * (HUNDRED - mode.list_default_discount) / HUNDRED)
    return retail if mode.prices_include_vat else net_from_gross(retail, vat_rate)


def combined_discount(line_pct: Decimal, cart_pct: Decimal) -> Decimal:
    """Line discount then cart discount, as one percentage: ``1 - (1-l)(1-c)``."""
    line_pct = Decimal(line_pct)
    cart_pct = Decimal(cart_pct)
    if not cart_pct:
        return line_pct
    if not line_pct:
        return cart_pct
    combined = HUNDRED - (HUNDRED - line_pct) * (HUNDRED - cart_pct) / HUNDRED
    return combined.quantize(DISCOUNT_PLACES).normalize()


def vat_breakdown(lines: Iterable[tuple[Decimal, LineAmounts]]
                  ) -> tuple[tuple[Decimal, Decimal, Decimal], ...]:
    """``((rate, net, vat), ...)`` summed per rate over ``(rate, amounts)`` pairs."""
    by_rate: dict[Decimal, list[Decimal]] = {}
    for rate, amounts in lines:
        totals = by_rate.setdefault(Decimal(rate), [ZERO, ZERO])
        totals[0] += amounts.net
        totals[1] += amounts.vat
    return tuple((rate, net, vat) for rate, (net, vat)
                 in sorted(by_rate.items(), key=lambda item: item[0], reverse=True))
