"""The audit table (``AuditRow`` from ``AuditService.search``)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from counterapp.domain.formatting import format_datetime, format_money
from counterapp.ui.common.formatting import ui_locale
from counterapp.ui.common.rows_model import RIGHT, Column, RowsModel


def _person(login: str, name: str) -> str:
    """"Name (login)" as written in the entry; just the login when no name was kept."""
    return f"{name} ({login})" if name and login else login or name


def _customer(row) -> str:
    return " – ".join(part for part in (row.customer_code, row.customer_name) if part)


class AuditModel(RowsModel):
    """Audit entries newest first; the before/after JSON and the hash show as a tooltip.

    People and customers are shown from the entry's own text columns (as they were when it
    was written), never looked up: a deleted user still shows by name.
    """

    CONTEXT = "AuditModels"
    (COL_AT, COL_USER, COL_APPROVER, COL_ACTION, COL_ENTITY, COL_CUSTOMER, COL_AMOUNT,
     COL_REASON) = range(8)
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("AuditModels", "When"),
               lambda r: format_datetime(r.at, ui_locale(), seconds=True) if r.at else "", lambda r: r.at),
        Column(QT_TRANSLATE_NOOP("AuditModels", "User"), lambda r: _person(r.user, r.user_name)),
        Column(QT_TRANSLATE_NOOP("AuditModels", "Approved by"),
               lambda r: _person(r.approver, r.approver_name)),
        Column(QT_TRANSLATE_NOOP("AuditModels", "Action"), lambda r: r.action),
        Column(QT_TRANSLATE_NOOP("AuditModels", "Record"),
               lambda r: f"{r.entity} {r.entity_id}".strip()),
        Column(QT_TRANSLATE_NOOP("AuditModels", "Customer"), _customer),
        Column(QT_TRANSLATE_NOOP("AuditModels", "Amount"),
               lambda r: "" if r.amount is None else format_money(r.amount, ui_locale()),
               lambda r: r.amount if r.amount is not None else -1, RIGHT),
        Column(QT_TRANSLATE_NOOP("AuditModels", "Reason"), lambda r: r.reason),
    )

    def tooltip(self, row, column):
        parts = []
        if row.before:
            parts.append("before: " + row.before[:600])
        if row.after:
            parts.append("after: " + row.after[:600])
        if row.row_hash:
            parts.append("sha256: " + row.row_hash)
        return "\n".join(parts) or None
