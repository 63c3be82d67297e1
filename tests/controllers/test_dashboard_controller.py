"""``DashboardController`` and ``MonthFigureController`` on a real database, no Qt.

The flows the widget tests (tests/ui/test_dashboard.py) drive, one level down:

1. the counter's line: credited net against quota, whole per cent, working days left; no
   quota says so (no division); it changes after a sale
2. a senior's leaderboard starts on exactly their mentees; "everyone" when the shop lets
   reps see each other, only their own row when it does not
3. a manager sees everyone and picks the month; nobody else can pick one
4. picking a rep shows their month under "My month" (summary, chart)
5. close (audited by the service), a second close says who closed it and when; reopen
6. a junior's close is refused, named, and nothing is closed
7. the month's CSV export and a rep's statement PDF (read back)
"""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal
from io import BytesIO

import pytest
from pypdf import PdfReader

from counterapp.services.performance import MonthFigure, PerformanceOptions
from counterapp.ui.common.controller import ControllerTexts
from counterapp.ui.dashboard.controller import EVERYONE, ME, MENTEES, DashboardController
from counterapp.ui.dashboard.controller_figure import MonthFigureController, figure_text
from tests.services.performance_fixtures import build_shop, sell

D = Decimal
ITALIAN = ControllerTexts(locale=lambda: "it_IT")


class Session:
    """The part of ``ui.session.Session`` the controllers read."""

    def __init__(self, actor=None):
        self.actor = actor


@pytest.fixture
def shop(services, staff):
    return build_shop(services, staff)  # the clock ends on 3 December 2026


def _logins(controller):
    return {row.login for row in controller.state.value.rows}


def test_figure_line_in_italian():
    figure = MonthFigure("junior", "2026-11", D("7420.00"), D("10000.00"), D("74.2"), 9, "open")
    assert figure_text(figure, ITALIAN) == \
        "Novembre: 7.420,00\u00a0€ of 10.000,00\u00a0€ (74\u00a0%) · 9 working days"
    none = MonthFigure("junior", "2026-11", D("0"), None, None, 9, "open")
    assert figure_text(none, ITALIAN) == "Novembre: 0,00\u00a0€, no quota · 9 working days"


def test_counter_figure_changes_after_a_sale(services, shop):
    junior, mgr = shop["staff"]["junior"], shop["mgr"]
    services.performance.set_quota(mgr, "junior", "2026-12", "300")
    session = Session(junior)
    figure = MonthFigureController(services, session)
    figure.refresh()
    assert figure.text.value.startswith("December: €30.00 of €300.00 (10%)"), figure.text.value
    sell(services, junior, shop["mug"], 3, uuid="after")  # 30.00 net more
    figure.refresh()
    assert figure.text.value.startswith("December: €60.00 of €300.00 (20%)")
    session.actor = None
    figure.refresh()
    assert figure.text.value == ""


def test_only_the_newest_figure_read_is_shown(services, shop):
    session = Session(shop["staff"]["junior"])
    parked = []

    def later(work, *, success, failure, title=""):
        parked.append(lambda: success(work()))

    figure = MonthFigureController(services, session, runner=later)
    figure.refresh()
    sell(services, session.actor, shop["mug"], 3, uuid="between")
    figure.refresh()
    parked[1]()
    newest = figure.text.value
    parked[0]()  # the older read comes back last: ignored
    assert figure.text.value == newest and "€60.00" in newest
    figure.refresh()
    session.actor = shop["staff"]["senior"]  # another user before the read came back
    parked[2]()
    assert figure.text.value == newest


def test_senior_starts_on_exactly_their_mentees(services, shop):
    senior = shop["staff"]["senior"]
    controller = DashboardController(services, Session(senior))
    controller.load()
    state = controller.state.value
    assert state.scope == MENTEES and dict(state.scopes).keys() == {MENTEES, EVERYONE}
    assert _logins(controller) == {"junior"}
    assert not state.can_pick_month and [m for m, _ in state.months] == ["2026-12"]
    controller.pick_scope(EVERYONE)
    assert _logins(controller) == {"junior", "senior", "am"}


def test_a_private_leaderboard_shows_a_rep_only_their_row(services, shop):
    services.performance.set_options(shop["mgr"], PerformanceOptions(reps_see_leaderboard=False))
    controller = DashboardController(services, Session(shop["staff"]["am"]))
    controller.load()
    assert controller.state.value.scope == ME and len(controller.state.value.scopes) == 1
    assert _logins(controller) == {"am"}
    senior = DashboardController(services, Session(shop["staff"]["senior"]))
    senior.load()
    assert _logins(senior) == {"junior"}
    senior.pick_scope(EVERYONE)  # not offered: nothing changes
    assert senior.state.value.scope == MENTEES


def test_manager_picks_the_month_and_a_rep(services, shop):
    controller = DashboardController(services, Session(shop["mgr"]))
    controller.load()
    state = controller.state.value
    assert state.can_pick_month and len(state.months) == 12 and state.months[1][0] == "2026-11"
    assert state.scope == EVERYONE
    controller.pick_month("2026-11")
    rows = {r.login: r for r in controller.state.value.rows}
    assert rows["junior"].credited_net == D("60.00") and rows["junior"].new_accounts == 1
    controller.pick_rep("junior")
    state = controller.state.value
    assert state.subject == "junior" and state.summary[0] == "Giulia Junior"
    assert "No quota this month" in state.summary[1]
    assert len(state.chart.labels) == len(state.chart.cumulative) == 21  # all of November
    assert state.chart.cumulative[-1] == D("60.00") and state.chart.pace == ()
    assert state.month_status.startswith("November 2026 is open")


