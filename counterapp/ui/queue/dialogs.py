"""Small dialogs of the queue: delivered at, reschedule after a failed delivery, failure note.

Each has a classmethod ``ask(...)`` returning the answer or ``None``, so tests can drive
the real dialog or replace ``ask``.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class _Dialog(QDialog):
    def __init__(self, title: str, intro: str, parent: QWidget | None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.layout_ = QVBoxLayout(self)
        label = QLabel(intro, self)
        label.setWordWrap(True)
        self.layout_.addWidget(label)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.layout_.addWidget(self.buttons)


class DeliveredDialog(_Dialog):
    """When the selected orders were delivered (default: now)."""

    def __init__(self, orders: list[str], now: dt.datetime, parent: QWidget | None = None):
        super().__init__(self.tr("Mark as delivered"),
                         self.tr("Delivered: %1").replace("%1", ", ".join(orders[:10])
                                                          + (" …" if len(orders) > 10 else "")),
                         parent)
        self.setObjectName("deliveredDialog")
        self.when = QDateTimeEdit(QDateTime(_qdate(now.date()),
                                            QTime(now.hour, now.minute)), self)
        self.when.setObjectName("deliveredAt")
        self.when.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.when.setCalendarPopup(True)
        self.form.addRow(self.tr("Delivered at"), self.when)

    def value(self) -> dt.datetime:
        """The date and time entered."""
        moment = self.when.dateTime()
        return dt.datetime.combine(_pydate(moment.date()),
                                   dt.time(moment.time().hour(), moment.time().minute()))

    @classmethod
    def ask(cls, parent: QWidget | None, orders: list[str],
            now: dt.datetime) -> dt.datetime | None:
        """The delivery time, or None when cancelled."""
        dialog = cls(orders, now, parent)
        try:
            return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


class RescheduleDialog(_Dialog):
    """A new promised date after a failed delivery."""

    def __init__(self, order: str, suggested: dt.date, parent: QWidget | None = None):
        super().__init__(self.tr("Reschedule delivery"),
                         self.tr("New delivery date for order %1").replace("%1", order), parent)
        self.setObjectName("rescheduleDialog")
        self.date = QDateEdit(_qdate(suggested), self)
        self.date.setObjectName("rescheduleDate")
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.date.setCalendarPopup(True)
        self.date.setMinimumDate(_qdate(suggested) if suggested < dt.date.today()
                                 else QDate.currentDate())
        self.note = QLineEdit(self)
        self.note.setObjectName("rescheduleNote")
        self.note.setPlaceholderText(self.tr("e.g. customer asked for Thursday"))
        self.form.addRow(self.tr("New date"), self.date)
        self.form.addRow(self.tr("Note"), self.note)

    @classmethod
    def ask(cls, parent: QWidget | None, order: str,
            suggested: dt.date) -> tuple[dt.date, str] | None:
        """(new date, note) or None when cancelled."""
        dialog = cls(order, suggested, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return _pydate(dialog.date.date()), dialog.note.text()
        finally:
            dialog.deleteLater()


class NoteDialog(_Dialog):
    """A short note for a status change (why the delivery failed, why it was cancelled)."""

    def __init__(self, title: str, intro: str, parent: QWidget | None = None):
        super().__init__(title, intro, parent)
        self.setObjectName("statusNoteDialog")
        self.note = QLineEdit(self)
        self.note.setObjectName("statusNote")
        self.note.setMaxLength(300)
        self.form.addRow(self.tr("Note"), self.note)

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, intro: str) -> str | None:
        """The note (may be empty) or None when cancelled."""
        dialog = cls(title, intro, parent)
        try:
            return dialog.note.text() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
