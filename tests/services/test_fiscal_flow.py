"""The fiscal flow against the simulated Epson RT printer (tests/fiscal_simulator.py).

Every flow of the counter: the documento commerciale after the sale, the printer refusing
or unreachable (the sale stays, the document is pending, a retry prints it once), the
lost answer (the printer is asked before sending again), refunds naming the original, the
daily closure, the drawer, and two workstations with their own printers on one database.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from counterapp.db.models import AuditEntry, FiscalJournal, Order, Product
from counterapp.domain.errors import PermissionDenied, ValidationError
from counterapp.domain.permissions import Action
from counterapp.services import build_services
from counterapp.services.cart import CartDraft, CartLineInput, PaymentInput
from counterapp.services.context import ServiceContext
from counterapp.services.devices import DeviceError, ReceiptDeviceService
from counterapp.services.devices.epson_rt import EpsonRtClient, EpsonRtDevice
from counterapp.settings import Settings
from tests.conftest import TEST_PINS
from tests.fiscal_simulator import FiscalSimulator
from tests.services.test_printing_fixtures import pdf_text

D = Decimal


@pytest.fixture
def sim():
    with FiscalSimulator() as simulator:
        yield simulator


@pytest.fixture
def till(services, sim) -> ReceiptDeviceService:
    """This workstation's device service on the simulator (short timeout for the tests)."""
    return ReceiptDeviceService(services.ctx, workstation="cassa-1",
                                device_factory=lambda: EpsonRtDevice(sim.url, timeout=0.5))


@pytest.fixture
def product(services):
    return Product.create(sku="VIT", name="Viti 4x40", price=D("6.90"), vat_rate=D("22"),
                          stock=100, cost=D("1"))


def _sell(services, actor, product, uuid, quantity=2, method="cash"):
    draft = CartDraft(lines=(CartLineInput(product.id, quantity),))
    gross = services.pricing.price_cart(draft).gross
    return services.checkout.checkout(actor, draft, [PaymentInput(method, gross)], sale_uuid=uuid)


def test_a_sale_gets_its_documento_commerciale_once(services, staff, till, sim, product):
    sale = _sell(services, staff["senior"], product, "s1")
    outcome = till.print_after_sale(staff["senior"], sale.number, lottery_code="abcd1234")
    assert (outcome.status, outcome.fiscal_number) == ("printed", "0001-0001")
    order = Order.get(Order.number == sale.number)
    assert (order.fiscal_status, order.fiscal_number, order.fiscal_z, order.fiscal_document,
            order.fiscal_serial) == ("printed", "0001-0001", 1, 1, sim.serial)
    [printed] = sim.receipts()
    assert printed.amount == sale.gross and printed.lottery_code == "ABCD1234"
    assert printed.payments == [{"type": "0", "index": "0", "amount": sale.gross}]
    # asked again (a second click, another window): the same document, nothing sent
    again = till.print_after_sale(staff["senior"], sale.number)
    assert again.fiscal_number == "0001-0001" and len(sim.receipts()) == 1
    # our copy names the fiscal document
    copy = services.printing.render(staff["senior"], "receipt", sale.number, reprint=True)
    assert "0001-0001" in pdf_text(copy.pdf)


def test_offline_printer_leaves_the_sale_committed_and_the_retry_prints_once(
        services, staff, till, sim, product):
    sim.fail("offline")
    sale = _sell(services, staff["senior"], product, "s-off")
    outcome = till.print_after_sale(staff["senior"], sale.number)
    assert (outcome.status, outcome.reason) == ("pending", "offline")
    order = Order.get(Order.number == sale.number)
    assert order.status == "completed" and order.fiscal_status == "pending"
    assert [p.order_number for p in till.pending()] == [sale.number]
    assert till.pending()[0].reason == "offline"
    assert sim.receipts() == []
    sim.fail(None)
    retried = till.retry(staff["senior"], sale.number)
    assert retried.status == "printed" and retried.fiscal_number == "0001-0001"
    assert till.retry(staff["senior"], sale.number).fiscal_number == "0001-0001"
    assert len(sim.receipts()) == 1
    assert till.pending() == []
    row = FiscalJournal.get(FiscalJournal.order == order.id)
    assert (row.status, row.attempts) == ("printed", 2)


@pytest.mark.parametrize("mode", ["paper_out", "cover_open", "closure_due"])
def test_printer_refusals_are_pending_with_the_reason(services, staff, till, sim, product, mode):
    sim.fail(mode)
    sale = _sell(services, staff["senior"], product, f"s-{mode}")
    outcome = till.print_after_sale(staff["senior"], sale.number)
    assert (outcome.status, outcome.reason) == ("pending", mode)
    assert Order.get(Order.number == sale.number).fiscal_error.startswith(mode)
    sim.fail(None)
    assert till.retry(staff["senior"], sale.number).status == "printed"
    assert len(sim.receipts()) == 1


