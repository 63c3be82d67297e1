"""The audit viewer's service: filters, managers only, CSV export."""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal

import pytest

from counterapp.domain.customers import CustomerInput
from counterapp.domain.errors import PermissionDenied


@pytest.fixture
def history(services, staff):
    clock = {"now": dt.datetime(2026, 11, 20, 9, 0)}
    services.ctx.clock = lambda: clock["now"]
    rossi = services.customers.create(staff["junior"], CustomerInput(name="Rossi"))
    clock["now"] = dt.datetime(2026, 11, 25, 10, 0)
    services.customers.set_credit_limit(staff["am"], rossi.id, Decimal("300"))
    clock["now"] = dt.datetime(2026, 11, 26, 11, 0)
    bianchi = services.customers.create(staff["am"], CustomerInput(name="Bianchi"))
    return rossi.id, bianchi.id


def test_filters(services, staff, history):
    rossi, bianchi = history
    mgr = staff["mgr"]
    everything = services.audit.search(mgr)
    ours = [e.action for e in everything if e.entity == "customer"]
    assert ours == ["customer_created", "change_credit_limit", "customer_created"]
    assert [e.customer_id for e in services.audit.search(mgr, customer_id=rossi)] == [rossi, rossi]
    assert {e.customer_id for e in services.audit.search(mgr, user="am")} == {rossi, bianchi}
    only = services.audit.search(mgr, action="change_credit_limit")
    assert len(only) == 1 and only[0].amount == Decimal("300") and only[0].user == "am"
    days = services.audit.search(mgr, date_from=dt.date(2026, 11, 21),
                                 date_to=dt.date(2026, 11, 25))
    assert [e.action for e in days] == ["change_credit_limit"]
    assert len(services.audit.search(mgr, limit=1)) == 1
    assert "change_credit_limit" in services.audit.actions()


def test_only_managers(services, staff, history):
    for login in ("junior", "senior", "am"):
        with pytest.raises(PermissionDenied):
            services.audit.search(staff[login])


def test_export_csv(services, staff, history, tmp_path):
    out = tmp_path / "audit.csv"
    assert services.audit.export_csv(staff["mgr"], out, customer_id=history[0]) == 2
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [r["action"] for r in rows] == ["change_credit_limit", "customer_created"]
    assert rows[0]["amount"] == "300.00" and rows[0]["at"] == "2026-11-25T10:00:00"
    assert rows[0]["customer_code"].startswith("C")
    assert services.audit.search(staff["mgr"], action="audit_exported")
