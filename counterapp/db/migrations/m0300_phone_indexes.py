"""Indexes the phone panel leans on: a customer's calls, a rep's open tasks by due time."""

from __future__ import annotations


def up(db, migrator) -> None:
    """Plain ``CREATE INDEX IF NOT EXISTS`` works the same on SQLite and PostgreSQL."""
    del migrator
    db.execute_sql('CREATE INDEX IF NOT EXISTS call_customer_started '
                   'ON "call" (customer_id, started_at)')
    db.execute_sql('CREATE INDEX IF NOT EXISTS call_rep_started ON "call" (rep_id, started_at)')
    db.execute_sql('CREATE INDEX IF NOT EXISTS task_assignee_status_due '
                   'ON "task" (assigned_to_id, status, due_at)')
