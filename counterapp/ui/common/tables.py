"""The read-only, sortable table every list dialog shows (audit, users, customers…)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

if TYPE_CHECKING:
    from counterapp.ui.common.rows_model import RowsModel

# Table models put native values (Decimal, datetime) here so sorting never compares text.
SortRole = Qt.ItemDataRole.UserRole + 1
# ...and the row's dataclass itself here, for views that act on the current row.
RowRole = Qt.ItemDataRole.UserRole + 2


class NativeSortProxy(QSortFilterProxyModel):
    """Hands sorting to the source model (``RowsModel.sort``), which orders its rows by the
    columns' native values (``Decimal``, ``datetime``) in Python, once per click.

    Qt's own comparison does not know ``Decimal`` (a PySide object in a ``QVariant``): left to
    it, 9.50 €, 10.00 € and 100.00 € came out in no useful order; and a Python ``lessThan``
    costs a Qt-to-Python call per comparison. The proxy itself keeps the source order, so
    mapping an index through it stays valid.
    """

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)

    def sortColumn(self) -> int:  # noqa: N802 (Qt name)
        return self.sourceModel().sort_column()

    def sortOrder(self) -> Qt.SortOrder:  # noqa: N802 (Qt name)
        return self.sourceModel().sort_order()


def sorted_table(model: RowsModel, parent: QWidget, name: str, *,
                 stretch_column: int | None = None, single_selection: bool = False,
                 alternating: bool = False, sortable: bool = True,
                 ) -> tuple[QSortFilterProxyModel, QTableView]:
    """A proxy handing header clicks to ``model.sort`` and a row-selecting, read-only view.

    Columns size to their contents; ``stretch_column`` (else the last one) takes the rest.
    ``sortable=False`` keeps the model's order (a table whose rows carry editor widgets).
    """
    proxy = NativeSortProxy(parent)
    proxy.setSourceModel(model)
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(proxy)
    view.setSortingEnabled(sortable)
    # Rows open in the order the service gave them (oldest parked sale first, the search's
    # best match first); a click on a header sorts. Without this Qt sorts by the first
    # column the moment sorting is enabled.
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    proxy.sort(-1)
    # One line per row: a long name is elided (its tooltip or a wider window shows it all).
    view.setWordWrap(False)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if single_selection:
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(alternating)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch_column is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    return proxy, view


def current_row(view: QTableView):
    """The dataclass of ``view``'s current row (through any proxy), or ``None``."""
    index = view.currentIndex()
    return index.data(RowRole) if index.isValid() else None
