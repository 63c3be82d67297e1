"""The standing-order editor's controller with a real database, no Qt.

Flows (the editor dialog's test drives the same through the keyboard):
- simple choices → rule → words (English and Italian) and the next five dates, moved off a
  holiday (8 December) and Christmas, before anything is saved;
- the 31st of the month means the last day; weekdays ticked and unticked; no weekday left
  is refused by field;
- lines from the catalogue search, the same product adds up, quantity 0 removes;
- save creates (rep: the account manager), then update keeps the version; a colleague's save
  in between is a Conflict; pause / resume / end;
- a loaded standing order gives back the choices that build its rule.
"""

from __future__ import annotations

import datetime as dt

import pytest

from counterapp.domain.formatting import ITALIAN
from counterapp.services.standing_orders import StandingLineInput, StandingOrderInput
from counterapp.ui.common.controller import ControllerTexts
from counterapp.ui.standing.editor_controller import (
    MONTHLY_DAY,
    MONTHLY_LAST,
    WEEKLY,
    StandingEditorController,
    choice_from_rule,
)
from tests.services.test_standing_orders import Clock, build_shop

# Monday 30 November 2026.
T0 = dt.datetime(2026, 11, 30, 9, 0)


@pytest.fixture
def shop(services, staff):
    services.ctx.clock = Clock(T0)
    return build_shop(services)


def _editor(services, staff, shop, **kwargs) -> StandingEditorController:
    return StandingEditorController(services, staff["junior"], customer_id=shop["bar"], **kwargs)


def test_choices_make_the_rule_its_words_and_five_dates_moved_off_holidays(services, staff,
                                                                           shop):
    editor = _editor(services, staff, shop)
    editor.set_schedule(kind=WEEKLY, weekdays=(1,), interval=1, start=dt.date(2026, 12, 1))
    state = editor.state.value
    assert state.rule == "FREQ=WEEKLY;BYDAY=TU"
    assert state.words == "every week on Tuesday"
    # Tuesday 8 December is the Immacolata: that run moves to Wednesday the 9th.
    assert state.dates == (dt.date(2026, 12, 1), dt.date(2026, 12, 9), dt.date(2026, 12, 15),
                           dt.date(2026, 12, 22), dt.date(2026, 12, 29))
    assert state.dates_text[1] == "09/12/2026"
    editor.toggle_weekday(3, True)
    editor.set_schedule(interval=2)
    assert editor.state.value.rule == "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH"
    assert editor.state.value.words == "every 2 weeks on Tuesday and Thursday"


def test_monthly_on_christmas_moves_to_the_next_working_day_in_italian(services, staff, shop):
    editor = _editor(services, staff, shop, texts=ControllerTexts(locale=lambda: ITALIAN))
    editor.set_schedule(kind=MONTHLY_DAY, day=25, start=dt.date(2026, 12, 1))
    state = editor.state.value
    assert state.rule == "FREQ=MONTHLY;BYMONTHDAY=25"
    assert state.words == "ogni mese il giorno 25"
    # Friday 25 December 2026 is Christmas, the 26th Santo Stefano, then a Sunday.
    assert state.dates[0] == dt.date(2026, 12, 28)
    assert state.dates_text[0] == "28/12/2026"
    assert len(state.dates) == 5
    editor.set_schedule(day=31)
    assert editor.state.value.rule == "FREQ=MONTHLY;BYMONTHDAY=-1"
    assert editor.state.value.words == "ogni mese l'ultimo giorno"
    # The last day of February 2027 is a Sunday: Monday 1 March.
    assert dt.date(2027, 3, 1) in editor.state.value.dates


def test_no_weekday_is_refused_by_field_and_the_dates_go(services, staff, shop):
    editor = _editor(services, staff, shop)
    editor.set_schedule(kind=WEEKLY, weekdays=(0,))
    editor.toggle_weekday(0, False)
    state = editor.state.value
    assert (state.rule, state.dates, state.error_field) == ("", (), "weekdays")
    assert editor.save() is False
    editor.toggle_weekday(4, True)
    assert editor.state.value.error_field == "" and editor.state.value.rule.endswith("BYDAY=FR")


def test_lines_save_pause_resume_end_and_a_colleagues_change(services, staff, shop):
    editor = _editor(services, staff, shop)
    editor.set_schedule(kind=MONTHLY_LAST, start=dt.date(2026, 12, 1))
    assert editor.save() is False and editor.state.value.error_field == "lines"
    [coffee] = [r for r in editor.search("caffe") if r.id == shop["coffee"]]
    editor.add_line(coffee, 2)
    editor.add_line(coffee, 1)
    [sugar] = [r for r in editor.search("zucchero") if r.id == shop["sugar"]]
    editor.add_line(sugar, 5)
    editor.set_quantity(1, 0)
    editor.set_details(notes="Portare in magazzino", needs_confirmation=True)
    assert [(line.sku, line.quantity) for line in editor.state.value.lines] == [("CAFFE1", 3)]
    assert editor.save() is True
    saved = editor.state.value.standing
    assert (saved.rep_login, saved.rrule, saved.status, saved.notes) == (
        "am", "FREQ=MONTHLY;BYMONTHDAY=-1", "active", "Portare in magazzino")
    assert saved.next_run == dt.date(2026, 12, 31)
    assert editor.state.value.message == f"Standing order {saved.id} saved."
    assert editor.change_status("pause") and editor.state.value.status == "paused"
    assert editor.change_status("resume") and editor.state.value.status == "active"
    # A colleague saves first: ours is refused, nothing overwritten.
    services.standing.update(staff["am"], saved.id, StandingOrderInput(
        customer_id=shop["bar"], rrule=saved.rrule, start_date=saved.start_date,
        lines=(StandingLineInput(shop["sugar"], 1),)),
        expected_version=services.standing.get(saved.id).version)
    editor.set_details(notes="changed")
    assert editor.save() is False
    assert "changed by someone else" in editor.state.value.error
    assert [line.product_id for line in services.standing.get(saved.id).lines] == [shop["sugar"]]
    assert editor.change_status("end") and editor.state.value.status == "ended"


