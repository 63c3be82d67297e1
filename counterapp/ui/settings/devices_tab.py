"""Settings ▸ Devices: this workstation's receipt device, its Test print, the fiscal
printer's department per VAT rate, the ESC/POS logo and the customer display.

The fields are the dialog's (``SettingsDialog.editors``), so OK stores them with the others
through ``SettingsAdminService.save``, which refuses a malformed device or mapping naming
the field. "Test print" prints on the device as typed, before it is saved, off the UI
thread (a network printer may take seconds to answer).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from counterapp.settings import OPTIONS
from counterapp.ui.common import palette
from counterapp.ui.common.i18n import translate
from counterapp.ui.common.messages import error_text
from counterapp.ui.operation import run_in_background
from counterapp.ui.settings.model import DEVICE_KEYS


class DevicesTab(QWidget):
    """The Devices page; its editors are registered in ``dialog.editors``."""

    def __init__(self, dialog, values: dict[str, Any]):
        super().__init__(dialog.tabs)
        self.dialog = dialog
        form = QFormLayout(self)
        for key in DEVICE_KEYS:
            editor = QLineEdit(str(values.get(key, OPTIONS[key].default)), self)
            editor.setObjectName(f"setting_{key}")
            dialog.editors[key] = editor
            if key == "receipt_device":
                form.addRow(translate("Settings", OPTIONS[key].label),
                            self._with_test_print(editor))
                hint = QLabel(self.tr("pdf · escpos:tcp://HOST:9100 · escpos:usb:VID:PID · "
                                      "escpos:serial:/dev/ttyUSB0 · escpos:file:/dev/usb/lp0 · "
                                      "epson-rt:http://HOST"), self)
                hint.setWordWrap(True)
                palette.style_message(hint, "muted")
                form.addRow("", hint)
            else:
                form.addRow(translate("Settings", OPTIONS[key].label), editor)
        self.result = QLabel(self)
        self.result.setObjectName("testPrintResult")
        self.result.setWordWrap(True)
        form.addRow(self.result)

    def _with_test_print(self, editor: QLineEdit) -> QWidget:
        row = QWidget(self)
        self.test_print_button = QPushButton(self.tr("Test &print"), row)
        self.test_print_button.setObjectName("testPrintButton")
        self.test_print_button.clicked.connect(self.test_print)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(editor, 1)
        layout.addWidget(self.test_print_button)
        return row

    def test_print(self) -> None:
        """A test page on the device as typed (off the UI thread)."""
        typed = self.dialog.editors["receipt_device"].text().strip()
        devices, actor = self.dialog.services.devices, self.dialog.actor
        self.test_print_button.setEnabled(False)
        palette.style_message(self.result, "muted")
        self.result.setText(self.tr("Printing a test page…"))
        run_in_background(lambda _p: devices.test_print(actor, typed), parent=self,
                          show_progress=False, success=self._printed, failure=self._failed)

    def _printed(self, result) -> None:
        self.test_print_button.setEnabled(True)
        palette.style_message(self.result, "ok")
        self.result.setText(self.tr("The PDF receipt is used: print one with Ctrl+P after a "
                                    "sale.") if result.needs_pdf else
                            self.tr("Test page sent to %1.").replace("%1", result.device))

    def _failed(self, exc: BaseException) -> None:
        self.test_print_button.setEnabled(True)
        palette.style_message(self.result, "error")
        self.result.setText(error_text(exc))
