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
    # ...and again every hour while the window is open.
    timer = window.standing_runs.timer
    assert timer.isActive() and timer.interval() == 60 * 60 * 1000
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


def test_the_caller_card_shows_next_runs_and_opens_standing_orders(app_window, qtbot):
    from counterapp.ui.standing.editor_dialog import StandingEditorDialog  # noqa: PLC0415
    from counterapp.ui.standing.list_dialog import StandingListDialog  # noqa: PLC0415

    window, services, shop, so = _window(app_window, qtbot)
    services.standing.confirm_run(services.staff.actor("am"), so.id, WEDNESDAY)
    services.ctx.clock.day(WEDNESDAY)
    with qtbot.waitSignal(window.standing_runs.finished, timeout=10000) as check:
        window.standing_runs.run_now()
    [made] = check.args[0].made
    panel = window.phone_panel
    assert panel.take_call("+39 02 1234 5678")
    text = panel.card_view.toPlainText()
    # The next runs from the schedule (9 and 16 December), not the old interval text.
    assert "Standing orders: next runs" in text
    assert f"09/12/2026 – standing order {so.id}" in text
    assert "Standing orders…" in text and "Make standing" in text
    html = panel.card_view.toHtml()
    assert f"standing:{shop['bar']}" in html and f"makestanding:{made.order_number}" in html
    panel.card_view.standing_requested.emit(shop["bar"])
    [listing] = panel.findChildren(StandingListDialog)
    assert listing.model.rowCount() == 1 and listing.runs_model.rowCount() == 1
    listing.reject()
    panel.card_view.make_standing_requested.emit(made.order_number)
    [editor] = panel.findChildren(StandingEditorDialog)
    assert [(line.sku, line.quantity) for line in editor.controller.state.value.lines] == [
        ("CAFFE1", 4)]
    assert editor.controller.state.value.standing is None
    editor.reject()


def test_the_customer_dialog_opens_the_accounts_standing_orders(app_window, qtbot):
    from counterapp.ui.customers.customer_dialog import CustomerDialog  # noqa: PLC0415
    from counterapp.ui.standing.list_dialog import StandingListDialog  # noqa: PLC0415

    window, services, shop, so = _window(app_window, qtbot)
    dialog = CustomerDialog(services, services.staff.actor("am"), shop["bar"], window)
    qtbot.addWidget(dialog)
    assert not dialog.standing_button.isHidden()
    dialog.standing_button.click()
    [listing] = dialog.findChildren(StandingListDialog)
    assert listing.model.row_at(0).id == so.id
    new = CustomerDialog(services, services.staff.actor("am"), None, window)
    qtbot.addWidget(new)
    assert new.standing_button.isHidden()
