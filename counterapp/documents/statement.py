"""A rep's monthly commission statement: plan, quota, credited orders, returns, the tiers
as applied, bonuses and the total pay.

Plain frozen data in (:class:`StatementData`, filled by the performance service), PDF
bytes out, on the shared A4 template (letterhead, "Pagina X di Y", DejaVu fonts). Every
user string (names, customers) is escaped by the base renderer's cell/para helpers.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from counterapp.documents.base import Column, DocumentRenderer
from counterapp.documents.data import CompanyInfo
from counterapp.documents.markup import text

_WORDS = {
    "it": {
        "title": "Prospetto provvigioni", "month": "Mese", "rep": "Venditore",
        "status": "Stato", "open": "aperto (provvisorio)", "closed": "chiuso",
        "plan": "Piano", "basis": "Base", "basis_net": "vendite nette",
        "basis_margin": "margine lordo", "tiers": "Scaglioni", "base_pay": "Fisso",
        "quota": "Obiettivo", "no_quota": "nessun obiettivo", "credited": "Vendite accreditate",
        "returns": "di cui resi", "margin": "Margine", "attainment": "Raggiungimento",
        "bands": "Scaglioni applicati", "band": "Fascia", "rate": "Aliquota",
        "band_net": "Vendite nella fascia", "commission": "Provvigione",
        "orders": "Ordini accreditati e resi", "number": "Numero", "date": "Data",
        "customer": "Cliente", "kind": "Tipo", "kind_sale": "vendita", "kind_return": "reso",
        "net": "Netto", "quota_bonus": "Premio obiettivo", "new_accounts": "Nuovi clienti",
        "new_account_bonus": "Premio nuovi clienti", "total": "Totale",
        "above": "oltre {from_pct}%", "range": "{from_pct}% – {to_pct}%",
        "none": "Nessun ordine accreditato nel mese.", "printed": "Stampato il",
    },
    "en": {
        "title": "Commission statement", "month": "Month", "rep": "Sales rep",
        "status": "Status", "open": "open (provisional)", "closed": "closed",
        "plan": "Plan", "basis": "Basis", "basis_net": "net sales",
        "basis_margin": "gross margin", "tiers": "Tiers", "base_pay": "Base pay",
        "quota": "Quota", "no_quota": "no quota", "credited": "Credited sales",
        "returns": "of which returns", "margin": "Margin", "attainment": "Attainment",
        "bands": "Tiers applied", "band": "Band", "rate": "Rate",
        "band_net": "Sales in band", "commission": "Commission",
        "orders": "Credited orders and returns", "number": "Number", "date": "Date",
        "customer": "Customer", "kind": "Type", "kind_sale": "sale", "kind_return": "return",
        "net": "Net", "quota_bonus": "Quota bonus", "new_accounts": "New accounts",
        "new_account_bonus": "New-account bonus", "total": "Total",
        "above": "above {from_pct}%", "range": "{from_pct}% – {to_pct}%",
        "none": "No order credited this month.", "printed": "Printed on",
    },
}


@dataclass(frozen=True)
class StatementOrder:
    """One credited order (or return, negative) on the statement."""

    number: str
    at: dt.datetime
    customer: str
    kind: str
    net: Decimal
    margin: Decimal


@dataclass(frozen=True)
class StatementBand:
    """One tier as applied; ``to_pct`` ``None`` for the top band."""

    from_pct: Decimal
    to_pct: Decimal | None
    rate_pct: Decimal
    net: Decimal
    commission: Decimal


@dataclass(frozen=True)
class StatementData:
    """A rep's month as printed. ``quota``/``attainment_pct`` are ``None`` without quota."""

    company: CompanyInfo
    rep_login: str
    rep_name: str
    month: str
    status: str
    basis: str
    tiers: str
    base_pay: Decimal
    quota: Decimal | None
    credited_net: Decimal
    returns_net: Decimal
    margin: Decimal
    attainment_pct: Decimal | None
    orders: tuple[StatementOrder, ...]
    bands: tuple[StatementBand, ...]
    commission: Decimal
    quota_bonus: Decimal
    plan_quota_bonus: Decimal
    new_accounts: int
    new_account_bonus: Decimal
    total_pay: Decimal
    printed_at: dt.datetime
    language: str = "it"
    is_copy: bool = False


