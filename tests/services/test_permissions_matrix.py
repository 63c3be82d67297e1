"""The whole permission matrix: every public service method × every role, through the services.

``domain.permissions.SERVICE_ACTIONS`` names the action guarding each public method that
writes or exports, ``READ_ONLY`` the others. The first test introspects ``build_services``
so a new method fails until it is classified; the walk then calls each classified method as
each role and checks the table's verdict: allowed (no ``PermissionDenied``; a missing row or
bad value is fine), approval (``needs_approval``, then the same call with a PIN-issued
approval goes through) or denied.
"""

from __future__ import annotations

import datetime as dt
import inspect
import typing
from decimal import Decimal

import pytest

from counterapp.db.models import Product
from counterapp.domain.customers import AddressInput, ContactInput, CustomerInput, PhoneInput
from counterapp.domain.errors import CounterAppError, PermissionDenied
from counterapp.domain.permissions import (
    ALLOW,
    APPROVAL,
    DENY,
    EXPORT_ACTIONS,
    MATRIX,
    READ_ONLY,
    SERVICE_ACTIONS,
    Action,
    Role,
)
from counterapp.services import Services
from counterapp.services.carriers import CarrierRow, DriverRow
from counterapp.services.cart import CartDraft, CartLineInput, PaymentInput
from counterapp.services.performance import PerformanceOptions, PlanInput
from counterapp.services.standing_orders import StandingLineInput, StandingOrderInput
from tests.conftest import TEST_PINS

D = Decimal
ROLES = {"junior": Role.JUNIOR, "senior": Role.SENIOR, "am": Role.ACCOUNT_MANAGER,
         "mgr": Role.MANAGER}
TOMORROW = dt.date.today() + dt.timedelta(days=1)
THIS_MONTH = dt.date.today().strftime("%Y-%m")
LAST_MONTH = (dt.date.today().replace(day=1) - dt.timedelta(days=1)).strftime("%Y-%m")


def _service_classes() -> dict[str, type]:
    hints = typing.get_type_hints(Services)
    return {name: cls for name, cls in hints.items() if name != "ctx"}


def _public_methods() -> set[str]:
    found = set()
    for cls in _service_classes().values():
        for name, member in inspect.getmembers(cls):
            if name.startswith("_") or not callable(member) or inspect.isclass(member):
                continue
            found.add(f"{cls.__name__}.{name}")
    return found


def test_every_public_service_method_is_classified():
    methods = _public_methods()
    unclassified = methods - set(SERVICE_ACTIONS) - READ_ONLY
    assert not unclassified, f"add these to SERVICE_ACTIONS or READ_ONLY: {sorted(unclassified)}"
    assert not set(SERVICE_ACTIONS) & READ_ONLY
    stale = (set(SERVICE_ACTIONS) | READ_ONLY) - methods
    assert not stale, f"no such service methods: {sorted(stale)}"
    assert set(MATRIX) == set(Action), "every action has a row for every role"
    assert all(set(row) == set(Role) for row in MATRIX.values())


# -- a small shop every call can work on ------------------------------------------------------
@pytest.fixture
def world(services, staff, tmp_path):
    mgr = staff["mgr"]
    product = Product.create(sku="MUG", name="Tazza", price=D("10.00"), vat_rate=D("22"),
                             stock=50)
    rossi = services.customers.create(mgr, CustomerInput(name="Mario Rossi")).id
    dup = services.customers.create(mgr, CustomerInput(name="Rossi Mario")).id
    sale = services.checkout.checkout(mgr, CartDraft(lines=(CartLineInput(product.id, 2),)),
                                   [PaymentInput("cash", D("20.00"))], sale_uuid="world")
    line_id = services.returns.find_sale(sale.number).lines[0].id
    products_csv = tmp_path / "p.csv"
    products_csv.write_text("sku,name,vat_rate,price\nS1,Pane,4,2.50\n", encoding="utf-8")
    customers_csv = tmp_path / "c.csv"
    customers_csv.write_text("code,name\nZ1,Zeta\n", encoding="utf-8")
    quotas_csv = tmp_path / "q.csv"
    quotas_csv.write_text(f"rep,month,target\njunior,{THIS_MONTH},900\n", encoding="utf-8")
    plans_csv = tmp_path / "plans.csv"
    plans_csv.write_text(f"role,valid_from,tiers\nsenior,{dt.date.today()},0:4\n",
                         encoding="utf-8")
    return dict(product=product.id, customer=rossi, duplicate=dup, sale=sale.number,
                line=line_id, products_csv=products_csv, customers_csv=customers_csv,
                quotas_csv=quotas_csv, plans_csv=plans_csv, tmp=tmp_path)