def test_a_timeout_before_printing_is_sent_again_after_asking(services, staff, till, sim,
                                                               product):
    sale = _sell(services, staff["senior"], product, "s-timeout")
    sim.fail("timeout")
    outcome = till.print_after_sale(staff["senior"], sale.number)
    assert (outcome.status, outcome.reason) == ("pending", "timeout")
    sim.fail(None)
    assert till.retry(staff["senior"], sale.number).status == "printed"
    assert len(sim.receipts()) == 1


def test_a_lost_answer_is_adopted_not_printed_twice(services, staff, till, sim, product):
    sale = _sell(services, staff["senior"], product, "s-lost")
    sim.fail("lost_answer")
    outcome = till.print_after_sale(staff["senior"], sale.number)
    assert (outcome.status, outcome.reason) == ("pending", "timeout")
    assert FiscalJournal.get(FiscalJournal.kind == "receipt").status == "unknown"
    assert len(sim.receipts()) == 1  # the printer did print it
    sim.fail(None)
    retried = till.retry(staff["senior"], sale.number)
    assert (retried.status, retried.fiscal_number) == ("printed", "0001-0001")
    assert len(sim.receipts()) == 1


def test_a_lost_answer_with_another_document_since_goes_to_a_person(
        services, staff, till, sim, product):
    first = _sell(services, staff["senior"], product, "s-lost-1")
    sim.fail("lost_answer")
    till.print_after_sale(staff["senior"], first.number)
    sim.fail(None)
    second = _sell(services, staff["senior"], product, "s-lost-2", quantity=3)
    assert till.print_after_sale(staff["senior"], second.number).fiscal_number == "0001-0002"
    outcome = till.retry(staff["senior"], first.number)
    assert (outcome.status, outcome.reason) == ("manual", "unknown")
    assert Order.get(Order.number == first.number).fiscal_status == "manual"
    assert till.retry(staff["senior"], first.number).status == "manual"
    assert len(sim.receipts()) == 2


def test_a_refund_refers_to_the_original(services, staff, till, sim, product):
    sale = _sell(services, staff["senior"], product, "s-ref", quantity=3)
    till.print_after_sale(staff["senior"], sale.number)
    line = services.returns.find_sale(sale.number).lines[0]
    back = services.returns.refund(staff["senior"], sale.number, [(line.id, 1)],
                                   refund_uuid="r-1")
    outcome = till.print_after_sale(staff["senior"], back.number)
    assert (outcome.status, outcome.fiscal_number) == ("printed", "0001-0002")
    [refund] = sim.receipts("refund")
    today = dt.date.today().strftime("%d%m%Y")
    assert refund.messages == [f"RESO 0001 0001 {today} {sim.serial}"]
    assert refund.amount == -back.gross == D("6.90")
    assert refund.lines[0]["quantity"] == 1


def test_the_printer_refuses_malformed_documents_and_unknown_originals(sim):
    import xml.etree.ElementTree as ET

    from counterapp.services.devices.base import (
        FiscalLine,
        FiscalPayment,
        FiscalReceipt,
        FiscalReference,
    )
    from counterapp.services.devices.epson_rt import build_receipt
    client = EpsonRtClient(sim.url, timeout=2)
    assert client.send(ET.Element("printerFiscalReceipt")).code == "SchemaError"
    unbalanced = FiscalReceipt("V1", "sale", (FiscalLine("x", 1, D("5.00"), D("22"), 1),),
                               (FiscalPayment("cash", D("4.00")),), D("5.00"))
    assert client.send(build_receipt(unbalanced)).code == "SchemaError"
    ghost = FiscalReceipt("R1", "refund", (FiscalLine("x", 1, D("5.00"), D("22"), 1),),
                          (FiscalPayment("cash", D("5.00")),), D("5.00"),
                          reference=FiscalReference(7, 42, dt.date.today(), sim.serial))
    assert client.send(build_receipt(ghost)).code == "FP_REFERENCE_NOT_FOUND"
    assert sim.journal == []


def test_the_daily_closure(services, staff, till, sim, product):
    for uuid in ("z1", "z2"):
        till.print_after_sale(staff["senior"], _sell(services, staff["senior"], product,
                                                     uuid).number)
    with pytest.raises(PermissionDenied):
        till.daily_closure(staff["junior"])
    closure = till.daily_closure(staff["senior"])
    assert closure.z_number == 1 and closure.printer_serial == sim.serial
    assert [d.kind for d in sim.journal] == ["sale", "sale", "z_report"]
    row = FiscalJournal.get(FiscalJournal.kind == "closure")
    assert (row.status, row.z_number, row.workstation) == ("printed", 1, "cassa-1")
    assert AuditEntry.select().where(AuditEntry.action == "fiscal_closure").count() == 1
    after = _sell(services, staff["senior"], product, "z3")
    assert till.print_after_sale(staff["senior"], after.number).fiscal_number == "0002-0001"
    sim.fail("offline")
    with pytest.raises(DeviceError):
        till.daily_closure(staff["senior"])
    assert FiscalJournal.select().where((FiscalJournal.kind == "closure")
                                        & (FiscalJournal.status == "failed")).count() == 1


