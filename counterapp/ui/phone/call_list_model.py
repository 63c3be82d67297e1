"""Table models of the phone panel: the outbound call list and the call history."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP

from counterapp.domain.formatting import format_date, format_datetime
from counterapp.domain.phone import format_phone
from counterapp.ui.common import palette
from counterapp.ui.common.formatting import ui_locale
from counterapp.ui.common.rows_model import RIGHT, Column, RowsModel
from counterapp.ui.phone.labels import (
    DIRECTION_LABELS,
    KIND_LABELS,
    OUTCOME_LABELS,
    PURPOSE_LABELS,
    duration_text,
    label,
)


def _when(value: dt.datetime | None) -> str:
    return format_datetime(value, ui_locale(), year=False) if value else ""


class CallListModel(RowsModel):
    """The rep's outbound call list (``CallListRow``); overdue rows red."""

    CONTEXT = "PhoneModels"
    COL_DUE, COL_KIND, COL_CUSTOMER, COL_NUMBER, COL_REASON = range(5)
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("PhoneModels", "Due"), lambda r: _when(r.due_at),
               lambda r: r.due_at),
        Column(QT_TRANSLATE_NOOP("PhoneModels", "Type"), lambda r: label(KIND_LABELS, r.kind),
               lambda r: r.kind),
        Column(QT_TRANSLATE_NOOP("PhoneModels", "Customer"), lambda r: r.customer_name,
               lambda r: r.customer_name.lower()),
        Column(QT_TRANSLATE_NOOP("PhoneModels", "Number"),
               lambda r: format_phone(r.number) if r.number else "", lambda r: r.number),
        Column(QT_TRANSLATE_NOOP("PhoneModels", "Reason"), lambda r: r.reason,
               lambda r: r.reason.lower(), tooltip=lambda r: r.reason),
    )

    def colour(self, row, column):
        return palette.colour(palette.LATE) if row.overdue else None

    def background(self, row, column):
        return palette.colour(palette.LATE_BACKGROUND) if row.overdue else None


class CallHistoryModel(RowsModel):
    """Calls (``CallRow``), newest first."""

    CONTEXT = "PhoneModels"
    (COL_STARTED, COL_DIRECTION, COL_CUSTOMER, COL_NUMBER, COL_REP, COL_PURPOSE, COL_OUTCOME,
     COL_DURATION, COL_ORDER, COL_NOTES) = range(10)
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("PhoneModels", "Started"),
               lambda r: format_datetime(r.started_at, ui_locale()), lambda r: r.started_at),
        Column(QT_TRANSLATE_NOOP("PhoneModels", "Direction"),
               lambda r: label(DIRECTION_LABELS, r.direction), lambda r: r.direction),
        Column(QT_TRANSLATE_NOOP("PhoneModels", "Customer"), lambda r: r.customer_name,
               lambda r: r.customer_name.lower()),
        Column(QT_TRANSLATE_NOOP("PhoneModels", "Number"), lambda r: format_phone(r.number),
               lambda r: r.number),
        Column(QT_TRANSLATE_NOOP("PhoneModels", "Rep"), lambda r: r.rep_login),
        Column(QT_TRANSLATE_NOOP("PhoneModels", "Purpose"),
               lambda r: label(PURPOSE_LABELS, r.purpose) if r.purpose else "",
               lambda r: r.purpose),
        Column(QT_TRANSLATE_NOOP("PhoneModels", "Outcome"),
               lambda r: label(OUTCOME_LABELS, r.outcome) if r.outcome else "",
               lambda r: r.outcome),
        Column(QT_TRANSLATE_NOOP("PhoneModels", "Duration"), lambda r: duration_text(r.duration_s),
               lambda r: r.duration_s, RIGHT),
        Column(QT_TRANSLATE_NOOP("PhoneModels", "Order"), lambda r: r.order_number),
        Column(QT_TRANSLATE_NOOP("PhoneModels", "Notes"), lambda r: r.notes.replace("\n", " "),
               lambda r: r.notes.lower(), tooltip=lambda r: r.notes),
    )


class DailyCountModel(RowsModel):
    """Calls per rep and day (``DailyCallCount``): inbound, outbound, talk time, orders."""

    CONTEXT = "PhoneModels"
    COL_DAY, COL_REP, COL_INBOUND, COL_OUTBOUND, COL_TALK, COL_ORDERS = range(6)
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("PhoneModels", "Day"), lambda r: format_date(r.day, ui_locale()),
               lambda r: r.day),
        Column(QT_TRANSLATE_NOOP("PhoneModels", "Rep"), lambda r: r.rep_login),
        Column(QT_TRANSLATE_NOOP("PhoneModels", "Inbound"), lambda r: str(r.inbound),
               lambda r: r.inbound, RIGHT),
        Column(QT_TRANSLATE_NOOP("PhoneModels", "Outbound"), lambda r: str(r.outbound),
               lambda r: r.outbound, RIGHT),
        Column(QT_TRANSLATE_NOOP("PhoneModels", "Talk time"),
               lambda r: duration_text(r.talk_seconds), lambda r: r.talk_seconds, RIGHT),
        Column(QT_TRANSLATE_NOOP("PhoneModels", "Orders"), lambda r: str(r.orders),
               lambda r: r.orders, RIGHT),
    )
