"""Quotes: the validity date when saving one, and the search to turn one into a sale."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counterapp.domain.errors import CounterAppError
from counterapp.ui.common.messages import error_text
from counterapp.ui.counter.formatting import format_money

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class SaveQuoteDialog(QDialog):
    """Asks until when the quote is valid (default: 30 days from today)."""

    def __init__(self, today: dt.date, default: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("saveQuoteDialog")
        self.setWindowTitle(self.tr("Save as quote"))
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("quoteValidUntil")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setMinimumDate(QDate(today.year, today.month, today.day))
        self.date_edit.setDate(QDate(default.year, default.month, default.day))
        save = QPushButton(self.tr("Save and print (Enter)"), self)
        save.setObjectName("saveQuote")
        save.setDefault(True)
        save.clicked.connect(self.accept)
        cancel = QPushButton(self.tr("Cancel (Esc)"), self)
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Valid until:"), self.date_edit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.date_edit.setFocus()

    def valid_until(self) -> dt.date:
        """The chosen date."""
        date = self.date_edit.date()
        return dt.date(date.year(), date.month(), date.day())

    @classmethod
    def ask(cls, today: dt.date, default: dt.date, parent: QWidget | None = None) -> dt.date | None:
        """The date, or ``None`` when cancelled (tests may replace this)."""
        dialog = cls(today, default, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        result = dialog.valid_until() if accepted else None
        dialog.deleteLater()
        return result


class FindQuotesDialog(QDialog):
    """Quotes by number or customer name; Enter picks one (``chosen_number``)."""

    def __init__(self, services, customer_id: int | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.customer_id = customer_id
        self.chosen_number = ""
        self.rows = []
        self.setObjectName("findQuotesDialog")
        self.setWindowTitle(self.tr("Find quote"))
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("quoteSearch")
        self.search_edit.setPlaceholderText(self.tr("Quote number or customer name"))
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("quoteTable")
        self.table.setHorizontalHeaderLabels([self.tr("Number"), self.tr("Customer"),
                                              self.tr("Date"), self.tr("Valid until"),
                                              self.tr("Total"), self.tr("Status")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self._choose())
        self.message = QLabel(self)
        self.message.setObjectName("quoteMessage")
        self.message.setStyleSheet("color: #b00020;")
        choose = QPushButton(self.tr("Sell at quoted prices (Enter)"), self)
        choose.setObjectName("convertQuote")
        choose.setDefault(True)
        choose.clicked.connect(self._choose)
        close = QPushButton(self.tr("Close (Esc)"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.reload)
        self.search_edit.textEdited.connect(lambda _text: self._timer.start())
        self.search_edit.returnPressed.connect(self._choose)
        self.search_edit.installEventFilter(self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(choose)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.table)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(760, 420)
        self.reload()
        self.search_edit.setFocus()

    def reload(self) -> None:
        """Search again with the typed text (the cart's customer when nothing is typed)."""
        text = self.search_edit.text().strip()
        try:
            self.rows = self.services.sales.find_quotes(
                text, customer_id=None if text else self.customer_id)
        except CounterAppError as exc:
            self.rows = []
            self.message.setText(error_text(exc))
        self.table.setRowCount(len(self.rows))
        for row, quote in enumerate(self.rows):
            status = {"quote": self.tr("open"), "converted": self.tr("sold")}.get(
                quote.status, quote.status)
            if quote.expired and quote.status == "quote":
                status = self.tr("expired")
            values = (quote.number, quote.customer_name or self.tr("walk-in"),
                      quote.created_at.strftime("%d/%m/%Y"),
                      quote.valid_until.strftime("%d/%m/%Y") if quote.valid_until else "",
                      format_money(quote.gross), status)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 4:
                    item.setTextAlignment(_RIGHT)
                if quote.expired or quote.status != "quote":
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(row, column, item)
        if self.rows:
            self.table.selectRow(0)
            self.message.clear()
        else:
            self.message.setText(self.tr("No quotes found."))

    def _choose(self) -> None:
        self._timer.stop()
        row = self.table.currentRow()
        if not 0 <= row < len(self.rows):
            return
        quote = self.rows[row]
        if quote.status != "quote":
            self.message.setText(self.tr("Quote %1 was already sold.").replace("%1", quote.number))
            return
        if quote.expired:
            self.message.setText(self.tr("Quote %1 has expired; make a new one.")
                                 .replace("%1", quote.number))
            return
        self.chosen_number = quote.number
        self.accept()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if watched is self.search_edit and event.type() == event.Type.KeyPress and \
                event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            row = self.table.currentRow() + (1 if event.key() == Qt.Key.Key_Down else -1)
            if 0 <= row < self.table.rowCount():
                self.table.selectRow(row)
            return True
        return super().eventFilter(watched, event)

    @classmethod
    def ask(cls, services, customer_id: int | None = None,
            parent: QWidget | None = None) -> str:
        """The chosen quote number, or "" (tests may replace this)."""
        dialog = cls(services, customer_id, parent)
        dialog.exec()
        number = dialog.chosen_number
        dialog.deleteLater()
        return number
