"""#12 item 10: while locked (or before the first login) no panel shows behind the login.

Before, the panels were only disabled: customer names in the queue and the caller card
stayed readable behind the PIN dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from tests.ui.window_helpers import seed_users

PANELS = ("counterPanel", "phonePanel", "queuePanel")


def _shown_panels(window) -> list[str]:
    return [name for name in PANELS if window.findChild(QWidget, name).isVisible()]


def test_locking_hides_every_panel_behind_the_login(qtbot, app_window):
    probe = app_window()
    seed_users(probe.services)
    window = app_window(user="mgr")
    window.resize(QSize(1920, 1080))  # wide: all three panels at once
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: len(_shown_panels(window)) == 3)

    with qtbot.waitSignal(window.locked):
        window.lock()
    login = window.findChild(QDialog, "loginDialog")
    qtbot.waitUntil(lambda: login.isVisible())
    assert _shown_panels(window) == []
    assert window.findChild(QLabel, "lockScreen").isVisible()
    picture = window.grab()  # what is on the screen behind the dialog
    assert not picture.isNull()
    assert not any(w.isVisible() for name in PANELS
                   for w in window.findChild(QWidget, name).findChildren(QWidget))

    with qtbot.waitSignal(window.logged_in):
        window.set_actor(window.services.staff.actor("mgr"))
    assert len(_shown_panels(window)) == 3


def test_before_the_first_login_no_panel_shows(qtbot, app_window):
    probe = app_window()
    seed_users(probe.services)
    window = app_window()
    window.show()
    qtbot.waitUntil(lambda: window.findChild(QDialog, "loginDialog") is not None)
    assert _shown_panels(window) == []
