"""Table models of the customers package (search results, most valuable customers).

Rows are the services' frozen dataclasses, fed whole with ``set_rows``; ``SortRole``
returns native values (``Decimal``, ``int``) so sorting never compares display text.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from counterapp.domain.phone import format_phone
from counterapp.ui.common.tables import SortRole

RowRole = Qt.ItemDataRole.UserRole + 2
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
OVER_LIMIT = QColor("#b00020")
MUTED = QColor("#777777")


def money_text(amount: Decimal | None) -> str:
    """``1234.5`` → ``1.234,50 €`` in the user's locale (from Decimal text, never float)."""
    if amount is None:
        return ""
    locale = QLocale()
    text = f"{Decimal(amount):,.2f}"
    text = (text.replace(",", "\x00").replace(".", locale.decimalPoint())
            .replace("\x00", locale.groupSeparator()))
    return f"{text} €"


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


class RowsModel(QAbstractTableModel):
    """A read-only table fed whole with ``set_rows``; subclasses describe cells."""

    HEADERS: tuple[str, ...] = ()
    CONTEXT = "CustomerModels"
    MONEY_COLUMNS: frozenset[int] = frozenset()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []

    def set_rows(self, rows: list) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int):
        """The dataclass on ``row``, or ``None``."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list:
        """All rows, in model order."""
        return list(self._rows)

    def rowCount(self, parent=None) -> int:  # noqa: N802 (Qt override)
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def columnCount(self, parent=None) -> int:  # noqa: N802 (Qt override)
        return 0 if parent is not None and parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.HEADERS)):
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == SortRole:
            return self.sort_value(row, column)
        if role == RowRole:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.MONEY_COLUMNS:
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = self.colour(row, column)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        return None

    def display(self, row, column: int) -> str:
        """Display text of one cell."""
        raise NotImplementedError

    def sort_value(self, row, column: int):
        """Native sort value of one cell (defaults to the display text)."""
        return self.display(row, column)

    def colour(self, row, column: int) -> QColor | None:
        """Foreground colour of one cell, or ``None``."""
        del row, column
        return None

    def tooltip(self, row, column: int) -> str | None:
        """Tooltip of one cell, or ``None``."""
        del row, column
        return None


class CustomerResultsModel(RowsModel):
    """``CustomerRow`` search results; red balance when over the credit limit."""

    (COL_CODE, COL_NAME, COL_KIND, COL_CITY, COL_PHONE, COL_VAT, COL_MANAGER, COL_BALANCE,
     COL_CREDIT, COL_STATUS) = range(10)
    HEADERS = (QT_TRANSLATE_NOOP("CustomerModels", "Code"),
               QT_TRANSLATE_NOOP("CustomerModels", "Name"),
               QT_TRANSLATE_NOOP("CustomerModels", "Type"),
               QT_TRANSLATE_NOOP("CustomerModels", "City"),
               QT_TRANSLATE_NOOP("CustomerModels", "Phone"),
               QT_TRANSLATE_NOOP("CustomerModels", "VAT number"),
               QT_TRANSLATE_NOOP("CustomerModels", "Account manager"),
               QT_TRANSLATE_NOOP("CustomerModels", "Balance"),
               QT_TRANSLATE_NOOP("CustomerModels", "Credit limit"),
               QT_TRANSLATE_NOOP("CustomerModels", "Status"))
    MONEY_COLUMNS = frozenset({COL_BALANCE, COL_CREDIT})

    def display(self, row, column):
        if column == self.COL_CODE:
            return row.code
        if column == self.COL_NAME:
            return row.name
        if column == self.COL_KIND:
            return QCoreApplication.translate("CustomerModels", KIND_LABELS.get(row.kind, row.kind))
        if column == self.COL_CITY:
            return row.city
        if column == self.COL_PHONE:
            return format_phone(row.phone) if row.phone else ""
        if column == self.COL_VAT:
            return row.vat_number
        if column == self.COL_MANAGER:
            return row.account_manager_name
        if column == self.COL_BALANCE:
            return money_text(row.balance)
        if column == self.COL_CREDIT:
            return money_text(row.credit_limit)
        if column == self.COL_STATUS:
            return status_label(row.status)
        return None

    def sort_value(self, row, column):
        if column == self.COL_BALANCE:
            return row.balance
        if column == self.COL_CREDIT:
            return row.credit_limit
        if column == self.COL_PHONE:
            return row.phone
        return self.display(row, column)

    def colour(self, row, column):
        if row.status != "active":
            return MUTED
        if column == self.COL_BALANCE and row.credit_limit and row.balance > row.credit_limit:
            return OVER_LIMIT
        return None


class ValueModel(RowsModel):
    """``ValueRow``: the most valuable customers with revenue, margin and orders."""

    COL_RANK, COL_CODE, COL_NAME, COL_REVENUE, COL_MARGIN, COL_MARGIN_PCT, COL_ORDERS, \
        COL_MANAGER = range(8)
    HEADERS = (QT_TRANSLATE_NOOP("CustomerModels", "#"),
               QT_TRANSLATE_NOOP("CustomerModels", "Code"),
               QT_TRANSLATE_NOOP("CustomerModels", "Name"),
               QT_TRANSLATE_NOOP("CustomerModels", "Revenue (net)"),
               QT_TRANSLATE_NOOP("CustomerModels", "Gross margin"),
               QT_TRANSLATE_NOOP("CustomerModels", "Margin %"),
               QT_TRANSLATE_NOOP("CustomerModels", "Orders"),
               QT_TRANSLATE_NOOP("CustomerModels", "Account manager"))
    MONEY_COLUMNS = frozenset({COL_RANK, COL_REVENUE, COL_MARGIN, COL_MARGIN_PCT, COL_ORDERS})

    def _pct(self, row) -> Decimal | None:
        if not row.revenue:
            return None
        return (row.margin * 100 / row.revenue).quantize(Decimal("0.1"))

    def display(self, row, column):
        if column == self.COL_RANK:
            return str(self._rows.index(row) + 1)
        if column == self.COL_CODE:
            return row.code
        if column == self.COL_NAME:
            return row.name
        if column == self.COL_REVENUE:
            return money_text(row.revenue)
        if column == self.COL_MARGIN:
            return money_text(row.margin)
        if column == self.COL_MARGIN_PCT:
            pct = self._pct(row)
            return "" if pct is None else f"{pct} %".replace(".", QLocale().decimalPoint())
        if column == self.COL_ORDERS:
            return str(row.orders)
        if column == self.COL_MANAGER:
            return row.account_manager_login
        return None

    def sort_value(self, row, column):
        if column == self.COL_RANK:
            return self._rows.index(row)
        if column == self.COL_REVENUE:
            return row.revenue
        if column == self.COL_MARGIN:
            return row.margin
        if column == self.COL_MARGIN_PCT:
            return self._pct(row) or Decimal(0)
        if column == self.COL_ORDERS:
            return row.orders
        return self.display(row, column)

    def colour(self, row, column):
        if column in (self.COL_MARGIN, self.COL_MARGIN_PCT) and row.margin < 0:
            return OVER_LIMIT
        return None
