"""Issue #16 part 4 and 10: limits a junior could bypass, approvals no PIN checked, lockouts
a junior could aim at a manager. Each test failed on the code before the fix."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest

from counterapp.db.models import AuditEntry, Customer, PriceList, Product, User
from counterapp.domain.customers import CustomerInput
from counterapp.domain.errors import AuthenticationFailed, PermissionDenied, ValidationError
from counterapp.domain.permissions import Action, Limits, Role, judge
from counterapp.services import Approval
from counterapp.services.cart import CartDraft, CartLineInput, PaymentInput
from counterapp.services.staff import LOCK_AFTER
from tests.conftest import TEST_PINS

D = Decimal


@pytest.fixture
def clock(services):
    """A clock the test moves by hand (wrong PINs make the next attempt wait)."""

    class Clock:
        now = dt.datetime(2026, 11, 27, 9, 0, 0)

        def advance(self, **delta) -> None:
            self.now += dt.timedelta(**delta)

    moving = Clock()
    services.ctx.clock = lambda: moving.now
    return moving


def _entry(action: str) -> AuditEntry:
    return AuditEntry.select().where(AuditEntry.action == action).order_by(
        AuditEntry.id.desc()).first()


def _people(services, action: str) -> tuple[str, str]:
    row = services.audit.search(services.staff.actor("mgr"), action=action, limit=1)[0]
    return row.user, row.approver


# -- price lists are discounts -------------------------------------------------------------------
@pytest.fixture
def ten_mugs(services, staff):
    """A consumer, a 10-unit cart of 112.29 € mugs, and a price list 11.8 % below retail."""
    mug = Product.create(sku="MUG", name="Tazza", price=D("112.29"), vat_rate=D("22"), stock=50)
    cheap = PriceList.create(code="AMICI", name="Amici", includes_vat=True,
                             default_discount=D("11.8"))
    customer = services.customers.create(staff["mgr"], CustomerInput(name="Mario Rossi")).id
    draft = CartDraft(lines=(CartLineInput(mug.id, 10),), customer_id=customer)
    return customer, cheap.id, draft


def _switch_list(services, actor, customer, price_list, approvals=()):
    detail = services.customers.get(customer)
    return services.customers.update(
        actor, customer, CustomerInput(name=detail.name, price_list_id=price_list),
        expected_version=detail.version, approvals=approvals)


def test_a_junior_cannot_cut_a_cart_by_switching_the_price_list(services, staff, ten_mugs):
    customer, cheap, draft = ten_mugs
    before = services.pricing.price_cart(draft).gross
    with pytest.raises(PermissionDenied) as refused:
        _switch_list(services, staff["junior"], customer, cheap)
    assert refused.value.needs_approval and refused.value.action == Action.CHANGE_PRICE_LIST
    assert services.pricing.price_cart(draft).gross == before == D("1122.90")
    # what the junior tried would have been a 11.8 % discount, beyond their 5 %
    approval = services.staff.approve("senior", TEST_PINS["senior"], Action.CHANGE_PRICE_LIST,
                                      requester=staff["junior"], reason="friend of the shop")
    _switch_list(services, staff["junior"], customer, cheap, (approval,))
    after = services.pricing.price_cart(draft).gross
    assert after == D("990.40") and (before - after) / before > D("0.11")
    assert _people(services, "customer_updated") == ("junior", "senior")


def test_a_junior_cannot_create_a_customer_on_a_cheaper_list(services, staff, ten_mugs):
    _customer, cheap, _draft = ten_mugs
    with pytest.raises(PermissionDenied) as refused:
        services.customers.create(staff["junior"],
                                  CustomerInput(name="Luigi Verdi", price_list_id=cheap))
    assert refused.value.needs_approval
    services.customers.create(staff["senior"], CustomerInput(name="Luigi Verdi",
                                                             price_list_id=cheap))


def test_deactivating_a_customer_needs_a_senior_for_a_junior(services, staff, ten_mugs):
    customer, _cheap, _draft = ten_mugs
    with pytest.raises(PermissionDenied) as refused:
        services.customers.deactivate(staff["junior"], customer)
    assert refused.value.needs_approval
    assert services.customers.get(customer).status == "active"
    approval = services.staff.approve("senior", TEST_PINS["senior"],
                                      Action.DEACTIVATE_CUSTOMER, requester=staff["junior"])
    assert services.customers.deactivate(staff["junior"], customer,
                                         (approval,)).status == "inactive"
    assert _people(services, "customer_deactivated") == ("junior", "senior")


# -- approvals are tokens the staff service issued after a PIN ------------------------------------
@pytest.fixture
def two_customers(services, staff):
    mgr = staff["mgr"]
    return (services.customers.create(mgr, CustomerInput(name="Mario Rossi")).id,
            services.customers.create(mgr, CustomerInput(name="Rossi Mario")).id)


def test_a_forged_approval_is_refused(services, staff, two_customers):
    keep, dup = two_customers
    senior = staff["senior"]
    forged = Approval(approver_id=senior.id, approver_login="senior",
                      approver_role=Role.SENIOR, action=str(Action.MERGE_CUSTOMERS),
                      requester_id=staff["junior"].id, token="0" * 32)
    with pytest.raises(PermissionDenied) as refused:
        services.customers.merge(staff["junior"], keep, dup, approvals=(forged,))
    assert refused.value.needs_approval
    # a real token with a promoted approver is not the approval that was issued either
    real = services.staff.approve("senior", TEST_PINS["senior"], Action.MERGE_CUSTOMERS,
                                  requester=staff["junior"])
    promoted = dataclasses.replace(real, approver_role=Role.MANAGER,
                                   action=str(Action.CHANGE_CREDIT_LIMIT))
    with pytest.raises(PermissionDenied):
        services.customers.set_credit_limit(staff["junior"], keep, "9000", (promoted,))
    assert services.customers.get(keep).credit_limit == D("0")
    assert Customer.get_by_id(dup).merged_into_id is None


def test_an_approval_is_spent_once_and_only_by_its_requester(services, staff, two_customers):
    keep, dup = two_customers
    approval = services.staff.approve("senior", TEST_PINS["senior"], Action.MERGE_CUSTOMERS,
                                      requester=staff["junior"])
    with pytest.raises(PermissionDenied):  # someone else's approval
        services.customers.merge(_another_junior(services, staff), keep, dup,
                                 approvals=(approval,))
    services.customers.merge(staff["junior"], keep, dup, approvals=(approval,))
    assert not services.ctx.approvals.is_live(approval)
    third = services.customers.create(staff["mgr"], CustomerInput(name="Mario Rossi bis")).id
    with pytest.raises(PermissionDenied) as again:
        services.customers.merge(staff["junior"], keep, third, approvals=(approval,))
    assert again.value.needs_approval


def _another_junior(services, staff):
    services.staff.create_user(staff["mgr"], "junior2", "Gino Junior", "junior", "5678")
    return services.staff.actor("junior2")


def test_nobody_approves_their_own_request(services, staff):
    with pytest.raises(AuthenticationFailed):
        services.staff.approve("senior", TEST_PINS["senior"], Action.VOID_SALE,
                               requester=staff["senior"])
    with pytest.raises(PermissionDenied) as refused:
        judge(7, Role.JUNIOR, Action.MERGE_CUSTOMERS, approver_id=7,
              approver_role=Role.SENIOR, limits=Limits())
    assert "own request" in str(refused.value)


def test_an_approval_survives_a_failed_checkout_and_is_spent_by_the_sale(services, staff):
    mug = Product.create(sku="MUG", name="Tazza", price=D("10.00"), vat_rate=D("22"), stock=5)
    draft = CartDraft(lines=(CartLineInput(mug.id, 1, discount_pct=D("10")),))
    junior = staff["junior"]
    with pytest.raises(PermissionDenied) as refused:
        services.checkout.checkout(junior, draft, [PaymentInput("cash", D("9.00"))],
                                sale_uuid="s1")
    approval = services.staff.approve("senior", TEST_PINS["senior"], Action.LINE_DISCOUNT,
                                      requester=junior, amount=refused.value.amount)
    with pytest.raises(ValidationError):  # wrong payment: nothing written, approval kept
        services.checkout.checkout(junior, draft, [PaymentInput("cash", D("5.00"))],
                                sale_uuid="s1", approvals=(approval,))
    assert services.ctx.approvals.is_live(approval)
    sale = services.checkout.checkout(junior, draft, [PaymentInput("cash", D("9.00"))],
                                   sale_uuid="s1", approvals=(approval,))
    assert sale.gross == D("9.00") and not services.ctx.approvals.is_live(approval)
    with pytest.raises(PermissionDenied):  # a second sale needs a second PIN
        services.checkout.checkout(junior, draft, [PaymentInput("cash", D("9.00"))],
                                sale_uuid="s2", approvals=(approval,))


def test_an_approval_covers_the_amount_it_was_given_for(services, staff):
    mug = Product.create(sku="MUG", name="Tazza", price=D("10.00"), vat_rate=D("22"), stock=5)
    junior = staff["junior"]
    approval = services.staff.approve("senior", TEST_PINS["senior"], Action.LINE_DISCOUNT,
                                      requester=junior, amount=D("10"))
    draft = CartDraft(lines=(CartLineInput(mug.id, 1, discount_pct=D("20")),))
    with pytest.raises(PermissionDenied):
        services.checkout.checkout(junior, draft, [PaymentInput("cash", D("8.00"))],
                                sale_uuid="s1", approvals=(approval,))


# -- refunds add up ---------------------------------------------------------------------------------
@pytest.fixture
def three_pieces(services, staff):
    """A 60 € sale of three 20 € items (VAT included), paid cash, by the manager."""
    item = Product.create(sku="ITEM", name="Teiera", price=D("20.00"), vat_rate=D("22"), stock=9)
    sale = services.checkout.checkout(staff["mgr"], CartDraft(lines=(CartLineInput(item.id, 3),)),
                                   [PaymentInput("cash", D("60.00"))], sale_uuid="sale")
    return sale.number, services.returns.find_sale(sale.number).lines[0].id


def test_a_refund_split_into_three_pieces_needs_approval_on_the_third(services, staff,
                                                                      three_pieces):
    number, line = three_pieces
    junior = staff["junior"]
    services.returns.refund(junior, number, [(line, 1)], refund_uuid="r1")  # 20 €
    services.returns.refund(junior, number, [(line, 1)], refund_uuid="r2")  # 40 €
    with pytest.raises(PermissionDenied) as refused:  # 60 € against the junior's 50 €
        services.returns.refund(junior, number, [(line, 1)], refund_uuid="r3")
    assert refused.value.needs_approval and refused.value.amount == D("60.00")
    approval = services.staff.approve("senior", TEST_PINS["senior"], Action.REFUND,
                                      requester=junior, amount=refused.value.amount)
    services.returns.refund(junior, number, [(line, 1)], refund_uuid="r3", approvals=(approval,))
    assert _people(services, "approved_refund") == ("junior", "senior")


def test_pieces_of_25_50_need_approval_as_soon_as_they_pass_50(services, staff):
    item = Product.create(sku="ITEM", name="Teiera", price=D("25.50"), vat_rate=D("22"), stock=9)
    sale = services.checkout.checkout(staff["mgr"], CartDraft(lines=(CartLineInput(item.id, 3),)),
                                   [PaymentInput("cash", D("76.50"))], sale_uuid="sale")
    line = services.returns.find_sale(sale.number).lines[0].id
    services.returns.refund(staff["junior"], sale.number, [(line, 1)], refund_uuid="r1")
    for uuid in ("r2", "r3"):  # 51.00 and 76.50 against 50: the old per-call check let both by
        with pytest.raises(PermissionDenied):
            services.returns.refund(staff["junior"], sale.number, [(line, 1)], refund_uuid=uuid)


def test_refunds_by_one_user_add_up_over_a_rolling_day(services, staff, clock):
    item = Product.create(sku="ITEM", name="Teiera", price=D("30.00"), vat_rate=D("22"), stock=9)
    mgr, junior = staff["mgr"], staff["junior"]
    sales = []
    for n in range(3):
        sale = services.checkout.checkout(mgr, CartDraft(lines=(CartLineInput(item.id, 1),)),
                                       [PaymentInput("cash", D("30.00"))], sale_uuid=f"s{n}")
        sales.append((sale.number, services.returns.find_sale(sale.number).lines[0].id))
    services.returns.refund(junior, *sales[0][:1], [(sales[0][1], 1)], refund_uuid="r0")
    clock.advance(hours=23)
    with pytest.raises(PermissionDenied):  # 60 € by the junior within 24 h
        services.returns.refund(junior, sales[1][0], [(sales[1][1], 1)], refund_uuid="r1")
    clock.advance(hours=2)
    services.returns.refund(junior, sales[1][0], [(sales[1][1], 1)], refund_uuid="r1")


# -- lockouts a junior cannot aim at a manager ----------------------------------------------------------
def test_a_junior_cannot_lock_a_manager(services, staff, clock):
    junior = staff["junior"]
    for _ in range(LOCK_AFTER):
        with pytest.raises(AuthenticationFailed):
            services.staff.approve("mgr", "0000", Action.VOID_SALE, requester=junior)
        clock.advance(minutes=1)
    with pytest.raises(AuthenticationFailed) as locked:  # even with the right PIN now
        services.staff.approve("mgr", TEST_PINS["mgr"], Action.VOID_SALE, requester=junior)
    assert locked.value.locked
    mgr = User.get(User.login == "mgr")
    assert not mgr.locked and mgr.failed_pins == 0 and mgr.last_failed_at is None
    assert services.staff.login("mgr", TEST_PINS["mgr"]).login == "mgr"
    approval = services.staff.approve("mgr", TEST_PINS["mgr"], Action.CHANGE_CREDIT_LIMIT,
                                      requester=staff["senior"])
    assert approval.approver_login == "mgr"
    entry = _entry("approval_attempts_locked")
    assert entry.entity_id == "mgr" and "0000" not in entry.reason
    # the manager unlocks the junior, who may ask again
    services.staff.unlock(staff["mgr"], "junior")
    assert services.staff.approve("mgr", TEST_PINS["mgr"], Action.VOID_SALE,
                                  requester=junior).approver_login == "mgr"


def test_wrong_approval_pins_slow_down_only_that_requester(services, staff, clock):
    for _ in range(4):
        with pytest.raises(AuthenticationFailed):
            services.staff.approve("senior", "0000", Action.VOID_SALE, requester=staff["junior"])
    with pytest.raises(AuthenticationFailed) as waiting:
        services.staff.approve("senior", TEST_PINS["senior"], Action.VOID_SALE,
                               requester=staff["junior"])
    assert waiting.value.retry_after_s > 0
    assert services.staff.approve("senior", TEST_PINS["senior"], Action.VOID_SALE,
                                  requester=staff["am"]).approver_login == "senior"


def test_a_pin_reset_clears_the_lock(services, staff, clock):
    for _ in range(LOCK_AFTER):
        with pytest.raises(AuthenticationFailed):
            services.staff.login("junior", "0000")
        clock.advance(minutes=1)
    assert User.get(User.login == "junior").locked
    services.staff.reset_pin(staff["mgr"], "junior", "8642")
    user = User.get(User.login == "junior")
    assert not user.locked and user.failed_pins == 0
    assert services.staff.login("junior", "8642").login == "junior"


def test_a_pin_reset_of_the_approver_clears_the_guesses_at_the_old_pin(services, staff, clock):
    for _ in range(LOCK_AFTER):
        with pytest.raises(AuthenticationFailed):
            services.staff.approve("senior", "0000", Action.VOID_SALE, requester=staff["junior"])
        clock.advance(minutes=1)
    services.staff.reset_pin(staff["mgr"], "senior", "7531")
    assert services.staff.approve("senior", "7531", Action.VOID_SALE,
                                  requester=staff["junior"]).approver_login == "senior"


def test_wrong_logins_slow_a_manager_down_but_never_lock_the_shop_out(services, staff, clock):
    for _ in range(LOCK_AFTER + 2):
        clock.advance(minutes=6)
        with pytest.raises(AuthenticationFailed) as failure:
            services.staff.login("mgr", "0000")
    assert not failure.value.locked and failure.value.retry_after_s == 300
    assert not User.get(User.login == "mgr").locked
    assert _entry("user_throttled").entity_id == "mgr"
    clock.advance(minutes=1)
    with pytest.raises(AuthenticationFailed) as waiting:  # still inside the five minutes
        services.staff.login("mgr", TEST_PINS["mgr"])
    assert waiting.value.retry_after_s > 0 and not waiting.value.locked
    clock.advance(minutes=5)
    assert services.staff.login("mgr", TEST_PINS["mgr"]).login == "mgr"
    services.staff.unlock(services.staff.actor("mgr"), "junior")  # manager work goes on
