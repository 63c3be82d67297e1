"""The delivery check: orders past their promised date with no delivery confirmation.

"Create follow-ups" gives the rep of each late order a task (once per order: running it
again creates nothing new).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counterapp.ui.common.messages import error_text
from counterapp.ui.queue.queue_model import method_label, status_label


class DeliveryCheckDialog(QDialog):
    """Late deliveries and the button that turns them into follow-up tasks."""

    def __init__(self, services, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.session = session
        self.setObjectName("deliveryCheckDialog")
        self.setWindowTitle(self.tr("Late deliveries"))
        self.resize(900, 480)
        self.summary = QLabel(self)
        self.summary.setObjectName("deliveryCheckSummary")
        self.table = QTableWidget(0, 7, self)
        self.table.setObjectName("lateTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Order"), self.tr("Customer"), self.tr("Promised"), self.tr("Days late"),
            self.tr("Status"), self.tr("Method"), self.tr("Rep")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.create_button = QPushButton(self.tr("Create follow-up tasks (Ctrl+T)"), self)
        self.create_button.setObjectName("createFollowUpsButton")
        self.create_button.setShortcut("Ctrl+T")
        self.create_button.clicked.connect(self.create_follow_ups)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.load()

    def load(self) -> None:
        """Read the late shipments."""
        rows = self.services.shipping.late_shipments()
        today = self.services.ctx.now().date()
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            days = (today - row.promised_date).days if row.promised_date else 0
            values = (row.order_number, row.customer_name, row.promised_date.strftime("%d/%m/%Y")
                      if row.promised_date else "", str(days), status_label(row.status),
                      method_label(row.method), row.rep_login)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(index, column, item)
        self.summary.setText(self.tr("%1 orders are past their promised date.")
                             .replace("%1", str(len(rows))) if rows
                             else self.tr("No late deliveries."))
        self.create_button.setEnabled(bool(rows))

    def create_follow_ups(self) -> None:
        """Create the missing follow-up tasks (idempotent)."""
        try:
            result = self.services.shipping.run_delivery_check(self.session.actor)
        except Exception as exc:  # noqa: BLE001 (shown to the clerk)
            self.summary.setText(error_text(exc))
            return
        self.load()
        self.summary.setText(self.tr("%1 late orders: %2 new follow-up tasks, %3 already existed.")
                             .replace("%1", str(len(result.rows)))
                             .replace("%2", str(result.tasks_created))
                             .replace("%3", str(len(result.rows) - result.tasks_created)))
