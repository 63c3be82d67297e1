"""The shipping queue panel, driven like a clerk: scan, dispatch, deliver, watch others."""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from counterapp.db.database import sqlite_path
from counterapp.db.models import Product, Shipment, Task
from counterapp.services.cart import CartDraft, CartLineInput
from counterapp.services.delivery import DeliveryRequest
from counterapp.services.shipping_planning import add_shipment
from counterapp.ui.queue.queue_model import COL_RUSH, COL_STATUS, SORT_ROLE, QueueModel
from counterapp.ui.queue.view_host import QueueDialogs
from tests.services.shipping_fixtures import make_carrier, make_customer, make_order

MONDAY_EVENING = dt.datetime(2026, 11, 23, 17, 30)


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: dt.datetime):
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


def _window(app_window, user: str = "junior", now: dt.datetime = MONDAY_EVENING):
    window = app_window(user=None)
    window.services.ctx.clock = Clock(now)
    window.services.staff.create_user(None, "mgr", "Maria Manager", "manager", "1111")
    window.services.staff.create_user(None, "junior", "Giulia Junior", "junior", "3333")
    make_carrier()
    window.set_actor(window.services.staff.actor(user))
    window.show()
    return window, window.queue_panel


def _ship(services, number: str, *, rush: bool = False, now=None):
    order = make_order("junior", make_customer(), number=number)
    with services.ctx.db.atomic():
        return add_shipment(order, DeliveryRequest(rush=rush), services.staff.actor("junior"),
                            now or services.ctx.now())


def _tracking_later(monkeypatch) -> None:
    """The clerk answers "Dispatch, number later" when a courier parcel has no tracking
    number (the question itself: test_queue_keys.py)."""
    monkeypatch.setattr(QueueDialogs, "confirm_tracking_later",
                        lambda self, orders, *, can_type: True)


def _scan(qtbot, panel, code: str) -> None:
    qtbot.keyClicks(panel.search, code)
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)


def test_queue_model_pages_lazily_and_passes_the_model_tester(qapp, services, staff,
                                                              qtmodeltester):
    make_carrier()
    for i in range(12):
        _ship(services, f"2026-{i:06d}", rush=i % 4 == 0, now=dt.datetime(2026, 11, 23, 10))
    model = QueueModel(services.shipping_queue, page_size=5)
    model.set_query()
    assert (model.rowCount(), model.total) == (5, 12)
    assert model.canFetchMore(model.index(-1, -1))
    model.fetchMore(model.index(-1, -1))
    assert model.rowCount() == 10
    qtmodeltester.check(model)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.row_at(0).order_number == "2026-000011"
    rush_row = next(i for i in range(model.rowCount()) if model.row_at(i).rush)
    assert model.data(model.index(rush_row, COL_RUSH), SORT_ROLE) is True
    assert model.data(model.index(rush_row, COL_RUSH), Qt.ItemDataRole.FontRole).bold()
    qtmodeltester.check(model)


def test_phone_order_with_impossible_rush_reaches_the_reps_call_list(app_window, qtbot):
    window, panel = _window(app_window)
    services = window.services
    customer = make_customer("Bar Sport di Neri")
    product = Product.create(sku="CAF-1KG", name="Caffè in grani 1 kg", price=Decimal("18.90"),
                             stock=50, search_text="caffe in grani 1 kg caf-1kg")
    sale = services.checkout.checkout(
        services.staff.actor("junior"),
        CartDraft(lines=(CartLineInput(product_id=product.id, quantity=2),),
                  customer_id=customer.id, channel="phone"),
        [], sale_uuid=str(uuid.uuid4()), delivery=DeliveryRequest(rush=True))
    # The queue sees the new order by itself (the change-token poll), no reload pressed.
    qtbot.waitUntil(lambda: panel.model.total == 1, timeout=3000)
    _scan(qtbot, panel, sale.number)
    [row] = panel.selected_rows()
    assert row.order_number == sale.number and row.rush and row.rush_feasible is False
    assert "RUSH" in panel.model.data(panel.model.index(0, COL_RUSH))
    assert "cut-off" in panel.detail.text() and "25/11/2026" in panel.detail.text()
    task = Task.get(Task.dedup_key == f"rush:{sale.order_id}")
    assert task.assigned_to.login == "junior" and task.kind == "follow_up"
    phone = window.phone_panel
    phone.refresh_call_list()
    reasons = [phone.list_model.row_at(i).reason for i in range(phone.list_model.rowCount())]
    assert any(r.startswith("Explain delivery date to customer") and "cut-off" in r
               for r in reasons)


