"""The product search results: SKU, name, price, stock — fed whole with ``set_rows``."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from counterapp.domain.formatting import format_money
from counterapp.ui.common import palette
from counterapp.ui.common.formatting import ui_locale
from counterapp.ui.common.rows_model import RIGHT, Column, RowsModel

COL_SKU, COL_NAME, COL_PRICE, COL_STOCK, COL_LOCATION = range(5)


class ResultsModel(RowsModel):
    """Products (``ProductRow``) found by ``services.catalog.search``; no stock in red."""

    CONTEXT = "ResultsModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("ResultsModel", "SKU"), lambda p: p.sku),
        Column(QT_TRANSLATE_NOOP("ResultsModel", "Product"), lambda p: p.name,
               tooltip=lambda p: p.name),
        Column(QT_TRANSLATE_NOOP("ResultsModel", "Price"), lambda p: format_money(p.price, ui_locale()),
               lambda p: p.price, RIGHT),
        Column(QT_TRANSLATE_NOOP("ResultsModel", "Stock"), lambda p: str(p.stock),
               lambda p: p.stock, RIGHT),
        Column(QT_TRANSLATE_NOOP("ResultsModel", "Location"), lambda p: p.location),
    )

    def colour(self, row, column):
        if column == COL_STOCK and row.stock <= 0:
            return palette.colour(palette.ERROR)
        return None