def _standing(w) -> StandingOrderInput:
    return StandingOrderInput(customer_id=w["customer"], rrule="FREQ=WEEKLY;BYDAY=TU",
                              start_date=TOMORROW, lines=(StandingLineInput(w["product"], 1),))


def _draft(w) -> CartDraft:
    return CartDraft(lines=(CartLineInput(w["product"], 1),))


# Each recipe calls one method with arguments that reach its permission check. Missing ids
# (999999) are fine for methods every role may call: NotFound is not a permission refusal.
RECIPES: dict[str, typing.Callable] = {
    "StaffService.create_user": lambda s, a, w, ap: s.staff.create_user(
        a, "newbie", "New Bie", "junior", "5555"),
    "StaffService.reset_pin": lambda s, a, w, ap: s.staff.reset_pin(a, "junior", "9876"),
    "StaffService.set_active": lambda s, a, w, ap: s.staff.set_active(a, "am", False),
    "StaffService.set_mentor": lambda s, a, w, ap: s.staff.set_mentor(a, "am", "senior"),
    "StaffService.set_role": lambda s, a, w, ap: s.staff.set_role(a, "am", "senior"),
    "StaffService.unlock": lambda s, a, w, ap: s.staff.unlock(a, "junior"),
    "CustomerService.create": lambda s, a, w, ap: s.customers.create(
        a, CustomerInput(name="Nuovo Cliente"), approvals=ap),
    "CustomerService.update": lambda s, a, w, ap: s.customers.update(
        a, w["customer"], CustomerInput(name="Mario Rossi Milano"),
        expected_version=s.customers.get(w["customer"]).version, approvals=ap),
    "CustomerService.set_credit_limit": lambda s, a, w, ap: s.customers.set_credit_limit(
        a, w["customer"], "2500", approvals=ap),
    "CustomerService.deactivate": lambda s, a, w, ap: s.customers.deactivate(
        a, w["customer"], approvals=ap),
    "CustomerService.merge": lambda s, a, w, ap: s.customers.merge(
        a, w["customer"], w["duplicate"], approvals=ap),
    "CustomerService.assign_account_manager": lambda s, a, w, ap:
        s.customers.assign_account_manager(a, w["customer"], "am"),
    "CustomerService.convert_lead": lambda s, a, w, ap: s.customers.convert_lead(
        a, w["customer"]),
    "CustomerContactService.add_phone": lambda s, a, w, ap: s.customer_contacts.add_phone(
        a, w["customer"], PhoneInput("02 1234 5678")),
    "CustomerContactService.edit_phone": lambda s, a, w, ap: s.customer_contacts.edit_phone(
        a, w["customer"], 999999, PhoneInput("02 1234 5678")),
    "CustomerContactService.remove_phone": lambda s, a, w, ap: s.customer_contacts.remove_phone(
        a, w["customer"], 999999),
    "CustomerContactService.add_address": lambda s, a, w, ap: s.customer_contacts.add_address(
        a, w["customer"], AddressInput("Via Roma 1", "Milano")),
    "CustomerContactService.edit_address": lambda s, a, w, ap: s.customer_contacts.edit_address(
        a, w["customer"], 999999, AddressInput("Via Roma 1", "Milano")),
    "CustomerContactService.remove_address": lambda s, a, w, ap: s.customer_contacts.remove_address(
        a, w["customer"], 999999),
    "CustomerContactService.add_contact": lambda s, a, w, ap: s.customer_contacts.add_contact(
        a, w["customer"], ContactInput(name="Luigi")),
    "CustomerContactService.edit_contact": lambda s, a, w, ap: s.customer_contacts.edit_contact(
        a, w["customer"], 999999, ContactInput(name="Luigi")),
    "CustomerContactService.remove_contact": lambda s, a, w, ap: s.customer_contacts.remove_contact(
        a, w["customer"], 999999),
    "CheckoutService.checkout": lambda s, a, w, ap: s.checkout.checkout(
        a, _draft(w), [PaymentInput("cash", D("10.00"))], sale_uuid="matrix", approvals=ap),
    "ParkingService.park": lambda s, a, w, ap: s.parking.park(a, _draft(w), "later"),
    "ParkingService.resume": lambda s, a, w, ap: s.parking.resume(a, 999999),
    "ParkingService.discard_parked": lambda s, a, w, ap: s.parking.discard_parked(a, 999999),
    "QuoteService.save_quote": lambda s, a, w, ap: s.quotes.save_quote(
        a, _draft(w), TOMORROW, approvals=ap),
    "ReturnService.refund": lambda s, a, w, ap: s.returns.refund(
        a, w["sale"], [(w["line"], 1)], refund_uuid="matrix", approvals=ap),
    "CallService.start_call": lambda s, a, w, ap: s.calls.start_call(a, "0212345678"),
    "CallService.end_call": lambda s, a, w, ap: s.calls.end_call(a, 999999, outcome="other"),
    "CallService.set_customer": lambda s, a, w, ap: s.calls.set_customer(
        a, 999999, w["customer"]),
    "CallService.link_order": lambda s, a, w, ap: s.calls.link_order(a, 999999, 1),
    "CallService.create_lead": lambda s, a, w, ap: s.calls.create_lead(
        a, "0298765432", "Lead Srl"),
    "CallService.handover_note": lambda s, a, w, ap: s.calls.handover_note(
        a, w["customer"], "richiamare"),
    "CallHistoryService.export_csv": lambda s, a, w, ap: s.call_history.export_csv(
        w["tmp"] / "calls.csv", actor=a),
    "TaskService.create_task": lambda s, a, w, ap: s.tasks.create_task(
        a, kind="callback", due_at=dt.datetime.now() + dt.timedelta(days=1), reason="x",
        customer_id=w["customer"]),
    "TaskService.mark_done": lambda s, a, w, ap: s.tasks.mark_done(a, 999999),
    "TaskService.reassign": lambda s, a, w, ap: s.tasks.reassign(a, 999999, "junior"),
    "ShippingService.dispatch": lambda s, a, w, ap: s.shipping.dispatch(a, [(999999, 1)]),
    "ShippingService.mark_delivered": lambda s, a, w, ap: s.shipping.mark_delivered(
        a, [(999999, 1)]),
    "ShippingService.reschedule": lambda s, a, w, ap: s.shipping.reschedule(
        a, 999999, 1, TOMORROW, "later"),
    "ShippingService.set_status": lambda s, a, w, ap: s.shipping.set_status(
        a, 999999, 1, "packed"),
    "ShippingService.set_tracking": lambda s, a, w, ap: s.shipping.set_tracking(
        a, 999999, 1, "T1"),
    "ShippingService.run_delivery_check": lambda s, a, w, ap: s.shipping.run_delivery_check(a),
    "CarrierService.save_carrier": lambda s, a, w, ap: s.carriers.save_carrier(
        a, CarrierRow(None, "BRT", "Bartolini", dt.time(16), dt.time(15))),
    "CarrierService.save_driver": lambda s, a, w, ap: s.carriers.save_driver(
        a, DriverRow(None, "Mario")),
    "PrintingService.render": lambda s, a, w, ap: s.printing.render(a, "receipt", w["sale"]),
    "PrintingService.render_manifest": lambda s, a, w, ap: s.printing.render_manifest(
        a, "BRT", TOMORROW),
    "PrintingService.render_run_sheet": lambda s, a, w, ap: s.printing.render_run_sheet(
        a, 999999, TOMORROW),
    "PrintingService.mark_printed": lambda s, a, w, ap: s.printing.mark_printed(
        a, 999999, "pdf"),
    "PrintingService.record_failure": lambda s, a, w, ap: s.printing.record_failure(
        a, "receipt", w["sale"], "pdf", "paper out"),
    "PrintingService.discard": lambda s, a, w, ap: s.printing.discard(a, 999999),
    "CsvService.import_products": lambda s, a, w, ap: s.csv.import_products(
        w["products_csv"], actor=a),
    "CsvService.import_customers": lambda s, a, w, ap: s.csv.import_customers(
        w["customers_csv"], actor=a),
    "CsvService.export": lambda s, a, w, ap: s.csv.export(
        "products", w["tmp"] / "out.csv", actor=a),
    "AuditService.export_csv": lambda s, a, w, ap: s.audit.export_csv(a, w["tmp"] / "a.csv"),
    "CampaignService.create": lambda s, a, w, ap: s.campaigns.create(a, "Autunno", "x", {}),
    "CampaignService.deactivate": lambda s, a, w, ap: s.campaigns.deactivate(a, 999999),
    # Performance (#10): a past month to close, this month's quota and plan.
    "PerformanceService.set_options": lambda s, a, w, ap: s.performance.set_options(
        a, PerformanceOptions()),
    "PerformanceService.save_plan": lambda s, a, w, ap: s.performance.save_plan(
        a, PlanInput(valid_from=dt.date.today(), role="junior", tiers="0:3;100:5")),
    "PerformanceService.delete_plan": lambda s, a, w, ap: s.performance.delete_plan(a, 999999),
    "PerformanceService.import_plans": lambda s, a, w, ap: s.performance.import_plans(
        w["plans_csv"], actor=a),
    "PerformanceService.set_quota": lambda s, a, w, ap: s.performance.set_quota(
        a, "junior", THIS_MONTH, "1000"),
    "PerformanceService.copy_quotas": lambda s, a, w, ap: s.performance.copy_quotas(
        a, THIS_MONTH),
    "PerformanceService.import_quotas": lambda s, a, w, ap: s.performance.import_quotas(
        w["quotas_csv"], actor=a),
    "PerformanceService.close_month": lambda s, a, w, ap: s.performance.close_month(
        a, LAST_MONTH),
    "PerformanceService.reopen_month": lambda s, a, w, ap: s.performance.reopen_month(
        a, LAST_MONTH),
    "PerformanceService.rebuild_summary": lambda s, a, w, ap: s.performance.rebuild_summary(
        a),
    "PerformanceService.export_csv": lambda s, a, w, ap: s.performance.export_csv(
        a, THIS_MONTH, w["tmp"] / "performance.csv"),
    # Standing orders (issue 11): missing ids are fine, every method checks first.
    "StandingOrderService.create": lambda s, a, w, ap: s.standing.create(a, _standing(w)),
    "StandingOrderService.update": lambda s, a, w, ap: s.standing.update(
        a, 999999, _standing(w), expected_version=1),
    "StandingOrderService.pause": lambda s, a, w, ap: s.standing.pause(a, 999999),
    "StandingOrderService.resume": lambda s, a, w, ap: s.standing.resume(a, 999999),
    "StandingOrderService.end": lambda s, a, w, ap: s.standing.end(a, 999999),
    "StandingOrderService.make_standing": lambda s, a, w, ap: s.standing.make_standing(
        a, w["sale"], rrule="FREQ=WEEKLY;BYDAY=TU", start_date=TOMORROW),
    "StandingOrderService.confirm_run": lambda s, a, w, ap: s.standing.confirm_run(
        a, 999999, TOMORROW),
    "StandingOrderService.confirm_run_with_changes": lambda s, a, w, ap:
        s.standing.confirm_run_with_changes(a, 999999, TOMORROW,
                                            (StandingLineInput(w["product"], 1),)),
    "StandingOrderService.skip_run": lambda s, a, w, ap: s.standing.skip_run(
        a, 999999, TOMORROW, "closed"),
    "StandingOrderService.run_due": lambda s, a, w, ap: s.standing.run_due(a, TOMORROW),
    "StandingOrderService.import_csv": lambda s, a, w, ap: s.standing.import_csv(
        w["tmp"] / "standing.csv", actor=a),
    "StandingOrderService.export_csv": lambda s, a, w, ap: s.standing.export_csv(
        w["tmp"] / "standing_out.csv", actor=a),
    "StandingOrderService.set_confirm_days": lambda s, a, w, ap: s.standing.set_confirm_days(
        a, 3),
    "SettingsAdminService.save": lambda s, a, w, ap: s.settings_admin.save(
        a, {"auto_lock_minutes": 7}, {"phone": "+39 02 0000 0000"}),
    # Receipt devices (#15): the PDF device by default; the drawer on an ESC/POS file.
    "PrintingService.receipt_data": lambda s, a, w, ap: s.printing.receipt_data(a, w["sale"]),
    "ReceiptDeviceService.print_after_sale": lambda s, a, w, ap: s.devices.print_after_sale(
        a, w["sale"]),
    "ReceiptDeviceService.retry": lambda s, a, w, ap: s.devices.retry(a, w["sale"]),
    "ReceiptDeviceService.test_print": lambda s, a, w, ap: s.devices.test_print(a),
    "ReceiptDeviceService.daily_closure": lambda s, a, w, ap: s.devices.daily_closure(a),
    "ReceiptDeviceService.open_drawer": lambda s, a, w, ap: (
        s.ctx.settings.set("receipt_device", f"escpos:file:{w['tmp'] / 'drawer.bin'}"),
        s.devices.open_drawer(a, "change for the till", approvals=ap)),
}
# Set-up paths that run before anyone can log in (the first manager, printing a document
# for the system) take no actor; every other method refuses ``None``.
NO_ACTOR_ALLOWED = {"StaffService.create_user", "PrintingService.render",
                    "PrintingService.receipt_data",
                    "PrintingService.render_manifest", "PrintingService.render_run_sheet",
                    "PrintingService.mark_printed", "PrintingService.record_failure",
                    "PrintingService.discard", "CampaignService.create",
                    "CampaignService.deactivate",
                    # audit.py (not yet on authorize) fails closed on None with AttributeError
                    "AuditService.export_csv"}

