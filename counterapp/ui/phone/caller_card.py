"""The caller card: who is calling and everything about their account, in one view."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QTextBrowser, QWidget

from counterapp.domain.formatting import format_date, format_datetime
from counterapp.domain.phone import format_phone
from counterapp.services.calls import CallerCard, CallerMatch
from counterapp.ui.common import palette
from counterapp.ui.common.formatting import ui_locale
from counterapp.ui.phone.controller import CardState
from counterapp.ui.phone.labels import (
    KIND_LABELS,
    OUTCOME_LABELS,
    PURPOSE_LABELS,
    SHIPMENT_LABELS,
    duration_text,
    label,
    money_text,
)
from counterapp.ui.standing.models import run_text

# Set once as the document's default style sheet: parsing it with every card costs time.
CARD_CSS = f"""
 h2 {{ margin: 0 0 2px 0; }}
 .muted {{ color: {palette.MUTED}; }}
 .warn {{ color: {palette.ERROR}; font-weight: bold; }}
 .late {{ color: {palette.LATE}; }}
 .badge {{ background: {palette.BADGE_BACKGROUND}; color: {palette.BADGE}; }}
 .lead {{ background: {palette.WARNING_BACKGROUND}; color: {palette.WARNING}; }}
 table {{ border-collapse: collapse; }}
 td {{ padding: 1px 6px 1px 0; }}
 h4 {{ margin: 8px 0 2px 0; }}
