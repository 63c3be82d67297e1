"""The standing-order tables: an editor's lines, a customer's standing orders, their runs."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor

from counterapp.domain import schedule
from counterapp.domain.formatting import format_date
from counterapp.ui.common import palette
from counterapp.ui.common.formatting import ui_locale
from counterapp.ui.common.i18n import translate
from counterapp.ui.common.rows_model import RIGHT, Column, RowsModel

C = "StandingModels"
STATUS_LABELS = {
    "active": QT_TRANSLATE_NOOP("StandingModels", "active"),
    "paused": QT_TRANSLATE_NOOP("StandingModels", "paused"),
    "ended": QT_TRANSLATE_NOOP("StandingModels", "ended"),
}
RUN_LABELS = {
    "waiting": QT_TRANSLATE_NOOP("StandingModels", "waiting for confirmation"),
    "confirmed": QT_TRANSLATE_NOOP("StandingModels", "confirmed"),
    "confirmed_with_changes": QT_TRANSLATE_NOOP("StandingModels", "confirmed with changes"),
    "skipped": QT_TRANSLATE_NOOP("StandingModels", "skipped"),
    "generated": QT_TRANSLATE_NOOP("StandingModels", "order made"),
    "failed": QT_TRANSLATE_NOOP("StandingModels", "failed"),
    "planned": QT_TRANSLATE_NOOP("StandingModels", "planned"),
}
DELIVERY_LABELS = {
    "courier": QT_TRANSLATE_NOOP("StandingModels", "Courier"),
    "in_house": QT_TRANSLATE_NOOP("StandingModels", "Our driver"),
    "": QT_TRANSLATE_NOOP("StandingModels", "The customer collects"),
}


def status_text(status: str) -> str:
    """A standing order's status in the UI language."""
    return translate(C, STATUS_LABELS.get(status, status))


def run_text(status: str) -> str:
    """A run's status in the UI language."""
    return translate(C, RUN_LABELS.get(status, status))


def date_text(value) -> str:
    """A day in the UI locale ("" for none)."""
    return format_date(value, ui_locale()) if value else ""


def rule_words(rule: str) -> str:
    """A rule said in the UI language."""
    return schedule.describe(rule, ui_locale()[:2]) if rule else ""


def _flags(run) -> str:
    flags = []
    if run.price_changed:
        flags.append(translate(C, QT_TRANSLATE_NOOP("StandingModels", "price changed")))
    if run.shortage:
        flags.append(translate(C, QT_TRANSLATE_NOOP("StandingModels", "short of stock")))
    return ", ".join(flags)


class LinesModel(RowsModel):
    """The editor's lines (``EditorLine``)."""

    CONTEXT = C
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("StandingModels", "SKU"), lambda r: r.sku),
        Column(QT_TRANSLATE_NOOP("StandingModels", "Product"), lambda r: r.name),
        Column(QT_TRANSLATE_NOOP("StandingModels", "Quantity"), lambda r: str(r.quantity),
               sort=lambda r: r.quantity, align=RIGHT),
    )


class StandingListModel(RowsModel):
    """A customer's standing orders (``StandingOrderRow``)."""

    CONTEXT = C
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("StandingModels", "No."), lambda r: str(r.id),
               sort=lambda r: r.id, align=RIGHT),
        Column(QT_TRANSLATE_NOOP("StandingModels", "Schedule"), lambda r: rule_words(r.rrule)),
        Column(QT_TRANSLATE_NOOP("StandingModels", "Next run"), lambda r: date_text(r.next_run),
               sort=lambda r: r.next_run),
        Column(QT_TRANSLATE_NOOP("StandingModels", "Status"), lambda r: status_text(r.status)),
        Column(QT_TRANSLATE_NOOP("StandingModels", "Call first"),
               lambda r: translate(C, QT_TRANSLATE_NOOP("StandingModels", "yes"))
               if r.needs_confirmation else ""),
        Column(QT_TRANSLATE_NOOP("StandingModels", "Rep"), lambda r: r.rep_login),
        Column(QT_TRANSLATE_NOOP("StandingModels", "Lines"),
               lambda r: ", ".join(f"{line.sku} × {line.quantity}" for line in r.lines)),
    )

    def colour(self, row, column: int) -> QColor | None:
        return palette.colour(palette.MUTED) if row.status != "active" else None


class RunsModel(RowsModel):
    """A standing order's runs (``RunRow``), newest first."""

    CONTEXT = C
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("StandingModels", "Run date"), lambda r: date_text(r.run_date),
               sort=lambda r: r.run_date),
        Column(QT_TRANSLATE_NOOP("StandingModels", "Status"), lambda r: run_text(r.status)),
        Column(QT_TRANSLATE_NOOP("StandingModels", "Order"), lambda r: r.order_number),
        Column(QT_TRANSLATE_NOOP("StandingModels", "Flags"), _flags),
        Column(QT_TRANSLATE_NOOP("StandingModels", "Why / note"), lambda r: r.reason,
               tooltip=lambda r: r.reason or None),
    )

    def colour(self, row, column: int) -> QColor | None:
        if row.status == "failed":
            return palette.colour(palette.ERROR)
        if row.status == "waiting" or row.shortage or row.price_changed:
            return palette.colour(palette.WARNING)
        if row.status == "skipped":
            return palette.colour(palette.MUTED)
        return None
