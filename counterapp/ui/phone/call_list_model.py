"""Table models of the phone panel: the outbound call list and the call history."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from counterapp.domain.phone import format_phone
from counterapp.services.calls import CallRow, DailyCallCount
from counterapp.services.tasks import CallListRow
from counterapp.ui.common.tables import SortRole
from counterapp.ui.phone.labels import (
    DIRECTION_LABELS,
    KIND_LABELS,
    OUTCOME_LABELS,
    PURPOSE_LABELS,
    duration_text,
    label,
)

RowRole = Qt.ItemDataRole.UserRole + 2
OVERDUE_BACKGROUND = QColor("#fde2e1")
OVERDUE_FOREGROUND = QColor("#9b1c1c")


def _when(value: dt.datetime | None) -> str:
    return value.strftime("%d/%m %H:%M") if value else ""


class _RowsModel(QAbstractTableModel):
    """Fed whole with ``set_rows``; subclasses say how a cell looks and sorts."""

    HEADERS: tuple[str, ...] = ()
    CONTEXT = "PhoneModels"

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []

    def set_rows(self, rows: list) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int):
        """The dataclass shown on ``row`` (or ``None``)."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list:
        """All rows as fed."""
        return list(self._rows)

    def rowCount(self, parent: QModelIndex | None = None) -> int:  # noqa: N802 (Qt override)
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | None = None) -> int:  # noqa: N802 (Qt override)
        return 0 if parent is not None and parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.HEADERS)):
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if role == RowRole:
            return item
        return self.cell(item, index.column(), role)

    def cell(self, item, column: int, role: int):
        """What ``item`` shows in ``column`` for ``role``."""
        raise NotImplementedError


class CallListModel(_RowsModel):
    """The rep's outbound call list; overdue rows red."""

    COL_DUE, COL_KIND, COL_CUSTOMER, COL_NUMBER, COL_REASON = range(5)
    HEADERS = (QT_TRANSLATE_NOOP("PhoneModels", "Due"),
               QT_TRANSLATE_NOOP("PhoneModels", "Type"),
               QT_TRANSLATE_NOOP("PhoneModels", "Customer"),
               QT_TRANSLATE_NOOP("PhoneModels", "Number"),
               QT_TRANSLATE_NOOP("PhoneModels", "Reason"))

    def cell(self, item: CallListRow, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return (_when(item.due_at), label(KIND_LABELS, item.kind), item.customer_name,
                    format_phone(item.number) if item.number else "", item.reason)[column]
        if role == SortRole:
            return (item.due_at, item.kind, item.customer_name.lower(), item.number,
                    item.reason.lower())[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_REASON:
            return item.reason
        if role == Qt.ItemDataRole.BackgroundRole and item.overdue:
            return QBrush(OVERDUE_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and item.overdue:
            return QBrush(OVERDUE_FOREGROUND)
        return None


class CallHistoryModel(_RowsModel):
    """Calls, newest first."""

    (COL_STARTED, COL_DIRECTION, COL_CUSTOMER, COL_NUMBER, COL_REP, COL_PURPOSE, COL_OUTCOME,
     COL_DURATION, COL_ORDER, COL_NOTES) = range(10)
    HEADERS = (QT_TRANSLATE_NOOP("PhoneModels", "Started"),
               QT_TRANSLATE_NOOP("PhoneModels", "Direction"),
               QT_TRANSLATE_NOOP("PhoneModels", "Customer"),
               QT_TRANSLATE_NOOP("PhoneModels", "Number"),
               QT_TRANSLATE_NOOP("PhoneModels", "Rep"),
               QT_TRANSLATE_NOOP("PhoneModels", "Purpose"),
               QT_TRANSLATE_NOOP("PhoneModels", "Outcome"),
               QT_TRANSLATE_NOOP("PhoneModels", "Duration"),
               QT_TRANSLATE_NOOP("PhoneModels", "Order"),
               QT_TRANSLATE_NOOP("PhoneModels", "Notes"))

    def cell(self, item: CallRow, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return (item.started_at.strftime("%d/%m/%Y %H:%M"),
                    label(DIRECTION_LABELS, item.direction), item.customer_name,
                    format_phone(item.number), item.rep_login,
                    label(PURPOSE_LABELS, item.purpose) if item.purpose else "",
                    label(OUTCOME_LABELS, item.outcome) if item.outcome else "",
                    duration_text(item.duration_s), item.order_number,
                    item.notes.replace("\n", " "))[column]
        if role == SortRole:
            return (item.started_at, item.direction, item.customer_name.lower(), item.number,
                    item.rep_login, item.purpose, item.outcome, item.duration_s,
                    item.order_number, item.notes.lower())[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_DURATION:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_NOTES:
            return item.notes
        return None


class DailyCountModel(_RowsModel):
    """Calls per rep and day: inbound, outbound, talk time, orders."""

    COL_DAY, COL_REP, COL_INBOUND, COL_OUTBOUND, COL_TALK, COL_ORDERS = range(6)
    HEADERS = (QT_TRANSLATE_NOOP("PhoneModels", "Day"),
               QT_TRANSLATE_NOOP("PhoneModels", "Rep"),
               QT_TRANSLATE_NOOP("PhoneModels", "Inbound"),
               QT_TRANSLATE_NOOP("PhoneModels", "Outbound"),
               QT_TRANSLATE_NOOP("PhoneModels", "Talk time"),
               QT_TRANSLATE_NOOP("PhoneModels", "Orders"))

    def cell(self, item: DailyCallCount, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return (item.day.strftime("%d/%m/%Y"), item.rep_login, str(item.inbound),
                    str(item.outbound), duration_text(item.talk_seconds), str(item.orders))[column]
        if role == SortRole:
            return (item.day, item.rep_login, item.inbound, item.outbound, item.talk_seconds,
                    item.orders)[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.COL_INBOUND:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