"""


def _date(value: dt.date | None) -> str:
    return format_date(value, ui_locale()) if value else ""


class CallerCardView(QTextBrowser):
    """Paints the controller's ``CardState``: a ``CallerCard``, a pick list of several
    matches, an unknown caller, an unreadable number or the idle hint.

    Signals:
        caller_chosen(int, int): customer id and contact id (0: none) picked from the list.
        new_lead_requested(): the rep clicked "new lead" for an unknown number.
        standing_requested(int): the customer's standing orders (customer id).
        make_standing_requested(str): a standing order copying this order (its number).
    """

    caller_chosen = Signal(int, int)
    new_lead_requested = Signal()
    standing_requested = Signal(int)
    make_standing_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("callerCard")
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._on_anchor)
        self.setMinimumHeight(100)  # grows with the panel; 220 pushed the window past 720 px
        self.document().setDefaultStyleSheet(CARD_CSS)
        self.card: CallerCard | None = None
        self._shown: CardState | None = None
        self.show_idle()

    # -- states ------------------------------------------------------------------------------
    def show_state(self, state: CardState) -> None:
        """Paint ``state`` (nothing is redrawn when it is the one on screen)."""
        if state is self._shown:
            return
        self._shown = state
        if state.kind == "card" and state.card is not None:
            self.show_card(state.card, state.number, state.next_runs)
        elif state.kind == "choices":
            self.show_choices(state.number, state.matches)
        elif state.kind == "unknown":
            self.show_unknown(state.number)
        elif state.kind == "error":
            self.show_error(state.message)
        else:
            self.show_idle()

    def show_idle(self) -> None:
        """No call: a hint of what to do."""
        self.card = None
        self.setHtml("<p class='muted'>" + escape(self.tr(
            "Type or paste the caller's number and press Enter – or pick a row of the call "
            "list and press Dial.")) + "</p>")

    def show_error(self, message: str) -> None:
        """The number could not be read."""
        self.card = None
        self.setHtml(f"<p class='warn'>{escape(message)}</p>")

    def show_unknown(self, number: str) -> None:
        """A number no customer has: offer a new lead."""
        self.card = None
        self.setHtml("<h2>" + escape(format_phone(number)) + "</h2><p>"
                     + escape(self.tr("Unknown caller: no customer has this number."))
                     + "</p><p><a href='newlead:'>"
                     + escape(self.tr("Create a new lead with this number… (Ctrl+Shift+N)"))
                     + "</a></p>")

    def show_choices(self, number: str, matches: tuple[CallerMatch, ...]) -> None:
        """Several accounts share the number: the rep picks the caller."""
        self.card = None
        parts = ["<h2>", escape(format_phone(number)), "</h2><p>",
                 escape(self.tr("Several customers have this number – who is calling?")),
                 "</p><ol>"]
        for match in matches:
            text = match.name + (f" – {match.contact_name}" if match.contact_name else "")
            parts.append(f"<li><a href='pick:{match.customer_id}:{match.contact_id or 0}'>"
                         f"{escape(text)}</a> <span class='muted'>{escape(match.code)}"
                         "</span></li>")
        parts.append("</ol>")
        self.setHtml("".join(parts))

    def show_card(self, card: CallerCard, number: str = "", next_runs: tuple = ()) -> None:
        """The account of the caller."""
        self.card = card
        kind = self.tr("Business (B2B)") if card.kind == "b2b" else self.tr("Consumer (B2C)")
        status = ""
        if card.status == "lead":
            label_lead = escape(self.tr("LEAD"))
            status = f" <span class='lead'>&nbsp;{label_lead}&nbsp;</span>"
        elif card.status == "inactive":
            label_inactive = escape(self.tr("inactive"))
            status = f" <span class='warn'>{label_inactive}</span>"
        parts = [f"<h2>{escape(card.name)}{status}</h2>",
                 f"<p><span class='badge'>&nbsp;{escape(kind)}&nbsp;</span> "
                 f"<span class='muted'>{escape(card.code)}"]
        if number:
            parts.append(" · " + escape(format_phone(number)))
        parts.append("</span></p><table>")
        if card.contact_name:
            parts.append(self._row(self.tr("Calling"), escape(card.contact_name)))
        manager = card.account_manager_name or self.tr("none")
        if card.managed_by_other:
            manager = (f"<span class='warn'>{escape(manager)}</span> – "
                       + escape(self.tr("managed by a colleague: leave a handover note")))
        else:
            manager = escape(manager)
        parts.append(self._row(self.tr("Account manager"), manager))
        balance = money_text(card.balance)
        over = card.credit_limit and card.balance > card.credit_limit
        parts.append(self._row(self.tr("Balance / credit"),
                               (f"<span class='warn'>{escape(balance)}</span>" if over
                                else escape(balance)) + " / " + escape(money_text(card.credit_limit))))
        if card.price_list:
            parts.append(self._row(self.tr("Price list"), escape(card.price_list)))
        parts.append("</table>")
        if card.notes:
            parts.append(f"<p class='muted'>{escape(card.notes)}</p>")
        parts.append(self._orders_html(card))
        parts.append(self._standing_html(card, next_runs))
        if card.open_tasks:
            label_open_tasks = escape(self.tr("Open tasks"))
            parts.append(f"<h4>{label_open_tasks}</h4><ul>")
            for t in card.open_tasks:
                css = " class='late'" if t.overdue else ""
                parts.append(f"<li{css}>{escape(format_datetime(t.due_at, ui_locale(), year=False))} "
                             f"{escape(label(KIND_LABELS, t.kind))} ({escape(t.assigned_to)}): "
                             f"{escape(t.reason)}</li>")
            parts.append("</ul>")
        label_last_calls = escape(self.tr("Last calls"))
        parts.append(f"<h4>{label_last_calls}</h4>")
        if not card.last_calls:
            label_no_calls_yet = escape(self.tr("No calls yet."))
            parts.append(f"<p class='muted'>{label_no_calls_yet}</p>")
        else:
            parts.append("<table>")
            for c in card.last_calls:
                what = " · ".join(x for x in (
                    label(PURPOSE_LABELS, c.purpose) if c.purpose else "",
                    label(OUTCOME_LABELS, c.outcome) if c.outcome else "") if x)
                parts.append(f"<tr><td>{escape(format_datetime(c.started_at, ui_locale(), year=False))}</td>"
                             f"<td>{escape(c.rep_login)}</td><td>{escape(what)}</td>"
                             f"<td class='muted'>{escape(duration_text(c.duration_s))} "
                             f"{escape(c.notes[:80])}</td></tr>")
            parts.append("</table>")
        self.setHtml("".join(parts))

    def _orders_html(self, card: CallerCard) -> str:
        label_open_orders = escape(self.tr("Open orders"))
        parts = [f"<h4>{label_open_orders}</h4>"]
        if not card.open_orders:
            label_no_order_on_its_way = escape(self.tr("No order on its way."))
            parts.append(f"<p class='muted'>{label_no_order_on_its_way}</p>")
            return "".join(parts)
        parts.append("<table>")
        for o in card.open_orders:
            promised = _date(o.promised_date)
            if o.late:
                label_late = escape(self.tr("late"))
                promised = f"<span class='late'>{escape(promised)} {label_late}</span>"
            else:
                promised = escape(promised)
            make_standing = ""
            if card.kind == "b2b":
                make_standing = (f"<td><a href='makestanding:{escape(o.number, quote=True)}'>"
                                 + escape(self.tr("Make standing")) + "</a></td>")
            tracking = escape(o.tracking_number)
            if o.tracking_url:
                tracking = f"<a href='{escape(o.tracking_url, quote=True)}'>{tracking}</a>"
            parts.append(f"<tr><td>{escape(o.number)}</td><td>{escape(money_text(o.gross))}</td>"
                         f"<td>{escape(label(SHIPMENT_LABELS, o.shipment_status))}</td>"
                         f"<td>{promised}</td><td>{tracking}</td>{make_standing}</tr>")
        parts.append("</table>")
        return "".join(parts)

    def _standing_html(self, card: CallerCard, next_runs: tuple) -> str:
        """The next runs of the caller's standing orders, and the link to them."""
        parts = []
        if next_runs:
            title = escape(self.tr("Standing orders: next runs"))
            parts.append(f"<h4>{title}</h4><ul>")
            for run in next_runs:
                text = self.tr("%1 – standing order %2").replace(
                    "%1", _date(run.run_date)).replace("%2", str(run.standing_order_id))
                if run.status != "planned":
                    text += " (" + run_text(run.status) + ")"
                elif run.needs_confirmation:
                    text += self.tr(" (to confirm)")
                parts.append(f"<li>{escape(text)}</li>")
            parts.append("</ul>")
        if card.kind == "b2b":
            link = escape(self.tr("Standing orders…"))
            parts.append(f"<p><a href='standing:{card.customer_id}'>{link}</a></p>")
        return "".join(parts)

    @staticmethod
    def _row(title: str, value_html: str) -> str:
        return f"<tr><td class='muted'>{escape(title)}</td><td>{value_html}</td></tr>"

    def _on_anchor(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("pick:"):
            _, customer, contact = text.split(":")
            self.caller_chosen.emit(int(customer), int(contact))
        elif text.startswith("newlead:"):
            self.new_lead_requested.emit()
        elif text.startswith("standing:"):
            self.standing_requested.emit(int(text.split(":")[1]))
        elif text.startswith("makestanding:"):
            self.make_standing_requested.emit(text.split(":", 1)[1])
        elif url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)
