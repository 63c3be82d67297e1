"""The rep's outbound call list: callbacks, follow-ups, standing orders, campaigns.

A view over ``controller_list.CallListController``: it paints the rows (overdue ones red),
asks who to reassign a task to and opens the campaign form; every 30 s the controller looks
for tasks that fell due since the last look and this box says so in the status bar and a
small popup.
"""

from __future__ import annotations

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

from counterapp.services import Services
from counterapp.ui.common.controller import ControllerTexts
from counterapp.ui.common.i18n import translate
from counterapp.ui.common.messages import error_text
from counterapp.ui.phone.call_list_model import CallListModel
from counterapp.ui.phone.controller_list import CallListController
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
        self.controller = CallListController(services, session,
                                             texts=ControllerTexts(translate, error_text))
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
        self.controller.rows.subscribe(self._paint)
        self.controller.message.subscribe(self.notification.emit)
        session.user_changed.connect(self._on_user_changed)

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _on_user_changed(self, actor) -> None:
        if actor is None:
            self._due_timer.stop()
        else:
            self._due_timer.start()
        self.controller.user_changed(actor)

    def _paint(self, rows) -> None:
        self.model.set_rows(list(rows))
        self.view.resizeColumnsToContents()

    def refresh(self) -> None:
        """Reload the rep's call list."""
        self.controller.refresh()

    def selected_row(self):
        """The call-list row selected (or the first one)."""
        indexes = self.view.selectionModel().selectedRows()
        return self.model.row_at(indexes[0].row() if indexes else 0)

    def mark_task_done(self) -> None:
        """Close the selected task."""
        self.controller.mark_done(self.selected_row())

    def reassign_task(self) -> None:
        """Give the selected task to another rep."""
        row = self.selected_row()
        if row is None or row.task_id is None or self.session.actor is None:
            return
        login, ok = QInputDialog.getItem(self, self.tr("Reassign"), self.tr("Give this task to:"),
                                         self.controller.reassign_choices(), 0, False)
        if not ok or not login:
            return
        error = self.controller.reassign(row, login)
        if error:
            QMessageBox.warning(self, self.tr("Reassign"), error)

    def new_campaign(self) -> None:
        """A campaign: a saved filter over customers with a script."""
        if self.session.actor and CampaignDialog.ask(self, self.services, self.session.actor):
            self.refresh()

    def check_due_tasks(self) -> list:
        """Every 30 s: tasks that fell due since the last check → status bar and popup."""
        due = self.controller.check_due()
        if due is None:
            return []
        self.notification.emit(due.text)
        popup = QMessageBox(QMessageBox.Icon.Information, self.tr("Call list"), due.text,
                            QMessageBox.StandardButton.Ok, self)
        popup.setObjectName("taskDuePopup")
        popup.setModal(False)
        popup.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        popup.show()
        return list(due.tasks)

    def open_team_history(self) -> None:
        """Every call of the team, with daily counts per rep."""
        CallHistoryDialog(self.services, None, "", self, actor=self.session.actor).open()
