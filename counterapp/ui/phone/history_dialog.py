"""Call history for one customer or the whole team: filter, search, export, daily counts."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from counterapp.domain.errors import CounterAppError
from counterapp.services import Actor, Services
from counterapp.ui.common.i18n import counted
from counterapp.ui.common.messages import error_text
from counterapp.ui.common.tables import sorted_table
from counterapp.ui.phone.call_list_model import CallHistoryModel, DailyCountModel
from counterapp.ui.phone.labels import OUTCOME_LABELS, label


def _table(model, parent, name: str) -> QTableView:
    _proxy, view = sorted_table(model, parent, name, alternating=True)
    # A long history: the user sizes the columns, measuring every row would cost.
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class CallHistoryDialog(QDialog):
    """Searchable, filterable call history; ``customer_id`` narrows it to one customer."""

    def __init__(self, services: Services, customer_id: int | None = None, title: str = "",
                 parent: QWidget | None = None, *, actor: Actor):
        super().__init__(parent)
        self.setObjectName("callHistoryDialog")
        self.setWindowTitle(title or self.tr("Call history"))
        self.services, self.customer_id, self.actor = services, customer_id, actor
        self.search = QLineEdit(self)
        self.search.setObjectName("historySearch")
        self.search.setPlaceholderText(self.tr("Search name, code, number or notes"))
        self.rep = QComboBox(self)
        self.rep.setObjectName("historyRep")
        self.rep.addItem(self.tr("All reps"), "")
        for login in services.call_history.reps():
            self.rep.addItem(login, login)
        self.outcome = QComboBox(self)
        self.outcome.setObjectName("historyOutcome")
        self.outcome.addItem(self.tr("All outcomes"), "")
        for key in OUTCOME_LABELS:
            self.outcome.addItem(label(OUTCOME_LABELS, key), key)
        today = services.ctx.now().date()
        self.date_from = QDateEdit(QDate(today - dt.timedelta(days=30)), self)
        self.date_from.setObjectName("historyFrom")
        self.date_to = QDateEdit(QDate(today), self)
        self.date_to.setObjectName("historyTo")
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        self.export_button = QPushButton(self.tr("&Export CSV…"), self)
        self.export_button.setObjectName("historyExport")
        self.export_button.clicked.connect(self.export)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.rep)
        filters.addWidget(self.outcome)
        filters.addWidget(QLabel(self.tr("from"), self))
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel(self.tr("to"), self))
        filters.addWidget(self.date_to)
        filters.addWidget(self.export_button)

        self.model = CallHistoryModel(self)
        self.table = _table(self.model, self, "callHistoryTable")
        self.table.setObjectName("historyTable")
        self.counts_model = DailyCountModel(self)
        self.counts_table = _table(self.counts_model, self, "callCountsTable")
        self.counts_table.setObjectName("dailyCountsTable")
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.table, self.tr("Calls"))
        if customer_id is None:
            self.tabs.addTab(self.counts_table, self.tr("Daily counts per rep"))
        self.status = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.tabs)
        layout.addWidget(self.status)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        for combo in (self.rep, self.outcome):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(lambda _d: self.refresh())
        self.resize(1000, 560)
        self.refresh()

    def _filters(self) -> dict:
        return dict(customer_id=self.customer_id, rep_login=self.rep.currentData() or None,
                    outcome=self.outcome.currentData() or None,
                    date_from=self.date_from.date().toPython(),
                    date_to=self.date_to.date().toPython(), text=self.search.text())

    def refresh(self) -> None:
        """Query the history with the current filters."""
        try:
            filters = self._filters()
            rows = self.services.call_history.history(**filters, limit=2000)
            self.model.set_rows(rows)
            if self.customer_id is None:
                self.counts_model.set_rows(self.services.call_history.daily_counts(
                    filters["date_from"], filters["date_to"], filters["rep_login"]))
            self.status.setText(counted(self.tr("%n calls", "", len(rows)), len(rows), "%n call"))
        except CounterAppError as exc:
            self.status.setText(error_text(exc))
        self.table.resizeColumnsToContents()

    def export(self) -> None:
        """Save the calls shown (CONTRACT.md ``calls`` columns)."""
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export calls"), "calls.csv",
                                              self.tr("CSV files (*.csv)"))
        if not path:
            return
        try:
            self.export_to(path)
        except CounterAppError as exc:  # a junior may not export the calls: say so here
            self.status.setText(error_text(exc))

    def export_to(self, path: str) -> int:
        """Write the filtered calls, oldest first; returns the number of rows."""
        count = self.services.call_history.export_csv(path, actor=self.actor,
                                                rows=list(reversed(self.model.rows())))
        self.status.setText(counted(self.tr("%n calls exported to %1", "", count), count,
                                    "%n call exported to %1").replace("%1", path))
        return count
