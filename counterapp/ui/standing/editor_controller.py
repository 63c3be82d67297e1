"""The standing-order editor without Qt: simple choices → rule → words and the next dates.

``StandingEditorController`` holds one standing order being written (new, or loaded from
``services.standing``) and publishes ``state`` (``EditorState``): the schedule as the
person chose it (``ScheduleChoice``: weekly on some weekdays every N weeks, monthly on day
D, monthly on the last day), the RFC 5545 rule it makes (``domain.schedule`` builders), the
rule in words in the UI language (``schedule.describe``) and the next five run dates (moved
off weekends and holidays by ``services.standing.preview``) formatted for the UI locale —
all before anything is saved. Lines come from the catalogue search the counter uses
(``services.catalog.search``). ``save`` creates or updates (with the version read, so a
colleague's change is a ``Conflict``, not overwritten); ``pause``/``resume``/``end`` change
the status. A refused input names its field in ``error_field``; nothing is written.

The view (``editor_dialog.StandingEditorDialog``) paints the state and forwards edits; the
texts come through ``ControllerTexts`` (English and ``en_GB`` in plain-pytest tests).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from counterapp.domain import schedule
from counterapp.domain.errors import CounterAppError, ValidationError
from counterapp.domain.formatting import format_date
from counterapp.services import Actor, Services
from counterapp.services.standing_orders import (
    StandingLineInput,
    StandingOrderInput,
    StandingOrderRow,
)
from counterapp.settings import QT_TRANSLATE_NOOP
from counterapp.ui.common.controller import ControllerTexts, Observable

WEEKLY, MONTHLY_DAY, MONTHLY_LAST, CUSTOM = "weekly", "monthly_day", "monthly_last", "custom"
KINDS = (WEEKLY, MONTHLY_DAY, MONTHLY_LAST)
PREVIEW_COUNT = 5
C = "StandingEditor"
NO_LINES = (C, QT_TRANSLATE_NOOP("StandingEditor", "Add at least one product."))
SAVED = (C, QT_TRANSLATE_NOOP("StandingEditor", "Standing order %1 saved."))
STATUS_DONE = (C, QT_TRANSLATE_NOOP("StandingEditor", "Standing order %1 is now %2."))
NOT_SAVED = (C, QT_TRANSLATE_NOOP("StandingEditor", "Save the standing order first."))
STATUS_LABELS = {"new": (C, QT_TRANSLATE_NOOP("StandingEditor", "new")),
                 "active": (C, QT_TRANSLATE_NOOP("StandingEditor", "active")),
                 "paused": (C, QT_TRANSLATE_NOOP("StandingEditor", "paused")),
                 "ended": (C, QT_TRANSLATE_NOOP("StandingEditor", "ended"))}


@dataclass(frozen=True)
class ScheduleChoice:
    """The schedule as the dialog asks for it (weekdays 0 = Monday … 6 = Sunday)."""

    kind: str = WEEKLY
    weekdays: tuple[int, ...] = (0,)
    interval: int = 1
    day: int = 1
    start: dt.date = dt.date(2000, 1, 1)
    rule: str = ""  # a loaded rule the choices cannot say (kind ``custom``)


@dataclass(frozen=True)
class EditorLine:
    """A product and the quantity sent each time."""

    product_id: int
    sku: str
    name: str
    quantity: int


@dataclass(frozen=True)
class EditorState:
    """Everything the editor dialog paints."""

    customer_id: int
    customer_name: str = ""
    standing: StandingOrderRow | None = None
    choice: ScheduleChoice = field(default_factory=ScheduleChoice)
    rule: str = ""
    words: str = ""
    dates: tuple[dt.date, ...] = ()
    dates_text: tuple[str, ...] = ()
    lines: tuple[EditorLine, ...] = ()
    results: tuple = ()  # catalogue rows of the last search
    delivery_method: str = "courier"
    address_id: int | None = None
    addresses: tuple = ()  # the customer's ``AddressRow``s
    rep_login: str = ""  # "" → the account manager
    account_manager: str = ""
    notes: str = ""
    needs_confirmation: bool = False
    error_field: str = ""
    error: str = ""
    message: str = ""

    @property
    def status(self) -> str:
        """``new`` before the first save, else the standing order's status."""
        return self.standing.status if self.standing is not None else "new"


