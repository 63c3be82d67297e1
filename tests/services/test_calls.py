"""CallService, TaskService and CampaignService on a real database (each engine)."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

from counterapp.db.models import (
    AuditEntry,
    Call,
    Carrier,
    Contact,
    Customer,
    Order,
    PhoneNumber,
    Shipment,
    Task,
)
from counterapp.domain.errors import Conflict, ValidationError
from counterapp.domain.phone import normalize_phone

T0 = dt.datetime(2026, 11, 27, 10, 0, 0)


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, start: dt.datetime):
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta) -> None:
        self.now += dt.timedelta(**delta)


@pytest.fixture
def clock(services) -> Clock:
    c = Clock(T0)
    services.ctx.clock = c
    return c


def make_customer(name="Rossi & Figli SRL", kind="b2b", number="+390212345678",
                  manager=None, status="active", contact=None, code=None) -> Customer:
    customer = Customer.create(code=code or f"C{Customer.select().count() + 1:05d}", kind=kind,
                               name=name, search_name=name.lower(), status=status,
                               account_manager=manager, balance=Decimal("120.50"),
                               credit_limit=Decimal("1000"))
    person = Contact.create(customer=customer, name=contact) if contact else None
    if number:
        PhoneNumber.create(customer=customer, contact=person, e164=number)
    return customer


def test_lookup_matches_customer_and_contact(services, staff):
    make_customer(contact="Luca Bianchi")
    result = services.calls.lookup("02 1234 5678")
    assert result.number == "+390212345678"
    assert [(m.name, m.contact_name) for m in result.matches] == [("Rossi & Figli SRL",
                                                                   "Luca Bianchi")]


def test_lookup_several_and_unknown(services, staff):
    make_customer("Alfa SRL")
    make_customer("Beta SRL")
    assert [m.name for m in services.calls.lookup("0039 02 1234 5678").matches] == [
        "Alfa SRL", "Beta SRL"]
    assert services.calls.lookup("+39 06 9876 5432").matches == ()


def test_lookup_garbage_names_the_field(services, staff):
    with pytest.raises(ValidationError) as err:
        services.calls.lookup("call me maybe")
    assert err.value.field == "number"


@pytest.mark.parametrize("raw,expected", [
    ("02 1234 5678", "+390212345678"),
    ("02.1234.5678", "+390212345678"),
    ("02-1234-5678", "+390212345678"),
    ("(02) 12345678", "+390212345678"),
    ("+39 02 1234 5678", "+390212345678"),
    ("0039 02 1234 5678", "+390212345678"),
    ("0039.02.12345678", "+390212345678"),
    ("333 123 4567", "+393331234567"),
    ("+39 333 1234567", "+393331234567"),
    ("02 1234 5678 ext. 12", "+390212345678"),
    ("02 1234 5678 int. 3", "+390212345678"),
    ("+44 20 7946 0958", "+442079460958"),
    ("0044 20 7946 0958", "+442079460958"),
    ("  021234 5678  ", "+390212345678"),
])
def test_numbers_in_many_formats(raw, expected):
    assert normalize_phone(raw) == expected


@pytest.mark.parametrize("raw", ["", "   ", "abc", "02 1234 567a", "12", "+39", "0039",
                                 "999999999999999999999", "02;12345678", "x" * 50,
                                 "=cmd|' /C calc'!A0"])
def test_garbage_numbers_are_refused_clearly(raw):
    with pytest.raises(ValidationError) as err:
        normalize_phone(raw, field="number")
    assert err.value.field == "number"
    assert err.value.message


def test_caller_card_shows_account_orders_and_calls(services, staff, clock):
    customer = make_customer(manager=staff["am"].id, contact="Luca")
    carrier = Carrier.create(code="BRT", name="BRT", pickup_time=dt.time(16),
                             cutoff_time=dt.time(15),
                             tracking_url_template="https://track.example/{tracking}")
    order = Order.create(number="V2026-000001", uuid="u1", customer=customer,
                         rep=staff["junior"].id, status="open", gross=Decimal("99.90"),
                         channel="phone", created_at=T0 - dt.timedelta(days=3))
    Shipment.create(order=order, method="courier", carrier=carrier, status="dispatched",
                    promised_date=dt.date(2026, 11, 26), tracking_number="AB123")
    call = services.calls.start_call(staff["junior"], "02 1234 5678", customer_id=customer.id)
    clock.advance(minutes=2, seconds=5)
    services.calls.end_call(staff["junior"], call.id, outcome="information_given",
                            purpose="inquiry", notes="asked about the delivery")
    card = services.calls.caller_card(staff["junior"], customer.id)
    assert card.name == "Rossi & Figli SRL" and card.kind == "b2b"
    assert card.account_manager_login == "am" and card.managed_by_other
    assert card.balance == Decimal("120.50") and card.credit_limit == Decimal("1000.00")
    [open_order] = card.open_orders
    assert open_order.number == "V2026-000001" and open_order.late
    assert open_order.tracking_url == "https://track.example/AB123"
    assert open_order.gross == Decimal("99.90")
    [last] = card.last_calls
    assert last.outcome == "information_given" and last.duration_s == 125
    assert not services.calls.caller_card(staff["am"], customer.id).managed_by_other


def test_end_call_without_outcome_writes_nothing(services, staff, clock):
    customer = make_customer()
    call = services.calls.start_call(staff["junior"], "0212345678", customer_id=customer.id)
    audits = AuditEntry.select().count()
    clock.advance(minutes=1)
    with pytest.raises(ValidationError) as err:
        services.calls.end_call(staff["junior"], call.id, outcome="", notes="hello",
                                callback_at=T0 + dt.timedelta(days=1))
    assert err.value.field == "outcome"
    stored = Call.get_by_id(call.id)
    assert stored.ended_at is None and stored.notes == "" and stored.outcome == ""
    assert Task.select().count() == 0
    assert AuditEntry.select().count() == audits


def test_end_call_with_callback_creates_task_in_one_go(services, staff, clock):
    customer = make_customer()
    call = services.calls.start_call(staff["junior"], "0212345678", customer_id=customer.id)
    clock.advance(minutes=3)
    due = T0 + dt.timedelta(hours=4)
    row = services.calls.end_call(staff["junior"], call.id, outcome="callback_requested",
                                  purpose="order", notes="wants prices", callback_at=due)
    assert row.ended_at == T0 + dt.timedelta(minutes=3) and row.duration_s == 180
    task = Task.get(Task.call == call.id)
    assert (task.kind, task.due_at, task.assigned_to_id) == ("callback", due, staff["junior"].id)
    with pytest.raises(Conflict):
        services.calls.end_call(staff["junior"], call.id, outcome="ordered")


def test_callback_needs_future_time(services, staff, clock):
    customer = make_customer()
    call = services.calls.start_call(staff["junior"], "0212345678", customer_id=customer.id)
    with pytest.raises(ValidationError) as err:
        services.calls.end_call(staff["junior"], call.id, outcome="callback_requested")
    assert err.value.field == "callback"
    with pytest.raises(ValidationError):
        services.calls.end_call(staff["junior"], call.id, outcome="callback_requested",
                                callback_at=T0 - dt.timedelta(minutes=1))
    assert Call.get_by_id(call.id).ended_at is None


def test_callback_task_appears_in_call_list_at_its_time(services, staff, clock):
    customer = make_customer()
    call = services.calls.start_call(staff["junior"], "0212345678", customer_id=customer.id)
    due = T0 + dt.timedelta(hours=2)
    services.calls.end_call(staff["junior"], call.id, outcome="callback_requested",
                            callback_at=due)
    [row] = services.tasks.call_list(staff["junior"])
    assert row.kind == "callback" and not row.overdue and row.number == "+390212345678"
    assert services.tasks.due_between(staff["junior"], T0, T0 + dt.timedelta(hours=1)) == []
    clock.advance(hours=2)
    [row] = services.tasks.call_list(staff["junior"])
    assert row.overdue
    [due_task] = services.tasks.due_between(staff["junior"], T0 + dt.timedelta(hours=1),
                                            clock.now)
    assert due_task.customer_name == "Rossi & Figli SRL"


def test_reassign_and_done(services, staff, clock):
    customer = make_customer()
    task = services.tasks.create_task(staff["junior"], kind="callback",
                                      due_at=T0 + dt.timedelta(hours=1), reason="call back",
                                      customer_id=customer.id)
    moved = services.tasks.reassign(staff["junior"], task.id, "senior")
    assert moved.assigned_to == "senior"
    assert services.tasks.open_tasks(staff["junior"]) == []
    done = services.tasks.mark_done(staff["senior"], task.id)
    assert done.status == "done"
    with pytest.raises(Conflict):
        services.tasks.mark_done(staff["senior"], task.id)


def test_new_lead_and_handover(services, staff, clock):
    lead = services.calls.create_lead(staff["junior"], "333 123 4567", "Mario Verdi")
    assert lead.status == "lead"
    assert [m.customer_id for m in services.calls.lookup("+393331234567").matches] == [
        lead.customer_id]
    with pytest.raises(ValidationError) as err:
        services.calls.create_lead(staff["junior"], "333 123 4567", "  ")
    assert err.value.field == "name"
    customer = make_customer(manager=staff["am"].id, number="+390611111111")
    services.calls.handover_note(staff["junior"], customer.id, "wants a new quote")
    [task] = services.tasks.open_tasks(staff["am"])
    assert "wants a new quote" in task.reason and task.kind == "follow_up"


def test_a_lead_is_saved_by_the_customers_service(services, staff, clock):
    """One customer-creation path: the phone's lead goes through ``CustomerService.create``
    (its checks, its audit snapshot), keeping the lead's code, status and brought-in-by."""
    lead = services.calls.create_lead(staff["junior"], "333 765 4321", "Bar Sport",
                                      kind="b2b", contact_name="Gino", notes="wants coffee")
    detail = services.customers.get(lead.customer_id)
    assert (detail.status, detail.kind, detail.brought_in_by_login) == ("lead", "b2b", "junior")
    assert detail.code.startswith("L") and detail.notes == "wants coffee"
    [contact] = detail.contacts
    assert lead.contact_id == contact.id
    assert [(p.e164, p.contact_id) for p in detail.phones] == [("+393337654321", contact.id)]
    entry = AuditEntry.get(AuditEntry.customer == lead.customer_id)
    after = json.loads(entry.after)
    assert entry.action == "lead_created"
    assert after["phones"] == ["+393337654321"] and after["contacts"] == ["Gino"]
    with pytest.raises(ValidationError) as err:  # the customers service's own checks
        services.calls.create_lead(staff["junior"], "333 765 4322", "Bar", kind="b2x")
    assert err.value.field == "kind"


