"""The one list-model base: a table fed whole with ``set_rows``, its columns declared once.

A subclass lists its columns in ``COLUMNS``, each a ``Column``: the header (marked with
``QT_TRANSLATE_NOOP(CONTEXT, ...)`` so lupdate sees it), how a row shows in it, how it sorts
(native values, ``Decimal``/``datetime``/``int``, under ``SortRole`` from ``tables``) and its
alignment. ``COL_*`` constants name the positions. Colours, backgrounds and tooltips that
depend on the whole row are methods (``colour``, ``background``, ``tooltip``). Show it with
``tables.sorted_table(model, ...)``.

Big tables that page through a service query (the shipping queue) are not fed whole and do
not use this base.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from counterapp.ui.common.tables import RowRole, SortRole

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTRE = Qt.AlignmentFlag.AlignCenter


@dataclass(frozen=True)
class Column:
    """One column: header (source text, marked for lupdate), display, sort and alignment.

    ``display(row) -> str``; ``sort(row)`` returns the native value sorting compares
    (default: the display text); ``align`` is ``LEFT``, ``RIGHT`` (money, counts) or
    ``CENTRE``; ``tooltip(row)`` optional.
    """

    header: str
    display: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None
    align: Qt.AlignmentFlag = LEFT
    tooltip: Callable[[Any], str | None] | None = None


class RowsModel(QAbstractTableModel):
    """A read-only table of frozen dataclasses fed whole with ``set_rows``.

    Subclasses set ``CONTEXT`` (the translation context of their headers) and ``COLUMNS``.
    """

    CONTEXT = "RowsModel"
    COLUMNS: tuple[Column, ...] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._fed: list = []  # the service's order
        self._rows: list = []  # the order shown (sorted by a header click)
        self._positions: dict[int, int] = {}
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder

    # -- feeding ---------------------------------------------------------------------------
    def set_rows(self, rows: Sequence) -> None:
        """Replace every row (kept in the order the user last sorted by, if any)."""
        self.beginResetModel()
        self._fed = list(rows)
        self._positions = {id(row): i for i, row in enumerate(self._fed)}
        self._rows = self._ordered(self._fed, self._sort_column, self._sort_order)
        self.endResetModel()

    def row_at(self, row: int):
        """The dataclass shown on ``row``, or ``None`` outside the table."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list:
        """All rows, in the order they were fed."""
        return list(self._fed)

    def position(self, row) -> int:
        """The 0-based position ``row`` was fed at (for rank columns)."""
        return self._positions[id(row)]

    # -- sorting ---------------------------------------------------------------------------
    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Order the rows by ``column``'s native sort value; ``-1``: the service's order.

        Sorting happens here, in Python, once per click: a proxy comparing through
        ``data()`` paid a Qt-to-Python call per comparison (3 s for 10,000 calls).
        """
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        old = self._rows
        new = self._ordered(self._fed, column, order)
        where = {id(row): i for i, row in enumerate(new)}
        persistent = self.persistentIndexList()
        self._rows = new
        self.changePersistentIndexList(
            persistent, [self.index(where[id(old[i.row()])], i.column()) for i in persistent])
        self.layoutChanged.emit()

    def sort_column(self) -> int:
        """The column the rows are sorted by (``-1``: the service's order)."""
        return self._sort_column

    def sort_order(self) -> Qt.SortOrder:
        """Ascending or descending."""
        return self._sort_order

    def _ordered(self, rows: list, column: int, order) -> list:
        if not 0 <= column < len(self.COLUMNS):
            return list(rows)
        spec = self.COLUMNS[column]
        value = spec.sort or spec.display
        keys = [value(row) for row in rows]
        descending = order == Qt.SortOrder.DescendingOrder
        # None first (ascending), like an empty cell; mixed types fall back to their text.
        try:
            ranked = sorted(range(len(rows)), reverse=descending,
                            key=lambda i: (keys[i] is not None, keys[i]))
        except TypeError:
            ranked = sorted(range(len(rows)), reverse=descending, key=lambda i: str(keys[i]))
        return [rows[i] for i in ranked]

    # -- per-row hooks ---------------------------------------------------------------------
    def colour(self, row, column: int) -> QColor | None:
        """Foreground colour of one cell (a palette colour), or ``None``."""
        del row, column
        return None

    def background(self, row, column: int) -> QColor | None:
        """Background colour of one cell, or ``None``."""
        del row, column
        return None

    def tooltip(self, row, column: int) -> str | None:
        """Tooltip of one cell: the column's ``tooltip`` when it has one."""
        tip = self.COLUMNS[column].tooltip
        return tip(row) if tip is not None else None

    # -- Qt --------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | None = None) -> int:  # noqa: N802 (Qt override)
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | None = None) -> int:  # noqa: N802 (Qt override)
        return 0 if parent is not None and parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.CONTEXT, self.COLUMNS[section].header)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(self.COLUMNS[section].align)
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        spec = self.COLUMNS[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return spec.display(row)
        if role == SortRole:
            return spec.sort(row) if spec.sort is not None else spec.display(row)
        if role == RowRole:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(spec.align)
        if role == Qt.ItemDataRole.ForegroundRole:
            return _brush(self.colour(row, column))
        if role == Qt.ItemDataRole.BackgroundRole:
            return _brush(self.background(row, column))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        return None


def _brush(colour: QColor | None) -> QBrush | None:
    return QBrush(colour) if colour is not None else None