# Number, date, customer, type, net, margin.
ORDER_WIDTHS = (0.17, 0.13, 0.36, 0.1, 0.12, 0.12)
BAND_WIDTHS = (0.4, 0.15, 0.25, 0.2)


class StatementRenderer(DocumentRenderer):
    """Renders a :class:`StatementData` as an A4 commission statement."""

    def __init__(self, data: StatementData) -> None:
        super().__init__(data.company, data.language, data.is_copy)
        self.data = data
        self.words = _WORDS[data.language]

    @property
    def title(self) -> str:
        """The statement's title in its language."""
        return self.words["title"]

    def document_number(self) -> str:
        return f"{self.data.month} {self.data.rep_login}"

    def meta_rows(self) -> list[tuple[str, str]]:
        words, data = self.words, self.data
        return [(words["month"], data.month), (words["rep"], data.rep_name),
                (words["status"], words.get(data.status, data.status)),
                (words["printed"], self.labels.datetime(data.printed_at))]

    def _pct(self, value: Decimal | None) -> str:
        return "—" if value is None else self.labels.percent(value)

    def body(self) -> list[Flowable]:
        words, data, money = self.words, self.data, self.labels.money
        summary = self.field_grid([
            (words["basis"], words.get(f"basis_{data.basis}", data.basis)),
            (words["tiers"], data.tiers),
            (words["base_pay"], money(data.base_pay)),
            (words["quota"], money(data.quota) if data.quota is not None else words["no_quota"]),
            (words["credited"], money(data.credited_net)),
            (words["returns"], money(data.returns_net)),
            (words["margin"], money(data.margin)),
            (words["attainment"], self._pct(data.attainment_pct)),
        ])
        return [
            summary,
            Paragraph(text(words["bands"]), self.styles["Heading"]),
            self.bands_table(),
            Paragraph(text(words["orders"]), self.styles["Heading"]),
            *self.orders_block(),
            self.totals_block(self.total_rows()),
        ]

    def bands_table(self):
        """One row per tier: the band, its rate, the sales in it and what it paid."""
        words, money = self.words, self.labels.money
        band, rate, net, paid = BAND_WIDTHS
        columns = [Column(words["band"], band), Column(words["rate"], rate, align="RIGHT"),
                   Column(words["band_net"], net, align="RIGHT"),
                   Column(words["commission"], paid, align="RIGHT")]
        rows = []
        for item in self.data.bands:
            low = self.labels.number(item.from_pct, 0)
            label = (words["above"].format(from_pct=low) if item.to_pct is None else
                     words["range"].format(from_pct=low,
                                           to_pct=self.labels.number(item.to_pct, 0)))
            rows.append([label, self.labels.percent(item.rate_pct), money(item.net),
                         money(item.commission)])
        return self.lines_table(columns, rows)

    def orders_block(self) -> list[Flowable]:
        """The credited orders and returns, or a line saying there were none."""
        words, money = self.words, self.labels.money
        if not self.data.orders:
            return [Paragraph(text(words["none"]), self.styles["Normal"]), Spacer(1, 3 * mm)]
        number, date, customer, kind, net, margin = ORDER_WIDTHS
        columns = [Column(words["number"], number, style="CellBold"),
                   Column(words["date"], date), Column(words["customer"], customer),
                   Column(words["kind"], kind), Column(words["net"], net, align="RIGHT"),
                   Column(words["margin"], margin, align="RIGHT")]
        rows = [[o.number, self.labels.date(o.at.date()), o.customer,
                 words.get(f"kind_{o.kind}", o.kind), money(o.net), money(o.margin)]
                for o in self.data.orders]
        return [self.lines_table(columns, rows)]

    def total_rows(self) -> list[tuple[str, str]]:
        """Base pay, commission, bonuses, and the total last."""
        words, data, money = self.words, self.data, self.labels.money
        return [(words["base_pay"], money(data.base_pay)),
                (words["commission"], money(data.commission)),
                (words["quota_bonus"], money(data.quota_bonus)),
                (f"{words['new_account_bonus']} ({data.new_accounts})",
                 money(data.new_account_bonus)),
                (words["total"], money(data.total_pay))]


def render_statement(data: StatementData) -> bytes:
    """``data`` as PDF bytes."""
    return StatementRenderer(data).render()


__all__ = ["StatementBand", "StatementData", "StatementOrder", "StatementRenderer",
           "render_statement"]
