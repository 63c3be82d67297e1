"""The shell: panels in one window, login with the keyboard, switch user, focus keys."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPushButton, QWidget

from tests.conftest import TEST_PINS


def _seed_users(window):
    staff = window.services.staff
    staff.create_user(None, "mgr", "Maria Manager", "manager", TEST_PINS["mgr"])
    staff.create_user(None, "junior", "Giulia Junior", "junior", TEST_PINS["junior"])


def _login_dialog(window) -> QDialog:
    return window.findChild(QDialog, "loginDialog")


def _type_login(qtbot, window, login, pin):
    dialog = _login_dialog(window)
    user = dialog.findChild(QLineEdit, "loginUser")
    qtbot.keyClicks(user, login)
    qtbot.keyClick(user, Qt.Key.Key_Return)
    pin_edit = dialog.findChild(QLineEdit, "loginPin")
    qtbot.keyClicks(pin_edit, pin)
    qtbot.keyClick(pin_edit, Qt.Key.Key_Return)


def test_panels_have_contract_names(app_window):
    window = app_window()
    _seed_users(window)
    for name in ("counterPanel", "phonePanel", "queuePanel"):
        assert window.findChild(QWidget, name) is not None, name


def test_keyboard_login_then_switch_user(qtbot, app_window):
    window = app_window()
    _seed_users(window)
    window.show()
    qtbot.waitUntil(lambda: _login_dialog(window) is not None and _login_dialog(window).isVisible())
    assert not window.centralWidget().isEnabled()

    with qtbot.waitSignal(window.logged_in) as blocker:
        _type_login(qtbot, window, "junior", TEST_PINS["junior"])
    assert blocker.args[0].login == "junior"
    assert window.centralWidget().isEnabled()
    assert "Giulia Junior" in window.user_label.text()

    # Ctrl+L, typed wherever the keyboard focus is, locks and asks for the next user.
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _login_dialog(window) is not None and _login_dialog(window).isVisible())
    assert window.session.actor is None
    with qtbot.waitSignal(window.logged_in) as blocker:
        _type_login(qtbot, window, "mgr", TEST_PINS["mgr"])
    assert blocker.args[0].login == "mgr"


def test_wrong_pin_is_refused_and_says_so(qtbot, app_window):
    window = app_window()
    _seed_users(window)
    window.show()
    qtbot.waitUntil(lambda: _login_dialog(window) is not None)
    with qtbot.assertNotEmitted(window.logged_in):
        _type_login(qtbot, window, "junior", "9999")
    dialog = _login_dialog(window)
    assert dialog.isVisible()
    assert dialog.message.text()
    assert window.session.actor is None
    assert dialog.findChild(QLineEdit, "loginPin").text() == ""


def test_user_argument_logs_in_without_pin(app_window):
    probe = app_window()
    _seed_users(probe)
    window = app_window(user="mgr")
    assert window.session.actor.login == "mgr"
    assert window.findChild(QPushButton, "loginButton") is None


def test_idle_workstation_locks_itself(qtbot, app_window, settings):
    settings.set("auto_lock_minutes", 5)
    probe = app_window()
    _seed_users(probe)
    window = app_window(user="junior")
    assert window._idle_timer.isActive()
    assert window._idle_timer.interval() == 5 * 60 * 1000
    with qtbot.waitSignal(window.locked):
        window._idle_timer.timeout.emit()
    assert window.session.actor is None
