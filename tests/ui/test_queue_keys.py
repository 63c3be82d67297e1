"""The queue from the keyboard (#12 item 9): Down from the search into the table, the
tracking-number question at dispatch, stale errors cleared by typing, the search hint."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit

from counterapp.db.models import Shipment
from tests.ui.test_queue_panel import _scan, _ship, _window
from tests.ui.window_helpers import seed_users, ui_language

MONDAY = dt.datetime(2026, 11, 23, 10)


def _answer(qtbot, key, seen: list) -> QTimer:
    """Press ``key`` in the tracking question as soon as it is shown and active.

    The box must be the active window for its Alt mnemonics to fire; a key pressed that did
    nothing closes the box by hand and records "stuck", so the test fails instead of hanging.
    """
    timer = QTimer()
    timer.setInterval(10)
    ticks = {"waited": 0, "pressed": 0}

    def poll():
        box = next((w for w in QApplication.topLevelWidgets()
                    if w.objectName() == "trackingLaterDialog" and w.isVisible()), None)
        if box is None:
            return
        if ticks["pressed"]:
            ticks["pressed"] += 1
            if ticks["pressed"] > 100:
                timer.stop()
                seen.append("stuck")
                box.reject()
            return
        box.activateWindow()
        ticks["waited"] += 1
        if QApplication.activeWindow() is not box and ticks["waited"] < 100:
            return
        seen.append(box.text())
        ticks["pressed"] = 1
        qtbot.keyClick(box, key, Qt.KeyboardModifier.AltModifier
                       if key != Qt.Key.Key_Return else Qt.KeyboardModifier.NoModifier)

    timer.timeout.connect(poll)
    timer.start()
    return timer


def test_down_from_the_search_goes_into_the_table(app_window, qtbot):
    window, panel = _window(app_window, now=MONDAY)
    _ship(window.services, "2026-000001")
    _ship(window.services, "2026-000002")
    panel.apply_filters()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    panel.focus_main_field()
    qtbot.keyClick(panel.search, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is panel.table
    assert [i.row() for i in panel.table.selectionModel().selectedRows()] == [0]
    qtbot.keyClick(panel.table, Qt.Key.Key_Down)
    assert [i.row() for i in panel.table.selectionModel().selectedRows()] == [1]


def test_courier_without_tracking_asks_enter_goes_back_alt_l_dispatches(app_window, qtbot):
    window, panel = _window(app_window, now=MONDAY)
    shipment = _ship(window.services, "2026-000001")
    panel.apply_filters()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    panel.focus_main_field()
    _scan(qtbot, panel, "2026-000001")
    seen: list[str] = []
    # Enter takes the default: back to type the number; nothing leaves.
    timer = _answer(qtbot, Qt.Key.Key_Return, seen)
    qtbot.mouseClick(panel.dispatch_button, Qt.MouseButton.LeftButton)
    timer.stop()
    assert seen and "2026-000001" in seen[0] and "stuck" not in seen
    assert Shipment.get_by_id(shipment.id).status == "new"
    # (offscreen, no window is re-activated after a modal box: ask the window itself)
    assert window.focusWidget() is panel.tracking
    # Alt+L: dispatch now, the number comes later.
    timer = _answer(qtbot, Qt.Key.Key_L, seen)
    qtbot.mouseClick(panel.dispatch_button, Qt.MouseButton.LeftButton)
    timer.stop()
    assert len(seen) == 2 and "stuck" not in seen
    assert Shipment.get_by_id(shipment.id).status == "dispatched"


def test_typing_in_the_search_clears_a_stale_error(app_window, qtbot):
    window, panel = _window(app_window, now=MONDAY)
    _ship(window.services, "2026-000001")
    panel.apply_filters()
    _scan(qtbot, panel, "2026-000001")
    qtbot.keyClicks(panel.tracking, "12345")  # not a BRT number
    qtbot.mouseClick(panel.dispatch_button, Qt.MouseButton.LeftButton)
    assert panel.error_label.text()
    qtbot.keyClicks(panel.search, "2")
    assert panel.error_label.text() == ""


@pytest.mark.parametrize("size", [QSize(1280, 720), QSize(1400, 900)])
def test_search_hint_is_not_cut_in_italian(qtbot, app_window, size):
    with ui_language("it"):
        probe = app_window()
        seed_users(probe.services)
        window = app_window(user="mgr")
        window.resize(size)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.size() == size)
        window.focus_panel("queue")
        search = window.findChild(QLineEdit, "queueSearch")
        hint = search.placeholderText()

        def fits() -> bool:
            room = search.contentsRect().width() - 28  # frame, margins, clear button
            return search.fontMetrics().horizontalAdvance(hint) <= room

        qtbot.waitUntil(fits, timeout=2000)
        assert "Enter" in search.toolTip() or "Invio" in search.toolTip()
