"""The dashboard panel (F5): "My month" with its chart, the leaderboard, the month's close.

A thin view over ``DashboardController``: it paints the state and forwards picks and
clicks. The manager's commands (close, reopen, statement, export, quotas, plans) are
``make_action``s: disabled, with the reason in the tooltip, for anyone else.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from counterapp.domain.permissions import Action
from counterapp.services import Services
from counterapp.ui.common import palette
from counterapp.ui.common.actions import make_action
from counterapp.ui.common.controller import ControllerTexts
from counterapp.ui.common.formatting import ui_locale
from counterapp.ui.common.i18n import translate, translate_n
from counterapp.ui.common.messages import error_text
from counterapp.ui.common.print_preview import PrintFailed, PrintPreviewDialog
from counterapp.ui.common.printing import make_printer, print_pdf
from counterapp.ui.common.tables import current_row, sorted_table
from counterapp.ui.dashboard.chart import MonthChart
from counterapp.ui.dashboard.controller import DashboardController, DashboardState
from counterapp.ui.dashboard.leaderboard_model import LeaderboardModel
from counterapp.ui.dashboard.plans_dialogs import PlansDialog, QuotasDialog
from counterapp.ui.dashboard.runner import closing_runner
from counterapp.ui.session import Session


class DashboardPanel(QWidget):
    """Month picker, "My month" (summary and chart), leaderboard, the manager's commands."""

    def __init__(self, services: Services, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.services, self.session = services, session
        self.setObjectName("dashboardPanel")
        self.controller = DashboardController(
            services, session, runner=closing_runner(self, services.ctx.db),
            texts=ControllerTexts(translate, error_text, ui_locale, translate_n))
        self._build()
        self.controller.state.subscribe(self._paint)
        # Read when shown, not at each login: most logins never open the dashboard.
        session.user_changed.connect(lambda _actor: self.controller.load(read=self.isVisible()))

    # -- layout ------------------------------------------------------------------------------
    def _build(self) -> None:
        # Mnemonics: none of the menu bar's (F V S P I U T H) nor each other's.
        self.month_picker = QComboBox(self)
        self.month_picker.setObjectName("monthPicker")
        self.month_picker.activated.connect(
            lambda i: self.controller.pick_month(self.month_picker.itemData(i)))
        self.scope_picker = QComboBox(self)
        self.scope_picker.setObjectName("leaderboardScope")
        self.scope_picker.activated.connect(
            lambda i: self.controller.pick_scope(self.scope_picker.itemData(i)))
        self.status_label = QLabel(self)
        self.status_label.setObjectName("monthStatus")
        month_label = QLabel(self.tr("&Month:"), self)
        month_label.setBuddy(self.month_picker)
        scope_label = QLabel(self.tr("Sho&w:"), self)
        scope_label.setBuddy(self.scope_picker)
        self.public_box = QCheckBox(self.tr("Reps see each other's figures"), self)
        self.public_box.setObjectName("leaderboardPublic")
        self.public_action = make_action(
            self, self.public_box.text(), slot=lambda: self.controller.set_public(
                self.public_box.isChecked()), object_name="leaderboardPublicAction",
            permission=Action.CHANGE_SETTINGS, session=self.session, button=self.public_box)
        top = QHBoxLayout()
        for widget in (month_label, self.month_picker, scope_label, self.scope_picker,
                       self.public_box, self.status_label):
            top.addWidget(widget)
        top.addStretch(1)

        self.summary = QLabel(self)
        self.summary.setObjectName("myMonthSummary")
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.chart = MonthChart(self)
        self.model = LeaderboardModel(self)
        _proxy, self.table = sorted_table(self.model, self, "leaderboardTable",
                                          stretch_column=0, single_selection=True)
        self.table.activated.connect(lambda _index: self._pick_rep())
        self.table.clicked.connect(lambda _index: self._pick_rep())

        upper = QWidget(self)
        upper_layout = QHBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.summary, 2)
        upper_layout.addWidget(self.chart, 3)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(upper)
        splitter.addWidget(self.table)

        self.message = QLabel(self)
        self.message.setObjectName("dashboardMessage")
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        self.commands = {}
        for name, text, slot, permission in (
                ("closeMonthAction", self.tr("&Close month…"), self.close_month,
                 Action.CLOSE_MONTH),
                ("reopenMonthAction", self.tr("&Reopen month…"), self.reopen_month,
                 Action.CLOSE_MONTH),
                ("statementAction", self.tr("Stat&ement…"), self.statement,
                 Action.EXPORT_PERFORMANCE),
                ("allStatementsAction", self.tr("&All statements…"), self.save_statements,
                 Action.EXPORT_PERFORMANCE),
                ("exportPerformanceAction", self.tr("E&xport CSV…"), self.export_csv,
                 Action.EXPORT_PERFORMANCE),
                ("quotasAction", self.tr("&Quotas…"), self.open_quotas,
                 Action.EDIT_COMMISSION),
                ("plansAction", self.tr("Pla&ns…"), self.open_plans, Action.EDIT_COMMISSION)):
            button = QToolButton(self)
            button.setObjectName(name.replace("Action", "Button"))
            button.setText(text)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.commands[name] = make_action(self, text, slot=slot, object_name=name,
                                              permission=permission, session=self.session,
                                              button=button)
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def minimumSizeHint(self):  # noqa: N802 (Qt override)
        """Never more than the other panels ask: the window must fit 1280×720."""
        hint = super().minimumSizeHint()
        hint.setWidth(min(hint.width(), 640))
        hint.setHeight(min(hint.height(), 420))
        return hint

    def menu_actions(self) -> list:
        """The manager's commands (the key card lists them)."""
        return list(self.commands.values())

    def focus_main_field(self) -> None:
        """F5: the leaderboard, ready for the arrow keys."""
        self.table.setFocus()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        """Brought forward (F5, the figure, the switcher): read the figures again."""
        super().showEvent(event)
        self.controller.refresh()

    # -- painting ----------------------------------------------------------------------------
    def _paint(self, state: DashboardState) -> None:
        _fill(self.month_picker, state.months, state.month)
        self.month_picker.setEnabled(state.can_pick_month)
        _fill(self.scope_picker, state.scopes, state.scope)
        self.scope_picker.setEnabled(len(state.scopes) > 1)
        self.public_box.setChecked(state.public)
        self.status_label.setText(state.month_status)
        lines = state.summary
        # Escaped: a rep's name may hold "&" or "<".
        self.summary.setText(f"<b>{escape(lines[0])}</b><br>"
                             + "<br>".join(escape(line) for line in lines[1:])
                             if lines else "")
        if self.chart.data != state.chart:
            self.chart.show_data(state.chart)
        if self.model.rows() != list(state.rows):
            self.model.set_rows(state.rows)
        self.message.setText(state.message)
        palette.style_message(self.message, "error" if state.level == "error" else "ok")

    def _pick_rep(self) -> None:
        row = current_row(self.table)
        if row is not None:
            self.controller.pick_rep(row.login)

    # -- the manager's commands --------------------------------------------------------------
    def _month_label(self) -> str:
        state = self.controller.state.value
        return dict(state.months).get(state.month, state.month)

    def close_month(self) -> None:
        """Freeze the month shown (asks first)."""
        answer = QMessageBox.question(
            self, self.tr("Close month"),
            self.tr("Close %1? Every rep's figures are frozen for the statements.")
            .replace("%1", self._month_label()))
        if answer == QMessageBox.StandardButton.Yes:
            self.controller.close_month()

    def reopen_month(self) -> None:
        """Make the month live again, with a reason for the audit log."""
        reason, ok = QInputDialog.getText(
            self, self.tr("Reopen month"),
            self.tr("Why reopen %1?").replace("%1", self._month_label()))
        if ok and reason.strip():
            self.controller.reopen_month(reason.strip())

    def export_csv(self) -> None:
        """The month's figures to a CSV file."""
        month = self.controller.state.value.month
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the month"),
                                              f"performance-{month}.csv",
                                              self.tr("CSV files (*.csv)"))
        if path:
            self.controller.export_csv(path)

    def statement(self) -> None:
        """The selected rep's statement in the print preview (print or save as PDF)."""
        row = current_row(self.table)
        self.controller.statement(row.login if row is not None else "", self._preview)

    def save_statements(self) -> None:
        """Every rep's statement of the month as PDF files in a folder."""
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save every statement in"))
        if folder:
            self.controller.save_statements(folder)

    def _preview(self, pdf: bytes, filename: str) -> None:
        dialog = PrintPreviewDialog(pdf, self.tr("Commission statement"), self)
        dialog.exec()
        choice = dialog.choice
        dialog.deleteLater()
        if choice == "save":
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), filename,
                                                  self.tr("PDF documents (*.pdf)"))
            if path:
                Path(path if path.lower().endswith(".pdf") else path + ".pdf").write_bytes(pdf)
        elif choice == "print":
            printer = make_printer("")
            if QPrintDialog(printer, self).exec() == QPrintDialog.DialogCode.Accepted:
                try:
                    print_pdf(pdf, printer)
                except PrintFailed as exc:
                    QMessageBox.warning(self, self.tr("Commission statement"), exc.reason)

    def open_quotas(self) -> None:
        """The month's quotas (managers)."""
        QuotasDialog(self.services, self.session, self.controller.state.value.month,
                     self).exec()
        self.controller.refresh()

    def open_plans(self) -> None:
        """The commission plans (managers)."""
        PlansDialog(self.services, self.session, self).exec()
        self.controller.refresh()


def _fill(combo: QComboBox, items, current: str) -> None:
    if [(combo.itemData(i), combo.itemText(i)) for i in range(combo.count())] != list(items):
        combo.blockSignals(True)
        combo.clear()
        for value, label in items:
            combo.addItem(label, value)
        combo.blockSignals(False)
    index = combo.findData(current)
    if index >= 0:
        combo.setCurrentIndex(index)