def test_scan_then_dispatch_with_tracking_number(app_window, qtbot):
    window, panel = _window(app_window, now=dt.datetime(2026, 11, 23, 10))
    _ship(window.services, "2026-000001")
    _ship(window.services, "2026-000002")
    panel.apply_filters()
    _scan(qtbot, panel, "2026-000002")
    assert [r.order_number for r in panel.selected_rows()] == ["2026-000002"]
    _scan(qtbot, panel, "2026-000001")  # a second slip joins the selection
    assert {r.order_number for r in panel.selected_rows()} == {"2026-000001", "2026-000002"}
    assert not panel.tracking.isEnabled()  # one tracking number belongs to one parcel
    panel.table.clearSelection()
    _scan(qtbot, panel, "2026-000002")
    assert len(panel.selected_rows()) == 1
    panel.tracking.clear()
    qtbot.keyClicks(panel.tracking, "12345")
    qtbot.mouseClick(panel.dispatch_button, Qt.MouseButton.LeftButton)
    assert "tracking_number" in panel.error_label.text()
    assert Shipment.get(Shipment.tracking_number == "").status == "new"
    panel.tracking.clear()
    qtbot.keyClicks(panel.tracking, "123456789012")
    qtbot.keyClick(panel.tracking, Qt.Key.Key_Return)
    shipment = Shipment.get(Shipment.tracking_number == "123456789012")
    assert shipment.status == "dispatched" and shipment.order.number == "2026-000002"
    assert panel.error_label.text() == ""
    row = panel.model.row_of(shipment.id)
    assert panel.model.data(panel.model.index(row, COL_STATUS)) == "Dispatched"


def _other_workstation_dispatches(url: str, shipment_id: int, user_login: str) -> None:
    """A second connection (another workstation) dispatching with its own SQL."""
    with sqlite3.connect(sqlite_path(url)) as other:
        user_id = other.execute("SELECT id FROM user WHERE login = ?", (user_login,)).fetchone()[0]
        other.execute("UPDATE shipment SET status = 'dispatched', version = version + 1, "
                      "dispatched_at = '2026-11-23 10:05:00', dispatched_by_id = ? "
                      "WHERE id = ?", (user_id, shipment_id))
        other.execute("INSERT INTO shipment_event (shipment_id, from_status, to_status, "
                      "user_id, at, note) VALUES (?, 'new', 'dispatched', ?, "
                      "'2026-11-23 10:05:00', '')", (shipment_id, user_id))
    other.close()


def test_change_at_another_workstation_shows_within_two_seconds(app_window, qtbot, sqlite_url):
    window, panel = _window(app_window, now=dt.datetime(2026, 11, 23, 10))
    shipment = _ship(window.services, "2026-000001")
    panel.status_filter.setCurrentIndex(panel.status_filter.findData(""))
    qtbot.waitUntil(lambda: panel.model.total == 1, timeout=2000)
    assert panel.model.row_at(0).status == "new"
    _other_workstation_dispatches(sqlite_url, shipment.id, "mgr")
    qtbot.waitUntil(lambda: panel.model.row_at(0).status == "dispatched", timeout=2000)


def test_dispatch_after_another_workstation_gets_the_conflict_message(app_window, qtbot,
                                                                      sqlite_url, monkeypatch):
    window, panel = _window(app_window, now=dt.datetime(2026, 11, 23, 10))
    _tracking_later(monkeypatch)
    shipment = _ship(window.services, "2026-000001")
    panel.apply_filters()
    _scan(qtbot, panel, "2026-000001")
    panel.poll_timer.stop()  # the clerk is quicker than the refresh
    _other_workstation_dispatches(sqlite_url, shipment.id, "mgr")
    qtbot.mouseClick(panel.dispatch_button, Qt.MouseButton.LeftButton)
    assert ("already dispatched by Maria Manager at 2026-11-23 10:05"
            in panel.error_label.text())
    assert Shipment.get_by_id(shipment.id).dispatched_by.login == "mgr"


