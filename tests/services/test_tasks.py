"""The outbound call list: standing orders to confirm, shipping follow-ups, permissions."""

from __future__ import annotations

import datetime as dt

import pytest

from counterapp.db.models import Customer, PhoneNumber, StandingOrder, Task
from counterapp.domain.errors import PermissionDenied, ValidationError

T0 = dt.datetime(2026, 11, 27, 10, 0, 0)


@pytest.fixture
def customer(services, staff):
    services.ctx.clock = lambda: T0
    c = Customer.create(code="C00001", kind="b2b", name="Verdi SpA", search_name="verdi spa")
    PhoneNumber.create(customer=c, e164="+390511234567")
    return c


def test_standing_orders_due_within_two_days_are_listed(services, staff, customer):
    StandingOrder.create(customer=customer, rep=staff["junior"].id, interval_days=14,
                         next_run=dt.date(2026, 11, 29), needs_confirmation=True)
    StandingOrder.create(customer=customer, rep=staff["junior"].id, interval_days=14,
                         next_run=dt.date(2026, 12, 5), needs_confirmation=True)
    StandingOrder.create(customer=customer, rep=staff["junior"].id, interval_days=14,
                         next_run=dt.date(2026, 11, 28), needs_confirmation=False)
    rows = services.tasks.call_list(staff["junior"])
    assert [(r.kind, r.customer_name, r.number) for r in rows] == [
        ("standing_confirm", "Verdi SpA", "+390511234567")]
    assert services.tasks.call_list(staff["senior"]) == []


def test_shipping_follow_ups_are_in_the_reps_list_once(services, staff, customer):
    for _ in range(2):  # the shipping queue may raise the same follow-up twice
        services.tasks.create_task(staff["mgr"], kind="follow_up", due_at=T0,
                                   reason="Late delivery", customer_id=customer.id,
                                   assigned_to="junior", dedup_key="late:V2026-000001")
    [row] = services.tasks.call_list(staff["junior"])
    assert (row.kind, row.overdue, row.reason) == ("follow_up", True, "Late delivery")
    assert Task.select().count() == 1


def test_only_assignee_senior_or_manager_change_a_task(services, staff, customer):
    task = services.tasks.create_task(staff["senior"], kind="callback",
                                      due_at=T0 + dt.timedelta(hours=1), reason="call back",
                                      customer_id=customer.id, assigned_to="senior")
    with pytest.raises(PermissionDenied):
        services.tasks.mark_done(staff["junior"], task.id)
    with pytest.raises(ValidationError) as err:
        services.tasks.reassign(staff["senior"], task.id, "nobody")
    assert err.value.field == "assigned_to"
    assert services.tasks.reassign(staff["mgr"], task.id, "junior").assigned_to == "junior"
    with pytest.raises(ValidationError) as err:
        services.tasks.create_task(staff["junior"], kind="party", due_at=T0, reason="x")
    assert err.value.field == "kind"