def test_junior_cannot_pick_another_month(services, shop):
    controller = DashboardController(services, Session(shop["staff"]["junior"]))
    controller.load()
    controller.pick_month("2026-11")
    assert controller.state.value.month == "2026-12"


def test_summary_with_quota_and_next_tier(services, shop):
    mgr, junior = shop["mgr"], shop["staff"]["junior"]
    services.performance.set_quota(mgr, "junior", "2026-12", "100")
    services.performance.save_plan(mgr, _plan(dt.date(2026, 12, 1)))
    controller = DashboardController(services, Session(junior))
    controller.load()
    summary = controller.state.value.summary
    assert summary[1] == "Attainment: 30% of a €100.00 quota"
    assert summary[3].startswith("Commission so far: €0.90")  # 3 % of 30.00
    assert summary[4] == "Next tier: 5% from 100% of quota, €70.00 more to reach it"
    chart = controller.state.value.chart
    assert len(chart.cumulative) == 3 and chart.pace[-1] == D("100.00")  # 1-3 December


def _plan(start):
    from counterapp.services.performance import PlanInput  # noqa: PLC0415

    return PlanInput(valid_from=start, role="junior", tiers="0:3;100:5;120:7")


def test_close_twice_then_reopen(services, shop):
    controller = DashboardController(services, Session(shop["mgr"]))
    controller.load()
    controller.pick_month("2026-11")
    controller.close_month()
    state = controller.state.value
    assert state.closed and state.message == "November 2026 closed: 3 reps' figures frozen."
    assert state.month_status.startswith("November 2026 closed by Maria Manager on 03/12/2026")
    controller.close_month()
    assert controller.state.value.message == \
        "November 2026 was already closed by mgr on 03/12/2026 09:00: nothing changed."
    controller.reopen_month("typo in a quota")
    state = controller.state.value
    assert not state.closed and state.message.startswith("November 2026 reopened")


def test_junior_close_is_refused_and_nothing_closes(services, shop):
    controller = DashboardController(services, Session(shop["staff"]["junior"]))
    controller.load()
    controller.state.set(controller.state.value.__class__(
        **{**controller.state.value.__dict__, "month": "2026-11"}))
    controller.close_month()
    assert controller.state.value.level == "error"
    assert services.performance.month_status("2026-11") is None


def test_export_and_statement(services, shop, tmp_path):
    controller = DashboardController(services, Session(shop["mgr"]))
    controller.load()
    controller.pick_month("2026-11")
    path = tmp_path / "november.csv"
    controller.export_csv(str(path))
    assert controller.state.value.message == f"3 reps exported to {path}."
    with path.open(newline="", encoding="utf-8-sig") as handle:
        assert {row["rep"] for row in csv.DictReader(handle)} == {"junior", "senior", "am"}
    shown = []
    controller.statement("junior", lambda pdf, name: shown.append((pdf, name)))
    pdf, name = shown[0]
    assert name == "statement-junior-2026-11.pdf"
    text = "".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)
    assert "Giulia Junior" in text
    controller.statement("", lambda pdf, name: shown.append(pdf))
    assert len(shown) == 1 and controller.state.value.level == "error"
    controller.save_statements(str(tmp_path))
    assert controller.state.value.message == f"3 statements saved in {tmp_path}."
    for login in ("junior", "senior", "am"):
        saved = PdfReader(tmp_path / f"statement-{login}-2026-11.pdf")
        assert "2026-11" in saved.pages[0].extract_text()


def test_figures_read_for_a_user_who_left_are_dropped(services, shop):
    session = Session(shop["staff"]["senior"])
    parked = []

    def later(work, *, success, failure, title=""):
        parked.append(lambda: success(work()))

    controller = DashboardController(services, session, runner=later)
    controller.load()
    session.actor = None  # locked before the read came back
    controller.load()
    parked.pop(0)()
    assert controller.state.value.rows == () and controller.state.value.summary == ()


def test_month_names_come_from_the_one_formatter():
    from counterapp.domain.formatting import format_month  # noqa: PLC0415

    november = dt.date(2026, 11, 1)
    assert format_month(november, "it") == "Novembre 2026"
    assert format_month(november, "en") == "November 2026"
    assert format_month(november, "it_IT", year=False) == "Novembre"


def test_the_manager_makes_the_leaderboard_private(services, shop):
    manager = DashboardController(services, Session(shop["mgr"]))
    manager.load()
    assert manager.state.value.public
    manager.set_public(False)
    assert manager.state.value.message.startswith("Reps now see only their own figures")
    assert not manager.state.value.public and manager.state.value.scope == EVERYONE
    assert not services.performance.options().reps_see_leaderboard
    rep = DashboardController(services, Session(shop["staff"]["am"]))
    rep.load()
    assert [s for s, _ in rep.state.value.scopes] == [ME] and not rep.state.value.public
    rep.set_public(True)  # refused by the service: nothing changes
    assert rep.state.value.level == "error"
    assert not services.performance.options().reps_see_leaderboard


def test_one_working_day_is_singular_in_english_and_numerus_in_italian():
    """"1 giorni lavorativi" was shown: the count now goes through Qt's numerus lookup."""
    figure = MonthFigure("junior", "2026-11", D("7420.00"), D("10000.00"), D("74.2"), 1, "open")
    assert figure_text(figure, ControllerTexts()).endswith("· 1 working day")
    asked = []

    def numerus(context, text, n):
        asked.append((context, text, n))
        return "1 giorno lavorativo" if n == 1 else f"{n} giorni lavorativi"

    italian = ControllerTexts(locale=lambda: "it_IT", translate_n=numerus)
    assert figure_text(figure, italian).endswith("· 1 giorno lavorativo")
    assert asked == [("MonthFigure", "%n working days", 1)]