def test_filters_rush_and_late_only(app_window, qtbot):
    window, panel = _window(app_window, now=dt.datetime(2026, 11, 23, 10))
    _ship(window.services, "2026-000001", rush=True)
    _ship(window.services, "2026-000002")
    panel.apply_filters()
    assert panel.model.total == 2
    qtbot.mouseClick(panel.rush_only, Qt.MouseButton.LeftButton)
    assert [panel.model.row_at(i).order_number for i in range(panel.model.rowCount())] == [
        "2026-000001"]
    qtbot.mouseClick(panel.rush_only, Qt.MouseButton.LeftButton)
    window.services.ctx.clock.now = dt.datetime(2026, 11, 30, 9)
    qtbot.mouseClick(panel.late_only, Qt.MouseButton.LeftButton)
    assert panel.model.total == 2
    assert all(panel.model.row_at(i).late for i in range(panel.model.rowCount()))
    qtbot.keyClicks(panel.search, "2026-000002")
    qtbot.waitUntil(lambda: panel.model.total == 1, timeout=2000)


@pytest.mark.parametrize("user", ["mgr", "junior"])
def test_carriers_dialog_saves_for_managers_only(app_window, qtbot, user):
    from counterapp.ui.queue.carriers_dialog import CarriersDriversDialog

    window, panel = _window(app_window, user=user)
    dialog = CarriersDriversDialog(window.services, window.session, panel)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.carrier_tab.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.c_code, "gls")
    qtbot.keyClicks(dialog.c_name, "GLS Italy")
    qtbot.keyClicks(dialog.c_url, "https://gls.example/{tracking}")
    qtbot.mouseClick(dialog.carrier_tab.save_button, Qt.MouseButton.LeftButton)
    codes = [c.code for c in window.services.carriers.carriers()]
    if user == "mgr":
        assert "GLS" in codes and dialog.changed
    else:
        assert "GLS" not in codes and "manager" in dialog.carrier_tab.error.text()


def test_delivery_check_dialog_creates_follow_ups_once(app_window, qtbot):
    from counterapp.ui.queue.delivery_check import DeliveryCheckDialog

    window, panel = _window(app_window, user="mgr", now=dt.datetime(2026, 11, 23, 10))
    _ship(window.services, "2026-000001")
    window.services.ctx.clock.now = dt.datetime(2026, 11, 27, 9)
    dialog = DeliveryCheckDialog(window.services, window.session, panel)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.model.rowCount() == 1
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert "1 new follow-up" in dialog.summary.text()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert "0 new follow-up" in dialog.summary.text()
    assert Task.select().where(Task.dedup_key.startswith("late:")).count() == 1


def test_on_time_stats_dialog_exports_csv(app_window, qtbot, tmp_path):
    from counterapp.ui.queue.stats import OnTimeStatsDialog

    window, panel = _window(app_window, now=dt.datetime(2026, 11, 23, 10))
    shipping, actor = window.services.shipping, window.services.staff.actor("junior")
    shipment = _ship(window.services, "2026-000001")
    shipping.dispatch(actor, [(shipment.id, 1)], tracking_later=True)
    shipping.mark_delivered(actor, [(shipment.id, 2)])
    dialog = OnTimeStatsDialog(window.services, panel)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=3000)
    assert dialog.model.index(0, 4).data() == "100.0"
    path = dialog.export_csv(str(tmp_path / "on_time.csv"))
    assert (tmp_path / "on_time.csv").read_text().splitlines()[1] == "2026-11,1,1,0,100.0"
    assert path


def test_manifest_from_the_shipping_menu_renders_off_thread(app_window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from counterapp.db.models import PrintJob
    from counterapp.ui.common import print_preview

    window, panel = _window(app_window, now=dt.datetime(2026, 11, 23, 10))
    shipment = _ship(window.services, "2026-000001")
    window.services.shipping.set_status(window.services.staff.actor("junior"), shipment.id, 1,
                                        "packed")
    shown = []

    def fake_exec(dialog):
        shown.append((dialog.windowTitle(), dialog.document.pageCount()))
        dialog.choice = ""
        return 0

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(
        lambda parent, title, label, items, current, editable: (items[0], True)))
    monkeypatch.setattr(print_preview.PrintPreviewDialog, "exec", fake_exec)
    action = next(a for a in window.shipping_menu.actions() if a.objectName() == "manifestAction")
    action.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert shown[0][0] == "BRT/2026-11-23" and shown[0][1] >= 1
    assert PrintJob.select().where(PrintJob.document_type == "manifest").count() == 1