CELLS = [(method, login) for method in sorted(SERVICE_ACTIONS) for login in ROLES]


def test_every_classified_method_has_a_recipe():
    assert set(RECIPES) == set(SERVICE_ACTIONS)


def _approver_for(action: Action, requester: str) -> str:
    for login in ("senior", "mgr"):
        if login != requester and MATRIX[action][ROLES[login]] == ALLOW:
            return login
    raise AssertionError(f"nobody approves {action}")


@pytest.mark.parametrize("method,login", CELLS, ids=[f"{m}-{r}" for m, r in CELLS])
def test_matrix(services, staff, world, method, login):
    action = SERVICE_ACTIONS[method]
    expected = MATRIX[action][ROLES[login]]
    actor = staff[login]
    call = RECIPES.get(method)
    assert call is not None, f"add a recipe for {method} to RECIPES in this file"
    if expected == DENY:
        with pytest.raises(PermissionDenied) as refused:
            call(services, actor, world, ())
        assert not refused.value.needs_approval
        return
    if expected == APPROVAL:
        with pytest.raises(PermissionDenied) as refused:
            call(services, actor, world, ())
        assert refused.value.needs_approval
        approver = _approver_for(action, login)
        approval = services.staff.approve(approver, TEST_PINS[approver], action,
                                          requester=actor, amount=refused.value.amount)
        call(services, actor, world, (approval,))
        assert not services.ctx.approvals.is_live(approval), "an approval is spent once"
        return
    try:
        call(services, actor, world, ())
    except PermissionDenied as refused:
        pytest.fail(f"{login} was refused {method}: {refused}")
    except CounterAppError:
        pass  # a missing row or a bad value: not a permission refusal


