"""The standing order's confirmation at the end of a call: a thin view over
``confirm_controller.StandingConfirmController``.

Confirm (Enter), confirm with changes for this run only (the quantities in the table),
change the standing order itself (the editor, then the run is confirmed), or skip with a
reason. ``ask`` returns the note the call keeps, or ``None`` when the rep closed it.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from counterapp.services import Actor, Services
from counterapp.services.standing_orders_rows import RunRow
from counterapp.ui.common import palette
from counterapp.ui.common.controller import ControllerTexts
from counterapp.ui.common.formatting import ui_locale
from counterapp.ui.common.i18n import translate
from counterapp.ui.common.messages import error_text
from counterapp.ui.common.tables import sorted_table
from counterapp.ui.standing import models
from counterapp.ui.standing.confirm_controller import ConfirmState, StandingConfirmController
from counterapp.ui.standing.editor_dialog import StandingEditorDialog


class StandingConfirmDialog(QDialog):
    """One run's confirmation (see the module docstring)."""

    def __init__(self, services: Services, actor: Actor | None, run: RunRow, *,
                 call_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("standingConfirmDialog")
        self.services, self.actor = services, actor
        self.controller = StandingConfirmController(
            services, actor, run, call_id=call_id,
            texts=ControllerTexts(translate, error_text, ui_locale))
        state = self.controller.state.value
        self.setWindowTitle(self.tr("Standing order %1 – confirm the run of %2").replace(
            "%1", str(state.standing.id)).replace("%2", state.run_date_text))
        self.resize(640, 420)
        summary = QLabel(self.tr("%1: %2. Delivery: %3.").replace(
            "%1", state.standing.customer_name).replace(
            "%2", models.rule_words(state.standing.rrule)).replace(
            "%3", translate(models.C, models.DELIVERY_LABELS.get(
                state.standing.delivery_method, ""))), self)
        summary.setWordWrap(True)
        self.lines_model = models.LinesModel(self)
        self.lines_model.set_rows(state.lines)
        _proxy, self.table = sorted_table(self.lines_model, self, "standingConfirmLines",
                                          stretch_column=1, sortable=False)
        self.quantity_spin = QSpinBox(self)
        self.quantity_spin.setObjectName("standingConfirmQuantity")
        self.quantity_spin.setRange(0, 9999)
        self.quantity_spin.valueChanged.connect(self._quantity_edited)
        quantity_label = QLabel(self.tr("&Quantity this time (selected line, 0: not this "
                                        "time):"), self)
        quantity_label.setBuddy(self.quantity_spin)
        quantity_row = QHBoxLayout()
        quantity_row.addWidget(quantity_label)
        quantity_row.addWidget(self.quantity_spin)
        quantity_row.addStretch(1)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._line_chosen())
        if state.lines:
            self.table.selectRow(0)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("standingSkipReason")
        self.reason_edit.setPlaceholderText(self.tr("Why this run is skipped (required to skip)"))
        self.error = QLabel(self)
        self.error.setObjectName("standingConfirmError")
        self.error.setWordWrap(True)
        palette.style_message(self.error, "error")
        buttons = QHBoxLayout()
        self.confirm_button = self._button(self.tr("&Confirm as usual"), "standingConfirm",
                                           self.controller.confirm, buttons)
        self.confirm_button.setDefault(True)
        self.changes_button = self._button(self.tr("Confirm &with these quantities (this "
                                                   "run only)"), "standingConfirmChanges",
                                           self.controller.confirm_with_changes, buttons)
        self.edit_button = self._button(self.tr("Change the &standing order…"),
                                         "standingConfirmEdit", self._edit_standing, buttons)
        self.skip_button = self._button(self.tr("S&kip this run"), "standingSkip",
                                        lambda: self.controller.skip(self.reason_edit.text()),
                                        buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(quantity_row)
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.controller.state.subscribe(self._paint)

    def _button(self, text: str, name: str, slot, row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        row.addWidget(button)
        return button

    def _row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def _line_chosen(self) -> None:
        line = self.lines_model.row_at(self._row())
        self.quantity_spin.blockSignals(True)
        self.quantity_spin.setValue(line.quantity if line is not None else 0)
        self.quantity_spin.blockSignals(False)

    def _quantity_edited(self, value: int) -> None:
        if self._row() >= 0:
            self.controller.set_quantity(self._row(), value)

    def _paint(self, state: ConfirmState) -> None:
        if self.lines_model.rows() != list(state.lines):
            row = self._row()
            self.lines_model.set_rows(state.lines)
            if row >= 0:
                self.table.selectRow(row)
        self.error.setText(state.error)
        if state.done:
            self.accept()

    def _edit_standing(self) -> bool:
        editor = StandingEditorDialog(self.services, self.actor, self,
                                      standing_id=self.controller.state.value.standing.id)
        editor.exec()
        if editor.controller.state.value.standing.version \
                == self.controller.state.value.standing.version:
            return False  # nothing saved: the rep chooses again
        return self.controller.standing_changed()

    @property
    def note(self) -> str:
        """The line the call's notes keep ("" before an answer)."""
        return self.controller.state.value.note

    @classmethod
    def ask(cls, parent: QWidget | None, services: Services, actor: Actor | None, run: RunRow,
            call_id: int | None) -> str | None:
        """Modal: the note of the answer given, or ``None`` when closed without one."""
        dialog = cls(services, actor, run, call_id=call_id, parent=parent)
        return dialog.note if dialog.exec() == QDialog.DialogCode.Accepted else None
