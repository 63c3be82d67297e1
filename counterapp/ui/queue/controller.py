"""The shipping queue's controller: filters, scanning, selection and status changes, without Qt.

``QueueController`` owns the query parameters (``FilterChoice`` as the filter widgets show
it, the sort), the selection (view rows of the paged table), the change token of the poll,
and every command on the selected orders: dispatch (with a tracking number for one courier
parcel), delivered, the other status steps, history, and the paperwork (order slips,
packing slips, delivery notes of the selection; the courier manifest and the driver's run
sheet) whose rendering goes through the injected ``BackgroundRunner``. It publishes
``state`` (``QueueState``: the choice, the selected rows, what is enabled, the detail and
error lines). The lazily paged table stays a Qt model (``QueueRows`` is what the controller
needs of it: it queries the service page by page); questions only a person can answer
(when was it delivered, a new date, why) and what happens on screen (selecting rows,
previews, printers, the Shipping menu's dialogs) go through the ``QueueHost`` the view
implements. Status changes are one short transaction each and stay on the UI thread: an
optimistic-lock ``Conflict`` ("already dispatched by NAME at TIME") is shown in the error
line and the rows are re-read, because the rows on screen are stale.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from counterapp.domain.formatting import format_date, format_datetime
from counterapp.services import Services
from counterapp.services.shipping_queue import STATUS_OPEN, QueueFilter, QueueRow
from counterapp.ui.common.controller import (
    BackgroundRunner,
    BusyGuard,
    ControllerTexts,
    Observable,
    run_inline,
)
from counterapp.ui.queue import controller_texts as t
from counterapp.ui.queue.controller_host import QueueHost, QueueRows
from counterapp.ui.queue.controller_paperwork import PaperworkSteps

__all__ = ["FilterChoice", "QueueController", "QueueHost", "QueueRows", "QueueState"]

@dataclass(frozen=True)
class FilterChoice:
    """The filter widgets' values. ``carrier``: ("carrier", code), ("driver", id) or None."""

    status: str = STATUS_OPEN
    method: str = ""
    carrier: tuple[str, Any] | None = None
    rush_only: bool = False
    late_only: bool = False
    mine_only: bool = False
    search: str = ""


@dataclass(frozen=True)
class QueueState:
    """What the view paints besides the table itself."""

    choice: FilterChoice
    selected: tuple[QueueRow, ...]
    can_act: bool  # dispatch, delivered, print, status menu
    tracking_enabled: bool  # one courier order selected
    detail: str
    error: str
    busy: bool


