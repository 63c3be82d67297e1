"""Settings ▸ Devices: the receipt device with its Test print, the departments; bad values
are refused naming the field and nothing is stored."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from counterapp.ui.settings.dialog import SettingsDialog
from tests.fiscal_simulator import FiscalSimulator
from tests.ui.window_helpers import seed_users


def test_devices_page_test_print_and_save(qtbot, app_window):
    probe = app_window()
    seed_users(probe.services)
    window = app_window(user="mgr")
    dialog = SettingsDialog(window.services, window.settings, window.session, window)
    qtbot.addWidget(dialog)
    device = dialog.findChild(QLineEdit, "setting_receipt_device")
    departments = dialog.findChild(QLineEdit, "setting_fiscal_departments")
    assert dialog.tabs.indexOf(dialog.devices_tab) >= 0 and device.text() == "pdf"
    with FiscalSimulator() as sim:
        device.setText(f"epson-rt:{sim.url}")
        dialog.devices_tab.test_print_button.click()
        qtbot.waitUntil(lambda: "Test page sent" in dialog.devices_tab.result.text())
        assert [d.kind for d in sim.journal] == ["non_fiscal"]
        assert window.settings.get("receipt_device") == "pdf"  # tested, not saved yet

        departments.setText("22:1;10:x")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
        qtbot.waitUntil(lambda: "10:x" in dialog.message.text())
        assert window.settings.get("receipt_device") == "pdf"
        assert departments.hasFocus() or dialog.tabs.currentWidget() is dialog.devices_tab

        departments.setText("22:1;10:2;4:3")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
        qtbot.waitUntil(lambda: window.settings.get("receipt_device") != "pdf")
        assert window.settings.get("receipt_device") == f"epson-rt:{sim.url}"
        assert window.settings.get("fiscal_departments") == "22:1;10:2;4:3"
        assert window.services.devices.describe() == (f"epson-rt:{sim.url}", True)
