"""#12 item 7: F1 lists the focused panel's keys; Help has Keyboard shortcuts, Open log
folder and About; the menu bar's Alt letters are unique in English and in Italian.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog

from tests.ui.window_helpers import seed_users, ui_language

COUNTER_KEYS = ["F2", "+", "−", "N*", "Del", "F6", "F7", "F8", "F9", "F10", "F11", "F12",
                "Ctrl+R"]


def _window(qtbot, app_window):
    probe = app_window()
    seed_users(probe.services)
    window = app_window(user="junior")
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def _card_after(qtbot, trigger) -> tuple[list[str], str]:
    seen = {}

    def read() -> None:
        card = QApplication.activeModalWidget()
        seen["keys"] = [key for key, _text in card.rows]
        seen["name"] = card.objectName()
        card.reject()

    QTimer.singleShot(0, read)
    trigger()
    qtbot.waitUntil(lambda: "keys" in seen)
    return seen["keys"], seen["name"]


def _native(key: str) -> str:
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


def test_f1_lists_the_counter_keys(qtbot, app_window):
    window = _window(qtbot, app_window)
    window.focus_panel("counter")
    focus = QApplication.focusWidget()
    keys, name = _card_after(qtbot, lambda: qtbot.keyClick(focus, Qt.Key.Key_F1))
    assert name == "keyCard"
    missing = [k for k in COUNTER_KEYS if k not in keys and _native(k) not in keys]
    assert missing == []


@pytest.mark.parametrize("panel,key", [("phone", "F3"), ("queue", "F4")])
def test_f1_lists_the_keys_of_the_panel_with_the_focus(qtbot, app_window, panel, key):
    window = _window(qtbot, app_window)
    window.focus_panel(panel)
    keys, _name = _card_after(qtbot, window.show_key_card)
    assert key in keys
    assert "F12" not in keys  # not the counter's card


def test_help_menu_has_shortcuts_log_folder_and_about(qtbot, app_window):
    window = _window(qtbot, app_window)
    names = [a.objectName() for a in window.help_menu.actions()]
    assert names == ["keyboardShortcutsAction", "openLogFolderAction", "aboutAction"]
    shortcuts = window.findChild(QAction, "keyboardShortcutsAction")
    assert shortcuts.shortcut() == QKeySequence("F1")


def _alt_letters(window) -> list[str]:
    letters = []
    for action in window.menuBar().actions():
        text = action.text().replace("&&", "")
        assert "&" in text, f"menu '{text}' has no Alt letter"
        letters.append(text[text.index("&") + 1].lower())
    return letters


@pytest.mark.parametrize("language", ["en", "it"])
def test_menu_bar_alt_letters_are_unique(qtbot, app_window, language):
    # Italian: whatever the catalogue in resources/i18n holds at the time.
    with ui_language(language):
        probe = app_window()
        seed_users(probe.services)
        window = app_window(user="mgr")
        letters = _alt_letters(window)
        titles = [action.text() for action in window.menuBar().actions()]
    assert len(letters) == len(set(letters)), letters
    # 'make test' builds the .qm first; without it this would check English twice.
    assert ("&View" in titles) == (language == "en"), titles


def test_a_menu_entry_the_role_may_not_use_is_disabled_with_the_reason(qtbot, app_window):
    window = _window(qtbot, app_window)  # a junior
    settings = window.findChild(QAction, "settingsAction")
    assert not settings.isEnabled()
    assert "ask a manager" in settings.toolTip()
    assert window.tools_menu.toolTipsVisible()
    window.lock()
    assert not window.findChild(QAction, "focusCounterAction").isEnabled()
    assert window.findChild(QAction, "aboutAction").isEnabled()
    assert isinstance(window.findChild(QDialog, "loginDialog"), QDialog)


def test_the_sale_menu_lists_the_cart_keys_whatever_has_the_focus(qtbot, app_window):
    window = _window(qtbot, app_window)
    window.focus_panel("phone")
    entry = window.findChild(QAction, "cartKeysAction")
    assert entry in window.sale_menu.actions()
    keys, _name = _card_after(qtbot, entry.trigger)
    assert {"+", "−", "N*", "Del"} <= set(keys)
