"""Tools → Audit log…: who did what, filtered by user, customer, action and dates."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counterapp.services import Actor, Services
from counterapp.ui.audit.models import AuditModel
from counterapp.ui.common.i18n import counted
from counterapp.ui.common.messages import error_text, show_error
from counterapp.ui.common.tables import sorted_table
from counterapp.ui.operation import run_in_background

LIMIT = 500


class AuditDialog(QDialog):
    """Filters on top, entries below (newest first), CSV export of what is filtered."""

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None, *,
                 pick_customer: Callable[[QWidget], int | None] | None = None):
        """``pick_customer(parent)`` asks for a customer id (the window passes the customer
        search); without it the log is not filtered by customer."""
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self._pick_customer = pick_customer
        self.customer_id: int | None = None
        self.setObjectName("auditDialog")
        self.setWindowTitle(self.tr("Audit log"))
        self.resize(1100, 600)

        self.user_combo = QComboBox(self)
        self.user_combo.setObjectName("auditUser")
        self.user_combo.addItem(self.tr("Everybody"), "")
        # From the log itself: people whose user row is gone are still listed.
        for login, name in services.audit.people():
            self.user_combo.addItem(f"{name} ({login})" if name else login, login)
        self.action_combo = QComboBox(self)
        self.action_combo.setObjectName("auditAction")
        self.action_combo.addItem(self.tr("All actions"), "")
        for action in services.audit.actions():
            self.action_combo.addItem(action, action)
        self.customer_button = QPushButton(self.tr("Any customer…"), self)
        self.customer_button.setObjectName("auditCustomer")
        self.customer_button.clicked.connect(self._choose_customer)
        self.customer_button.setVisible(pick_customer is not None)
        self.from_check = QCheckBox(self.tr("&From"), self)
        self.from_date = QDateEdit(QDate.currentDate().addDays(-30), self)
        self.from_date.setObjectName("auditFrom")
        self.from_date.setCalendarPopup(True)
        self.to_check = QCheckBox(self.tr("&To"), self)
        self.to_date = QDateEdit(QDate.currentDate(), self)
        self.to_date.setObjectName("auditTo")
        self.to_date.setCalendarPopup(True)
        search = QPushButton(self.tr("&Search (Enter)"), self)
        search.setObjectName("auditSearchButton")
        search.setDefault(True)
        search.clicked.connect(self.refresh)
        verify = QPushButton(self.tr("&Check integrity"), self)
        verify.setObjectName("auditVerifyButton")
        verify.setToolTip(self.tr("Check that no entry was changed or removed since it was "
                                  "written (the same as 'counterapp audit verify')"))
        verify.clicked.connect(self.verify)
        export = QPushButton(self.tr("&Export CSV…"), self)
        export.setObjectName("auditExportButton")
        export.clicked.connect(self.export)

        self.model = AuditModel(self)
        self.proxy, self.table = sorted_table(self.model, self, "auditTable")
        self.table.sortByColumn(AuditModel.COL_AT, Qt.SortOrder.DescendingOrder)
        self.status = QLabel(self)
        self.status.setObjectName("auditStatus")

        filters = QGridLayout()
        filters.addWidget(QLabel(self.tr("User:"), self), 0, 0)
        filters.addWidget(self.user_combo, 0, 1)
        filters.addWidget(QLabel(self.tr("Action:"), self), 0, 2)
        filters.addWidget(self.action_combo, 0, 3)
        filters.addWidget(self.customer_button, 0, 4)
        filters.addWidget(self.from_check, 1, 0)
        filters.addWidget(self.from_date, 1, 1)
        filters.addWidget(self.to_check, 1, 2)
        filters.addWidget(self.to_date, 1, 3)
        filters.addWidget(search, 1, 4)
        filters.setColumnStretch(5, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(verify)
        bottom.addWidget(export)
        close = QPushButton(self.tr("Close (Esc)"), self)
        close.clicked.connect(self.accept)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self._operation = None
        self.refresh()

    def filters(self) -> dict:
        """The current filters as ``AuditService.search`` keyword arguments."""
        return dict(
            user=self.user_combo.currentData() or None,
            action=self.action_combo.currentData() or None,
            customer_id=self.customer_id,
            date_from=self.from_date.date().toPython() if self.from_check.isChecked() else None,
            date_to=self.to_date.date().toPython() if self.to_check.isChecked() else None)

    def refresh(self) -> None:
        """Run the search with the current filters."""
        try:
            rows = self.services.audit.search(self.actor, limit=LIMIT, **self.filters())
        except Exception as exc:  # noqa: BLE001 (shown in the dialog, which stays open)
            self.status.setText(error_text(exc))
            self.model.set_rows([])
            return
        self.model.set_rows(rows)
        text = counted(self.tr("%n entries", "", len(rows)), len(rows), "%n entry")
        if len(rows) >= LIMIT:
            text = self.tr("Newest %1 entries; narrow the filters or export to see all.") \
                .replace("%1", str(LIMIT))
        self.status.setText(text)

    def _choose_customer(self) -> None:
        customer_id = self._pick_customer(self)
        self.customer_id = customer_id
        if customer_id is None:
            self.customer_button.setText(self.tr("Any customer…"))
        else:
            detail = self.services.customers.get(customer_id)
            self.customer_button.setText(f"{detail.code} – {detail.name}")
        self.refresh()

    def verify(self) -> None:
        """Walk the log's hash chain (off the UI thread) and say what was found."""
        self._operation = run_in_background(
            lambda progress: self.services.audit.verify(), parent=self,
            title=self.tr("Checking the audit log…"), success=self._show_verdict,
            failure=lambda exc: show_error(self, exc, self.tr("Audit log")))

    def _show_verdict(self, report) -> None:
        if report.intact:
            self.status.setText(self.tr("Audit log intact: %1 entries.")
                                .replace("%1", str(report.entries)))
            return
        if report.break_id is not None:
            text = self.tr("Audit log broken at entry %1 (%2): %3").replace(
                "%1", str(report.break_id)).replace(
                "%2", str(report.break_at or "")).replace("%3", report.problem)
        elif report.problem:
            text = self.tr("Audit log broken: %1").replace("%1", report.problem)
        else:
            text = self.tr("Audit log unprotected: triggers missing: %1").replace(
                "%1", ", ".join(report.missing_triggers))
        self.status.setText(text)

    def export(self) -> None:
        """Write every entry matching the filters to a CSV file (off the UI thread)."""
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export audit log"), "audit.csv",
                                              self.tr("CSV files (*.csv)"))
        if not path:
            return
        filters = self.filters()
        self._operation = run_in_background(
            lambda progress: self.services.audit.export_csv(self.actor, path, **filters),
            parent=self, title=self.tr("Exporting the audit log…"),
            success=lambda count: self.status.setText(
                counted(self.tr("%n entries written to %1", "", count), count,
                        "%n entry written to %1").replace("%1", path)),
            failure=lambda exc: show_error(self, exc, self.tr("Audit log")))
