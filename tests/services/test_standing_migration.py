"""Migration 0800 on a shop that already has standing orders of the first schema."""

from __future__ import annotations

import datetime as dt
import os
import uuid

import pytest

from counterapp.db import connect
from counterapp.db import migrations as migrations_module
from counterapp.db.migrations import available, migrate
from counterapp.db.models import Customer, StandingOrder, User
from counterapp.domain import schedule

ENGINES = ["sqlite"] + (["postgres"] if os.environ.get("COUNTERAPP_TEST_POSTGRES_URL") else [])


def _empty_url(engine: str, tmp_path) -> str:
    if engine == "sqlite":
        return f"sqlite:///{tmp_path / 'old.db'}"
    import psycopg2  # noqa: PLC0415

    base = os.environ["COUNTERAPP_TEST_POSTGRES_URL"]
    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg2.connect(base) as conn, conn.cursor() as cur:
        cur.execute(f'CREATE SCHEMA "{schema}"')
    return f"{base}?options=-csearch_path%3D{schema}"


@pytest.mark.parametrize("engine", ENGINES)
def test_old_standing_orders_become_every_n_days_from_their_next_run(engine, tmp_path,
                                                                      monkeypatch):
    db = connect(_empty_url(engine, tmp_path), create=True)
    before = [name for name in available() if name < "m0800"]
    monkeypatch.setattr(migrations_module, "available", lambda: before)
    migrate(db, backup=False)
    rep = User.create(login="anna", display_name="Anna", role="senior", pin_hash="x")
    customer = Customer.create(code="C1", kind="b2b", name="Bar", search_name="bar")
    for interval, active in ((14, True), (30, False)):
        db.execute_sql(
            "INSERT INTO standing_order (customer_id, rep_id, interval_days, next_run, "
            f"needs_confirmation, active, notes) VALUES ({db.param}, {db.param}, {db.param}, "
            f"{db.param}, {db.param}, {db.param}, '')",
            (customer.id, rep.id, interval, dt.date(2026, 12, 1), True, active))
    monkeypatch.undo()
    assert "m0800_standing_orders" in migrate(db, backup=False)
    rows = list(StandingOrder.select().order_by(StandingOrder.id))
    assert [(r.rrule, r.start_date, r.not_before, r.status, r.version) for r in rows] == [
        ("FREQ=DAILY;INTERVAL=14", dt.date(2026, 12, 1), dt.date(2026, 12, 1), "active", 1),
        ("FREQ=DAILY;INTERVAL=30", dt.date(2026, 12, 1), dt.date(2026, 12, 1), "ended", 1)]
    assert schedule.parse_rule(rows[0].rrule, rows[0].start_date) == rows[0].rrule
    db.close()
