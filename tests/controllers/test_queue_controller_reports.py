"""The Shipping menu's reports without Qt (``DeliveryCheck``, ``OnTimeReport``), real database.

Flows of tests/ui/test_queue_panel.py one level down:

1. late-deliveries check: the late order is listed; follow-ups are created once
   (a second run creates none); refused input changes nothing
2. on-time rate: counted through the runner, the newest query wins, CSV export; a write
   that fails is said
"""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from counterapp.db.models import Task
from counterapp.services.delivery import DeliveryRequest
from counterapp.services.shipping_planning import add_shipment
from counterapp.ui.queue.controller_reports import DeliveryCheck, OnTimeReport
from tests.services.shipping_fixtures import make_carrier, make_customer, make_order


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: dt.datetime):
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


def _ship(services, number: str):
    order = make_order("junior", make_customer(), number=number)
    with services.ctx.db.atomic():
        return add_shipment(order, DeliveryRequest(), services.staff.actor("junior"),
                            services.ctx.now())


def test_late_check_lists_and_creates_follow_ups_once(services, staff):
    services.ctx.clock = Clock(dt.datetime(2026, 11, 23, 10))
    make_carrier()
    _ship(services, "2026-000001")
    check = DeliveryCheck(services, SimpleNamespace(actor=staff["mgr"]))
    assert check.load().summary == "No late deliveries."
    services.ctx.clock.now = dt.datetime(2026, 11, 27, 9)
    state = check.load()
    assert [r.order_number for r in state.rows] == ["2026-000001"] and state.can_create
    assert state.summary == "1 order is past its promised date."
    assert state.today == dt.date(2026, 11, 27)
    assert "1 new follow-up" in check.create_follow_ups().summary
    assert "0 new follow-up" in check.create_follow_ups().summary
    assert Task.select().where(Task.dedup_key.startswith("late:")).count() == 1
    nobody = DeliveryCheck(services, SimpleNamespace(actor=None))
    assert nobody.create_follow_ups().summary != ""  # refused, said, nothing created
    assert Task.select().where(Task.dedup_key.startswith("late:")).count() == 1


def test_on_time_rate_newest_query_wins_and_exports_csv(services, staff, tmp_path):
    services.ctx.clock = Clock(dt.datetime(2026, 11, 23, 10))
    make_carrier()
    shipment = _ship(services, "2026-000001")
    services.shipping.dispatch(staff["junior"], [(shipment.id, 1)], tracking_later=True)
    services.shipping.mark_delivered(staff["junior"], [(shipment.id, 2)])
    pending = []

    def later(work, *, success, failure, title=""):
        pending.append((work, success))

    report = OnTimeReport(services, runner=later)
    report.load("period", dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    report.load("method", dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert report.state.value.message == "Counting…"
    # The newer query finishes first, the older one late: the older is dropped.
    newer_work, newer_success = pending[1]
    newer_success(newer_work())
    older_work, older_success = pending[0]
    older_success(older_work())
    state = report.state.value
    assert state.group == "method" and [r.label for r in state.rows] == ["courier"]
    assert state.message == "1 delivered, 1 on time (100.0 %)"
    report = OnTimeReport(services)
    report.load("period", dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    [row] = report.state.value.rows
    assert (row.delivered, row.on_time, str(row.rate)) == (1, 1, "100.0")
    path = report.export(str(tmp_path / "on_time.csv"))
    assert (tmp_path / "on_time.csv").read_text().splitlines()[1] == "2026-11,1,1,0,100.0"
    assert report.state.value.message == f"Saved {path}"
    assert report.export(str(tmp_path / "missing" / "on_time.csv")) == ""
    assert "No such file" in report.state.value.message
