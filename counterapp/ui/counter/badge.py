"""The customer badge on the cart and the big totals block."""

from __future__ import annotations

from decimal import Decimal
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from counterapp.domain.formatting import format_money, format_percent
from counterapp.services.cart import CustomerBadge, PricedCart
from counterapp.ui.common import palette
from counterapp.ui.common.formatting import ui_locale
from counterapp.ui.common.i18n import counted

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


def items_text(count: int) -> str:
    """The item count with its plural: a numerus string (marked for lupdate in
    ui/common/plurals.py), so Italian says "0 articoli" and "1 articolo"."""
    return counted(translate("CounterBadge", "%n items", "", count), count, "%n item")


def change_html(gross: Decimal, change: Decimal) -> str:
    """After a cash sale: the change due, big where the total was (until the next scan)."""
    locale = ui_locale()
    small = translate("CounterBadge", "Paid %1 · Change due").replace(
        "%1", format_money(gross, locale))
    big = escape(translate("CounterBadge", "Change %1").replace(
        "%1", format_money(change, locale)))
    return (
        f"<div style='font-size:10pt; color:{palette.ON_DARK};'>{escape(small)}</div>"
        f"<div style='font-size:34pt; font-weight:bold; color:{palette.ON_DARK_OK};'>{big}"
        "</div>"
    )


def totals_html(parent: QWidget, priced: PricedCart | None,
                change: tuple[Decimal, Decimal] | None = None) -> str:
    """Net / VAT small, gross large — the line a customer reads from across the counter.

    ``change`` (gross, change) of the sale just made replaces the empty cart's zero total.
    """
    del parent
    if change is not None and (priced is None or not priced.lines):
        return change_html(*change)
    if priced is None or not priced.lines:
        net = vat = gross = None
        count = 0
    else:
        net, vat, gross = priced.net, priced.vat, priced.gross
        count = sum(line.quantity for line in priced.lines)
    zero = format_money(0, ui_locale())
    small = (
        translate("CounterBadge", "%1 · Net %2 · VAT %3")
        .replace("%1", items_text(count))
        .replace("%2", format_money(net, ui_locale()) if net is not None else zero)
        .replace("%3", format_money(vat, ui_locale()) if vat is not None else zero)
    )
    extra = ""
    if priced is not None and priced.cart_discount_pct:
        extra = "<div style='font-size:11pt; color:{};'>{}</div>".format(
            palette.ON_DARK_OK,
            escape(
                translate("CounterBadge", "Cart discount %1").replace(
                    "%1", format_percent(priced.cart_discount_pct, ui_locale())
                )
            )
        )
    big = escape(format_money(gross if gross is not None else 0, ui_locale()))
    return (
        f"<div style='font-size:10pt; color:{palette.ON_DARK};'>{escape(small)}</div>{extra}"
        f"<div style='font-size:34pt; font-weight:bold;'>{big}</div>"
    )


class CustomerBadgeView(QFrame):
    """Who the cart is for: name, B2B/B2C, price list, account manager, balance/credit."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("customerBadge")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel(self)
        self.label.setObjectName("customerBadgeText")
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.label)
        self.customer: CustomerBadge | None = None
        self.show_customer(None)

    def show_customer(self, customer: CustomerBadge | None) -> None:
        """Show ``customer``, or the anonymous walk-in."""
        self.customer = customer
        if customer is None:
            self.label.setText(
                "<b>{}</b><br><span style='color:{};'>{}</span>".format(
                    escape(translate("CounterBadge", "Walk-in customer")),
                    palette.SECONDARY,
                    escape(translate("CounterBadge", "Retail prices, VAT included")),
                )
            )
            return
        kind = (
            translate("CounterBadge", "Business (B2B)")
            if customer.kind == "b2b"
            else translate("CounterBadge", "Consumer (B2C)")
        )
        parts = [
            f"<b style='font-size:13pt;'>{escape(customer.name)}</b> "
            f"<span style='color:{palette.SECONDARY};'>{escape(customer.code)}</span>",
            escape(
                kind
                + " · "
                + (customer.price_list_name or translate("CounterBadge", "retail prices"))
            ),
        ]
        if customer.account_manager_name:
            parts.append(
                escape(
                    translate("CounterBadge", "managed by %1").replace(
                        "%1", customer.account_manager_name
                    )
                )
            )
        if customer.kind == "b2b" or customer.credit_limit:
            over = customer.available_credit < 0 or (
                customer.credit_limit and customer.balance > customer.credit_limit
            )
            colour = palette.ERROR if over else palette.OK
            parts.append(
                "<span style='color:{};'>{}</span>".format(
                    colour,
                    escape(
                        translate("CounterBadge", "Balance %1 / credit limit %2")
                        .replace("%1", format_money(customer.balance, ui_locale()))
                        .replace("%2", format_money(customer.credit_limit, ui_locale()))
                    ),
                )
            )
        if customer.status not in ("active", ""):
            parts.append(f"<span style='color:{palette.ERROR};'>{escape(customer.status)}</span>")
        self.label.setText("<br>".join(parts))

    def is_over_credit(self) -> bool:
        """True when the attached customer is beyond their credit limit."""
        return self.customer is not None and self.customer.available_credit < 0
