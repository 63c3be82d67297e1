"""``QueueController`` with a real database and ``run_inline``: every queue flow, no Qt.

The flows the widget tests (tests/ui/test_queue_panel.py, tests/ui/test_printing_menu.py)
drive, here one level down:

1. the query is the controller's: filters and sort reach the service's page query; paging
   (a scanned order further down is fetched page by page)
2. a rush that cannot be met: the poll finds the new order, the scan selects it, the detail
   says why and that the rep has the follow-up call (the task exists once)
3. scan, scan again (added to the selection; tracking only for one courier order), a wrong
   tracking number is refused naming the field and changes nothing, the right one dispatches
4. a change at another workstation shows at the next poll (and not before)
5. dispatch after another workstation: "already dispatched by NAME at TIME", rows re-read
6. filters: rush only, late only, search text; a scanned order hidden by the filters
   resets them; an unknown code says so
7. carriers and drivers: the editor opens logged in only; a save refills the carrier
   filter (a manager saves, a junior is refused by the service)
8. late-deliveries and on-time entries open only logged in (dialogs tested in tests/ui)
9. the courier manifest and the driver's run sheet render through the runner (real PDFs
   read back), a failure is shown; no courier set up says so
10. dispatch through the keyboard path (scan, then dispatch with an empty tracking field)
11. delivered (when asked), failed with a reason, rescheduled, picking with the selection
    kept across refreshes, returned refused naming both statuses; history
12. slips, packing slips and delivery notes of the selection go to the printer in one batch;
    failures are listed; a second batch waits for the first (the busy guard)
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from io import BytesIO
from types import SimpleNamespace

import pytest
from pypdf import PdfReader

from counterapp.db.models import Carrier, PrintJob, Shipment, Task
from counterapp.domain.errors import PermissionDenied
from counterapp.services.carriers import CarrierRow
from counterapp.services.delivery import DeliveryRequest
from counterapp.services.shipping_planning import add_shipment
from counterapp.services.shipping_queue import QueueFilter
from counterapp.ui.queue.controller import FilterChoice, QueueController
from tests.services.shipping_fixtures import make_carrier, make_customer, make_driver, make_order

MONDAY_TEN = dt.datetime(2026, 11, 23, 10)


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: dt.datetime):
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


class ListRows:
    """The paged table without Qt: the same service queries as ``QueueModel``, small pages."""

    def __init__(self, queue, page_size: int = 2):
        self.queue, self.page_size = queue, page_size
        self.filters, self.sort_key = QueueFilter(), ("promised", False)
        self.rows: list = []
        self.total = 0
        self.queries = 0

    @property
    def loaded(self) -> int:
        return len(self.rows)

    def set_query(self, filters=None, sort=None):
        self.filters = filters if filters is not None else self.filters
        self.sort_key = sort if sort is not None else self.sort_key
        self.queries += 1
        self.total = self.queue.queue_count(self.filters)
        self.rows = self.queue.queue_page(self.filters, self.sort_key, 0, self.page_size)

    def refresh(self) -> bool:
        self.total = self.queue.queue_count(self.filters)
        wanted = max(len(self.rows), min(self.page_size, self.total))
        rows = self.queue.queue_page(self.filters, self.sort_key, 0, wanted)
        same = [r.id for r in rows] == [r.id for r in self.rows]
        self.rows = rows
        return not same

    def load_until(self, row: int) -> None:
        while row >= len(self.rows) and len(self.rows) < self.total:
            page = self.queue.queue_page(self.filters, self.sort_key, len(self.rows),
                                         self.page_size)
            if not page:
                return
            self.rows.extend(page)

    def row_at(self, row):
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, shipment_id):
        return next((i for i, r in enumerate(self.rows) if r.id == shipment_id), -1)


class FakeHost:
    """The view as the controller sees it: answers set per test, every call recorded."""

    def __init__(self):
        self.controller: QueueController | None = None
        self.selection: set[int] = set()
        self.delivered_at: dt.datetime | None = None
        self.reschedule: tuple[dt.date, str] | None = None
        self.note: str | None = "nobody at home"
        self.pick = 0
        self.carriers_saved = False
        self.carrier_options: list = []
        self.told: list[tuple[str, str]] = []
        self.notes: list[str] = []
        self.changed: list[list[int]] = []
        self.documents: list = []
        self.batches: list[tuple[str, list[str]]] = []
        self.finish_batch = None
        self.opened: list[str] = []
        self.searches_cleared = 0
        self.tracking_later = True  # "Dispatch, number later" when a courier has none
        self.tracking_asked: list[tuple[list[str], bool]] = []

    def select_rows(self, rows, *, add):
        self.selection = (self.selection if add else set()) | set(rows)
        self.controller.set_selection(sorted(self.selection))  # the selection model's signal

    def clear_search(self):
        self.searches_cleared += 1

    def fill_carriers(self, options):
        self.carrier_options = options

    def ask_delivered(self, orders, now):
        return self.delivered_at

    def ask_reschedule(self, order, suggested):
        return self.reschedule

    def confirm_tracking_later(self, orders, *, can_type):
        self.tracking_asked.append((orders, can_type))
        return self.tracking_later

    def ask_note(self, title, intro):
        return self.note

    def choose(self, title, label, names):
        return self.pick

    def tell(self, title, text):
        self.told.append((title, text))

    def show_document(self, rendered):
        self.documents.append(rendered)

    def print_batch(self, doc_type, numbers, finished):
        self.batches.append((doc_type, numbers))
        self.finish_batch = finished
        return True

    def open_delivery_check(self):
        self.opened.append("late")

    def open_on_time_stats(self):
        self.opened.append("stats")

    def open_carriers(self):
        self.opened.append("carriers")
        return self.carriers_saved

    def shipments_changed(self, ids):
        self.changed.append(ids)

    def notify(self, text):
        self.notes.append(text)


@pytest.fixture
def queue(services, staff):
    """Factory: a logged-in controller for ``login`` over ``ListRows``, its host, its rows."""
    services.ctx.clock = Clock(MONDAY_TEN)
    make_carrier()

    def make(login: str = "junior", page_size: int = 2):
        host = FakeHost()
        rows = ListRows(services.shipping_queue, page_size)
        session = SimpleNamespace(actor=services.staff.actor(login))
        controller = QueueController(services, session, rows, host)
        host.controller = controller
        assert controller.user_changed()
        return controller, host, rows

    return make


def ship(services, number: str, *, rush: bool = False, method: str = "courier"):
    order = make_order("junior", make_customer(), number=number)
    with services.ctx.db.atomic():
        return add_shipment(order, DeliveryRequest(rush=rush, method=method),
                            services.staff.actor("junior"), services.ctx.now())


def scan(controller: QueueController, code: str) -> None:
    """Enter in the search field with ``code`` typed into it."""
    controller.scan(replace(controller.choice, search=code))


def numbers(controller: QueueController) -> list[str]:
    return [r.order_number for r in controller.selected_rows()]


# 1 -----------------------------------------------------------------------------------------
def test_the_query_is_the_controllers_and_a_scan_pages_down(services, queue):
    for i in range(1, 6):
        ship(services, f"2026-{i:06d}", rush=i == 4)
    controller, host, rows = queue(page_size=2)
    assert (rows.loaded, rows.total) == (2, 5)
    controller.sort_by("number", True)
    assert rows.sort_key == ("number", True) and rows.row_at(0).order_number == "2026-000005"
    controller.set_filters(FilterChoice(rush_only=True))
    assert rows.filters.rush_only and [r.order_number for r in rows.rows] == ["2026-000004"]
    controller.set_filters(FilterChoice())
    scan(controller, "2026-000001")  # the last row, two pages further down
    assert numbers(controller) == ["2026-000001"] and rows.loaded == 5
    assert host.searches_cleared == 1 and controller.choice.search == ""


# 2 -----------------------------------------------------------------------------------------
def test_impossible_rush_shows_why_and_the_reps_follow_up(services, queue):
    controller, host, rows = queue()
    services.ctx.clock.now = dt.datetime(2026, 11, 23, 17, 30)  # after the 16:00 cut-off
    shipment = ship(services, "2026-000001", rush=True)
    assert rows.total == 0
    controller.poll()  # the change token moved: the new order shows without a reload
    assert rows.total == 1
    scan(controller, "2026-000001")
    [row] = controller.state.value.selected
    assert row.rush and row.rush_feasible is False
    detail = controller.state.value.detail
    assert "Rush not possible: " + row.rush_reason in detail and "cut-off" in detail
    assert "promised 25/11/2026" in detail
    assert "junior's call list" in detail
    task = Task.get(Task.dedup_key == f"rush:{shipment.order_id}")
    assert task.assigned_to.login == "junior" and task.kind == "follow_up"


# 3, 10 -------------------------------------------------------------------------------------
def test_scan_then_dispatch_with_tracking_number(services, queue):
    ship(services, "2026-000001")
    ship(services, "2026-000002")
    controller, host, rows = queue()
    scan(controller, "2026-000002")
    assert numbers(controller) == ["2026-000002"]
    assert controller.state.value.tracking_enabled
    scan(controller, "2026-000001")  # a second slip joins the selection
    assert set(numbers(controller)) == {"2026-000001", "2026-000002"}
    assert not controller.state.value.tracking_enabled  # one number belongs to one parcel
    assert controller.state.value.detail == "2 orders selected"
    host.select_rows([], add=False)
    scan(controller, "2026-000002")
    assert not controller.dispatch("12345")
    assert "tracking_number" in controller.state.value.error
    assert Shipment.select().where(Shipment.status != "new").count() == 0
    assert controller.dispatch("123456789012")
    shipment = Shipment.get(Shipment.tracking_number == "123456789012")
    assert shipment.status == "dispatched" and shipment.order.number == "2026-000002"
    assert controller.state.value.error == "" and host.changed == [[shipment.id]]
    assert host.notes[-1] == "1 order dispatched"
    # "Open" still lists it (dispatched is not final), with its new status and version.
    assert rows.row_at(rows.row_of(shipment.id)).status == "dispatched"


def test_keyboard_path_scan_then_dispatch_without_tracking(services, queue):
    shipment = ship(services, "2026-000001")
    controller, host, _rows = queue()
    scan(controller, "2026-000001")
    # No tracking number for a courier parcel: asked first; "type it" dispatches nothing.
    host.tracking_later = False
    assert not controller.dispatch("")
    assert host.tracking_asked == [(["2026-000001"], True)]
    assert Shipment.get_by_id(shipment.id).status == "new"
    host.tracking_later = True
    assert controller.dispatch("")
    assert Shipment.get_by_id(shipment.id).status == "dispatched"
    assert Shipment.get_by_id(shipment.id).tracking_number in (None, "")


def test_no_question_with_a_tracking_number_or_for_an_own_van(services, queue):
    make_driver()
    courier = ship(services, "2026-000001")
    van = ship(services, "2026-000002", method="in_house")
    controller, host, _rows = queue()
    scan(controller, "2026-000001")
    assert controller.dispatch("123456789012")
    host.select_rows([], add=False)
    scan(controller, "2026-000002")
    assert controller.dispatch("")
    assert host.tracking_asked == []
    assert {Shipment.get_by_id(s.id).status for s in (courier, van)} == {"dispatched"}


def test_typing_in_the_search_clears_the_last_error(services, queue):
    ship(services, "2026-000001")
    controller, _host, _rows = queue()
    scan(controller, "2026-000001")
    assert not controller.dispatch("12345")  # a bad tracking number: the error line says so
    assert controller.state.value.error
    controller.search_typed()
    assert controller.state.value.error == ""


# 4 -----------------------------------------------------------------------------------------
def test_a_change_at_another_workstation_shows_at_the_next_poll(services, queue):
    shipment = ship(services, "2026-000001")
    controller, _host, rows = queue()
    controller.set_filters(FilterChoice(status=""))
    assert rows.row_at(0).status == "new"
    services.shipping.dispatch(services.staff.actor("mgr"), [(shipment.id, 1)], tracking_later=True)
    assert rows.row_at(0).status == "new"  # nothing is re-read until the poll
    controller.poll()
    assert rows.row_at(0).status == "dispatched"


# 5 -----------------------------------------------------------------------------------------
def test_dispatch_after_another_workstation_gets_the_conflict_message(services, queue):
    shipment = ship(services, "2026-000001")
    controller, _host, rows = queue()
    scan(controller, "2026-000001")
    services.ctx.clock.now = dt.datetime(2026, 11, 23, 10, 5)
    services.shipping.dispatch(services.staff.actor("mgr"), [(shipment.id, 1)], tracking_later=True)
    assert not controller.dispatch("")  # the clerk is quicker than the poll
    assert ("already dispatched by Maria Manager at 2026-11-23 10:05"
            in controller.state.value.error)
    assert Shipment.get_by_id(shipment.id).dispatched_by.login == "mgr"
    assert rows.row_at(0).status == "dispatched"  # the stale rows were re-read


# 6 -----------------------------------------------------------------------------------------
def test_filters_rush_late_search_and_a_hidden_scan(services, queue):
    ship(services, "2026-000001", rush=True)
    ship(services, "2026-000002")
    controller, host, rows = queue()
    assert rows.total == 2
    controller.set_filters(FilterChoice(rush_only=True))
    assert [r.order_number for r in rows.rows] == ["2026-000001"]
    services.ctx.clock.now = dt.datetime(2026, 11, 30, 9)
    controller.set_filters(FilterChoice(late_only=True))
    assert rows.total == 2 and all(r.late for r in rows.rows)
    controller.set_filters(FilterChoice(late_only=True, search="2026-000002"))
    assert rows.total == 1
    controller.set_filters(FilterChoice(rush_only=True))
    scan(controller, "2026-000002")  # hidden by "rush only": the filters make way
    assert controller.choice == FilterChoice(status="") and numbers(controller) == ["2026-000002"]
    scan(controller, "no-such-order")
    assert host.notes[-1] == "No order no-such-order" and controller.selected_rows() == []


# 7, 8 --------------------------------------------------------------------------------------
def test_carriers_editing_refills_the_filter_and_only_managers_save(services, queue):
    controller, host, _rows = queue("mgr")
    assert [value for _label, value in host.carrier_options] == [None, ("carrier", "BRT")]
    driver = make_driver()
    gls = CarrierRow(id=None, code="gls", name="GLS Italy", pickup_time=dt.time(17),
                     cutoff_time=dt.time(16), tracking_url_template="https://gls/{tracking}")
    services.carriers.save_carrier(services.staff.actor("mgr"), gls)
    host.carriers_saved = True
    controller.choice = FilterChoice(carrier=("carrier", "XYZ"))  # no longer offered
    controller.edit_carriers()
    values = [value for _label, value in host.carrier_options]
    assert ("carrier", "GLS") in values and ("driver", driver.id) in values
    assert "Driver: Luca Autista" in [label for label, _value in host.carrier_options]
    assert controller.choice.carrier is None
    junior = services.staff.actor("junior")
    with pytest.raises(PermissionDenied):
        services.carriers.save_carrier(junior, replace(gls, code="tnt", name="TNT"))
    controller.open_delivery_check()
    controller.open_on_time_stats()
    assert host.opened == ["carriers", "late", "stats"]
    controller.session.actor = None
    controller.open_delivery_check()
    controller.edit_carriers()
    assert host.opened == ["carriers", "late", "stats"]


# 9 -----------------------------------------------------------------------------------------
def test_manifest_and_run_sheet_render_through_the_runner(services, queue):
    shipment = ship(services, "2026-000001")
    services.shipping.set_status(services.staff.actor("junior"), shipment.id, 1, "packed")
    controller, host, _rows = queue()
    controller.print_manifest()
    [manifest] = host.documents
    assert manifest.document_number == "BRT/2026-11-23"
    assert "2026-000001" in PdfReader(BytesIO(manifest.pdf)).pages[0].extract_text()
    assert PrintJob.select().where(PrintJob.document_type == "manifest").count() == 1
    assert not controller.busy
    controller.print_run_sheet()  # no driver yet
    assert host.told[-1] == ("Run sheet", "No in-house driver is set up.")
    make_driver()
    controller.print_run_sheet(dt.date(2026, 11, 24))
    assert len(host.documents) == 2 and host.documents[1].pdf.startswith(b"%PDF")

    def broken(*_args):
        raise OSError("disk full")

    services.printing.render_manifest = broken
    controller.print_manifest()
    assert controller.state.value.error == "Manifest: disk full" and not controller.busy


def test_no_courier_set_up_says_so(services, queue):
    controller, host, _rows = queue()
    Carrier.update(active=False).execute()
    controller.print_manifest()
    assert host.told == [("Manifest", "No courier service is set up.")]


# 11 ----------------------------------------------------------------------------------------
def test_delivered_failed_rescheduled_picking_and_a_refused_step(services, queue):
    first = ship(services, "2026-000001")
    second = ship(services, "2026-000002")
    controller, host, _rows = queue()
    scan(controller, "2026-000001")
    scan(controller, "2026-000002")
    assert controller.dispatch("")
    services.ctx.clock.now = dt.datetime(2026, 11, 24, 15)
    host.select_rows([], add=False)
    scan(controller, "2026-000001")
    controller.deliver()  # cancelled: nothing happens
    assert Shipment.get_by_id(first.id).status == "dispatched"
    host.delivered_at = dt.datetime(2026, 11, 24, 12, 30)
    controller.deliver()
    delivered = Shipment.get_by_id(first.id)
    assert (delivered.status, delivered.delivered_at) == ("delivered",
                                                          dt.datetime(2026, 11, 24, 12, 30))
    host.select_rows([], add=False)
    scan(controller, "2026-000002")
    controller.change_status("failed")
    assert Shipment.get_by_id(second.id).status == "failed"
    host.reschedule = (dt.date(2026, 11, 26), "Thursday morning")
    controller.change_status("rescheduled")
    again = Shipment.get_by_id(second.id)
    assert (again.status, again.promised_date) == ("rescheduled", dt.date(2026, 11, 26))
    controller.change_status("picking")  # the selection is kept across refreshes
    assert Shipment.get_by_id(second.id).status == "picking"
    controller.change_status("returned")  # picking → returned is not a step
    error = controller.state.value.error
    assert "picking" in error and "returned" in error
    controller.history()
    title, text = host.told[-1]
    assert title == "History of 2026-000002"
    assert "Delivery failed" in text and "nobody at home" in text and "Picking" in text


def test_reschedule_one_at_a_time_and_a_cancelled_reason(services, queue):
    ship(services, "2026-000001")
    ship(services, "2026-000002")
    controller, host, _rows = queue()
    scan(controller, "2026-000001")
    scan(controller, "2026-000002")
    controller.change_status("rescheduled")
    assert host.told == [("Reschedule", "Reschedule one order at a time.")]
    host.note = None
    controller.change_status("cancelled")
    assert Shipment.select().where(Shipment.status == "cancelled").count() == 0


# 12 ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("doc_type", ["slip", "packing", "delivery-note"])
def test_paperwork_of_the_selection_in_one_batch(services, queue, doc_type):
    ship(services, "2026-000001")
    ship(services, "2026-000002")
    controller, host, _rows = queue()
    scan(controller, "2026-000002")
    scan(controller, "2026-000001")
    controller.print_selected(doc_type)
    assert host.batches == [(doc_type, ["2026-000001", "2026-000002"])]
    assert controller.busy and controller.state.value.busy
    controller.print_selected(doc_type)  # a second press waits for the first batch
    assert len(host.batches) == 1 and "try again" in host.notes[-1]
    # What the printing kit reports at the end: one order printed, one not.
    host.finish_batch(["2026-000001"], [("2026-000002", "printer out of paper")], False)
    assert not controller.busy and host.notes[-1] == "1 printed"
    assert controller.state.value.error == (
        "1 printed, 1 not printed: 2026-000002: printer out of paper")
    notes = len(host.notes)
    controller.print_selected(doc_type)
    host.finish_batch([], [], True)  # the clerk cancelled the printer dialog
    assert not controller.busy and len(host.notes) == notes
    with pytest.raises(ValueError, match="receipt"):
        controller.print_selected("receipt")


def test_paperwork_renders_real_documents_for_the_selection(services, queue):
    ship(services, "2026-000001")
    controller, host, _rows = queue()
    scan(controller, "2026-000001")
    actor = controller.session.actor

    def render_each(doc_type, numbers, finished):  # the kit's worker, here inline
        rendered = [services.printing.render(actor, doc_type, n) for n in numbers]
        host.documents.extend(rendered)
        finished([r.order_number for r in rendered], [], False)
        return True

    host.print_batch = render_each
    controller.print_selected("delivery-note")
    [note] = host.documents
    text = PdfReader(BytesIO(note.pdf)).pages[0].extract_text()
    assert "2026-000001" in text and not controller.busy and controller.state.value.error == ""
