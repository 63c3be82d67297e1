"""The delivery check: orders past their promised date with no delivery confirmation.

"Create follow-ups" gives the rep of each late order a task (once per order: running it
again creates nothing new).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counterapp.domain.formatting import format_date
from counterapp.ui.common import palette
from counterapp.ui.common.controller import ControllerTexts
from counterapp.ui.common.formatting import ui_locale
from counterapp.ui.common.i18n import translate, translate_n
from counterapp.ui.common.messages import error_text
from counterapp.ui.common.rows_model import RIGHT, Column, RowsModel
from counterapp.ui.common.tables import sorted_table
from counterapp.ui.queue.controller_reports import DeliveryCheck, LateState
from counterapp.ui.queue.queue_model import method_label, status_label


class LateModel(RowsModel):
    """Late shipments (``LateShipmentRow``) with how many days past their promised date."""

    CONTEXT = "DeliveryCheckDialog"
    (COL_ORDER, COL_CUSTOMER, COL_PROMISED, COL_DAYS, COL_STATUS, COL_METHOD,
     COL_REP) = range(7)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.today = dt.date.today()
        self.COLUMNS = (
            Column(QT_TRANSLATE_NOOP("DeliveryCheckDialog", "Order"), lambda r: r.order_number),
            Column(QT_TRANSLATE_NOOP("DeliveryCheckDialog", "Customer"),
                   lambda r: r.customer_name),
            Column(QT_TRANSLATE_NOOP("DeliveryCheckDialog", "Promised"),
                   lambda r: format_date(r.promised_date, ui_locale()) if r.promised_date else "",
                   lambda r: r.promised_date or dt.date.min),
            Column(QT_TRANSLATE_NOOP("DeliveryCheckDialog", "Days late"),
                   lambda r: str(self.days_late(r)), self.days_late, RIGHT),
            Column(QT_TRANSLATE_NOOP("DeliveryCheckDialog", "Status"),
                   lambda r: status_label(r.status)),
            Column(QT_TRANSLATE_NOOP("DeliveryCheckDialog", "Method"),
                   lambda r: method_label(r.method)),
            Column(QT_TRANSLATE_NOOP("DeliveryCheckDialog", "Rep"), lambda r: r.rep_login),
        )

    def days_late(self, row) -> int:
        """Days between the promised date and ``today`` (0 without a promise)."""
        return (self.today - row.promised_date).days if row.promised_date else 0

    def colour(self, row, column):
        return palette.colour(palette.LATE) if column == self.COL_DAYS else None


class DeliveryCheckDialog(QDialog):
    """Late deliveries and the button that turns them into follow-up tasks."""

    def __init__(self, services, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.session = session
        self.check = DeliveryCheck(services, session,
                                   ControllerTexts(translate, error_text, ui_locale, translate_n))
        self.setObjectName("deliveryCheckDialog")
        self.setWindowTitle(self.tr("Late deliveries"))
        self.resize(900, 480)
        self.summary = QLabel(self)
        self.summary.setObjectName("deliveryCheckSummary")
        self.model = LateModel(self)
        self.proxy, self.table = sorted_table(self.model, self, "lateTable",
                                              stretch_column=LateModel.COL_CUSTOMER)
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
        self._paint(self.check.load())

    def create_follow_ups(self) -> None:
        """Create the missing follow-up tasks (idempotent)."""
        self._paint(self.check.create_follow_ups())

    def _paint(self, state: LateState) -> None:
        self.model.today = state.today
        self.model.set_rows(list(state.rows))
        self.summary.setText(state.summary)
        self.create_button.setEnabled(state.can_create)
