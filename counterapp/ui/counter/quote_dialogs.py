"""Quotes: the validity date when saving one, and the search to turn one into a sale."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counterapp.domain.errors import CounterAppError
from counterapp.domain.formatting import format_date, format_money
from counterapp.ui.common import palette
from counterapp.ui.common.formatting import ui_locale
from counterapp.ui.common.messages import error_text
from counterapp.ui.common.rows_model import RIGHT, Column, RowsModel
from counterapp.ui.common.tables import current_row, sorted_table


def _status(quote) -> str:
    if quote.expired and quote.status == "quote":
        return QCoreApplication.translate("FindQuotesDialog", "expired")
    if quote.status == "quote":
        return QCoreApplication.translate("FindQuotesDialog", "open")
    if quote.status == "converted":
        return QCoreApplication.translate("FindQuotesDialog", "sold")
    return quote.status


class QuotesModel(RowsModel):
    """Quotes (``QuoteRow``); sold and expired ones greyed."""

    CONTEXT = "FindQuotesDialog"
    COL_NUMBER, COL_CUSTOMER, COL_DATE, COL_VALID, COL_TOTAL, COL_STATUS = range(6)
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("FindQuotesDialog", "Number"), lambda q: q.number),
        Column(QT_TRANSLATE_NOOP("FindQuotesDialog", "Customer"),
               lambda q: q.customer_name
               or QCoreApplication.translate("FindQuotesDialog", "walk-in")),
        Column(QT_TRANSLATE_NOOP("FindQuotesDialog", "Date"),
               lambda q: format_date(q.created_at, ui_locale()), lambda q: q.created_at),
        Column(QT_TRANSLATE_NOOP("FindQuotesDialog", "Valid until"),
               lambda q: format_date(q.valid_until, ui_locale()) if q.valid_until else "",
               lambda q: q.valid_until or dt.date.min),
        Column(QT_TRANSLATE_NOOP("FindQuotesDialog", "Total"), lambda q: format_money(q.gross, ui_locale()),
               lambda q: q.gross, RIGHT),
        Column(QT_TRANSLATE_NOOP("FindQuotesDialog", "Status"), _status),
    )

    def colour(self, row, column):
        if row.expired or row.status != "quote":
            return palette.colour(palette.MUTED)
        return None


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
        self.model = QuotesModel(self)
        self.proxy, self.table = sorted_table(self.model, self, "quoteTable",
                                              stretch_column=QuotesModel.COL_CUSTOMER,
                                              single_selection=True)
        self.table.doubleClicked.connect(lambda _index: self._choose())
        self.message = QLabel(self)
        self.message.setObjectName("quoteMessage")
        palette.style_message(self.message, "error")
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
            self.rows = self.services.quotes.find_quotes(
                text, customer_id=None if text else self.customer_id)
        except CounterAppError as exc:
            self.rows = []
            self.message.setText(error_text(exc))
        self.model.set_rows(self.rows)
        if self.rows:
            self.table.selectRow(0)
            self.message.clear()
        else:
            self.message.setText(self.tr("No quotes found."))

    def _choose(self) -> None:
        self._timer.stop()
        quote = current_row(self.table)
        if quote is None:
            return
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
            row = self.table.currentIndex().row() + (1 if event.key() == Qt.Key.Key_Down
                                                     else -1)
            if 0 <= row < self.proxy.rowCount():
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