@pytest.mark.parametrize("method", sorted(set(SERVICE_ACTIONS) - NO_ACTOR_ALLOWED))
def test_no_actor_is_refused(services, staff, world, method):
    assert method in RECIPES, f"add a recipe for {method} to RECIPES in this file"
    with pytest.raises(PermissionDenied):
        RECIPES[method](services, None, world, ())


EXPORT_CELLS = [(kind, login) for kind in EXPORT_ACTIONS for login in ROLES]


@pytest.mark.parametrize("kind,login", EXPORT_CELLS, ids=[f"{k}-{r}" for k, r in EXPORT_CELLS])
def test_exports_per_kind(services, staff, tmp_path, kind, login):
    out = tmp_path / f"{kind}.csv"
    if MATRIX[EXPORT_ACTIONS[kind]][ROLES[login]] == DENY:
        with pytest.raises(PermissionDenied):
            services.csv.export(kind, out, actor=staff[login])
        assert not out.exists()
    else:
        services.csv.export(kind, out, actor=staff[login])
        assert out.exists()


def test_a_junior_may_not_export_every_table(services, staff, tmp_path):
    allowed = []
    for kind in EXPORT_ACTIONS:
        try:
            services.csv.export(kind, tmp_path / f"{kind}.csv", actor=staff["junior"])
            allowed.append(kind)
        except PermissionDenied:
            pass
    assert allowed == ["products"]

