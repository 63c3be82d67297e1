"""Checkout: one transaction, permissions with approvals, stock, credit, calls, deliveries."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from counterapp.db.models import (
    AuditEntry,
    Call,
    Customer,
    Order,
    OrderLine,
    Payment,
    Product,
    Shipment,
    StockMovement,
)
from counterapp.domain.errors import PermissionDenied, ValidationError
from counterapp.services.cart import CartDraft, CartLineInput, PaymentInput
from counterapp.services.delivery import DeliveryRequest
from tests.conftest import TEST_PINS
from tests.services.shipping_fixtures import make_carrier

D = Decimal


def _product(sku, price, stock=10, rate="22", **kwargs):
    return Product.create(sku=sku, name=f"Articolo {sku}", price=D(price), vat_rate=D(rate),
                          stock=stock, cost=D("1.00"), **kwargs)


def _counts():
    return {model.__name__: model.select().count()
            for model in (Order, OrderLine, Payment, StockMovement, AuditEntry)}


@pytest.fixture
def goods(services, staff):
    return {"pen": _product("PEN", "1.50", stock=100), "ink": _product("INK", "12.20", stock=2),
            "book": _product("BOOK", "18.00", stock=5, rate="4")}


@pytest.fixture
def business(services):
    return Customer.create(code="B1", kind="b2b", name="Cartoleria Verdi & C. <SRL>",
                           search_name="cartoleria verdi", credit_limit=D("100"))


def test_cash_sale_writes_everything_in_one_go(services, staff, goods):
    draft = CartDraft(lines=(CartLineInput(goods["pen"].id, 4), CartLineInput(goods["ink"].id, 1)))
    cart = services.pricing.price_cart(draft)
    assert cart.gross == D("18.20")
    result = services.checkout.checkout(staff["junior"], draft,
                                     [PaymentInput("cash", cart.gross, D("20.00"))],
                                     sale_uuid="sale-1")
    year = services.ctx.now().year
    assert result.number == f"V{year}-000001"
    assert (result.gross, result.paid, result.change) == (D("18.20"), D("18.20"), D("1.80"))
    assert result.status == "completed"
    order = Order.get_by_id(result.order_id)
    assert order.uuid == "sale-1" and order.channel == "counter" and order.rep.login == "junior"
    assert [(line.sku, line.quantity, line.gross) for line in order.lines.order_by(OrderLine.line_no)] \
        == [("PEN", 4, D("6.00")), ("INK", 1, D("12.20"))]
    assert Product.get_by_id(goods["pen"].id).stock == 96
    assert Product.get_by_id(goods["ink"].id).stock == 1
    assert sorted(m.quantity for m in StockMovement.select()) == [-4, -1]
    payment = Payment.get()
    assert (payment.method, payment.amount, payment.tendered, payment.change) == \
        ("cash", D("18.20"), D("20.00"), D("1.80"))
    entry = AuditEntry.get(AuditEntry.action == "sale_completed")
    assert entry.amount == D("18.20") and entry.entity_id == result.number


def test_same_uuid_twice_returns_the_first_sale_and_writes_nothing(services, staff, goods):
    draft = CartDraft(lines=(CartLineInput(goods["pen"].id, 1),))
    first = services.checkout.checkout(staff["junior"], draft, [PaymentInput("card", D("1.50"))],
                                    sale_uuid="once")
    before = _counts()
    again = services.checkout.checkout(staff["junior"], draft, [PaymentInput("card", D("1.50"))],
                                    sale_uuid="once")
    assert again == first
    assert _counts() == before
    assert Product.get_by_id(goods["pen"].id).stock == 99


def test_numbers_follow_each_other(services, staff, goods):
    draft = CartDraft(lines=(CartLineInput(goods["pen"].id, 1),))
    numbers = [services.checkout.checkout(staff["junior"], draft, [PaymentInput("card", D("1.50"))],
                                       sale_uuid=f"n{i}").number for i in range(3)]
    assert [n[-6:] for n in numbers] == ["000001", "000002", "000003"]


def test_split_payment_cash_and_card(services, staff, goods):
    draft = CartDraft(lines=(CartLineInput(goods["book"].id, 1),))
    result = services.checkout.checkout(staff["junior"], draft,
                                     [PaymentInput("card", D("10.00")),
                                      PaymentInput("cash", D("8.00"), D("10.00"))],
                                     sale_uuid="split")
    assert result.paid == D("18.00") and result.change == D("2.00")


@pytest.mark.parametrize("payments, field", [
    ([PaymentInput("card", D("10.00"))], "payment"),
    ([PaymentInput("card", D("20.00"))], "payment"),
    ([PaymentInput("cash", D("18.00"), D("15.00"))], "tendered"),
    ([PaymentInput("cheque", D("18.00"))], "payment"),
    ([PaymentInput("account", D("18.00"))], "payment"),  # walk-in: no account
    ([], "payment"),
])
def test_payments_must_cover_the_total_exactly(services, staff, goods, payments, field):
    draft = CartDraft(lines=(CartLineInput(goods["book"].id, 1),))
    before = _counts()
    with pytest.raises(ValidationError) as error:
        services.checkout.checkout(staff["junior"], draft, payments, sale_uuid="bad-pay")
    assert error.value.field == field
    assert _counts() == before


def test_empty_cart_is_refused(services, staff, goods):
    with pytest.raises(ValidationError) as error:
        services.checkout.checkout(staff["junior"], CartDraft(), [], sale_uuid="empty")
    assert error.value.field == "lines"


def test_selling_beyond_stock_needs_confirmation(services, staff, goods):
    draft = CartDraft(lines=(CartLineInput(goods["ink"].id, 2), CartLineInput(goods["ink"].id, 1)))
    assert [line.backorder for line in services.pricing.price_cart(draft).lines] == [True, True]
    before = _counts()
    with pytest.raises(ValidationError) as error:
        services.checkout.checkout(staff["junior"], draft, [PaymentInput("card", D("36.60"))],
                                sale_uuid="bo")
    assert error.value.field == "quantity" and "only 2 in stock" in error.value.message
    assert _counts() == before
    result = services.checkout.checkout(staff["junior"], draft, [PaymentInput("card", D("36.60"))],
                                     sale_uuid="bo", confirm_backorder=True)
    assert all(line.backorder for line in Order.get_by_id(result.order_id).lines)
    assert Product.get_by_id(goods["ink"].id).stock == -1


def test_discount_limits_per_role_and_approval(services, staff, goods):
    services.pricing.check_discount(staff["junior"], D("5"), cart=False)
    with pytest.raises(PermissionDenied) as error:
        services.pricing.check_discount(staff["junior"], D("10"), cart=True)
    assert error.value.needs_approval
    services.pricing.check_discount(staff["senior"], D("10"), cart=True)

    draft = CartDraft(lines=(CartLineInput(goods["book"].id, 1, D("10")),))
    total = services.pricing.price_cart(draft).gross
    with pytest.raises(PermissionDenied) as error:
        services.checkout.checkout(staff["junior"], draft, [PaymentInput("card", total)],
                                sale_uuid="disc")
    assert error.value.needs_approval
    assert Order.select().count() == 0
    approval = services.staff.approve("senior", TEST_PINS["senior"], "line_discount",
                                      requester=staff["junior"], amount=D("10"))
    result = services.checkout.checkout(staff["junior"], draft, [PaymentInput("card", total)],
                                     sale_uuid="disc", approvals=(approval,))
    assert result.gross == D("16.20")
    entry = AuditEntry.get(AuditEntry.action == "approved_line_discount")
    assert entry.approver.login == "senior" and entry.user.login == "junior"
    assert entry.entity_id == result.number


def test_discount_limit_comes_from_settings(services, staff, goods):
    services.ctx.settings.set("discount_limit_junior", D("12"))
    services.pricing.check_discount(staff["junior"], D("12"), cart=False)


def test_price_override_needs_permission(services, staff, goods):
    draft = CartDraft(lines=(CartLineInput(goods["book"].id, 1, unit_price_override=D("15.00")),))
    with pytest.raises(PermissionDenied) as error:
        services.checkout.checkout(staff["junior"], draft, [PaymentInput("card", D("15.00"))],
                                sale_uuid="ovr")
    assert error.value.action == "price_override"
    result = services.checkout.checkout(staff["senior"], draft, [PaymentInput("card", D("15.00"))],
                                     sale_uuid="ovr")
    assert OrderLine.get(OrderLine.order == result.order_id).unit_price == D("15.00")


def test_on_account_within_credit_raises_the_balance(services, staff, goods, business):
    draft = CartDraft(lines=(CartLineInput(goods["pen"].id, 10),), customer_id=business.id)
    total = services.pricing.price_cart(draft).gross
    services.checkout.checkout(staff["junior"], draft, [PaymentInput("account", total)],
                            sale_uuid="acc")
    assert Customer.get_by_id(business.id).balance == total


def test_on_account_beyond_credit_needs_a_manager(services, staff, goods, business):
    Customer.update(balance=D("95.00")).where(Customer.id == business.id).execute()
    draft = CartDraft(lines=(CartLineInput(goods["pen"].id, 10),), customer_id=business.id)
    total = services.pricing.price_cart(draft).gross
    with pytest.raises(PermissionDenied) as error:
        services.checkout.checkout(staff["senior"], draft, [PaymentInput("account", total)],
                                sale_uuid="over")
    assert error.value.action == "sale_over_credit"
    assert Customer.get_by_id(business.id).balance == D("95.00")
    approval = services.staff.approve("mgr", TEST_PINS["mgr"], "sale_over_credit",
                                      requester=staff["senior"], amount=total)
    services.checkout.checkout(staff["senior"], draft, [PaymentInput("account", total)],
                            sale_uuid="over", approvals=(approval,))
    assert Customer.get_by_id(business.id).balance == D("95.00") + total
    assert AuditEntry.get(AuditEntry.action == "approved_sale_over_credit").approver.login == "mgr"


def test_consumer_cannot_buy_on_account(services, staff, goods):
    consumer = Customer.create(code="C9", kind="b2c", name="Luisa Rossi", search_name="luisa")
    draft = CartDraft(lines=(CartLineInput(goods["pen"].id, 1),), customer_id=consumer.id)
    with pytest.raises(ValidationError) as error:
        services.checkout.checkout(staff["mgr"], draft, [PaymentInput("account", D("1.50"))],
                                sale_uuid="c-acc")
    assert error.value.field == "payment"


def test_phone_sale_is_linked_to_its_call(services, staff, goods, business):
    call = Call.create(direction="inbound", number="+390212345678", customer=business,
                       rep=staff["junior"].id)
    draft = CartDraft(lines=(CartLineInput(goods["pen"].id, 2),), customer_id=business.id,
                      channel="phone", call_id=call.id)
    total = services.pricing.price_cart(draft).gross
    result = services.checkout.checkout(staff["junior"], draft, [PaymentInput("card", total)],
                                     sale_uuid="phone")
    assert Call.get_by_id(call.id).order_id == result.order_id
    assert Order.get_by_id(result.order_id).channel == "phone"


def test_delivery_creates_a_shipment_in_the_same_transaction(services, staff, goods, business):
    make_carrier()
    draft = CartDraft(lines=(CartLineInput(goods["pen"].id, 2),), customer_id=business.id,
                      channel="phone")
    request = DeliveryRequest(method="courier", recipient="Cartoleria Verdi", street="Via Po 3",
                              postcode="20121", city="Milano", province="MI")
    result = services.checkout.checkout(staff["junior"], draft, [], sale_uuid="deliv",
                                     delivery=request)
    assert result.status == "open" and result.paid == 0
    shipment = Shipment.get(Shipment.order == result.order_id)
    assert shipment.city == "Milano"
    # A bad address rolls the whole sale back.
    before = _counts()
    with pytest.raises(ValidationError):
        services.checkout.checkout(staff["junior"], draft, [], sale_uuid="deliv2",
                                delivery=DeliveryRequest(method="teleport"))
    assert _counts() == before


def test_park_list_resume_discard(services, staff, goods, business):
    draft = CartDraft(lines=(CartLineInput(goods["pen"].id, 3), CartLineInput(goods["ink"].id, 1)),
                      customer_id=business.id, cart_discount_pct=D("2.5"))
    parked = services.parking.park(staff["junior"], draft, "Signora al telefono")
    assert parked.lines_count == 2 and parked.customer_name == "Cartoleria Verdi & C. <SRL>"
    other = services.parking.park(staff["senior"], CartDraft(lines=(CartLineInput(goods["pen"].id, 1),)))
    assert [row.id for row in services.parking.list_parked()] == [parked.id, other.id]
    assert [row.id for row in services.parking.list_parked(staff["junior"])] == [parked.id]
    assert services.parking.resume(staff["junior"], parked.id) == draft
    assert [row.id for row in services.parking.list_parked()] == [other.id]
    with pytest.raises(Exception) as error:
        services.parking.resume(staff["senior"], parked.id)
    assert "not found" in str(error.value)
    services.parking.discard_parked(staff["senior"], other.id)
    assert services.parking.list_parked() == []
    assert Product.get_by_id(goods["pen"].id).stock == 100  # parking never touches stock


def test_quote_round_trip_at_quoted_prices(services, staff, goods, business):
    draft = CartDraft(lines=(CartLineInput(goods["book"].id, 2, unit_price_override=D("15.00")),),
                      customer_id=business.id)
    today = services.ctx.now().date()
    quote = services.quotes.save_quote(staff["senior"], draft, today + dt.timedelta(days=30))
    assert quote.number.startswith("Q") and quote.status == "quote"
    assert Product.get_by_id(goods["book"].id).stock == 5
    assert [q.number for q in services.quotes.find_quotes("cartol")] == [quote.number]
    assert [q.number for q in services.quotes.find_quotes(customer_id=business.id)] == [quote.number]
    assert services.quotes.find_quotes("nobody") == []
    # The list price rises; the junior still sells at the quoted price without an approval.
    Product.update(price=D("25.00")).where(Product.id == goods["book"].id).execute()
    back = services.quotes.quote_to_draft(quote.number)
    assert back.quote_number == quote.number and back.lines[0].unit_price_override == D("15.00")
    total = services.pricing.price_cart(back).gross
    assert total == quote.gross
    sale = services.checkout.checkout(staff["junior"], back, [PaymentInput("card", total)],
                                   sale_uuid="from-quote")
    assert Order.get_by_id(sale.order_id).origin_id == quote.order_id
    assert Order.get_by_id(quote.order_id).status == "converted"
    with pytest.raises(ValidationError):
        services.quotes.quote_to_draft(quote.number)


def test_quote_price_cannot_be_changed_without_permission(services, staff, goods):
    draft = CartDraft(lines=(CartLineInput(goods["book"].id, 1),))
    quote = services.quotes.save_quote(staff["junior"], draft, services.ctx.now().date())
    back = services.quotes.quote_to_draft(quote.number)
    tampered = CartDraft(lines=(CartLineInput(goods["book"].id, 1, unit_price_override=D("1.00"),
                                              from_quote=True),),
                         quote_number=back.quote_number)
    with pytest.raises(PermissionDenied):
        services.checkout.checkout(staff["junior"], tampered, [PaymentInput("card", D("1.00"))],
                                sale_uuid="tamper")


def test_expired_quote_is_refused_with_a_clear_message(services, staff, goods):
    draft = CartDraft(lines=(CartLineInput(goods["book"].id, 1),))
    quote = services.quotes.save_quote(staff["junior"], draft, services.ctx.now().date())
    later = services.ctx.now() + dt.timedelta(days=2)
    services.ctx.clock = lambda: later
    with pytest.raises(ValidationError) as error:
        services.quotes.quote_to_draft(quote.number)
    assert error.value.field == "quote" and "expired" in error.value.message
    assert services.quotes.find_quotes()[0].expired


def test_last_order_draft_repeats_the_last_sale(services, staff, goods, business):
    assert services.checkout.last_order_draft(business.id) is None
    for uuid, qty in (("a", 1), ("b", 7)):
        draft = CartDraft(lines=(CartLineInput(goods["pen"].id, qty),
                                 CartLineInput(goods["book"].id, 1)), customer_id=business.id)
        total = services.pricing.price_cart(draft).gross
        services.checkout.checkout(staff["junior"], draft, [PaymentInput("account", total)],
                                sale_uuid=uuid)
    again = services.checkout.last_order_draft(business.id)
    assert [(line.product_id, line.quantity) for line in again.lines] == \
        [(goods["pen"].id, 7), (goods["book"].id, 1)]
    assert again.customer_id == business.id and again.channel == "phone"