class QueueController(PaperworkSteps):
    """The queue's state and commands (see the module docstring)."""

    def __init__(self, services: Services, session, rows: QueueRows, host: QueueHost, *,
                 runner: BackgroundRunner = run_inline, texts: ControllerTexts | None = None):
        self.services = services
        self.session = session
        self.rows = rows
        self.host = host
        self.runner = runner
        self.texts = texts or ControllerTexts()
        self.guard = BusyGuard()
        self.choice = FilterChoice()
        self.sort: tuple[str, bool] = ("promised", False)
        self.loaded = False
        self.error = ""
        self._selection: list[int] = []  # view rows, top to bottom
        self._token: tuple | None = None
        self.state: Observable[QueueState] = Observable(self._state())

    # -- state -------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        """True while paperwork for this panel is being rendered or printed."""
        return self.guard.busy

    def status_label(self, status: str) -> str:
        """The translated name of a shipment status."""
        return self.texts.translate(t.M, t.STATUS_LABELS.get(status, status))

    def selected_rows(self) -> list[QueueRow]:
        """The selected shipments as loaded now (current versions), top to bottom."""
        return [r for r in (self.rows.row_at(i) for i in self._selection) if r is not None]

    def filters(self) -> QueueFilter:
        """The service's query for the current choice (``mine``: the logged-in rep)."""
        choice, actor = self.choice, self.session.actor
        kind, value = choice.carrier or ("", None)
        return QueueFilter(
            status=choice.status, method=choice.method,
            carrier_code=value if kind == "carrier" else "",
            driver_id=value if kind == "driver" else None,
            rush_only=choice.rush_only, late_only=choice.late_only,
            mine_user_id=actor.id if actor is not None and choice.mine_only else None,
            search=choice.search.strip())

    def detail(self, rows: Sequence[QueueRow]) -> str:
        """The line under the table: one order in full, or how many are selected."""
        if len(rows) != 1:
            return self.texts.say_n(t.SELECTED, len(rows)) if rows else ""
        row, locale = rows[0], self.texts.locale()
        promised = format_date(row.promised_date, locale) if row.promised_date else "–"
        parts = [self.texts.say(t.DETAIL, row.order_number, self.status_label(row.status),
                                promised)]
        if row.rush and row.rush_feasible is False:
            parts.append(self.texts.say(t.RUSH_NOT_POSSIBLE, row.rush_reason))
            if row.rep_login:  # add_shipment put the call in the rep's list
                parts.append(self.texts.say(t.RUSH_FOLLOW_UP, row.rep_login))
        if row.tracking_url:
            parts.append(self.texts.say(t.TRACKING, row.tracking_url))
        return "\n".join(parts)

    def _state(self) -> QueueState:
        rows = self.selected_rows()
        return QueueState(
            choice=self.choice, selected=tuple(rows),
            can_act=bool(rows) and self.session.actor is not None,
            tracking_enabled=len(rows) == 1 and rows[0].method == "courier",
            detail=self.detail(rows), error=self.error, busy=self.guard.busy)

    def _publish(self) -> None:
        self.state.set(self._state())

    # -- loading, filters, sort, poll -------------------------------------------------------
    def user_changed(self) -> bool:
        """Someone logged in (fill the carriers, query) or out; True when the poll should run."""
        if self.session.actor is None:
            return False
        self.host.fill_carriers(self.carrier_options())
        self.apply()
        self._token = self.services.shipping_queue.change_token()
        return True

    def carrier_options(self) -> list[tuple[str, tuple[str, Any] | None]]:
        """(label, value) of the carrier filter; a choice no longer offered is dropped."""
        say = self.texts.say
        options: list[tuple[str, tuple[str, Any] | None]] = [(say(t.ANY_CARRIER), None)]
        options += [(c.name, ("carrier", c.code))
                    for c in self.services.carriers.carriers(include_inactive=False)]
        options += [(say(t.DRIVER, d.name), ("driver", d.id))
                    for d in self.services.carriers.drivers(include_inactive=False)]
        if self.choice.carrier not in [value for _label, value in options]:
            self.choice = replace(self.choice, carrier=None)
        return options

    def set_filters(self, choice: FilterChoice) -> None:
        """The clerk changed a filter (or typed in the search): query again."""
        self.choice = choice
        self.apply()

    def sort_by(self, key: str, descending: bool) -> None:
        """A header click: an ORDER BY in the service, never a sort of the loaded rows."""
        self.sort = (key, descending)
        if self.loaded:
            self.apply()

    def apply(self) -> None:
        """Run the query for the current choice and sort (SQL WHERE/ORDER BY/LIMIT)."""
        if self.session.actor is None:
            return
        try:
            self.rows.set_query(self.filters(), self.sort)
        except Exception as exc:  # noqa: BLE001 (a broken connection must not kill the panel)
            self.error = self.texts.error_text(exc)
            self._publish()
            return
        self.loaded = True
        self._selection = []
        self._publish()

    def poll(self) -> None:
        """Re-read the rows when another workstation (or panel) changed shipments."""
        if self.session.actor is None or not self.loaded:
            return
        try:
            token = self.services.shipping_queue.change_token()
        except Exception:  # noqa: BLE001 (the next tick tries again)
            return
        if token != self._token:
            self._token = token
            self.refresh()

    def refresh(self) -> None:
        """Re-read the visible rows, keeping the selection."""
        ids = [row.id for row in self.selected_rows()]
        if self.rows.refresh():
            found = [r for r in (self.rows.row_of(i) for i in ids) if r >= 0]
            self._selection = sorted(found)
            self.host.select_rows(self._selection, add=False)
        self._publish()

    def set_selection(self, view_rows: Sequence[int]) -> None:
        """The view's selection changed (clicks, keys, or ``select_rows``)."""
        self._selection = sorted(set(view_rows))
        self._publish()

    def _select(self, view_row: int, *, add: bool) -> None:
        self._selection = sorted({*self._selection, view_row}) if add else [view_row]
        self.host.select_rows([view_row], add=add)

    # -- scanning ------------------------------------------------------------------------------
    def scan(self, choice: FilterChoice) -> None:
        """Enter in the search field: an exact order or tracking number selects that order
        (added to the selection, so slips can be scanned one after another); anything else
        filters at once."""
        self.choice = choice
        code = choice.search.strip()
        if self.session.actor is None:
            return
        if not code:
            self.apply()
            return
        found = self.services.shipping_queue.find(code)
        if found is None:
            self.apply()
            if self.rows.loaded == 1:
                self._select(0, add=False)
            else:
                self.host.notify(self.texts.say(t.NO_ORDER, code) if self.rows.loaded == 0
                                 else "")
            self._publish()
            return
        add = bool(self.selected_rows()) and not self.rows.filters.search
        self.choice = replace(choice, search="")
        self.host.clear_search()
        filters = self.filters()
        if filters != self.rows.filters:
            self._query(filters)
        position = self.services.shipping_queue.queue_position(filters, self.sort, found.id)
        if position is None:
            # Hidden by the filters: show every status, keep nothing else in the way.
            self.choice = FilterChoice(status="")
            filters = self.filters()
            self._query(filters)
            add = False
            position = self.services.shipping_queue.queue_position(filters, self.sort, found.id)
        if position is not None:
            self.rows.load_until(position)
            row = self.rows.row_of(found.id)
            if row < 0:  # the loaded rows predate the order (the poll has not run yet)
                self._query(filters)
                self.rows.load_until(position)
                row = self.rows.row_of(found.id)
            if row >= 0:
                self._select(row, add=add)
        self._publish()

    def _query(self, filters: QueueFilter) -> None:
        self.rows.set_query(filters, self.sort)
        self._selection = []

    # -- status changes ------------------------------------------------------------------------
    def _done(self, rows: Sequence[QueueRow], message: str) -> None:
        self.error = ""
        self.host.notify(message)
        self.host.shipments_changed([r.id for r in rows])
        self._token = None  # our own write: refresh now, not at the next tick
        self.poll()

    def _failed(self, exc: BaseException) -> None:
        self.error = self.texts.error_text(exc)
        self.refresh()  # a conflict means the rows on screen are stale

    def _ready(self) -> list[QueueRow]:
        """The selection, or nothing when no one is logged in or the panel is busy."""
        rows = self.selected_rows()
        if not rows or self.session.actor is None:
            return []
        if self.guard.busy:
            self.host.notify(self.texts.say(t.BUSY))
            return []
        return rows

    def search_typed(self) -> None:
        """Typing in the search field starts something new: the last error is stale."""
        if self.error:
            self.error = ""
            self._publish()

    def dispatch(self, tracking: str = "") -> bool:
        """Dispatch the selection (one transaction; a conflict changes nothing).

        A courier order leaving without a tracking number (none typed, none stored) asks
        the clerk first: dispatch now with the number to come later, or go back and type
        it. True when done (the view clears the tracking field).
        """
        rows = self._ready()
        if not rows:
            return False
        missing = [r.order_number for r in rows
                   if r.method == "courier" and not tracking.strip() and not r.tracking_number]
        if missing and not self.host.confirm_tracking_later(
                missing, can_type=self.state.value.tracking_enabled):
            return False
        try:
            done = self.services.shipping.dispatch(self.session.actor,
                                                   [(r.id, r.version) for r in rows], tracking,
                                                   tracking_later=bool(missing))
        except Exception as exc:  # noqa: BLE001 (every service error is shown)
            self._failed(exc)
            return False
        self._done(done, self.texts.say_n(t.DISPATCHED, len(done)))
        return True

    def deliver(self) -> None:
        """Ask when, then mark the selection delivered."""
        rows = self._ready()
        if not rows:
            return
        when = self.host.ask_delivered([r.order_number for r in rows], self.services.ctx.now())
        if when is None:
            return
        try:
            done = self.services.shipping.mark_delivered(
                self.session.actor, [(r.id, r.version) for r in rows], when)
        except Exception as exc:  # noqa: BLE001
            self._failed(exc)
            return
        self._done(done, self.texts.say_n(t.DELIVERED, len(done)))

    def change_status(self, status: str) -> None:
        """Picking, packed, failed, rescheduled, returned or cancelled for the selection."""
        rows = self._ready()
        if not rows:
            return
        actor, shipping, say = self.session.actor, self.services.shipping, self.texts.say
        try:
            if status == "rescheduled":
                if len(rows) != 1:
                    self.host.tell(say(t.RESCHEDULE), say(t.RESCHEDULE_ONE))
                    return
                answer = self.host.ask_reschedule(rows[0].order_number,
                                                  self.services.ctx.now().date())
                if answer is None:
                    return
                done = [shipping.reschedule(actor, rows[0].id, rows[0].version, *answer)]
            else:
                note = ""
                if status in ("failed", "cancelled"):
                    note = self.host.ask_note(self.status_label(status), say(t.WHY))
                    if note is None:
                        return
                done = [shipping.set_status(actor, r.id, r.version, status, note)
                        for r in rows]
        except Exception as exc:  # noqa: BLE001
            self._failed(exc)
            return
        self._done(done, self.texts.say_n(t.MOVED, len(done), self.status_label(status)))

    def history(self) -> None:
        """The selected order's status history."""
        rows = self.selected_rows()
        if len(rows) != 1:
            return
        locale, label = self.texts.locale(), self.status_label
        lines = [f"{format_datetime(e.at, locale)}  "
                 f"{label(e.from_status) if e.from_status else '–'} → {label(e.to_status)}"
                 f"  {e.user}  {e.note}"
                 for e in self.services.shipping_queue.events(rows[0].id)]
        self.host.tell(self.texts.say(t.HISTORY_OF, rows[0].order_number), "\n".join(lines))
