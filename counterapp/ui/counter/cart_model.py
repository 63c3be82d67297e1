"""The cart table: priced lines from ``services.pricing.price_cart``, fed with ``set_rows``.

The model never computes a price. Editing the quantity cell does not change the row: it
emits ``quantity_edited`` and the panel re-prices the whole cart through the service.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont

from counterapp.domain.formatting import format_money, format_percent
from counterapp.services.cart import PricedLine
from counterapp.settings import QT_TRANSLATE_NOOP
from counterapp.ui.common import palette
from counterapp.ui.common.formatting import ui_locale
from counterapp.ui.common.tables import SortRole

(COL_SKU, COL_NAME, COL_QUANTITY, COL_UNIT_PRICE, COL_DISCOUNT, COL_VAT, COL_TOTAL,
 COL_STOCK) = range(8)
HEADERS = (
    QT_TRANSLATE_NOOP("CartModel", "SKU"),
    QT_TRANSLATE_NOOP("CartModel", "Description"),
    QT_TRANSLATE_NOOP("CartModel", "Qty"),
    QT_TRANSLATE_NOOP("CartModel", "Unit price"),
    QT_TRANSLATE_NOOP("CartModel", "Disc. %"),
    QT_TRANSLATE_NOOP("CartModel", "VAT"),
    QT_TRANSLATE_NOOP("CartModel", "Total"),
    QT_TRANSLATE_NOOP("CartModel", "Stock"),
)
BACKORDER_BACKGROUND = palette.colour(palette.WARNING_BACKGROUND)
BACKORDER_TEXT = palette.colour(palette.WARNING)
DISCOUNT_TEXT = palette.colour(palette.OK)

_NUMERIC = {COL_QUANTITY, COL_UNIT_PRICE, COL_DISCOUNT, COL_VAT, COL_TOTAL, COL_STOCK}
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_ROOT = QModelIndex()
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class CartModel(QAbstractTableModel):
    """Priced cart lines; backordered lines (quantity above stock) are tinted.

    Signals:
        quantity_edited(int, int): row and the quantity the clerk typed in the cell.
    """

    quantity_edited = Signal(int, int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[PricedLine] = []

    def set_rows(self, rows: Sequence[PricedLine]) -> None:
        """Replace every line (a fresh answer of ``price_cart``)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> PricedLine | None:
        """The line on ``row``, or ``None``."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[PricedLine]:
        """Every line, in cart order."""
        return list(self._rows)

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(HEADERS):
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("CartModel", HEADERS[section])
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return _RIGHT if section in _NUMERIC else _LEFT
        return None

    def flags(self, index):
        base = super().flags(index)
        if index.isValid() and index.column() == COL_QUANTITY:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def _display(self, line: PricedLine, column: int) -> str:
        if column == COL_SKU:
            return line.sku
        if column == COL_NAME:
            return line.name
        if column == COL_QUANTITY:
            return str(line.quantity)
        if column == COL_UNIT_PRICE:
            return format_money(line.unit_price, ui_locale())
        if column == COL_DISCOUNT:
            return format_percent(line.discount_pct, ui_locale()) if line.discount_pct else ""
        if column == COL_VAT:
            return line.vat_exemption or format_percent(line.vat_rate, ui_locale())
        if column == COL_TOTAL:
            return format_money(line.gross if line.prices_include_vat else line.net, ui_locale())
        return str(line.stock)

    def _native(self, line: PricedLine, column: int):
        return (line.sku, line.name, line.quantity, line.unit_price, line.discount_pct,
                line.vat_rate, line.gross if line.prices_include_vat else line.net,
                line.stock)[column]

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        line = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(line, column)
        if role == Qt.ItemDataRole.EditRole:
            return line.quantity if column == COL_QUANTITY else self._display(line, column)
        if role == SortRole:
            return self._native(line, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column in _NUMERIC else _LEFT
        if role == Qt.ItemDataRole.BackgroundRole and line.backorder:
            return QBrush(BACKORDER_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            if line.backorder and column in (COL_QUANTITY, COL_STOCK):
                return QBrush(BACKORDER_TEXT)
            if column == COL_DISCOUNT and line.discount_pct:
                return QBrush(DISCOUNT_TEXT)
        if role == Qt.ItemDataRole.FontRole and column == COL_TOTAL:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if line.backorder:
                return QCoreApplication.translate(
                    "CartModel", "Only %1 in stock: the rest is sold on backorder").replace(
                    "%1", str(line.stock))
            if column == COL_NAME:
                return line.name
            if column == COL_UNIT_PRICE:
                return (QCoreApplication.translate("CartModel", "VAT included")
                        if line.prices_include_vat
                        else QCoreApplication.translate("CartModel", "Net of VAT"))
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if (role != Qt.ItemDataRole.EditRole or not index.isValid()
                or index.column() != COL_QUANTITY):
            return False
        try:
            quantity = int(str(value).strip())
        except ValueError:
            return False
        if quantity < 0:
            return False
        self.quantity_edited.emit(index.row(), quantity)
        return True

