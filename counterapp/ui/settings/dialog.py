"""Tools ▸ Settings (managers): this workstation's options and the shop's letterhead.

One form per page, built from the settings registry's labels (``model.pages``).
OK hands every value to ``SettingsAdminService.save``, which checks them all (a database
URL is opened first) and stores nothing when one is wrong; the dialog then stays open,
says what is wrong and puts the cursor in that field. Opening a database (Test, OK) may
wait on a server, so both run off the UI thread (``run_in_background``); the buttons wait
disabled meanwhile.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from counterapp.domain.errors import CounterAppError, ValidationError
from counterapp.services import Actor, Services
from counterapp.services.settings_admin import INT_RANGES
from counterapp.settings import OPTIONS, Settings
from counterapp.ui.common import palette
from counterapp.ui.common.i18n import translate
from counterapp.ui.operation import run_in_background
from counterapp.ui.session import Session
from counterapp.ui.settings.devices_tab import DevicesTab
from counterapp.ui.settings.model import CHOICES, COMPANY_LABELS, DEVICES, pages


class SettingsDialog(QDialog):
    """The settings of the shop and of this workstation; ``editors`` maps each key to its field."""

    def __init__(self, services: Services, settings: Settings, session: Session,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.services, self.settings, self.session = services, settings, session
        self.actor: Actor = session.actor
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        admin = services.settings_admin
        values = admin.workstation()
        self.editors: dict[str, QWidget] = {}
        self.tabs = QTabWidget(self)
        for title, keys in pages(tuple(values)):
            if title == DEVICES:
                self.devices_tab = DevicesTab(self, values)
                self.tabs.addTab(self.devices_tab, translate("SettingsDialog", title))
                continue
            page = QWidget(self.tabs)
            form = QFormLayout(page)
            for key in keys:
                form.addRow(translate("Settings", OPTIONS[key].label),
                            self._field(key, values[key], page))
            self.tabs.addTab(page, translate("SettingsDialog", title))
        self.tabs.insertTab(1, self._company_page(admin.company()), self.tr("Shop"))
        self.tabs.insertTab(2, self._delivery_page(), self.tr("Delivery"))

        self.message = QLabel(self)
        self.message.setObjectName("settingsMessage")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    # -- fields ------------------------------------------------------------------------------
    def _field(self, key: str, value: Any, parent: QWidget) -> QWidget:
        option = OPTIONS[key]
        if key in CHOICES:
            editor = QComboBox(parent)
            for stored, text in CHOICES[key]:
                editor.addItem(translate("SettingsDialog", text), stored)
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif key.startswith("printer_"):
            editor = QComboBox(parent)
            editor.setEditable(True)  # a printer not connected right now can still be named
            editor.addItem(self.tr("(system default)"), "")
            editor.addItems(QPrinterInfo.availablePrinterNames())
            if value:
                editor.setEditText(value)
        elif key in INT_RANGES:
            editor = QSpinBox(parent)
            editor.setRange(*INT_RANGES[key])
            editor.setValue(value)
        elif option.type is Decimal:
            editor = QDoubleSpinBox(parent)
            editor.setRange(0, 100)
            editor.setDecimals(1)
            editor.setSuffix(" %")
            editor.setValue(float(value))
        else:
            editor = QLineEdit(str(value), parent)
        editor.setObjectName(f"setting_{key}")
        self.editors[key] = editor
        if key == "database_url":
            return self._with_test_button(editor, parent)
        return editor

    def _with_test_button(self, editor: QLineEdit, parent: QWidget) -> QWidget:
        editor.setPlaceholderText(self.tr("Empty: the database in this user's data folder"))
        row = QWidget(parent)
        test = QPushButton(self.tr("&Test"), row)
        test.setObjectName("testDatabaseButton")
        test.clicked.connect(self.test_database_url)
        self.test_button = test
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(editor, 1)
        layout.addWidget(test)
        return row

    def _company_page(self, company) -> QWidget:
        page = QWidget(self.tabs)
        form = QFormLayout(page)
        for name, label in COMPANY_LABELS.items():
            value = getattr(company, name)
            editor = QPlainTextEdit(value, page) if name == "address" else QLineEdit(value, page)
            if name == "address":
                editor.setTabChangesFocus(True)
                editor.setMaximumHeight(90)
            editor.setObjectName(f"company_{name}")
            self.editors[f"company.{name}"] = editor
            form.addRow(translate("SettingsDialog", label), editor)
        return page

    def _delivery_page(self) -> QWidget:
        page = QWidget(self.tabs)
        form = QFormLayout(page)
        self.confirm_days = QSpinBox(page)
        self.confirm_days.setObjectName("setting_standing_confirm_days")
        self.confirm_days.setRange(0, 20)
        self.confirm_days.setValue(self.services.standing.confirm_days())
        form.addRow(self.tr("Standing orders: confirm this many working days before"),
                    self.confirm_days)
        carriers = QPushButton(self.tr("&Carriers, drivers and cut-off times…"), page)
        carriers.setObjectName("carriersButton")
        carriers.clicked.connect(self._open_carriers)
        form.addRow(carriers)
        return page

    def _open_carriers(self) -> None:
        from counterapp.ui.queue.carriers_dialog import CarriersDriversDialog  # noqa: PLC0415

        CarriersDriversDialog(self.services, self.session, self).exec()

    def value(self, key: str) -> Any:
        """What the field of ``key`` (an option, or ``company.NAME``) holds now."""
        editor = self.editors[key]
        if isinstance(editor, QComboBox) and editor.isEditable():  # a printer
            text = editor.currentText().strip()
            return "" if text == editor.itemText(0) else text
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if isinstance(editor, QSpinBox):
            return editor.value()
        if isinstance(editor, QDoubleSpinBox):
            return Decimal(str(round(editor.value(), 1)))
        if isinstance(editor, QPlainTextEdit):
            return editor.toPlainText()
        return editor.text()

    # -- commands ----------------------------------------------------------------------------
    def test_database_url(self) -> None:
        """Open the typed URL (off the UI thread) and say whether it is a CounterApp database."""
        url = self.value("database_url")
        self._busy(self.tr("Opening the database…"))
        run_in_background(lambda _progress: self.services.settings_admin.check_database_url(url),
                          parent=self, show_progress=False, success=self._tested,
                          failure=self._failed)

    def _tested(self, _url: str) -> None:
        self._busy("")
        palette.style_message(self.message, "ok")
        self.message.setText(self.tr("The database opens and is a CounterApp database."))

    def save(self) -> None:
        """Store every change (all or nothing) and close; stay open on a bad value."""
        workstation = {key: self.value(key) for key in self.editors if "." not in key}
        letterhead = {key.split(".", 1)[1]: self.value(key) for key in self.editors if "." in key}
        days = self.confirm_days.value()

        def work(_progress) -> None:
            self.services.settings_admin.save(self.actor, workstation, letterhead)
            if days != self.services.standing.confirm_days():
                self.services.standing.set_confirm_days(self.actor, days)

        self._busy(self.tr("Saving…"))
        run_in_background(work, parent=self, show_progress=False,
                          success=lambda _none: self.accept(), failure=self._failed)

    def _busy(self, text: str) -> None:
        self.buttons.setEnabled(not text)
        self.test_button.setEnabled(not text)
        palette.style_message(self.message, "muted")
        self.message.setText(text)

    def _failed(self, exc: BaseException) -> None:
        self._busy("")
        if isinstance(exc, ValidationError):
            self._show_error(exc)
        elif isinstance(exc, CounterAppError):
            palette.style_message(self.message, "error")
            self.message.setText(str(exc))
        else:
            raise exc

    def _show_error(self, exc: ValidationError) -> None:
        palette.style_message(self.message, "error")
        self.message.setText(str(exc))
        editor = self.editors.get(exc.field) or self.editors.get(f"company.{exc.field}")
        if editor is not None:
            page = editor.parentWidget()
            while page is not None and self.tabs.indexOf(page) < 0:
                page = page.parentWidget()
            if page is not None:
                self.tabs.setCurrentWidget(page)
            editor.setFocus()
