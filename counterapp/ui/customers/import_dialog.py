"""Tools → Import/Export…: CSV import of customers or products with a report, and exports.

The import runs off the UI thread (progress, Cancel). A file with bad rows imports
nothing; the report lists each bad row, and "Import valid rows only" is then offered.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counterapp.services import Actor, Services
from counterapp.ui.common.i18n import counted, translate
from counterapp.ui.common.messages import error_text
from counterapp.ui.operation import Cancelled, run_in_background

IMPORT_KINDS = (("customers", QT_TRANSLATE_NOOP("ImportDialog", "Customers")),
                ("products", QT_TRANSLATE_NOOP("ImportDialog", "Products")))
EXPORT_KINDS = (("orders", QT_TRANSLATE_NOOP("ImportDialog", "Orders")),
                ("calls", QT_TRANSLATE_NOOP("ImportDialog", "Calls")),
                ("customers", QT_TRANSLATE_NOOP("ImportDialog", "Customers")),
                ("products", QT_TRANSLATE_NOOP("ImportDialog", "Products")),
                ("tasks", QT_TRANSLATE_NOOP("ImportDialog", "Tasks")))



class ImportDialog(QDialog):
    """Import customers/products from CSV; export any kind to CSV.

    Signals:
        imported(object): an import wrote its rows (the ``ImportReport``).
        finished_work(): an import or export finished (success, failure or cancel).
    """

    imported = Signal(object)
    finished_work = Signal()

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.report = None
        self.operation = None
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import and export"))
        self.resize(760, 560)

        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("importKind")
        for value, label in IMPORT_KINDS:
            self.kind_combo.addItem(translate("ImportDialog", label), value)
        self.file_edit = QLineEdit(self)
        self.file_edit.setObjectName("importFile")
        self.file_edit.setPlaceholderText(self.tr("A CSV file (UTF-8, comma-separated, header)"))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        self.import_button = QPushButton(self.tr("&Import"), self)
        self.import_button.setObjectName("importButton")
        self.import_button.clicked.connect(lambda: self.start_import(valid_rows_only=False))
        self.valid_only_button = QPushButton(self.tr("Import &valid rows only"), self)
        self.valid_only_button.setObjectName("importValidOnlyButton")
        self.valid_only_button.clicked.connect(lambda: self.start_import(valid_rows_only=True))
        self.valid_only_button.hide()
        self.report_view = QPlainTextEdit(self)
        self.report_view.setObjectName("importReport")
        self.report_view.setReadOnly(True)
        self.summary = QLabel(self)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)

        import_box = QGroupBox(self.tr("Import"), self)
        row = QHBoxLayout()
        row.addWidget(self.kind_combo)
        row.addWidget(self.file_edit, 1)
        row.addWidget(browse)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.valid_only_button)
        buttons.addWidget(self.import_button)
        box = QVBoxLayout(import_box)
        box.addLayout(row)
        box.addWidget(self.report_view, 1)
        box.addLayout(buttons)

        self.export_kind = QComboBox(self)
        self.export_kind.setObjectName("exportKind")
        for value, label in EXPORT_KINDS:
            self.export_kind.addItem(translate("ImportDialog", label), value)
        self.since_check = QCheckBox(self.tr("&Since"), self)
        self.since_date = QDateEdit(QDate.currentDate().addMonths(-1), self)
        self.since_date.setObjectName("exportSince")
        self.since_date.setCalendarPopup(True)
        self.export_button = QPushButton(self.tr("&Export…"), self)
        self.export_button.setObjectName("exportButton")
        self.export_button.clicked.connect(self._choose_export_file)
        export_box = QGroupBox(self.tr("Export"), self)
        ex = QHBoxLayout(export_box)
        ex.addWidget(self.export_kind)
        ex.addWidget(self.since_check)
        ex.addWidget(self.since_date)
        ex.addStretch(1)
        ex.addWidget(self.export_button)

        close = QPushButton(self.tr("Close (Esc)"), self)
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(import_box, 1)
        layout.addWidget(export_box)
        layout.addLayout(bottom)

    # -- import ------------------------------------------------------------------------------
    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a CSV file"), "",
                                              self.tr("CSV files (*.csv);;All files (*)"))
        if path:
            self.file_edit.setText(path)

    def _busy(self, busy: bool) -> None:
        for widget in (self.import_button, self.valid_only_button, self.export_button):
            widget.setEnabled(not busy)

    def start_import(self, valid_rows_only: bool = False) -> None:
        """Import the chosen file off the UI thread."""
        path = self.file_edit.text().strip()
        if not path:
            self.summary.setText(self.tr("Choose a file first."))
            return
        kind = self.kind_combo.currentData()
        run = (self.services.csv.import_customers if kind == "customers"
               else self.services.csv.import_products)
        actor = self.actor

        def work(progress):
            return run(path, actor=actor, valid_rows_only=valid_rows_only,
                       progress=lambda done, total: progress.report(
                           done, total, QCoreApplication.translate("ImportDialog", "Importing…")),
                       cancelled=lambda: progress.cancelled)

        self._busy(True)
        self.summary.setText(self.tr("Reading and checking the file…"))
        self.operation = run_in_background(work, parent=self, success=self._show_report,
                                           failure=self._failed,
                                           title=self.tr("Importing…"))

    def _show_report(self, report) -> None:
        self.report = report
        self._busy(False)
        self.report_view.setPlainText("\n".join(report.lines()))
        if report.written:
            self.summary.setText(
                self.tr("%1 of %2 rows imported: %3 created, %4 updated.")
                .replace("%1", str(report.rows_valid)).replace("%2", str(report.rows_total))
                .replace("%3", str(report.created)).replace("%4", str(report.updated)))
            self.valid_only_button.hide()
            self.imported.emit(report)
        elif report.problems:
            self.summary.setText(
                self.tr("Nothing was imported: %1 problems; %2 of %3 rows are valid.")
                .replace("%1", str(report.problem_count)).replace("%2", str(report.rows_valid))
                .replace("%3", str(report.rows_total)))
            self.valid_only_button.setVisible(report.rows_valid > 0)
        else:
            self.summary.setText(self.tr("The file has no rows to import."))
        self.finished_work.emit()

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        if isinstance(exc, Cancelled) or type(exc).__name__ == "ImportCancelled":
            self.summary.setText(self.tr("Cancelled: nothing was imported."))
        else:
            self.summary.setText(error_text(exc))
        self.finished_work.emit()

    # -- export ------------------------------------------------------------------------------
    def _choose_export_file(self) -> None:
        kind = self.export_kind.currentData()
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to CSV"), f"{kind}.csv",
                                              self.tr("CSV files (*.csv)"))
        if path:
            self.start_export(path)

    def start_export(self, path: str) -> None:
        """Export the chosen kind to ``path`` off the UI thread."""
        kind = self.export_kind.currentData()
        since = self.since_date.date().toPython() if self.since_check.isChecked() else None
        self._busy(True)
        self.operation = run_in_background(
            lambda progress: self.services.csv.export(kind, path, since=since, actor=self.actor),
            parent=self,
            title=self.tr("Exporting…"),
            success=lambda count: self._exported(count, path), failure=self._failed)

    def _exported(self, count: int, path: str) -> None:
        self._busy(False)
        self.summary.setText(counted(self.tr("%n rows written to %1", "", count), count,
                                     "%n row written to %1").replace("%1", path))
        self.finished_work.emit()
