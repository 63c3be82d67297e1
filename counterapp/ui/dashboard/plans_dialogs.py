"""The manager's quotas and commission plans dialogs (thin views over ``PlansController``).

Both import CSV the way Tools ▸ Import/Export does: a file, Import off the UI thread, the
report line by line; a file with a bad row imports nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counterapp.domain.commission import BASES, BASIS_NET
from counterapp.domain.permissions import Role
from counterapp.services import Services
from counterapp.services.performance import PlanInput
from counterapp.ui.common import palette
from counterapp.ui.common.controller import ControllerTexts
from counterapp.ui.common.formatting import ui_locale
from counterapp.ui.common.i18n import counted, translate
from counterapp.ui.common.messages import error_text
from counterapp.ui.common.tables import current_row, sorted_table
from counterapp.ui.dashboard.controller import month_name
from counterapp.ui.dashboard.controller_plans import PlansController, SaveResult
from counterapp.ui.dashboard.plans_model import PlansModel, basis_text
from counterapp.ui.operation import run_in_background
from counterapp.ui.session import Session


class _CsvImport(QWidget):
    """A CSV file, an Import button and the report (the import dialog's pattern)."""

    def __init__(self, run, done, parent: QWidget):
        super().__init__(parent)
        self._run, self._done = run, done
        self.file_edit = QLineEdit(self)
        self.file_edit.setObjectName("csvFile")
        self.file_edit.setPlaceholderText(self.tr("A CSV file (UTF-8, comma-separated, header)"))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        self.import_button = QPushButton(self.tr("&Import CSV"), self)
        self.import_button.setObjectName("csvImportButton")
        self.import_button.clicked.connect(self.start)
        self.report = QPlainTextEdit(self)
        self.report.setObjectName("csvReport")
        self.report.setReadOnly(True)
        self.report.setMaximumHeight(90)
        row = QHBoxLayout()
        row.addWidget(self.file_edit, 1)
        row.addWidget(browse)
        row.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.report)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a CSV file"), "",
                                              self.tr("CSV files (*.csv);;All files (*)"))
        if path:
            self.file_edit.setText(path)

    def start(self) -> None:
        """Import the file off the UI thread, then show the report."""
        path = self.file_edit.text().strip()
        if not path:
            self.report.setPlainText(self.tr("Choose a file first."))
            return
        self.import_button.setEnabled(False)
        run_in_background(lambda _progress: self._run(path), parent=self,
                          success=self._show, failure=self._failed,
                          title=self.tr("Importing…"))

    def _show(self, report) -> None:
        self.import_button.setEnabled(True)
        if report.written:
            head = counted(self.tr("%n rows imported.", "", report.rows_valid), report.rows_valid,
                           "%n row imported.")
        else:
            head = self.tr("Nothing was imported: %1 problems.").replace(
                "%1", str(report.problem_count))
        self.report.setPlainText("\n".join([head, *report.lines()]))
        self._done()

    def _failed(self, exc: BaseException) -> None:
        self.import_button.setEnabled(True)
        self.report.setPlainText(error_text(exc))


def _say(label: QLabel, result: SaveResult, ok_text: str) -> None:
    label.setText(result.error or ok_text)
    palette.style_message(label, "error" if result.error else "ok")


