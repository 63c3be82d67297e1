"""A customer's standing orders with the runs of the selected one, and the runs alone.

``StandingListDialog``: the standing orders (schedule in words, next run, status, lines),
under them the selected one's history (made with the order number, skipped and why,
waiting for confirmation, failed and why, flags), New (Ctrl+N) and Open (Enter) through
the editor. ``RunsDialog``: one standing order's history.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from counterapp.domain.errors import CounterAppError
from counterapp.services import Actor, Services
from counterapp.ui.common import palette
from counterapp.ui.common.actions import make_action
from counterapp.ui.common.messages import error_text
from counterapp.ui.common.tables import current_row, sorted_table
from counterapp.ui.standing import models
from counterapp.ui.standing.editor_dialog import StandingEditorDialog


class RunsDialog(QDialog):
    """The runs of one standing order, newest first."""

    def __init__(self, services: Services, standing_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("standingRunsDialog")
        self.setWindowTitle(self.tr("Runs of standing order %1").replace("%1", str(standing_id)))
        self.resize(820, 420)
        self.model = models.RunsModel(self)
        _proxy, self.view = sorted_table(self.model, self, "standingRunsTable",
                                         stretch_column=4)
        close = QPushButton(self.tr("Close (Esc)"), self)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        self.model.set_rows(services.standing.runs(standing_id))


class StandingListDialog(QDialog):
    """The standing orders of one customer (see the module docstring)."""

    def __init__(self, services: Services, actor: Actor | None, customer_id: int,
                 parent: QWidget | None = None, *, customer_name: str = ""):
        super().__init__(parent)
        self.setObjectName("standingListDialog")
        self.services, self.actor, self.customer_id = services, actor, customer_id
        self.setWindowTitle(self.tr("Standing orders – %1").replace("%1", customer_name))
        self.resize(1000, 560)
        self.model = models.StandingListModel(self)
        _proxy, self.view = sorted_table(self.model, self, "standingOrdersTable",
                                         stretch_column=6, single_selection=True)
        self.view.activated.connect(lambda _index: self.open_selected())
        self.runs_model = models.RunsModel(self)
        _runs_proxy, self.runs_view = sorted_table(self.runs_model, self, "standingRunsTable",
                                                   stretch_column=4)
        self.message = QLabel(self)
        self.message.setObjectName("standingListMessage")
        palette.style_message(self.message, "error")
        new = QPushButton(self.tr("&New standing order (Ctrl+N)"), self)
        new.setObjectName("newStandingButton")
        new.setAutoDefault(False)
        make_action(self, self.tr("New standing order"), shortcut="Ctrl+N", slot=self.new,
                    object_name="newStandingAction", button=new,
                    context=Qt.ShortcutContext.WindowShortcut)
        edit = QPushButton(self.tr("&Open (Enter)"), self)
        edit.setObjectName("openStandingButton")
        edit.setAutoDefault(False)
        edit.clicked.connect(self.open_selected)
        close = QPushButton(self.tr("Close (Esc)"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        for button in (new, edit, close):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 3)
        layout.addWidget(QLabel(self.tr("Runs of the selected standing order:"), self))
        layout.addWidget(self.runs_view, 2)
        layout.addLayout(buttons)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_runs())
        self.refresh()
        self.view.setFocus()

    def refresh(self) -> None:
        """Reload the list (the selection goes to the first row)."""
        try:
            rows = self.services.standing.list_standing(self.customer_id)
        except CounterAppError as exc:
            self.message.setText(error_text(exc))
            return
        self.model.set_rows(rows)
        if rows:
            self.view.setCurrentIndex(self.view.model().index(0, 0))
        self._show_runs()

    def _show_runs(self) -> None:
        row = current_row(self.view)
        self.runs_model.set_rows(self.services.standing.runs(row.id) if row else [])

    def new(self) -> None:
        """The editor for a new standing order of this customer."""
        self._edit(StandingEditorDialog(self.services, self.actor, self,
                                        customer_id=self.customer_id))

    def open_selected(self) -> None:
        """The editor of the selected standing order."""
        row = current_row(self.view)
        if row is not None:
            self._edit(StandingEditorDialog(self.services, self.actor, self,
                                            standing_id=row.id))

    def _edit(self, dialog: StandingEditorDialog) -> None:
        dialog.finished.connect(lambda _result: self.refresh())
        dialog.open()
