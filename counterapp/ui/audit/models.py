"""The audit table (``AuditRow`` from ``AuditService.search``)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from counterapp.ui.customers.models import RowsModel, money_text


class AuditModel(RowsModel):
    """Audit entries newest first; the before/after JSON and the hash show as a tooltip.

    People and customers are shown from the entry's own text columns (as they were when it
    was written), never looked up: a deleted user still shows by name.
    """

    CONTEXT = "AuditModels"
    (COL_AT, COL_USER, COL_APPROVER, COL_ACTION, COL_ENTITY, COL_CUSTOMER, COL_AMOUNT,
     COL_REASON) = range(8)
    HEADERS = (QT_TRANSLATE_NOOP("AuditModels", "When"),
               QT_TRANSLATE_NOOP("AuditModels", "User"),
               QT_TRANSLATE_NOOP("AuditModels", "Approved by"),
               QT_TRANSLATE_NOOP("AuditModels", "Action"),
               QT_TRANSLATE_NOOP("AuditModels", "Record"),
               QT_TRANSLATE_NOOP("AuditModels", "Customer"),
               QT_TRANSLATE_NOOP("AuditModels", "Amount"),
               QT_TRANSLATE_NOOP("AuditModels", "Reason"))
    MONEY_COLUMNS = frozenset({COL_AMOUNT})

    def display(self, row, column):
        if column == self.COL_AT:
            return row.at.strftime("%Y-%m-%d %H:%M:%S") if row.at else ""
        if column == self.COL_USER:
            return _person(row.user, row.user_name)
        if column == self.COL_APPROVER:
            return _person(row.approver, row.approver_name)
        if column == self.COL_ACTION:
            return row.action
        if column == self.COL_ENTITY:
            return f"{row.entity} {row.entity_id}".strip()
        if column == self.COL_CUSTOMER:
            return " – ".join(part for part in (row.customer_code, row.customer_name) if part)
        if column == self.COL_AMOUNT:
            return money_text(row.amount)
        if column == self.COL_REASON:
            return row.reason
        return None

    def sort_value(self, row, column):
        if column == self.COL_AT:
            return row.at
        if column == self.COL_AMOUNT:
            return row.amount if row.amount is not None else -1
        return self.display(row, column)

    def tooltip(self, row, column):
        parts = []
        if row.before:
            parts.append("before: " + row.before[:600])
        if row.after:
            parts.append("after: " + row.after[:600])
        if row.row_hash:
            parts.append("sha256: " + row.row_hash)
        return "\n".join(parts) or None


def _person(login: str, name: str) -> str:
    """"Name (login)" as written in the entry; just the login when no name was kept."""
    return f"{name} ({login})" if name and login else login or name
