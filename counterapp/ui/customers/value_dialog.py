"""Customers → Most valuable customers: revenue and gross margin over the last months."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from counterapp.services import Services
from counterapp.ui.common.i18n import counted
from counterapp.ui.common.messages import error_text
from counterapp.ui.common.tables import sorted_table
from counterapp.ui.customers.models import ValueModel, money_text
from counterapp.ui.operation import run_in_background


class MostValuableDialog(QDialog):
    """The top customers by net revenue, computed by the database off the UI thread.

    Signals:
        customer_requested(int): the user double-clicked a customer to open it.
    """

    customer_requested = Signal(int)

    def __init__(self, services: Services, parent: QWidget | None = None, months: int = 12,
                 limit: int = 50):
        super().__init__(parent)
        self.services = services
        self.limit = limit
        self.setObjectName("mostValuableDialog")
        self.setWindowTitle(self.tr("Most valuable customers"))
        self.resize(900, 560)
        self.months_spin = QSpinBox(self)
        self.months_spin.setObjectName("valueMonths")
        self.months_spin.setRange(1, 120)
        self.months_spin.setValue(months)
        self.months_spin.setSuffix(self.tr(" months"))
        refresh = QPushButton(self.tr("&Refresh (F5)"), self)
        refresh.setObjectName("valueRefresh")
        refresh.setShortcut("F5")
        refresh.clicked.connect(self.refresh)
        self.model = ValueModel(self)
        self.proxy, self.table = sorted_table(self.model, self, "valueTable",
                                              stretch_column=ValueModel.COL_NAME)
        self.table.doubleClicked.connect(self._open)
        self.status = QLabel(self)
        self.status.setObjectName("valueStatus")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Period: last"), self))
        top.addWidget(self.months_spin)
        top.addWidget(refresh)
        top.addStretch(1)
        close = QPushButton(self.tr("Close (Esc)"), self)
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.operation = None
        self.refresh()

    def refresh(self) -> None:
        """Recompute in the background; the table fills when the database answers."""
        months, limit = self.months_spin.value(), self.limit
        self.status.setText(self.tr("Computing…"))
        self.operation = run_in_background(
            lambda progress: self.services.customer_reports.most_valuable(months=months, limit=limit),
            parent=self, success=self._show, show_progress=False,
            failure=lambda exc: self.status.setText(error_text(exc)))

    def _show(self, rows) -> None:
        self.model.set_rows(rows)
        self.proxy.sort(-1)
        total = sum((r.revenue for r in rows), start=0)
        self.status.setText(counted(self.tr("%n customers, %1 net revenue", "", len(rows)), len(rows),
                                    "%n customer, %1 net revenue").replace("%1", money_text(total)))

    def _open(self, index) -> None:
        row = self.model.row_at(self.proxy.mapToSource(index).row())
        if row is not None:
            self.customer_requested.emit(row.customer_id)
