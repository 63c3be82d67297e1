"""The product search results: SKU, name, price, stock — fed whole with ``set_rows``."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from counterapp.services.cart import ProductRow
from counterapp.settings import QT_TRANSLATE_NOOP
from counterapp.ui.common.tables import SortRole
from counterapp.ui.counter.formatting import format_money

COL_SKU, COL_NAME, COL_PRICE, COL_STOCK, COL_LOCATION = range(5)
HEADERS = (
    QT_TRANSLATE_NOOP("ResultsModel", "SKU"),
    QT_TRANSLATE_NOOP("ResultsModel", "Product"),
    QT_TRANSLATE_NOOP("ResultsModel", "Price"),
    QT_TRANSLATE_NOOP("ResultsModel", "Stock"),
    QT_TRANSLATE_NOOP("ResultsModel", "Location"),
)
# Sorting compares the native value (Decimal, int), never the display string.
OUT_OF_STOCK = QColor("#c62828")

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_ROOT = QModelIndex()
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class ResultsModel(QAbstractTableModel):
    """Products found by ``services.catalog.search``; stock in red when none is left."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[ProductRow] = []

    def set_rows(self, rows: Sequence[ProductRow]) -> None:
        """Replace every row (a search answer)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> ProductRow | None:
        """The product on ``row``, or ``None`` outside the table."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(HEADERS):
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("ResultsModel", HEADERS[section])
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return _RIGHT if section in (COL_PRICE, COL_STOCK) else _LEFT
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        product = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (product.sku, product.name, format_money(product.price), str(product.stock),
                    product.location)[column]
        if role == SortRole:
            return (product.sku, product.name, product.price, product.stock,
                    product.location)[column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column in (COL_PRICE, COL_STOCK) else _LEFT
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_STOCK and product.stock <= 0:
            return QBrush(OUT_OF_STOCK)
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_NAME:
            return product.name
        return None