def test_a_loaded_standing_order_gives_back_its_choices(services, staff, shop):
    editor = _editor(services, staff, shop)
    editor.set_schedule(kind=WEEKLY, weekdays=(1, 4), interval=2, start=dt.date(2026, 12, 1))
    [coffee] = [r for r in editor.search("CAFFE1") if r.id == shop["coffee"]]
    editor.add_line(coffee, 4)
    assert editor.save()
    again = StandingEditorController(services, staff["am"],
                                     standing_id=editor.state.value.standing.id)
    choice = again.state.value.choice
    assert (choice.kind, choice.weekdays, choice.interval) == (WEEKLY, (1, 4), 2)
    assert again.state.value.dates == editor.state.value.dates
    start = dt.date(2026, 12, 1)
    assert choice_from_rule("FREQ=MONTHLY;BYMONTHDAY=28,29,30;BYSETPOS=-1", start).day == 30
    assert choice_from_rule("FREQ=MONTHLY;BYMONTHDAY=31", start).kind == "custom"
    assert choice_from_rule("FREQ=DAILY;COUNT=3", start).kind == "custom"


def test_make_standing_from_a_past_order_copies_its_lines(services, staff, shop):
    from decimal import Decimal  # noqa: PLC0415

    from counterapp.services.cart import CartDraft, CartLineInput, PaymentInput  # noqa: PLC0415

    sale = services.checkout.checkout(
        staff["am"], CartDraft(lines=(CartLineInput(shop["coffee"], 2),
                                      CartLineInput(shop["sugar"], 5),
                                      CartLineInput(shop["coffee"], 1)),
                               customer_id=shop["bar"], channel="phone"),
        [PaymentInput("account", Decimal("85.40"))], sale_uuid="past")
    editor = StandingEditorController(services, staff["am"], order_number=sale.number)
    state = editor.state.value
    assert state.customer_id == shop["bar"] and state.standing is None
    assert [(line.sku, line.quantity) for line in state.lines] == [("CAFFE1", 3), ("ZUCC", 5)]
    editor.set_schedule(kind=MONTHLY_DAY, day=1, start=dt.date(2026, 12, 1))
    assert editor.save()
    assert [(ln.sku, ln.quantity) for ln in editor.state.value.standing.lines] == [
        ("CAFFE1", 3), ("ZUCC", 5)]


def test_the_calls_confirmation_controller_settles_the_run_with_the_call(services, staff,
                                                                         shop):
    from counterapp.db.models import Call  # noqa: PLC0415
    from counterapp.ui.standing.confirm_controller import (  # noqa: PLC0415
        StandingConfirmController,
    )

    editor = _editor(services, staff, shop)
    editor.set_schedule(kind=WEEKLY, weekdays=(2,), start=dt.date(2026, 12, 2))
    [coffee] = [r for r in editor.search("CAFFE1") if r.id == shop["coffee"]]
    editor.add_line(coffee, 4)
    editor.set_details(needs_confirmation=True)
    assert editor.save()
    so = editor.state.value.standing
    services.standing.run_due(staff["mgr"])  # Monday: Wednesday's confirmation task
    [task] = [r for r in services.tasks.call_list(staff["am"]) if r.kind == "standing_confirm"]
    run = StandingConfirmController.for_task(services, task.task_id)
    assert (run.standing_order_id, run.run_date, run.status) == (so.id, dt.date(2026, 12, 2),
                                                                 "waiting")
    assert StandingConfirmController.for_task(services, None) is None
    call = services.calls.start_call(staff["am"], "+390212345678", direction="outbound",
                                     customer_id=shop["bar"])
    confirm = StandingConfirmController(services, staff["am"], run, call_id=call.id)
    assert confirm.skip("  ") is False
    assert confirm.state.value.error.startswith("reason")
    assert confirm.skip("ferie") is True
    assert confirm.state.value.note == (f"Standing order {so.id}, run of 02/12/2026: "
                                        "skipped (ferie).")
    [history] = services.standing.runs(so.id)
    assert (history.status, history.reason) == ("skipped", "ferie")
    # Settled: the task is no longer a confirmation to ask about.
    assert StandingConfirmController.for_task(services, task.task_id) is None
    assert Call.get_by_id(call.id).customer_id == shop["bar"]
