"""#12 item 8: Tools ▸ Settings — managers only; changes persist; a bad database URL is
refused before anything is saved."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QLineEdit, QSpinBox

from counterapp.domain.errors import PermissionDenied, ValidationError
from counterapp.services.company import FIELD_NAMES
from counterapp.services.settings_admin import EDITABLE
from counterapp.settings import Settings
from counterapp.ui.settings.dialog import SettingsDialog
from counterapp.ui.settings.model import COMPANY_LABELS, pages
from tests.ui.window_helpers import seed_users


@pytest.fixture
def window(app_window):
    probe = app_window()
    seed_users(probe.services)
    return app_window(user="mgr")


def _dialog(qtbot, window) -> SettingsDialog:
    dialog = SettingsDialog(window.services, window.settings, window.session, window)
    qtbot.addWidget(dialog)
    return dialog


def _ok(dialog: SettingsDialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def _choose(combo: QComboBox, value: str) -> None:
    combo.setCurrentIndex(combo.findData(value))


def test_every_option_has_a_place(qtbot, window):
    placed = [key for _title, keys in pages(EDITABLE) for key in keys]
    assert sorted(placed) == sorted(EDITABLE)
    assert {"database_url", "language", "auto_lock_minutes", "receipt_after_sale",
            "backup_folder", "printer_receipt"} <= set(placed)
    assert tuple(COMPANY_LABELS) == FIELD_NAMES
    dialog = _dialog(qtbot, window)
    assert set(dialog.editors) == set(EDITABLE) | {f"company.{n}" for n in FIELD_NAMES}


def test_a_junior_cannot_open_it(qtbot, app_window):
    probe = app_window()
    seed_users(probe.services)
    window = app_window(user="junior")
    action = window.findChild(QAction, "settingsAction")
    assert not action.isEnabled()
    assert "ask a manager" in action.toolTip()
    with pytest.raises(PermissionDenied):
        window.services.settings_admin.save(window.session.actor, {"auto_lock_minutes": 1}, {})
    assert window.settings.get("auto_lock_minutes") == 5


def test_a_manager_changes_auto_lock_and_receipt_mode_and_they_persist(qtbot, window, tmp_path):
    done = {}

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.findChild(QSpinBox, "setting_auto_lock_minutes").setValue(12)
        _choose(dialog.findChild(QComboBox, "setting_receipt_after_sale"), "none")
        dialog.findChild(QLineEdit, "company_name").setText("Ferramenta Bianchi S.r.l.")
        dialog.findChild(QSpinBox, "setting_standing_confirm_days").setValue(4)
        _ok(dialog)
        done["ok"] = True

    QTimer.singleShot(0, fill)
    window.findChild(QAction, "settingsAction").trigger()
    assert done
    again = Settings(window.settings.path)  # what the next start reads
    assert again.get("auto_lock_minutes") == 12
    assert again.get("receipt_after_sale") == "none"
    assert window._idle_timer.interval() == 12 * 60 * 1000
    assert window.services.settings_admin.company().name == "Ferramenta Bianchi S.r.l."
    assert window.services.standing.confirm_days() == 4
    entries = window.services.audit.search(window.session.actor, action="settings_changed")
    assert "auto_lock_minutes" in entries[0].after and "12" in entries[0].after


@pytest.mark.parametrize("bad", ["sqlite:////no/such/folder/shop.db", "mysql://x/y",
                                 "not a url", "NOT-OURS"])
def test_a_bad_database_url_is_refused_before_saving(qtbot, window, tmp_path, bad):
    if bad == "NOT-OURS":
        other = tmp_path / "other.db"
        sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
        bad = f"sqlite:///{other}"
    dialog = _dialog(qtbot, window)
    dialog.findChild(QSpinBox, "setting_auto_lock_minutes").setValue(30)
    dialog.findChild(QLineEdit, "setting_database_url").setText(bad)
    _ok(dialog)
    qtbot.waitUntil(lambda: "database_url" in dialog.message.text())
    assert dialog.result() != SettingsDialog.DialogCode.Accepted
    assert dialog.tabs.currentIndex() == 0  # the page with the field
    again = Settings(window.settings.path)
    assert again.get("database_url") == ""
    assert again.get("auto_lock_minutes") == 5, "all or nothing"


def test_the_test_button_accepts_a_counterapp_database(qtbot, window, sqlite_url):
    dialog = _dialog(qtbot, window)
    dialog.findChild(QLineEdit, "setting_database_url").setText(sqlite_url)
    dialog.test_button.click()
    qtbot.waitUntil(lambda: "CounterApp database" in dialog.message.text())
    with pytest.raises(ValidationError) as refused:
        window.services.settings_admin.check_database_url("sqlite:////no/such.db")
    assert refused.value.field == "database_url"
