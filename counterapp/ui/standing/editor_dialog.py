"""The standing-order editor: a thin view over ``editor_controller.StandingEditorController``.

Left: the schedule from simple choices, said in words with the next five dates (before
saving). Right: the lines (product search as at the counter + quantity), delivery, rep,
notes, "call first". Bottom: pause / resume / end, the runs, save (Ctrl+S).
Keyboard: type in the product search and press Enter, Down to the results, Enter adds the
chosen product with the quantity; Delete removes the selected line.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from counterapp.services import Actor, Services
from counterapp.ui.common import palette
from counterapp.ui.common.actions import make_action
from counterapp.ui.common.controller import ControllerTexts
from counterapp.ui.common.formatting import ui_locale
from counterapp.ui.common.i18n import translate
from counterapp.ui.common.messages import error_text
from counterapp.ui.common.tables import sorted_table
from counterapp.ui.standing import models
from counterapp.ui.standing.editor_controller import (
    CUSTOM,
    MONTHLY_DAY,
    MONTHLY_LAST,
    WEEKLY,
    EditorState,
    StandingEditorController,
)


class StandingEditorDialog(QDialog):
    """Create or change one standing order (``controller.state.value.standing`` after Save)."""

    def __init__(self, services: Services, actor: Actor | None, parent: QWidget | None = None,
                 *, customer_id: int | None = None, standing_id: int | None = None,
                 order_number: str = ""):
        super().__init__(parent)
        self.setObjectName("standingEditorDialog")
        self.services, self.actor = services, actor
        self.controller = StandingEditorController(
            services, actor, customer_id=customer_id, standing_id=standing_id,
            order_number=order_number,
            texts=ControllerTexts(translate, error_text, ui_locale))
        self.resize(1100, 640)
        self._build()
        self._fill_choices()
        self.controller.state.subscribe(self._paint)
        self._paint(self.controller.state.value, first=True)
        self.kind_combo.setFocus()

    # -- building -------------------------------------------------------------------------------
    def _build(self) -> None:
        c = self.controller
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("standingKind")
        self.interval_spin = QSpinBox(self)
        self.interval_spin.setObjectName("standingInterval")
        self.interval_spin.setRange(1, 99)
        self.day_spin = QSpinBox(self)
        self.day_spin.setObjectName("standingDay")
        self.day_spin.setRange(1, 31)
        self.start_edit = QDateEdit(self)
        self.start_edit.setObjectName("standingStart")
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setDisplayFormat("dd/MM/yyyy")  # the one formatter's date pattern
        self.weekday_checks = []
        days = QHBoxLayout()
        for weekday in range(7):
            check = QCheckBox(QLocale().dayName(weekday + 1, QLocale.FormatType.ShortFormat),
                              self)
            check.setObjectName(f"standingWeekday{weekday}")
            check.toggled.connect(lambda on, d=weekday: c.toggle_weekday(d, on))
            self.weekday_checks.append(check)
            days.addWidget(check)
        self.words_label = QLabel(self)
        self.words_label.setObjectName("standingRuleWords")
        self.words_label.setWordWrap(True)
        self.dates_label = QLabel(self)
        self.dates_label.setObjectName("standingNextRuns")
        self.schedule_error = QLabel(self)
        self.schedule_error.setObjectName("standingScheduleError")
        palette.style_message(self.schedule_error, "error")
        self.schedule_error.setWordWrap(True)
        box = QGroupBox(self.tr("Schedule"), self)
        form = QFormLayout(box)
        form.addRow(self.tr("&Repeat:"), self.kind_combo)
        form.addRow(self.tr("E&very (weeks or months):"), self.interval_spin)
        self.days_row = QWidget(box)
        self.days_row.setLayout(days)
        form.addRow(self.tr("On:"), self.days_row)
        form.addRow(self.tr("&Day of the month:"), self.day_spin)
        form.addRow(self.tr("&Starting:"), self.start_edit)
        form.addRow(self.tr("In words:"), self.words_label)
        form.addRow(self.tr("Next five runs:"), self.dates_label)
        form.addRow(self.schedule_error)
        self.kind_combo.currentIndexChanged.connect(
            lambda: c.set_schedule(kind=self.kind_combo.currentData()))
        self.interval_spin.valueChanged.connect(lambda v: c.set_schedule(interval=v))
        self.day_spin.valueChanged.connect(lambda v: c.set_schedule(day=v))
        self.start_edit.dateChanged.connect(lambda d: c.set_schedule(start=d.toPython()))

        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("standingProductSearch")
        self.search_edit.setPlaceholderText(self.tr("Product: name, SKU or barcode + Enter"))
        self.search_edit.returnPressed.connect(self._search)
        self.results_list = QListWidget(self)
        self.results_list.setObjectName("standingProductResults")
        self.results_list.setMaximumHeight(110)
        self.results_list.itemActivated.connect(self._add_current)
        self.quantity_spin = QSpinBox(self)
        self.quantity_spin.setObjectName("standingQuantity")
        self.quantity_spin.setRange(1, 9999)
        self.lines_model = models.LinesModel(self)
        _proxy, self.lines_view = sorted_table(self.lines_model, self, "standingLines",
                                               stretch_column=1, sortable=False)
        make_action(self.lines_view, self.tr("Remove line"), shortcut=QKeySequence.StandardKey
                    .Delete, slot=self._remove_line, object_name="standingRemoveLine",
                    context=Qt.ShortcutContext.WidgetShortcut)
        self.delivery_combo = QComboBox(self)
        self.delivery_combo.setObjectName("standingDelivery")
        self.address_combo = QComboBox(self)
        self.address_combo.setObjectName("standingAddress")
        self.rep_combo = QComboBox(self)
        self.rep_combo.setObjectName("standingRep")
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setObjectName("standingNotes")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumHeight(60)
        self.confirm_check = QCheckBox(self.tr("Call the customer to &confirm each order"), self)
        self.confirm_check.setObjectName("standingNeedsConfirmation")
        self.delivery_combo.currentIndexChanged.connect(
            lambda: c.set_details(delivery_method=self.delivery_combo.currentData()))
        self.address_combo.currentIndexChanged.connect(
            lambda: c.set_details(address_id=self.address_combo.currentData()))
        self.rep_combo.currentIndexChanged.connect(
            lambda: c.set_details(rep_login=self.rep_combo.currentData()))
        self.notes_edit.textChanged.connect(
            lambda: c.set_details(notes=self.notes_edit.toPlainText()))
        self.confirm_check.toggled.connect(lambda on: c.set_details(needs_confirmation=on))
        lines = QGroupBox(self.tr("Lines"), self)
        lines_layout = QVBoxLayout(lines)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_edit, 1)
        quantity_label = QLabel(self.tr("&Qty:"), self)
        quantity_label.setBuddy(self.quantity_spin)
        search_row.addWidget(quantity_label)
        search_row.addWidget(self.quantity_spin)
        lines_layout.addLayout(search_row)
        lines_layout.addWidget(self.results_list)
        lines_layout.addWidget(self.lines_view, 1)
        details = QFormLayout()
        details.addRow(self.tr("De&livery:"), self.delivery_combo)
        details.addRow(self.tr("&Address:"), self.address_combo)
        details.addRow(self.tr("R&ep:"), self.rep_combo)
        details.addRow(self.tr("&Notes:"), self.notes_edit)
        details.addRow(self.confirm_check)
        right = QVBoxLayout()
        right.addWidget(lines, 1)
        right.addLayout(details)
        columns = QHBoxLayout()
        columns.addWidget(box, 1)
        columns.addLayout(right, 1)

        self.status_label = QLabel(self)
        self.status_label.setObjectName("standingStatus")
        self.message = QLabel(self)
        self.message.setObjectName("standingEditorMessage")
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_label)
        buttons.addWidget(self.message, 1)
        self.pause_button = self._button(self.tr("&Pause"), "standingPause",
                                         lambda: c.change_status("pause"), buttons)
        self.resume_button = self._button(self.tr("Res&ume"), "standingResume",
                                          lambda: c.change_status("resume"), buttons)
        self.end_button = self._button(self.tr("&End"), "standingEnd", self._end, buttons)
        self.runs_button = self._button(self.tr("R&uns…"), "standingRuns", self._runs, buttons)
        self._button(self.tr("Close (Esc)"), "standingClose", self.reject, buttons)
        self.save_button = QPushButton(self.tr("&Save (Ctrl+S)"), self)
        self.save_button.setObjectName("standingSave")
        self.save_button.setAutoDefault(False)  # Enter belongs to the search and the results
        make_action(self, self.tr("Save"), shortcut="Ctrl+S", slot=self.save,
                    object_name="standingSaveAction", button=self.save_button,
                    context=Qt.ShortcutContext.WindowShortcut)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(buttons)

    def _button(self, text: str, name: str, slot, row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        row.addWidget(button)
        return button

    def _fill_choices(self) -> None:
        # Filling an empty combo selects its first item: that must not reach the controller
        # (a loaded standing order's rep or delivery would be overwritten).
        combos = (self.kind_combo, self.delivery_combo, self.address_combo, self.rep_combo)
        for combo in combos:
            combo.blockSignals(True)
        self._add_choices()
        for combo in combos:
            combo.blockSignals(False)

    def _add_choices(self) -> None:
        state = self.controller.state.value
        for kind, text in ((WEEKLY, self.tr("Every N weeks on these days")),
                           (MONTHLY_DAY, self.tr("Every N months on day D")),
                           (MONTHLY_LAST, self.tr("Every N months on the last day"))):
            self.kind_combo.addItem(text, kind)
        if state.choice.kind == CUSTOM:
            self.kind_combo.addItem(self.tr("As written (custom rule)"), CUSTOM)
        for method in ("courier", "in_house", ""):
            self.delivery_combo.addItem(translate(models.C, models.DELIVERY_LABELS[method]),
                                        method)
        self.address_combo.addItem(self.tr("(the default address)"), None)
        for a in state.addresses:
            self.address_combo.addItem(", ".join(x for x in (a.label, a.street, a.city) if x),
                                       a.id)
        self.rep_combo.addItem(self.tr("The account manager (%1)").replace(
            "%1", state.account_manager or self.tr("none: me")), "")
        for login, name in self.services.customers.account_managers():
            self.rep_combo.addItem(f"{name} ({login})", login)

    # -- painting -------------------------------------------------------------------------------
    def _paint(self, state: EditorState, first: bool = False) -> None:
        choice = state.choice
        widgets = (self.kind_combo, self.interval_spin, self.day_spin, self.start_edit,
                   *self.weekday_checks, self.delivery_combo, self.address_combo,
                   self.rep_combo, self.confirm_check)
        for widget in widgets:
            widget.blockSignals(True)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(choice.kind)))
        self.interval_spin.setValue(choice.interval)
        self.day_spin.setValue(choice.day)
        self.start_edit.setDate(QDate(choice.start))
        for weekday, check in enumerate(self.weekday_checks):
            check.setChecked(weekday in choice.weekdays)
        for combo, value in ((self.delivery_combo, state.delivery_method),
                             (self.address_combo, state.address_id),
                             (self.rep_combo, state.rep_login)):
            index = combo.findData(value)
            if index < 0 and value:
                combo.addItem(str(value), value)
                index = combo.count() - 1
            combo.setCurrentIndex(max(0, index))
        self.confirm_check.setChecked(state.needs_confirmation)
        for widget in widgets:
            widget.blockSignals(False)
        if first or self.notes_edit.toPlainText() != state.notes:
            self.notes_edit.blockSignals(True)
            self.notes_edit.setPlainText(state.notes)
            self.notes_edit.blockSignals(False)
        self.days_row.setEnabled(choice.kind == WEEKLY)
        self.day_spin.setEnabled(choice.kind == MONTHLY_DAY)
        self.address_combo.setEnabled(bool(state.delivery_method))
        self.words_label.setText(state.words)
        self.dates_label.setText("\n".join(state.dates_text))
        schedule_error = state.error_field in ("rrule", "weekdays", "day", "interval", "start")
        self.schedule_error.setText(state.error if schedule_error else "")
        self.message.setText(state.error if not schedule_error and state.error
                             else state.message)
        palette.style_message(self.message, "error" if state.error else "ok")
        if self.lines_model.rows() != list(state.lines):
            self.lines_model.set_rows(state.lines)
        status = state.status
        self.status_label.setText(self.tr("Status: %1").replace(
            "%1", models.status_text(status) if status != "new" else self.tr("new")))
        title = self.tr("Standing order %1 – %2").replace(
            "%1", str(state.standing.id)) if state.standing else self.tr(
            "New standing order – %2")
        self.setWindowTitle(title.replace("%2", state.customer_name))
        self.pause_button.setEnabled(status == "active")
        self.resume_button.setEnabled(status == "paused")
        self.end_button.setEnabled(status in ("active", "paused"))
        self.runs_button.setEnabled(state.standing is not None)
        self.save_button.setEnabled(status != "ended")

    # -- commands -------------------------------------------------------------------------------
    def _search(self) -> None:
        self.results_list.clear()
        for row in self.controller.search(self.search_edit.text()):
            item = QListWidgetItem(f"{row.sku}  {row.name}", self.results_list)
            item.setData(Qt.ItemDataRole.UserRole, row)
        if self.results_list.count():
            self.results_list.setCurrentRow(0)
            self.results_list.setFocus()

    def _add_current(self, item: QListWidgetItem | None = None) -> None:
        item = item or self.results_list.currentItem()
        if item is None:
            return
        self.controller.add_line(item.data(Qt.ItemDataRole.UserRole), self.quantity_spin.value())
        self.results_list.clear()
        self.search_edit.clear()
        self.quantity_spin.setValue(1)
        self.search_edit.setFocus()

    def _remove_line(self) -> None:
        index = self.lines_view.currentIndex()
        if index.isValid():
            self.controller.remove_line(index.row())

    def _end(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # noqa: PLC0415

        answer = QMessageBox.question(self, self.tr("End standing order"), self.tr(
            "End this standing order for good? Its history is kept."))
        if answer == QMessageBox.StandardButton.Yes:
            self.controller.change_status("end")

    def _runs(self) -> None:
        from counterapp.ui.standing.list_dialog import RunsDialog  # noqa: PLC0415

        standing = self.controller.state.value.standing
        if standing is not None:
            RunsDialog(self.services, standing.id, self).open()

    def save(self) -> bool:
        """Save through the controller; the dialog stays open to show the result."""
        return self.controller.save()
