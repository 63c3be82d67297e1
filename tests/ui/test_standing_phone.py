"""Standing orders in the window: the app's own check at login, and a confirmation done
through the phone panel ending in the generated order in the shipping queue."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from counterapp.db.models import Call, PhoneNumber, StandingRun, Task
from counterapp.domain import schedule
from counterapp.services.standing_orders import StandingLineInput, StandingOrderInput
from counterapp.ui.standing.confirm_dialog import StandingConfirmDialog
from tests.services.test_standing_orders import Clock, build_shop

MONDAY = dt.datetime(2026, 11, 30, 9, 0)
WEDNESDAY = dt.date(2026, 12, 2)


def _window(app_window, qtbot):
    window = app_window(user=None)
    services = window.services
    services.ctx.clock = Clock(MONDAY)
    for login, name, role, pin in (("mgr", "Maria Manager", "manager", "1111"),
                                   ("am", "Andrea Account", "account-manager", "4444")):
        services.staff.create_user(None, login, name, role, pin)
    shop = build_shop(services)
    PhoneNumber.create(customer=shop["bar"], e164="+390212345678")
    so = services.standing.create(services.staff.actor("am"), StandingOrderInput(
        customer_id=shop["bar"], rrule=schedule.weekly([2]), start_date=WEDNESDAY,
        lines=(StandingLineInput(shop["coffee"], 4),), delivery_method="courier",
        needs_confirmation=True))
    # The first login runs the check off the UI thread: Wednesday's confirmation call.
    with qtbot.waitSignal(window.standing_runs.finished, timeout=10000) as first:
        window.set_actor(services.staff.actor("am"))
    assert first.args[0].confirm_tasks == 1
    return window, services, shop, so


def _answer_when_shown(qtbot, answer) -> None:
    """Answer the modal confirmation dialog as soon as it is up (it blocks the caller)."""
    def attempt():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, StandingConfirmDialog):
            answer(dialog)
        else:
            QTimer.singleShot(10, attempt)
    QTimer.singleShot(0, attempt)


def test_confirmation_on_the_call_then_the_order_in_the_queue(app_window, qtbot):
    window, services, shop, so = _window(app_window, qtbot)
    panel = window.phone_panel
    panel.refresh_call_list()
    rows = [panel.list_model.row_at(i) for i in range(panel.list_model.rowCount())]
    [index] = [i for i, row in enumerate(rows) if row.kind == "standing_confirm"]
    panel.open_url = lambda url: None
    panel.list_view.selectRow(index)
    assert panel.dial()
    panel.outcome_combo.setCurrentIndex(panel.outcome_combo.findData("information_given"))
    _answer_when_shown(qtbot, lambda dialog: dialog.confirm_button.click())
    assert panel.end_call()
    [run] = services.standing.runs(so.id)
    assert (run.run_date, run.status) == (WEDNESDAY, "confirmed")
    call = Call.get()
    assert call.outcome == "information_given"
    assert f"Standing order {so.id}, run of 02/12/2026: confirmed." in call.notes
    assert Task.get_by_id(run.confirm_task_id).status == "done"
    # Wednesday: the hourly check makes the order; the queue's search finds it.
    services.ctx.clock.day(WEDNESDAY)
    with qtbot.waitSignal(window.standing_runs.finished, timeout=10000) as check:
        assert window.standing_runs.run_now()
    [made] = check.args[0].made
    assert StandingRun.get(StandingRun.standing_order == so.id).status == "generated"
    queue = window.queue_panel
    qtbot.keyClicks(queue.search, made.order_number)
    qtbot.waitUntil(lambda: queue.model.total == 1, timeout=5000)
    assert queue.model.row_at(0).order_number == made.order_number


def test_a_closed_confirmation_keeps_the_call_open_and_a_skip_keeps_its_reason(app_window,
                                                                               qtbot):
    window, services, shop, so = _window(app_window, qtbot)
    panel = window.phone_panel
    panel.refresh_call_list()
    rows = [panel.list_model.row_at(i) for i in range(panel.list_model.rowCount())]
    [index] = [i for i, row in enumerate(rows) if row.kind == "standing_confirm"]
    panel.open_url = lambda url: None
    panel.list_view.selectRow(index)
    assert panel.dial()
    panel.outcome_combo.setCurrentIndex(panel.outcome_combo.findData("information_given"))
    _answer_when_shown(qtbot, lambda dialog: dialog.reject())
    assert not panel.end_call() and panel.call is not None
    assert services.standing.runs(so.id)[0].status == "waiting"

    def skip(dialog):
        dialog.skip_button.click()  # no reason: refused, the dialog stays
        assert "reason" in dialog.error.text()
        dialog.reason_edit.setText("chiusi per ferie")
        dialog.skip_button.click()
    _answer_when_shown(qtbot, skip)
    assert panel.end_call()
    [run] = services.standing.runs(so.id)
    assert (run.status, run.reason) == ("skipped", "chiusi per ferie")
    services.ctx.clock.day(WEDNESDAY)
    with qtbot.waitSignal(window.standing_runs.finished, timeout=10000) as check:
        window.standing_runs.run_now()
    assert check.args[0].made == []