def test_campaign_members_leave_when_called(services, staff, clock):
    Customer.update(created_at=T0).execute()
    old = make_customer("Old Account SRL", number="+390622222222")
    make_customer("Consumer", kind="b2c", number="+390633333333")
    campaign = services.campaigns.create(staff["mgr"], "Win back", "b2b_no_order_days",
                                         {"days": 60}, script="Offer 5% on the next order")
    assert [m.name for m in services.campaigns.members(campaign.id)] == ["Old Account SRL"]
    rows = [r for r in services.tasks.call_list(staff["junior"]) if r.kind == "campaign"]
    assert [r.customer_name for r in rows] == ["Old Account SRL"]
    clock.advance(minutes=5)
    call = services.calls.start_call(staff["junior"], "+390622222222", direction="outbound",
                                     customer_id=old.id)
    services.calls.end_call(staff["junior"], call.id, outcome="not_interested")
    assert services.campaigns.members(campaign.id) == []
    with pytest.raises(ValidationError):
        services.campaigns.create(staff["mgr"], "Bad", "b2b_no_order_days", {"days": "x"})
    assert json.loads('{"days": 60}') == campaign.params


def test_history_filters_counts_and_export(services, staff, clock, tmp_path):
    customer = make_customer()
    for login, outcome, direction in (("junior", "ordered", "inbound"),
                                      ("junior", "no_answer", "outbound"),
                                      ("senior", "voicemail", "outbound")):
        call = services.calls.start_call(staff[login], "0212345678", customer_id=customer.id,
                                         direction=direction)
        clock.advance(seconds=90)
        services.calls.end_call(staff[login], call.id, outcome=outcome, notes="a, \"quoted\"")
    assert [r.outcome for r in services.call_history.history(rep_login="junior")] == [
        "no_answer", "ordered"]
    assert len(services.call_history.history(outcome="voicemail")) == 1
    assert len(services.call_history.history(text="rossi")) == 3
    counts = services.call_history.daily_counts(T0.date(), T0.date())
    assert [(c.rep_login, c.inbound, c.outbound, c.talk_seconds) for c in counts] == [
        ("junior", 1, 1, 180), ("senior", 0, 1, 90)]
    out = tmp_path / "calls.csv"
    assert services.call_history.export_csv(out, actor=staff["mgr"]) == 3
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0] == ("id,started_at,ended_at,duration_s,direction,number,customer_code,rep,"
                        "purpose,outcome,order_number,notes")
    assert lines[1].startswith("1,2026-11-27T10:00:00,2026-11-27T10:01:30,90,inbound,"
                               "+390212345678,")


def test_a_campaign_script_speaks_as_the_rep_who_calls(services, staff):
    Customer.update(created_at=T0).execute()
    make_customer("Old Account SRL", number="+390622222222")
    services.campaigns.create(staff["mgr"], "Win back", "b2b_no_order_days", {"days": 60},
                              script="Buongiorno, sono {rep} della Ferramenta")
    rows = [r for r in services.tasks.call_list(staff["junior"]) if r.kind == "campaign"]
    assert [r.reason for r in rows] == ["Win back: Buongiorno, sono Giulia Junior della "
                                        "Ferramenta"]