def choice_from_rule(rule: str, start: dt.date) -> ScheduleChoice:
    """The dialog's choices that build ``rule`` again; kind ``custom`` when none do."""
    parts = dict(item.split("=", 1) for item in rule.split(";") if "=" in item)
    interval = int(parts.get("INTERVAL", "1"))
    extra = set(parts) - {"FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "BYSETPOS"}
    custom = ScheduleChoice(CUSTOM, start=start, rule=rule, interval=interval)
    if extra:
        return custom
    if parts.get("FREQ") == "WEEKLY" and "BYDAY" in parts and "BYMONTHDAY" not in parts:
        codes = parts["BYDAY"].split(",")
        if all(code in schedule.WEEKDAY_CODES for code in codes):
            built = ScheduleChoice(WEEKLY, tuple(schedule.WEEKDAY_CODES.index(c) for c in codes),
                                   interval, start=start)
            return built if _rule_of(built) == rule else custom
    if parts.get("FREQ") == "MONTHLY" and "BYDAY" not in parts:
        days = parts.get("BYMONTHDAY", "")
        if days == "-1":
            built = ScheduleChoice(MONTHLY_LAST, interval=interval, start=start)
        else:
            last = days.split(",")[-1]
            built = ScheduleChoice(MONTHLY_DAY, interval=interval,
                                   day=int(last) if last.isdigit() else 1, start=start)
        return built if _rule_of(built) == rule else custom
    return custom


def _copied_lines(sale_lines) -> tuple[EditorLine, ...]:
    """A sale's product lines as standing-order lines, one per product."""
    lines: dict[int, EditorLine] = {}
    for line in sale_lines:
        if line.product_id is None or line.quantity <= 0:
            continue
        known = lines.get(line.product_id)
        lines[line.product_id] = (replace(known, quantity=known.quantity + line.quantity)
                                  if known else EditorLine(line.product_id, line.sku,
                                                           line.description, line.quantity))
    return tuple(lines.values())


def _rule_of(choice: ScheduleChoice) -> str:
    """The RFC 5545 rule of ``choice`` (``ValidationError`` naming the bad choice)."""
    if choice.kind == WEEKLY:
        return schedule.weekly(list(choice.weekdays), choice.interval)
    if choice.kind == MONTHLY_DAY:
        return schedule.monthly_on_day(choice.day, choice.interval)
    if choice.kind == MONTHLY_LAST:
        return schedule.monthly_last_day(choice.interval)
    return schedule.parse_rule(choice.rule, choice.start)


class StandingEditorController:
    """One standing order in the editor (see the module docstring)."""

    def __init__(self, services: Services, actor: Actor | None, *,
                 customer_id: int | None = None, standing_id: int | None = None,
                 order_number: str = "", texts: ControllerTexts | None = None):
        self.services = services
        self.actor = actor
        self.texts = texts or ControllerTexts()
        today = services.ctx.now().date()
        copied: tuple[EditorLine, ...] = ()
        if standing_id is not None:
            row = services.standing.get(standing_id)
            customer_id = row.customer_id
        elif order_number:
            # "Make standing": the past sale's customer and lines, quantities summed.
            sale = services.returns.find_sale(order_number)
            if sale.customer_id is None:
                raise ValidationError("order", "a sale without a customer cannot be repeated")
            customer_id = sale.customer_id
            copied = _copied_lines(sale.lines)
        elif customer_id is None:
            raise ValueError("a standing order needs its customer")
        detail = services.customers.get(customer_id)
        default = next((a.id for a in detail.addresses if a.is_default), None)
        state = EditorState(customer_id=customer_id, customer_name=detail.name,
                            addresses=tuple(detail.addresses), address_id=default,
                            account_manager=detail.account_manager_login,
                            choice=ScheduleChoice(WEEKLY, (today.weekday() if today.weekday()
                                                           < 5 else 0,), start=today))
        if standing_id is not None:
            state = self._loaded(state, row)
        state = replace(state, lines=copied or state.lines)
        self.state: Observable[EditorState] = Observable(self._scheduled(state))

    # -- helpers --------------------------------------------------------------------------------
    @property
    def language(self) -> str:
        """``it`` or ``en``: the language the rule is said in (the UI's)."""
        return self.texts.locale()[:2]

    def _set(self, **changes) -> None:
        self.state.set(replace(self.state.value, **changes))

    @staticmethod
    def _loaded(state: EditorState, row: StandingOrderRow) -> EditorState:
        return replace(
            state, standing=row, choice=choice_from_rule(row.rrule, row.start_date),
            lines=tuple(EditorLine(line.product_id, line.sku, line.name, line.quantity)
                        for line in row.lines),
            delivery_method=row.delivery_method, address_id=row.address_id,
            rep_login=row.rep_login, notes=row.notes,
            needs_confirmation=row.needs_confirmation)

    def _scheduled(self, state: EditorState) -> EditorState:
        """``state`` with the rule, its words and the next dates of its choice."""
        choice = state.choice
        try:
            rule = _rule_of(choice)
            today = self.services.ctx.now().date()
            dates = tuple(self.services.standing.preview(rule, choice.start, PREVIEW_COUNT,
                                                         after=max(today, choice.start)))
        except ValidationError as exc:
            return replace(state, rule="", words="", dates=(), dates_text=(),
                           error_field=exc.field, error=self.texts.error_text(exc))
        locale = self.texts.locale()
        cleared = {} if state.error_field not in (
            "rrule", "weekdays", "day", "interval", "start") else {"error_field": "",
                                                                   "error": ""}
        return replace(state, rule=rule, words=schedule.describe(rule, self.language),
                       dates=dates, dates_text=tuple(format_date(d, locale) for d in dates),
                       **cleared)

    # -- the schedule ---------------------------------------------------------------------------
    def set_schedule(self, **changes) -> None:
        """Change the choices (``kind``, ``weekdays``, ``interval``, ``day``, ``start``):
        the rule, its words and the next five dates follow at once."""
        if "weekdays" in changes:
            changes["weekdays"] = tuple(sorted(set(changes["weekdays"])))
        state = self.state.value
        choice = replace(state.choice, **changes)
        if choice.kind != CUSTOM:
            choice = replace(choice, rule="")
        self.state.set(self._scheduled(replace(state, choice=choice)))

    def toggle_weekday(self, weekday: int, on: bool) -> None:
        """Tick or untick one day of the week."""
        days = set(self.state.value.choice.weekdays)
        (days.add if on else days.discard)(weekday)
        self.set_schedule(weekdays=tuple(days))

    # -- lines ----------------------------------------------------------------------------------
    def search(self, text: str) -> tuple:
        """Products matching ``text`` (the counter's catalogue search), as ``results``."""
        try:
            rows = tuple(self.services.catalog.search(text, 20)) if text.strip() else ()
        except CounterAppError as exc:
            self._set(error_field="lines", error=self.texts.error_text(exc))
            return ()
        self._set(results=rows)
        return rows

    def add_line(self, product, quantity: int = 1) -> None:
        """Add a catalogue row (``ProductRow``); the same product again adds to its quantity."""
        lines = list(self.state.value.lines)
        for index, line in enumerate(lines):
            if line.product_id == product.id:
                lines[index] = replace(line, quantity=line.quantity + quantity)
                break
        else:
            lines.append(EditorLine(product.id, product.sku, product.name, quantity))
        self._set(lines=tuple(lines), error_field="", error="")

    def set_quantity(self, index: int, quantity: int) -> None:
        """The quantity of line ``index``; 0 removes the line."""
        lines = list(self.state.value.lines)
        if not 0 <= index < len(lines):
            return
        if quantity <= 0:
            del lines[index]
        else:
            lines[index] = replace(lines[index], quantity=quantity)
        self._set(lines=tuple(lines))

    def remove_line(self, index: int) -> None:
        """Drop line ``index``."""
        self.set_quantity(index, 0)

    # -- the rest of the form -------------------------------------------------------------------
    def set_details(self, **changes) -> None:
        """``delivery_method``, ``address_id``, ``rep_login``, ``notes``,
        ``needs_confirmation`` as edited."""
        self._set(**changes)

    def data(self) -> StandingOrderInput:
        """The form as the service's input (the service validates)."""
        s = self.state.value
        return StandingOrderInput(
            customer_id=s.customer_id, rrule=s.rule, start_date=s.choice.start,
            lines=tuple(StandingLineInput(line.product_id, line.quantity) for line in s.lines),
            delivery_method=s.delivery_method,
            address_id=s.address_id if s.delivery_method else None,
            rep_login=s.rep_login, needs_confirmation=s.needs_confirmation, notes=s.notes)

    # -- saving and the status ------------------------------------------------------------------
    def save(self) -> bool:
        """Create or update through the service; True when saved (the state holds the row)."""
        s = self.state.value
        if not s.rule:
            return False
        if not s.lines:
            self._set(error_field="lines", error=self.texts.say(NO_LINES))
            return False
        try:
            if s.standing is None:
                row = self.services.standing.create(self.actor, self.data())
            else:
                row = self.services.standing.update(self.actor, s.standing.id, self.data(),
                                                    expected_version=s.standing.version)
        except CounterAppError as exc:
            field_name = exc.field if isinstance(exc, ValidationError) else ""
            self._set(error_field=field_name, error=self.texts.error_text(exc))
            return False
        self.state.set(replace(self._loaded(s, row), error_field="", error="",
                               message=self.texts.say(SAVED, row.id)))
        return True

    def change_status(self, what: str) -> bool:
        """``pause``, ``resume`` or ``end`` the saved standing order; True when done."""
        s = self.state.value
        if s.standing is None:
            self._set(error_field="", error=self.texts.say(NOT_SAVED))
            return False
        command = {"pause": self.services.standing.pause,
                   "resume": self.services.standing.resume,
                   "end": self.services.standing.end}[what]
        try:
            row = command(self.actor, s.standing.id)
        except CounterAppError as exc:
            self._set(error_field="", error=self.texts.error_text(exc))
            return False
        self._set(standing=row, error_field="", error="",
                  message=self.texts.say(STATUS_DONE, row.id,
                                         self.texts.say(STATUS_LABELS[row.status])))
        return True