class QuotasDialog(QDialog):
    """One month's quota per rep: type targets, copy last month's, or import a CSV."""

    def __init__(self, services: Services, session: Session, month: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("quotasDialog")
        self.month = month
        self.controller = PlansController(services, session,
                                          ControllerTexts(translate, error_text, ui_locale))
        self.setWindowTitle(self.tr("Quotas – %1").replace(
            "%1", month_name(month, ui_locale(), year=True)))
        self.resize(560, 520)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("quotasTable")
        self.table.setHorizontalHeaderLabels([self.tr("Rep"), self.tr("Name"),
                                              self.tr("Target (€)")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.message = QLabel(self)
        self.message.setObjectName("quotasMessage")
        self.message.setWordWrap(True)
        copy = QPushButton(self.tr("&Copy last month"), self)
        copy.setObjectName("copyQuotasButton")
        copy.clicked.connect(self.copy_last_month)
        save = QPushButton(self.tr("&Save"), self)
        save.setObjectName("saveQuotasButton")
        save.clicked.connect(self.save)
        close = QPushButton(self.tr("Close (Esc)"), self)
        close.clicked.connect(self.accept)
        self.csv = _CsvImport(
            lambda path: services.performance.import_quotas(path, actor=session.actor),
            self.reload, self)
        buttons = QHBoxLayout()
        for button in (copy, save):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("Import quotas (rep, month, target):"), self))
        layout.addWidget(self.csv)
        self.lines = []
        self.reload()

    def reload(self) -> None:
        """List the month's reps and targets again."""
        self.lines = self.controller.quota_lines(self.month)
        self.table.setRowCount(len(self.lines))
        for row, line in enumerate(self.lines):
            for column, text in enumerate((line.login, line.display_name,
                                           self.controller.target_text(line))):
                item = QTableWidgetItem(text)
                if column < 2:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                else:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()

    def typed(self) -> dict[str, str]:
        """Login → the target text in the table."""
        return {self.table.item(r, 0).text(): self.table.item(r, 2).text()
                for r in range(self.table.rowCount())}

    def save(self) -> None:
        """Write the changed targets."""
        result = self.controller.save_quotas(self.month, self.typed(), self.lines)
        _say(self.message, result, counted(self.tr("%n quotas saved.", "", result.saved),
                                              result.saved, "%n quota saved."))
        if not result.error:
            self.reload()

    def copy_last_month(self) -> None:
        """Last month's targets for the reps without one."""
        result = self.controller.copy_last_month(self.month)
        _say(self.message, result,
             counted(self.tr("%n quotas copied from last month.", "", result.saved),
                     result.saved, "%n quota copied from last month."))
        self.reload()


class PlansDialog(QDialog):
    """The commission plans: the list, a form to add or change one, CSV import."""

    def __init__(self, services: Services, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("plansDialog")
        self.setWindowTitle(self.tr("Commission plans"))
        self.resize(900, 600)
        self.controller = PlansController(services, session,
                                          ControllerTexts(translate, error_text, ui_locale))
        self.plan_id: int | None = None
        self.model = PlansModel(self)
        _proxy, self.table = sorted_table(self.model, self, "plansTable", stretch_column=4,
                                          single_selection=True)
        self.table.clicked.connect(lambda _i: self._edit_selected())
        self.table.activated.connect(lambda _i: self._edit_selected())
        self.role = QComboBox(self)
        self.role.setObjectName("planRole")
        self.role.addItem(self.tr("(one rep)"), "")
        for role in Role:
            self.role.addItem(role.value, role.value)
        self.rep = QLineEdit(self)
        self.rep.setObjectName("planRep")
        self.valid_from = QDateEdit(QDate.currentDate(), self)
        self.valid_from.setObjectName("planValidFrom")
        self.valid_from.setCalendarPopup(True)
        self.valid_from.setDisplayFormat("dd/MM/yyyy")  # the formatter's date, 4-digit year
        self.base_pay = QLineEdit("0", self)
        self.base_pay.setObjectName("planBasePay")
        self.basis = QComboBox(self)
        self.basis.setObjectName("planBasis")
        for basis in BASES:
            self.basis.addItem(basis_text(basis), basis)
        self.tiers = QLineEdit("0:3;100:5;120:7", self)
        self.tiers.setObjectName("planTiers")
        self.tiers.setToolTip(self.tr("Bands from a % of quota: rate %, e.g. 0:3;100:5;120:7 "
                                      "(3 % up to quota, 5 % to 120 %, 7 % above)"))
        self.quota_bonus = QLineEdit("0", self)
        self.quota_bonus.setObjectName("planQuotaBonus")
        self.account_bonus = QLineEdit("0", self)
        self.account_bonus.setObjectName("planNewAccountBonus")
        form = QFormLayout()
        for text, widget in ((self.tr("&Role:"), self.role), (self.tr("Or r&ep (login):"),
                                                              self.rep),
                             (self.tr("&Valid from:"), self.valid_from),
                             (self.tr("&Base pay:"), self.base_pay),
                             (self.tr("B&asis:"), self.basis), (self.tr("&Tiers:"), self.tiers),
                             (self.tr("&Quota bonus:"), self.quota_bonus),
                             (self.tr("&New-account bonus:"), self.account_bonus)):
            form.addRow(text, widget)
        self.message = QLabel(self)
        self.message.setObjectName("plansMessage")
        self.message.setWordWrap(True)
        new = QPushButton(self.tr("Ne&w"), self)
        new.clicked.connect(self.clear)
        save = QPushButton(self.tr("&Save plan"), self)
        save.setObjectName("savePlanButton")
        save.clicked.connect(self.save)
        delete = QPushButton(self.tr("&Delete plan"), self)
        delete.setObjectName("deletePlanButton")
        delete.clicked.connect(self.delete)
        close = QPushButton(self.tr("Close (Esc)"), self)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for button in (new, save, delete):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        self.csv = _CsvImport(
            lambda path: services.performance.import_plans(path, actor=session.actor),
            self.reload, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("Import plans (role, rep, valid_from, base_pay, basis, "
                                        "tiers, quota_bonus, new_account_bonus):"), self))
        layout.addWidget(self.csv)
        self.reload()

    def reload(self) -> None:
        """List the plans again."""
        self.model.set_rows(self.controller.plans())

    def clear(self) -> None:
        """A new plan: an empty form."""
        self.plan_id = None
        self.table.clearSelection()
        self.rep.clear()
        self.message.clear()

    def _edit_selected(self) -> None:
        row = current_row(self.table)
        if row is None:
            return
        self.plan_id = row.id
        self.role.setCurrentIndex(max(0, self.role.findData(row.role)))
        self.rep.setText(row.rep)
        self.valid_from.setDate(QDate(row.valid_from.year, row.valid_from.month,
                                      row.valid_from.day))
        self.base_pay.setText(str(row.base_pay))
        self.basis.setCurrentIndex(max(0, self.basis.findData(row.basis)))
        self.tiers.setText(row.tiers)
        self.quota_bonus.setText(str(row.quota_bonus))
        self.account_bonus.setText(str(row.new_account_bonus))

    def data(self) -> PlanInput:
        """The form as the service takes it."""
        return PlanInput(valid_from=self.valid_from.date().toPython(),
                         role=self.role.currentData() or "", rep=self.rep.text(),
                         base_pay=self.base_pay.text(), basis=self.basis.currentData()
                         or BASIS_NET, tiers=self.tiers.text(),
                         quota_bonus=self.quota_bonus.text(),
                         new_account_bonus=self.account_bonus.text())

    def save(self) -> None:
        """Add the plan, or change the one selected."""
        result = self.controller.save_plan(self.data(), self.plan_id)
        _say(self.message, result, self.tr("Plan saved."))
        if not result.error:
            self.plan_id = None
            self.reload()

    def delete(self) -> None:
        """Delete the selected plan."""
        if self.plan_id is None:
            return
        result = self.controller.delete_plan(self.plan_id)
        _say(self.message, result, self.tr("Plan deleted."))
        if not result.error:
            self.clear()
            self.reload()


__all__ = ["PlansDialog", "QuotasDialog"]