def test_open_drawer_needs_a_reason_and_is_audited(services, staff, till, sim):
    with pytest.raises(ValidationError):
        till.open_drawer(staff["senior"], "  ")
    with pytest.raises(PermissionDenied) as caught:
        till.open_drawer(staff["junior"], "change for the till")
    assert caught.value.needs_approval
    approval = services.staff.approve("senior", TEST_PINS["senior"], Action.OPEN_DRAWER,
                                      requester=staff["junior"])
    till.open_drawer(staff["junior"], "change for the till", approvals=(approval,))
    till.open_drawer(staff["senior"], "coins for the bank")
    assert sim.drawer_opened == 2
    reasons = [e.reason for e in AuditEntry.select().where(AuditEntry.action == "drawer_opened")
               .order_by(AuditEntry.id)]
    assert reasons == ["change for the till", "coins for the bank"]


def test_two_workstations_print_on_their_own_printers(services, staff, product, tmp_path):
    with FiscalSimulator(serial="99MEY000001") as one, \
            FiscalSimulator(serial="99MEY000002") as two:
        tills = []
        for name, sim in (("cassa-1", one), ("cassa-2", two)):
            settings = Settings(tmp_path / f"{name}.json")
            settings.set("receipt_device", f"epson-rt:{sim.url}")
            ctx = ServiceContext(db=services.ctx.db, settings=settings)
            tills.append((build_services(ctx), ReceiptDeviceService(ctx, workstation=name)))
        numbers = []
        for index, (svc, device) in enumerate(tills):
            sale = _sell(svc, staff["senior"], product, f"ws-{index}")
            numbers.append(device.print_after_sale(staff["senior"], sale.number))
        assert [len(one.receipts()), len(two.receipts())] == [1, 1]
        assert [o.printer_serial for o in numbers] == ["99MEY000001", "99MEY000002"]
        assert [o.fiscal_number for o in numbers] == ["0001-0001", "0001-0001"]
        rows = FiscalJournal.select().order_by(FiscalJournal.id)
        assert [r.workstation for r in rows] == ["cassa-1", "cassa-2"]


def test_a_document_being_sent_elsewhere_is_refused_and_a_dead_claim_is_resolved(
        services, staff, till, sim, product):
    from counterapp.domain.errors import Conflict  # noqa: PLC0415

    sale = _sell(services, staff["senior"], product, "s-claim")
    order = Order.get(Order.number == sale.number)
    now = services.ctx.now()
    row = FiscalJournal.create(order=order.id, kind="receipt", status="sending",
                               workstation="cassa-2", amount=sale.gross, created_at=now,
                               updated_at=now)
    with pytest.raises(Conflict):
        till.print_after_sale(staff["senior"], sale.number)
    assert sim.receipts() == []
    # cassa-2 died after asking the printer, before its document went out
    state = EpsonRtDevice(sim.url).state()
    (FiscalJournal.update(updated_at=now - dt.timedelta(minutes=5), before_z=state.z_number,
                          before_number=state.last_document_number)
     .where(FiscalJournal.id == row.id).execute())
    assert till.print_after_sale(staff["senior"], sale.number).status == "printed"
    assert len(sim.receipts()) == 1


def test_a_whole_return_in_the_same_z_voids_the_original_after_the_closure_refunds(
        services, staff, till, sim, product):
    today = dt.date.today().strftime("%d%m%Y")
    first = _sell(services, staff["senior"], product, "s-void", quantity=2)
    till.print_after_sale(staff["senior"], first.number)
    line = services.returns.find_sale(first.number).lines[0]
    back = services.returns.refund(staff["senior"], first.number, [(line.id, 2)],
                                   refund_uuid="r-void")
    outcome = till.print_after_sale(staff["senior"], back.number)
    assert (outcome.status, outcome.fiscal_number) == ("printed", "0001-0002")
    [void] = sim.receipts("void")
    assert void.messages == [f"ANNULLAMENTO 0001 0001 {today} {sim.serial}"]
    assert sim.receipts("refund") == []

    second = _sell(services, staff["senior"], product, "s-after-z", quantity=2)
    till.print_after_sale(staff["senior"], second.number)
    till.daily_closure(staff["senior"])
    line = services.returns.find_sale(second.number).lines[0]
    back = services.returns.refund(staff["senior"], second.number, [(line.id, 2)],
                                   refund_uuid="r-after-z")
    assert till.print_after_sale(staff["senior"], back.number).fiscal_number == "0002-0001"
    [refund] = sim.receipts("refund")
    assert refund.messages == [f"RESO 0001 0003 {today} {sim.serial}"]
