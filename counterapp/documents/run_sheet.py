"""The in-house driver's run sheet: the day's stops in driving order.

Each stop shows where to go, whom to call, how many parcels to unload, any cash to
collect, and leaves room for the recipient's signature.
"""

from __future__ import annotations

from decimal import Decimal
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from counterapp.documents.base import Column, DocumentRenderer
from counterapp.documents.data import RunSheetData, RunSheetStop
from counterapp.documents.fonts import SANS_BOLD
from counterapp.documents.markup import text

# Stop, order, recipient with address and phone, parcels, collect, notes, signature.
RUN_SHEET_WIDTHS = (0.04, 0.14, 0.31, 0.06, 0.11, 0.17, 0.17)


class RunSheetRenderer(DocumentRenderer):
    """Renders a :class:`RunSheetData` as an A4 run sheet."""

    title_key = "run_sheet"

    def __init__(self, sheet: RunSheetData) -> None:
        super().__init__(sheet.company, sheet.language, sheet.is_copy)
        self.sheet = sheet

    def document_number(self) -> str:
        # A round is known by its driver and day, which the meta rows show.
        return ""

    def meta_rows(self) -> list[tuple[str, str]]:
        labels, sheet = self.labels, self.sheet
        rows = [(labels["date"], labels.date(sheet.date)), (labels["driver"], sheet.driver)]
        if sheet.vehicle:
            rows.append((labels["vehicle"], sheet.vehicle))
        return rows

    def body(self) -> list[Flowable]:
        return [
            self.summary(),
            Spacer(1, 4 * mm),
            self.stops_table(),
            *self.notes_block(self.sheet.notes),
        ]

    def summary(self) -> Table:
        """Number of stops and parcels, cash to bring back, the van."""
        labels, sheet = self.labels, self.sheet
        parcels = sum(stop.parcels for stop in sheet.stops)
        cash = sum((stop.cash_to_collect or Decimal("0") for stop in sheet.stops), Decimal("0"))
        return self.field_grid(
            [
                (labels["stops"], str(len(sheet.stops))),
                (labels["parcels"], str(parcels)),
                (labels["cash_on_delivery"], labels.money(cash)),
                (labels["vehicle"], sheet.vehicle),
            ]
        )

    def stops_table(self) -> Table:
        """One row per stop, tall enough to sign in."""
        labels = self.labels
        number, order, address, parcels, collect, notes, signature = RUN_SHEET_WIDTHS
        columns = [
            Column(labels["stop"], number, style="Bold", align="RIGHT"),
            Column(labels["order"], order, style="CellBold"),
            Column(f"{labels['recipient']} / {labels['address']}", address),
            Column(labels["parcels"], parcels, style="Bold", align="RIGHT"),
            Column(labels["cash_on_delivery"], collect, style="Bold", align="RIGHT"),
            Column(labels["notes"], notes, style="Small"),
            Column(labels["signature"], signature),
        ]
        rows = [self.stop_row(index, stop) for index, stop in enumerate(self.sheet.stops, 1)]
        return self.lines_table(columns, rows)

    def stop_row(self, index: int, stop: RunSheetStop) -> list[object]:
        """Values of one stop; a rush stop says so under its order number."""
        styles, labels = self.styles, self.labels
        order: object = stop.order_number
        if stop.rush:
            order = Paragraph(
                f"{text(stop.order_number, SANS_BOLD)}<br/>"
                f"<font color='#cc1a1a'>{escape(labels['rush'])}</font>",
                styles["CellBold"],
            )
        address_lines = [f"<b>{text(stop.recipient, SANS_BOLD)}</b>", *map(text, stop.address_lines)]
        if stop.phone:
            address_lines.append(f"{escape(labels['phone'])} <b>{text(stop.phone, SANS_BOLD)}</b>")
        return [
            str(index),
            order,
            Paragraph("<br/>".join(address_lines), styles["Cell"]),
            str(stop.parcels),
            labels.money(stop.cash_to_collect) if stop.cash_to_collect else "",
            stop.notes,
            # Room for the recipient to sign.
            Spacer(1, 14 * mm),
        ]


def render_run_sheet(sheet: RunSheetData) -> bytes:
    """``sheet`` as PDF bytes."""
    return RunSheetRenderer(sheet).render()
