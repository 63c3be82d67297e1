"""The read-only, sortable table every list dialog shows (audit, users, customers…)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

# Table models put native values (Decimal, datetime) here so sorting never compares text.
SortRole = Qt.ItemDataRole.UserRole + 1
# ...and the row's dataclass itself here, for views that act on the current row.
RowRole = Qt.ItemDataRole.UserRole + 2


class NativeSortProxy(QSortFilterProxyModel):
    """Sorts on ``SortRole`` by comparing the Python values themselves.

    Qt's own comparison does not know ``Decimal`` (a PySide object in a ``QVariant``): left to
    it, 9.50 €, 10.00 € and 100.00 € came out in no useful order. ``None`` sorts first, and
    values of different types (never in one column of ours) fall back to their text.
    """

    def lessThan(self, left, right) -> bool:  # noqa: N802 (Qt override)
        a, b = left.data(SortRole), right.data(SortRole)
        if a is None or b is None:
            return a is None and b is not None
        try:
            return a < b
        except TypeError:
            return str(a) < str(b)


def sorted_table(model: QAbstractItemModel, parent: QWidget, name: str, *,
                 stretch_column: int | None = None, single_selection: bool = False,
                 alternating: bool = False, sortable: bool = True,
                 ) -> tuple[QSortFilterProxyModel, QTableView]:
    """A proxy sorting ``model`` on ``SortRole`` and a row-selecting, read-only view of it.

    Columns size to their contents; ``stretch_column`` (else the last one) takes the rest.
    ``sortable=False`` keeps the model's order (a table whose rows carry editor widgets).
    """
    proxy = NativeSortProxy(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SortRole)
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
