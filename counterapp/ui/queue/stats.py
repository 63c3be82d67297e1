"""On-time delivery rate per period, method, carrier, driver, rep or account; CSV export."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counterapp.ui.common.background import qt_runner
from counterapp.ui.common.controller import ControllerTexts
from counterapp.ui.common.formatting import ui_locale
from counterapp.ui.common.i18n import translate
from counterapp.ui.common.messages import error_text
from counterapp.ui.common.rows_model import RIGHT, Column, RowsModel
from counterapp.ui.common.tables import sorted_table
from counterapp.ui.queue.controller_reports import OnTimeReport, OnTimeState
from counterapp.ui.queue.queue_model import method_label

GROUPS = (
    ("period", QT_TRANSLATE_NOOP("OnTimeStats", "Month")),
    ("method", QT_TRANSLATE_NOOP("OnTimeStats", "Method")),
    ("carrier", QT_TRANSLATE_NOOP("OnTimeStats", "Courier")),
    ("driver", QT_TRANSLATE_NOOP("OnTimeStats", "Driver")),
    ("rep", QT_TRANSLATE_NOOP("OnTimeStats", "Rep")),
    ("account", QT_TRANSLATE_NOOP("OnTimeStats", "Account")),
)


class OnTimeModel(RowsModel):
    """``OnTimeRow`` per group: delivered, on time, late, on-time rate.

    The first column is named after the grouping (``set_group``).
    """

    CONTEXT = "OnTimeStatsDialog"
    COL_GROUP, COL_DELIVERED, COL_ON_TIME, COL_LATE, COL_RATE = range(5)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.group_key = "period"
        self.group_title = ""
        self.COLUMNS = (
            Column(QT_TRANSLATE_NOOP("OnTimeStatsDialog", "Group"), self._label),
            Column(QT_TRANSLATE_NOOP("OnTimeStatsDialog", "Delivered"), lambda r: str(r.delivered),
                   lambda r: r.delivered, RIGHT),
            Column(QT_TRANSLATE_NOOP("OnTimeStatsDialog", "On time"), lambda r: str(r.on_time),
                   lambda r: r.on_time, RIGHT),
            Column(QT_TRANSLATE_NOOP("OnTimeStatsDialog", "Late"), lambda r: str(r.late),
                   lambda r: r.late, RIGHT),
            Column(QT_TRANSLATE_NOOP("OnTimeStatsDialog", "On-time %"), lambda r: f"{r.rate}",
                   lambda r: r.rate, RIGHT),
        )

    def set_group(self, key: str, title: str) -> None:
        """The grouping the next rows are by: its key and its (translated) column title."""
        self.group_key, self.group_title = key, title
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 0)

    def _label(self, row) -> str:
        label = method_label(row.label) if self.group_key == "method" else row.label
        return label or QCoreApplication.translate("OnTimeStatsDialog", "(none)")

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if (section == self.COL_GROUP and orientation == Qt.Orientation.Horizontal
                and role == Qt.ItemDataRole.DisplayRole and self.group_title):
            return self.group_title
        return super().headerData(section, orientation, role)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class OnTimeStatsDialog(QDialog):
    """Delivered orders and how many arrived by the end of their promised day."""

    def __init__(self, services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.rows = []
        self.setObjectName("onTimeStatsDialog")
        self.setWindowTitle(self.tr("On-time delivery"))
        self.resize(640, 420)
        today = services.ctx.now().date()
        self.group = QComboBox(self)
        self.group.setObjectName("statsGroup")
        for key, label in GROUPS:
            self.group.addItem(QCoreApplication.translate("OnTimeStats", label), key)
        self.date_from = QDateEdit(_qdate(today.replace(day=1) - dt.timedelta(days=90)), self)
        self.date_from.setObjectName("statsFrom")
        self.date_to = QDateEdit(_qdate(today), self)
        self.date_to.setObjectName("statsTo")
        for edit in (self.date_from, self.date_to):
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setCalendarPopup(True)
            edit.dateChanged.connect(self.load)
        self.group.currentIndexChanged.connect(self.load)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("By"), self))
        top.addWidget(self.group)
        top.addWidget(QLabel(self.tr("From"), self))
        top.addWidget(self.date_from)
        top.addWidget(QLabel(self.tr("To"), self))
        top.addWidget(self.date_to)
        top.addStretch(1)
        self.model = OnTimeModel(self)
        self.proxy, self.table = sorted_table(self.model, self, "statsTable",
                                              stretch_column=OnTimeModel.COL_GROUP)
        self.message = QLabel(self)
        self.message.setObjectName("statsMessage")
        self.export_button = QPushButton(self.tr("Export CSV… (Ctrl+S)"), self)
        self.export_button.setObjectName("statsExportButton")
        self.export_button.setShortcut("Ctrl+S")
        self.export_button.clicked.connect(self.export_csv)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.report = OnTimeReport(services, runner=qt_runner(self, show_progress=False),
                                   texts=ControllerTexts(translate, error_text, ui_locale))
        self.report.state.subscribe(self._show)
        self.load()

    def query(self) -> tuple[str, dt.date, dt.date]:
        """(group, from, to) as chosen."""
        return (self.group.currentData(), _pydate(self.date_from.date()),
                _pydate(self.date_to.date()))

    def load(self) -> None:
        """Compute the rates off the UI thread (a year of deliveries is many rows)."""
        self.report.load(*self.query())

    def _show(self, state: OnTimeState) -> None:
        self.rows = list(state.rows)
        self.model.set_group(state.group, self.group.itemText(self.group.findData(state.group)))
        self.model.set_rows(self.rows)
        self.message.setText(state.message)

    def export_csv(self, path: str | None = None) -> str:
        """Write the table as CSV (asks where unless ``path`` is given); returns the path."""
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export on-time delivery"),
                                                  "on_time.csv", self.tr("CSV files (*.csv)"))
        return self.report.export(path) if path else ""
