"""The standing-order editor and list driven by keyboard (pytest-qt, real SQLite)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt

from counterapp.ui.standing.editor_dialog import StandingEditorDialog
from counterapp.ui.standing.list_dialog import StandingListDialog
from tests.conftest import TEST_PINS
from tests.services.test_standing_orders import Clock, build_shop

T0 = dt.datetime(2026, 11, 30, 9, 0)  # a Monday


@pytest.fixture
def ui_services(sqlite_url, settings):
    from tests.conftest import _open  # noqa: PLC0415

    svc = _open(sqlite_url, settings)
    for login, role in (("mgr", "manager"), ("senior", "senior"), ("junior", "junior"),
                        ("am", "account-manager")):
        svc.staff.create_user(None, login, login.title(), role, TEST_PINS[login])
    svc.ctx.clock = Clock(T0)
    yield svc
    svc.ctx.db.close()


@pytest.fixture
def shop(ui_services):
    return build_shop(ui_services)


def test_fill_by_keyboard_see_the_dates_and_save(qtbot, ui_services, shop):
    junior = ui_services.staff.actor("junior")
    dialog = StandingEditorDialog(ui_services, junior, customer_id=shop["bar"])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # shortcuts (Ctrl+S) reach the active window
    assert dialog.focusWidget() is dialog.kind_combo
    # Every 2 weeks on Tuesday, from Tuesday 1 December.
    dialog.start_edit.setDate(QDate(2026, 12, 1))
    qtbot.keyClick(dialog.interval_spin, Qt.Key.Key_Up)
    qtbot.keyClick(dialog.weekday_checks[0], Qt.Key.Key_Space)  # Monday off
    qtbot.keyClick(dialog.weekday_checks[1], Qt.Key.Key_Space)  # Tuesday on
    assert dialog.words_label.text() == "every 2 weeks on Tuesday"
    # Tuesday 15 December is a run; 29 December too; 8 December is not (fortnightly).
    assert dialog.dates_label.text().split("\n") == [
        "01/12/2026", "15/12/2026", "29/12/2026", "12/01/2027", "26/01/2027"]
    # Monthly on the 8th: the Immacolata moves the first run to the 9th.
    dialog.kind_combo.setFocus()
    qtbot.keyClick(dialog.kind_combo, Qt.Key.Key_Down)
    assert dialog.controller.state.value.choice.kind == "monthly_day"
    dialog.day_spin.setFocus()
    dialog.day_spin.selectAll()
    qtbot.keyClicks(dialog.day_spin, "8")
    qtbot.keyClick(dialog.interval_spin, Qt.Key.Key_Down)
    assert dialog.words_label.text() == "every month on day 8"
    assert dialog.dates_label.text().split("\n")[0] == "09/12/2026"
    # A product by search + Enter, the quantity, Enter on the result.
    qtbot.keyClicks(dialog.search_edit, "caffe")
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Return)
    assert dialog.focusWidget() is dialog.results_list and dialog.results_list.count() >= 1
    dialog.quantity_spin.setValue(4)
    dialog.results_list.setFocus()
    qtbot.keyClick(dialog.results_list, Qt.Key.Key_Return)
    assert dialog.lines_model.rowCount() == 1
    assert dialog.lines_model.row_at(0).quantity == 4
    assert dialog.focusWidget() is dialog.search_edit
    qtbot.keyClicks(dialog.notes_edit, "Scarico dal retro")
    qtbot.keyClick(dialog.confirm_check, Qt.Key.Key_Space)
    assert ui_services.standing.list_standing(shop["bar"]) == []
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.message.text().startswith("Standing order")
    [saved] = ui_services.standing.list_standing(shop["bar"])
    assert (saved.rrule, saved.start_date, saved.rep_login, saved.needs_confirmation,
            saved.notes) == ("FREQ=MONTHLY;BYMONTHDAY=8", dt.date(2026, 12, 1), "am", True,
                             "Scarico dal retro")
    assert [(line.sku, line.quantity) for line in saved.lines] == [("CAFFE1", 4)]
    assert saved.next_run == dt.date(2026, 12, 9)
    assert "saved" in dialog.message.text()
    assert dialog.pause_button.isEnabled() and not dialog.resume_button.isEnabled()
    dialog.pause_button.click()
    assert ui_services.standing.get(saved.id).status == "paused"
    assert dialog.resume_button.isEnabled()


def test_no_weekday_left_says_so_next_to_the_schedule(qtbot, ui_services, shop):
    dialog = StandingEditorDialog(ui_services, ui_services.staff.actor("am"),
                                  customer_id=shop["bar"])
    qtbot.addWidget(dialog)
    monday = dialog.weekday_checks[0]
    assert monday.isChecked()
    monday.click()
    assert dialog.dates_label.text() == ""
    assert "weekdays" in dialog.schedule_error.text()


def test_the_list_shows_the_runs_and_opens_the_editor(qtbot, ui_services, shop):
    from counterapp.domain import schedule  # noqa: PLC0415
    from counterapp.services.standing_orders import (  # noqa: PLC0415
        StandingLineInput,
        StandingOrderInput,
    )

    am = ui_services.staff.actor("am")
    so = ui_services.standing.create(am, StandingOrderInput(
        customer_id=shop["bar"], rrule=schedule.weekly([1]), start_date=dt.date(2026, 12, 1),
        lines=(StandingLineInput(shop["coffee"], 2),), needs_confirmation=True,
        rep_login="junior", delivery_method=""))
    ui_services.standing.skip_run(am, so.id, dt.date(2026, 12, 1), "chiusi per inventario")
    dialog = StandingListDialog(ui_services, am, shop["bar"], customer_name="Bar Centrale")
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 1).data() == "every week on Tuesday"
    assert dialog.runs_model.rowCount() == 1
    assert [dialog.runs_model.index(0, c).data() for c in (1, 4)] == [
        "skipped", "chiusi per inventario"]
    dialog.open_selected()
    editors = [w for w in dialog.findChildren(StandingEditorDialog)]
    assert len(editors) == 1
    assert editors[0].controller.state.value.standing.id == so.id
    # Filling the combos kept what was loaded (it reset them to the first choice).
    state = editors[0].controller.state.value
    assert (state.rep_login, state.delivery_method) == ("junior", "")
    assert editors[0].rep_combo.currentData() == "junior"


def test_confirm_with_other_quantities_for_this_run_only(qtbot, ui_services, shop):
    from counterapp.domain import schedule  # noqa: PLC0415
    from counterapp.services.standing_orders import (  # noqa: PLC0415
        StandingLineInput,
        StandingOrderInput,
    )
    from counterapp.ui.standing.confirm_dialog import StandingConfirmDialog  # noqa: PLC0415

    am = ui_services.staff.actor("am")
    so = ui_services.standing.create(am, StandingOrderInput(
        customer_id=shop["bar"], rrule=schedule.weekly([2]), start_date=dt.date(2026, 12, 2),
        lines=(StandingLineInput(shop["coffee"], 4), StandingLineInput(shop["sugar"], 10)),
        needs_confirmation=True))
    ui_services.standing.run_due(ui_services.staff.actor("mgr"))
    [run] = ui_services.standing.runs(so.id)
    dialog = StandingConfirmDialog(ui_services, am, run)
    qtbot.addWidget(dialog)
    assert dialog.quantity_spin.value() == 4  # the first line is selected
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    assert dialog.quantity_spin.value() == 10
    dialog.quantity_spin.setValue(0)  # no sugar this time
    qtbot.keyClick(dialog.table, Qt.Key.Key_Up)
    dialog.quantity_spin.setValue(6)
    dialog.changes_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert "CAFFE1 × 6" in dialog.note
    [settled] = ui_services.standing.runs(so.id)
    assert settled.status == "confirmed_with_changes"
    assert settled.lines_override == ((shop["coffee"], 6),)
    # The standing order itself keeps its lines.
    assert [ln.quantity for ln in ui_services.standing.get(so.id).lines] == [4, 10]
