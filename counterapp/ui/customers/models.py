"""Table models of the customers package (search results, most valuable customers).

Rows are the services' frozen dataclasses, fed whole with ``set_rows``; ``SortRole``
returns native values (``Decimal``, ``int``) so sorting never compares display text.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from counterapp.domain.formatting import format_money, format_percent
from counterapp.domain.phone import format_phone
from counterapp.ui.common import palette
from counterapp.ui.common.formatting import ui_locale
from counterapp.ui.common.rows_model import RIGHT, Column, RowsModel


def money_text(amount: Decimal | None) -> str:
    """``1234.5`` → ``1.234,50 €`` in the user's locale; empty for ``None``."""
    return "" if amount is None else format_money(amount, ui_locale())


def status_label(status: str) -> str:
    """The translated word for a customer status."""
    return QCoreApplication.translate("CustomerModels", STATUS_LABELS.get(status, status))


STATUS_LABELS = {
    "active": QT_TRANSLATE_NOOP("CustomerModels", "active"),
    "lead": QT_TRANSLATE_NOOP("CustomerModels", "lead"),
    "inactive": QT_TRANSLATE_NOOP("CustomerModels", "inactive"),
}
KIND_LABELS = {
    "b2b": QT_TRANSLATE_NOOP("CustomerModels", "Business"),
    "b2c": QT_TRANSLATE_NOOP("CustomerModels", "Consumer"),
}


def _kind(row) -> str:
    return QCoreApplication.translate("CustomerModels", KIND_LABELS.get(row.kind, row.kind))


class CustomerResultsModel(RowsModel):
    """``CustomerRow`` search results; red balance when over the credit limit."""

    CONTEXT = "CustomerModels"
    (COL_CODE, COL_NAME, COL_KIND, COL_CITY, COL_PHONE, COL_VAT, COL_MANAGER, COL_BALANCE,
     COL_CREDIT, COL_STATUS) = range(10)
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("CustomerModels", "Code"), lambda r: r.code),
        Column(QT_TRANSLATE_NOOP("CustomerModels", "Name"), lambda r: r.name),
        Column(QT_TRANSLATE_NOOP("CustomerModels", "Type"), _kind),
        Column(QT_TRANSLATE_NOOP("CustomerModels", "City"), lambda r: r.city),
        Column(QT_TRANSLATE_NOOP("CustomerModels", "Phone"),
               lambda r: format_phone(r.phone) if r.phone else "", lambda r: r.phone),
        Column(QT_TRANSLATE_NOOP("CustomerModels", "VAT number"), lambda r: r.vat_number),
        Column(QT_TRANSLATE_NOOP("CustomerModels", "Account manager"),
               lambda r: r.account_manager_name),
        Column(QT_TRANSLATE_NOOP("CustomerModels", "Balance"), lambda r: money_text(r.balance),
               lambda r: r.balance, RIGHT),
        Column(QT_TRANSLATE_NOOP("CustomerModels", "Credit limit"),
               lambda r: money_text(r.credit_limit), lambda r: r.credit_limit, RIGHT),
        Column(QT_TRANSLATE_NOOP("CustomerModels", "Status"), lambda r: status_label(r.status)),
    )

    def colour(self, row, column):
        if row.status != "active":
            return palette.colour(palette.MUTED)
        if column == self.COL_BALANCE and row.credit_limit and row.balance > row.credit_limit:
            return palette.colour(palette.ERROR)
        return None


def _margin_pct(row) -> Decimal | None:
    if not row.revenue:
        return None
    return (row.margin * 100 / row.revenue).quantize(Decimal("0.1"))


def _pct_text(row) -> str:
    pct = _margin_pct(row)
    return "" if pct is None else format_percent(pct, ui_locale())


class ValueModel(RowsModel):
    """``ValueRow``: the most valuable customers with revenue, margin and orders."""

    CONTEXT = "CustomerModels"
    COL_RANK, COL_CODE, COL_NAME, COL_REVENUE, COL_MARGIN, COL_MARGIN_PCT, COL_ORDERS, \
        COL_MANAGER = range(8)

    def __init__(self, parent=None):
        super().__init__(parent)
        # The rank is the position the service ranked the row at; it needs the model.
        self.COLUMNS = (
            Column(QT_TRANSLATE_NOOP("CustomerModels", "#"),
                   lambda r: str(self.position(r) + 1), self.position, RIGHT),
            Column(QT_TRANSLATE_NOOP("CustomerModels", "Code"), lambda r: r.code),
            Column(QT_TRANSLATE_NOOP("CustomerModels", "Name"), lambda r: r.name),
            Column(QT_TRANSLATE_NOOP("CustomerModels", "Revenue (net)"),
                   lambda r: money_text(r.revenue), lambda r: r.revenue, RIGHT),
            Column(QT_TRANSLATE_NOOP("CustomerModels", "Gross margin"),
                   lambda r: money_text(r.margin), lambda r: r.margin, RIGHT),
            Column(QT_TRANSLATE_NOOP("CustomerModels", "Margin %"), _pct_text,
                   lambda r: _margin_pct(r) or Decimal(0), RIGHT),
            Column(QT_TRANSLATE_NOOP("CustomerModels", "Orders"), lambda r: str(r.orders),
                   lambda r: r.orders, RIGHT),
            Column(QT_TRANSLATE_NOOP("CustomerModels", "Account manager"),
                   lambda r: r.account_manager_login),
        )

    def colour(self, row, column):
        if column in (self.COL_MARGIN, self.COL_MARGIN_PCT) and row.margin < 0:
            return palette.colour(palette.ERROR)
        return None
