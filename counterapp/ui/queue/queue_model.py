"""The shipping queue as a lazily paged table model.

Filtering and sorting happen in SQL (``ShippingQueueService.queue_page``); the model holds
the rows fetched so far and asks for the next page when the view scrolls near the end
(``canFetchMore``/``fetchMore``), so 500,000 orders cost one page at a time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QApplication

from counterapp.domain.formatting import format_date, format_datetime
from counterapp.services.shipping_queue import QueueFilter, QueueRow
from counterapp.ui.common import palette
from counterapp.ui.common.formatting import ui_locale
from counterapp.ui.common.i18n import translate
from counterapp.ui.queue.controller_texts import STATUS_LABELS

(COL_NUMBER, COL_CUSTOMER, COL_CHANNEL, COL_CREATED, COL_REQUESTED, COL_PROMISED, COL_RUSH,
 COL_METHOD, COL_CARRIER, COL_STATUS, COL_AGE, COL_LATE) = range(12)

# Header labels and the service's sort key of each column, in column order.
COLUMNS = (
    (QT_TRANSLATE_NOOP("QueueModel", "Order"), "number"),
    (QT_TRANSLATE_NOOP("QueueModel", "Customer"), "customer"),
    (QT_TRANSLATE_NOOP("QueueModel", "Channel"), "channel"),
    (QT_TRANSLATE_NOOP("QueueModel", "Created"), "created"),
    (QT_TRANSLATE_NOOP("QueueModel", "Requested"), "requested"),
    (QT_TRANSLATE_NOOP("QueueModel", "Promised"), "promised"),
    (QT_TRANSLATE_NOOP("QueueModel", "Rush"), "rush"),
    (QT_TRANSLATE_NOOP("QueueModel", "Method"), "method"),
    (QT_TRANSLATE_NOOP("QueueModel", "Carrier / driver"), "carrier"),
    (QT_TRANSLATE_NOOP("QueueModel", "Status"), "status"),
    (QT_TRANSLATE_NOOP("QueueModel", "Age"), "age"),
    (QT_TRANSLATE_NOOP("QueueModel", "Late"), "late"),
)

METHOD_LABELS = {
    "courier": QT_TRANSLATE_NOOP("QueueModel", "Courier"),
    "in_house": QT_TRANSLATE_NOOP("QueueModel", "In-house"),
}
CHANNEL_LABELS = {
    "counter": QT_TRANSLATE_NOOP("QueueModel", "Counter"),
    "phone": QT_TRANSLATE_NOOP("QueueModel", "Phone"),
    "standing": QT_TRANSLATE_NOOP("QueueModel", "Standing"),
}

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

RUSH_COLOUR = palette.colour(palette.RUSH)
LATE_COLOUR = palette.colour(palette.LATE)
LATE_BACKGROUND = palette.colour(palette.LATE_BACKGROUND)
RUSH_BACKGROUND = palette.colour(palette.RUSH_BACKGROUND)



def status_label(status: str) -> str:
    """The translated name of a shipment status."""
    return translate("QueueModel", STATUS_LABELS.get(status, status))


def method_label(method: str) -> str:
    """The translated name of a delivery method."""
    return translate("QueueModel", METHOD_LABELS.get(method, method))


def _date(value: dt.date | None) -> str:
    return format_date(value, ui_locale()) if value else ""


class QueueModel(QAbstractTableModel):
    """Shipments, paged from the service as the view scrolls.

    Signals:
        reloaded(): the rows were replaced (new filter, sort or a change elsewhere).
    """

    reloaded = Signal()

    def __init__(self, shipping, page_size: int = 200, parent=None):
        super().__init__(parent)
        self._shipping = shipping
        # Set by the panel: a header click asks its controller, which owns the query.
        self.on_sort: Callable[[str, bool], None] | None = None
        self.page_size = page_size
        self.filters = QueueFilter()
        self.sort_key: tuple[str, bool] = ("promised", False)
        self._rows: list[QueueRow] = []
        self._total = 0
        self._resetting = False  # views (and the model tester) may ask for more mid-reset

    # -- querying -----------------------------------------------------------------------
    def set_query(self, filters: QueueFilter | None = None,
                  sort: tuple[str, bool] | None = None) -> None:
        """New filters and/or sort: count and fetch the first page again."""
        if filters is not None:
            self.filters = filters
        if sort is not None:
            self.sort_key = sort
        total = self._shipping.queue_count(self.filters)
        rows = self._shipping.queue_page(self.filters, self.sort_key, 0, self.page_size)
        self._reset(total, rows)

    def refresh(self) -> bool:
        """Re-read the rows already shown (another workstation changed something).

        Keeps the view's rows in place when the same shipments are still in the same
        order (only their values change); otherwise resets. Returns True on a reset.
        """
        total = self._shipping.queue_count(self.filters)
        wanted = max(len(self._rows), min(self.page_size, total))
        rows = self._shipping.queue_page(self.filters, self.sort_key, 0, wanted)
        if [r.id for r in rows] == [r.id for r in self._rows]:
            self._total = total
            self._rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(len(rows) - 1, len(COLUMNS) - 1))
            return False
        self._reset(total, rows)
        return True

    def _reset(self, total: int, rows: list[QueueRow]) -> None:
        self._resetting = True
        try:
            self.beginResetModel()
            self._total = total
            self._rows = rows
            self.endResetModel()
        finally:
            self._resetting = False
        self.reloaded.emit()

    def load_until(self, row: int) -> None:
        """Fetch pages until ``row`` is loaded (to select a scanned order further down)."""
        while row >= len(self._rows) and self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    @property
    def loaded(self) -> int:
        """How many rows are fetched so far (the view's rows)."""
        return len(self._rows)

    @property
    def total(self) -> int:
        """How many shipments match, loaded or not."""
        return self._total

    def row_at(self, row: int) -> QueueRow | None:
        """The shipment in view row ``row``."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, shipment_id: int) -> int:
        """The view row of a loaded shipment, or -1."""
        for index, row in enumerate(self._rows):
            if row.id == shipment_id:
                return index
        return -1

    # -- Qt model API ---------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802,B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802,B008
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        if parent.isValid() or self._resetting:
            return
        self._resetting = True  # no nested fetch from a slot of rowsAboutToBeInserted
        try:
            self._fetch_page()
        finally:
            self._resetting = False

    def _fetch_page(self) -> None:
        page = self._shipping.queue_page(self.filters, self.sort_key, len(self._rows),
                                         self.page_size)
        known = {r.id for r in self._rows}
        page = [r for r in page if r.id not in known]  # rows shifted by a change elsewhere
        if not page:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(COLUMNS)):
            return translate("QueueModel", COLUMNS[section][0])
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is an ORDER BY in the service, never a sort of the loaded rows."""
        if not 0 <= column < len(COLUMNS):
            return
        key, descending = COLUMNS[column][1], order == Qt.SortOrder.DescendingOrder
        if self.on_sort is not None:
            self.on_sort(key, descending)
        else:
            self.set_query(sort=(key, descending))

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            return self._sort_value(row, column)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (COL_AGE,):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if column in (COL_RUSH, COL_LATE):
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.late:
                return QBrush(LATE_COLOUR)
            if row.rush:
                return QBrush(RUSH_COLOUR)
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.late:
                return QBrush(LATE_BACKGROUND)
            if row.rush and row.rush_feasible is False:
                return QBrush(RUSH_BACKGROUND)
            return None
        if role == Qt.ItemDataRole.FontRole and (row.rush or row.late):
            font = QFont(QApplication.font())
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        return None

    def _display(self, row: QueueRow, column: int):
        if column == COL_NUMBER:
            return row.order_number
        if column == COL_CUSTOMER:
            return row.customer_name or QCoreApplication.translate("QueueModel", "Walk-in customer")
        if column == COL_CHANNEL:
            return translate("QueueModel", CHANNEL_LABELS.get(row.channel, row.channel))
        if column == COL_CREATED:
            return format_datetime(row.created_at, ui_locale())
        if column == COL_REQUESTED:
            return _date(row.requested_date)
        if column == COL_PROMISED:
            return _date(row.promised_date)
        if column == COL_RUSH:
            if not row.rush:
                return ""
            return QCoreApplication.translate("QueueModel", "RUSH") if row.rush_feasible is not False else QCoreApplication.translate("QueueModel", "RUSH – not possible")
        if column == COL_METHOD:
            return method_label(row.method)
        if column == COL_CARRIER:
            return row.carrier_or_driver
        if column == COL_STATUS:
            return status_label(row.status)
        if column == COL_AGE:
            return QCoreApplication.translate("QueueModel", "%1 d").replace("%1", str(row.age_days))
        if column == COL_LATE:
            return QCoreApplication.translate("QueueModel", "LATE") if row.late else ""
        return None

    @staticmethod
    def _sort_value(row: QueueRow, column: int):
        return {
            COL_NUMBER: row.order_number, COL_CUSTOMER: row.customer_name,
            COL_CHANNEL: row.channel, COL_CREATED: row.created_at,
            COL_REQUESTED: row.requested_date or dt.date.min,
            COL_PROMISED: row.promised_date or dt.date.min, COL_RUSH: row.rush,
            COL_METHOD: row.method, COL_CARRIER: row.carrier_or_driver,
            COL_STATUS: row.status, COL_AGE: row.age_days, COL_LATE: row.late,
        }.get(column)

    @staticmethod
    def _tooltip(row: QueueRow) -> str | None:
        lines = []
        if row.rush and row.rush_feasible is False and row.rush_reason:
            lines.append(QCoreApplication.translate("QueueModel", "Rush not possible: %1").replace("%1", row.rush_reason))
        if row.late:
            lines.append(QCoreApplication.translate("QueueModel", "Past its promised date"))
        if row.tracking_number:
            lines.append(QCoreApplication.translate("QueueModel", "Tracking: %1").replace("%1", row.tracking_number))
        return "\n".join(lines) or None
