"""The rep's outbound call list: callbacks, follow-ups, standing orders, campaigns.

Overdue rows are red; every 30 s a cheap query looks for tasks that fell due since the
last look and says so in the status bar and a small popup.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from counterapp.domain.errors import CounterAppError
from counterapp.services import Services
from counterapp.ui.common.messages import error_text
from counterapp.ui.phone.call_list_model import CallListModel
from counterapp.ui.phone.dialogs import CampaignDialog
from counterapp.ui.phone.history_dialog import CallHistoryDialog
from counterapp.ui.session import Session

DUE_CHECK_MS = 30_000


class CallListBox(QGroupBox):
    """``callList`` with Dial, Done, Reassign, New campaign and Team calls.

    Signals:
        dial_requested(): the rep wants to call the selected row (the panel dials).
        notification(str): a short message for the status bar.
    """

    dial_requested = Signal()
    notification = Signal(str)

    def __init__(self, services: Services, session: Session, parent: QWidget | None = None):
        super().__init__(self.tr("Call list"), parent)
        self.services, self.session = services, session
        self.last_due_check: dt.datetime | None = None
        self.model = CallListModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("callList")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.doubleClicked.connect(lambda _index: self.dial_requested.emit())
        self.dial_button = self._button(self.tr("Dial (Ctrl+Shift+D)"), "dialButton",
                                        self.dial_requested.emit)
        self.done_button = self._button(self.tr("Done"), "taskDoneButton", self.mark_task_done)
        self.reassign_button = self._button(self.tr("Reassign…"), "reassignButton",
                                            self.reassign_task)
        self.campaign_button = self._button(self.tr("New campaign…"), "campaignButton",
                                            self.new_campaign)
        self.team_button = self._button(self.tr("Team calls…"), "teamHistoryButton",
                                        self.open_team_history)
        buttons = QHBoxLayout()
        for button in (self.dial_button, self.done_button, self.reassign_button,
                       self.campaign_button, self.team_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self._due_timer = QTimer(self)
        self._due_timer.setInterval(DUE_CHECK_MS)
        self._due_timer.timeout.connect(self.check_due_tasks)
        session.user_changed.connect(self._on_user_changed)

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _on_user_changed(self, actor) -> None:
        if actor is None:
            self._due_timer.stop()
            self.model.set_rows([])
            return
        self.last_due_check = self.services.ctx.now()
        self._due_timer.start()
        self.refresh()

    def refresh(self) -> None:
        """Reload the rep's call list."""
        actor = self.session.actor
        if actor is None:
            return
        try:
            rows = self.services.tasks.call_list(actor)
        except CounterAppError as exc:
            self.notification.emit(error_text(exc))
            return
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()

    def selected_row(self):
        """The call-list row selected (or the first one)."""
        indexes = self.view.selectionModel().selectedRows()
        return self.model.row_at(indexes[0].row() if indexes else 0)

    def mark_task_done(self) -> None:
        """Close the selected task."""
        row = self.selected_row()
        if row is None or row.task_id is None or self.session.actor is None:
            return
        try:
            self.services.tasks.mark_done(self.session.actor, row.task_id)
        except CounterAppError as exc:
            self.notification.emit(error_text(exc))
        self.refresh()

    def reassign_task(self) -> None:
        """Give the selected task to another rep."""
        row = self.selected_row()
        if row is None or row.task_id is None or self.session.actor is None:
            return
        logins = [login for login in self.services.calls.reps()
                  if login != self.session.actor.login]
        login, ok = QInputDialog.getItem(self, self.tr("Reassign"),
                                         self.tr("Give this task to:"), logins, 0, False)
        if not ok or not login:
            return
        try:
            self.services.tasks.reassign(self.session.actor, row.task_id, login)
        except CounterAppError as exc:
            QMessageBox.warning(self, self.tr("Reassign"), error_text(exc))
        self.refresh()

    def new_campaign(self) -> None:
        """A campaign: a saved filter over customers with a script."""
        if self.session.actor and CampaignDialog.ask(self, self.services, self.session.actor):
            self.refresh()

    def check_due_tasks(self) -> list:
        """Every 30 s: tasks that fell due since the last check → status bar and popup."""
        actor = self.session.actor
        if actor is None:
            return []
        now = self.services.ctx.now()
        since = self.last_due_check or now
        self.last_due_check = now
        try:
            due = self.services.tasks.due_between(actor, since, now)
        except CounterAppError:
            return []
        if not due:
            return []
        self.refresh()
        names = ", ".join(t.customer_name or t.reason[:40] for t in due[:3])
        text = self.tr("Due now: %1").replace("%1", names)
        self.notification.emit(text)
        popup = QMessageBox(QMessageBox.Icon.Information, self.tr("Call list"), text,
                            QMessageBox.StandardButton.Ok, self)
        popup.setObjectName("taskDuePopup")
        popup.setModal(False)
        popup.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        popup.show()
        return due

    def open_team_history(self) -> None:
        """Every call of the team, with daily counts per rep."""
        CallHistoryDialog(self.services, None, "", self, actor=self.session.actor).open()
