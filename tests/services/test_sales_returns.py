"""Returns: restock, pay back by the original methods, never more than was sold."""

from __future__ import annotations

from decimal import Decimal

import pytest

from counterapp.db.models import AuditEntry, Customer, Order, OrderLine, Payment, Product
from counterapp.domain.errors import NotFound, PermissionDenied, ValidationError
from counterapp.services.cart import CartDraft, CartLineInput, PaymentInput
from tests.conftest import TEST_PINS

D = Decimal


@pytest.fixture
def sale(services, staff):
    """A cash + card sale of 3 mugs (4.99 each) and 1 kettle (89.90)."""
    mug = Product.create(sku="MUG", name="Tazza", price=D("4.99"), vat_rate=D("22"), stock=10)
    kettle = Product.create(sku="KET", name="Bollitore", price=D("89.90"), vat_rate=D("22"),
                            stock=2)
    draft = CartDraft(lines=(CartLineInput(mug.id, 3), CartLineInput(kettle.id, 1)))
    result = services.checkout.checkout(staff["mgr"], draft,
                                     [PaymentInput("card", D("80.00")),
                                      PaymentInput("cash", D("24.87"), D("30.00"))],
                                     sale_uuid="orig")
    detail = services.returns.find_sale(result.number)
    return {"result": result, "detail": detail, "mug": mug, "kettle": kettle}


def test_find_sale_shows_lines_and_payments(services, sale):
    detail = sale["detail"]
    assert detail.gross == D("104.87") and detail.kind == "sale"
    assert [(line.sku, line.quantity, line.returned_quantity) for line in detail.lines] == \
        [("MUG", 3, 0), ("KET", 1, 0)]
    assert [(p.method, p.amount) for p in detail.payments] == [("card", D("80.00")),
                                                              ("cash", D("24.87"))]
    with pytest.raises(NotFound):
        services.returns.find_sale("V1999-000001")


def test_partial_returns_add_up_to_the_line_exactly(services, staff, sale):
    mug_line = sale["detail"].lines[0]
    number = sale["result"].number
    first = services.returns.refund(staff["junior"], number, [(mug_line.id, 1)], refund_uuid="r1")
    assert first.gross == D("-4.99") and first.number.startswith("R")
    assert Product.get_by_id(sale["mug"].id).stock == 8
    second = services.returns.refund(staff["junior"], number, [(mug_line.id, 2)], refund_uuid="r2")
    assert first.gross + second.gross == -mug_line.gross
    assert first.vat + second.vat == -mug_line.vat
    assert services.returns.find_sale(number).lines[0].returned_quantity == 3
    assert Product.get_by_id(sale["mug"].id).stock == 10
    with pytest.raises(ValidationError) as error:
        services.returns.refund(staff["junior"], number, [(mug_line.id, 1)], refund_uuid="r3")
    assert error.value.field == "quantity" and "only 0" in error.value.message
    returns = Order.select().where(Order.kind == "return")
    assert all(o.origin_id == sale["result"].order_id for o in returns)
    lines = OrderLine.select().join(Order).where(Order.kind == "return")
    assert all(line.origin_line_id == mug_line.id and line.quantity < 0 for line in lines)


def test_cannot_return_more_than_sold_or_foreign_lines(services, staff, sale):
    number = sale["result"].number
    before = Order.select().count()
    with pytest.raises(ValidationError) as error:
        services.returns.refund(staff["mgr"], number, [(sale["detail"].lines[1].id, 2)],
                              refund_uuid="x")
    assert error.value.field == "quantity"
    with pytest.raises(ValidationError) as error:
        services.returns.refund(staff["mgr"], number, [(999999, 1)], refund_uuid="x")
    assert error.value.field == "lines"
    with pytest.raises(ValidationError):
        services.returns.refund(staff["mgr"], number, [(sale["detail"].lines[0].id, 0)],
                              refund_uuid="x")
    with pytest.raises(ValidationError):
        services.returns.refund(staff["mgr"], number, [], refund_uuid="x")
    assert Order.select().count() == before


def test_refund_pays_back_by_the_original_methods(services, staff, sale):
    kettle_line = sale["detail"].lines[1]
    approval = services.staff.approve("senior", TEST_PINS["senior"], "refund",
                                      requester=staff["junior"], amount=D("89.90"))
    result = services.returns.refund(staff["junior"], sale["result"].number,
                                   [(kettle_line.id, 1)], refund_uuid="k",
                                   approvals=(approval,))
    payments = Payment.select().where(Payment.order == result.order_id)
    assert sorted((p.method, p.amount) for p in payments) == [("card", D("-80.00")),
                                                             ("cash", D("-9.90"))]
    assert result.paid == D("-89.90")
    entry = AuditEntry.get(AuditEntry.action == "approved_refund")
    assert entry.approver.login == "senior" and entry.amount == D("89.90")


def test_refund_above_the_role_limit_needs_approval(services, staff, sale):
    kettle_line = sale["detail"].lines[1]
    with pytest.raises(PermissionDenied) as error:
        services.returns.refund(staff["junior"], sale["result"].number, [(kettle_line.id, 1)],
                              refund_uuid="k")
    assert error.value.needs_approval
    assert Product.get_by_id(sale["kettle"].id).stock == 1


def test_same_refund_uuid_twice_is_one_refund(services, staff, sale):
    mug_line = sale["detail"].lines[0]
    first = services.returns.refund(staff["mgr"], sale["result"].number, [(mug_line.id, 1)],
                                  refund_uuid="same")
    again = services.returns.refund(staff["mgr"], sale["result"].number, [(mug_line.id, 1)],
                                  refund_uuid="same")
    assert again == first
    assert Product.get_by_id(sale["mug"].id).stock == 8


def test_account_refund_lowers_the_balance(services, staff):
    customer = Customer.create(code="B7", kind="b2b", name="Hotel Lago", search_name="hotel",
                               credit_limit=D("1000"))
    towel = Product.create(sku="TWL", name="Asciugamano", price=D("12.20"), vat_rate=D("22"),
                           stock=20)
    draft = CartDraft(lines=(CartLineInput(towel.id, 10),), customer_id=customer.id)
    total = services.pricing.price_cart(draft).gross
    sale = services.checkout.checkout(staff["mgr"], draft, [PaymentInput("account", total)],
                                   sale_uuid="hotel")
    line = services.returns.find_sale(sale.number).lines[0]
    refund = services.returns.refund(staff["mgr"], sale.number, [(line.id, 4)], refund_uuid="h-r")
    assert refund.gross == D("-48.80")
    assert Customer.get_by_id(customer.id).balance == total - D("48.80")