def test_scan_and_shortcut_dispatches_without_the_mouse(app_window, qtbot, monkeypatch):
    window, panel = _window(app_window, now=dt.datetime(2026, 11, 23, 10))
    _tracking_later(monkeypatch)
    shipment = _ship(window.services, "2026-000001")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    panel.focus_main_field()
    _scan(qtbot, panel, "2026-000001")
    qtbot.keyClick(panel.search, Qt.Key.Key_S,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: Shipment.get_by_id(shipment.id).status == "dispatched", timeout=2000)


def test_delivered_failed_and_rescheduled_from_the_panel(app_window, qtbot, monkeypatch):
    from counterapp.ui.queue import panel as panel_module

    window, panel = _window(app_window, now=dt.datetime(2026, 11, 23, 10))
    _tracking_later(monkeypatch)
    first = _ship(window.services, "2026-000001")
    second = _ship(window.services, "2026-000002")
    panel.apply_filters()
    _scan(qtbot, panel, "2026-000001")
    _scan(qtbot, panel, "2026-000002")
    qtbot.mouseClick(panel.dispatch_button, Qt.MouseButton.LeftButton)
    window.services.ctx.clock.now = dt.datetime(2026, 11, 24, 15)
    monkeypatch.setattr(panel_module.DeliveredDialog, "ask", classmethod(
        lambda cls, parent, orders, now: dt.datetime(2026, 11, 24, 12, 30)))
    panel.table.clearSelection()
    _scan(qtbot, panel, "2026-000001")
    qtbot.mouseClick(panel.delivered_button, Qt.MouseButton.LeftButton)
    delivered = Shipment.get_by_id(first.id)
    assert delivered.status == "delivered"
    assert delivered.delivered_at == dt.datetime(2026, 11, 24, 12, 30)
    monkeypatch.setattr(panel_module.NoteDialog, "ask", classmethod(
        lambda cls, parent, title, intro: "nobody at home"))
    monkeypatch.setattr(panel_module.RescheduleDialog, "ask", classmethod(
        lambda cls, parent, order, suggested: (dt.date(2026, 11, 26), "Thursday morning")))
    panel.table.clearSelection()
    _scan(qtbot, panel, "2026-000002")
    panel.status_actions["failed"].trigger()
    assert Shipment.get_by_id(second.id).status == "failed"
    panel.status_actions["rescheduled"].trigger()
    again = Shipment.get_by_id(second.id)
    assert (again.status, again.promised_date) == ("rescheduled", dt.date(2026, 11, 26))
    panel.status_actions["picking"].trigger()  # the selection is kept across refreshes
    assert Shipment.get_by_id(second.id).status == "picking"
    panel.status_actions["returned"].trigger()  # picking → returned is not a step
    assert "picking" in panel.error_label.text() and "returned" in panel.error_label.text()


def test_packing_slips_and_delivery_notes_of_the_selection(app_window, qtbot, monkeypatch):
    from counterapp.ui.common import printing
    from counterapp.ui.common.printing import BatchResult

    window, panel = _window(app_window, now=dt.datetime(2026, 11, 23, 10))
    _ship(window.services, "2026-000001")
    _ship(window.services, "2026-000002")
    panel.apply_filters()
    batches = []

    def fake_batch(parent, services, session, doc_type, numbers, *, finished=None, **_kw):
        batches.append((doc_type, list(numbers)))
        finished(BatchResult(printed=list(numbers)))
        return object()

    monkeypatch.setattr(printing, "print_batch", fake_batch)
    _scan(qtbot, panel, "2026-000002")
    _scan(qtbot, panel, "2026-000001")
    panel.print_actions["packing"].trigger()
    panel.print_actions["delivery-note"].trigger()
    qtbot.mouseClick(panel.print_button, Qt.MouseButton.LeftButton)
    pair = ["2026-000001", "2026-000002"]
    assert batches == [("packing", pair), ("delivery-note", pair), ("slip", pair)]
    assert panel.print_button.isEnabled() and panel.error_label.text() == ""
