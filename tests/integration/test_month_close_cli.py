"""``counterapp import quotas|plans``, ``export performance``, ``month close|reopen|statement``
as a user runs them: exit codes, report lines, the contract's columns, the PDF."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import subprocess
import sys
from decimal import Decimal

from pypdf import PdfReader

from counterapp.db.models import CommissionPlan, MonthClose, Order, Quota
from counterapp.documents.labels import Labels
from counterapp.services import performance_summary
from tests.conftest import TEST_PINS
from tests.integration.test_month_close_race import _october_sales

PY = sys.executable
TODAY = dt.date.today()
THIS_MONTH = TODAY.strftime("%Y-%m")
LAST_MONTH = (TODAY.replace(day=1) - dt.timedelta(days=1)).strftime("%Y-%m")
EXPORT_COLUMNS = ("rep,month,quota,credited_net,returns_net,attainment_pct,commission,"
                  "quota_bonus,new_accounts,new_account_bonus,base_pay,total_pay,status")


def _run(db_url, *args, user="mgr"):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COUNTERAPP_PIN=TEST_PINS[user])
    return subprocess.run([PY, "-m", "counterapp", "--database", db_url, *args, "--user", user],
                          capture_output=True, text=True, env=env, timeout=120)


def test_quotas_import_all_or_nothing(services, staff, db_url, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text(f"rep;month;target\njunior;{THIS_MONTH};1.500,00\nnobody;{THIS_MONTH};10\n"
                   f"senior;2026-13;10\nam;{THIS_MONTH};-5\n", encoding="cp1252")
    result = _run(db_url, "import", "quotas", str(bad))
    assert result.returncode == 2
    assert "line 3, column rep: unknown user 'nobody'" in result.stdout
    assert "line 4, column month:" in result.stdout and "line 5, column target:" in result.stdout
    assert Quota.select().count() == 0
    good = tmp_path / "good.csv"
    good.write_text(f"rep;month;target\njunior;{THIS_MONTH};1.500,00\nsenior;{THIS_MONTH};900\n",
                    encoding="cp1252")
    assert _run(db_url, "import", "quotas", str(good), user="junior").returncode == 2
    result = _run(db_url, "import", "quotas", str(good))
    assert result.returncode == 0, result.stderr
    assert "2 of 2 rows imported: 2 created, 0 updated" in result.stdout
    assert {q.user.login: q.target for q in Quota.select()} == {
        "junior": Decimal("1500.00"), "senior": Decimal("900.00")}


def test_plans_import(services, staff, db_url, tmp_path):
    start = TODAY.replace(day=1).isoformat()
    path = tmp_path / "plans.csv"
    path.write_text("role,rep,valid_from,base_pay,basis,tiers,quota_bonus,new_account_bonus\n"
                    f"junior,,{start},1200,net,0:3;100:5;120:7,150,25\n"
                    f",am,{start},1500,margin,0:8,0,0\n"
                    f"senior,am,{start},1,net,0:3,0,0\n"
                    f"senior,,2020-01-01,1,net,0:3,0,0\n"
                    f"senior,,{start},1,gross,5:3,0,0\n", encoding="utf-8")
    result = _run(db_url, "import", "plans", str(path))
    assert result.returncode == 2
    assert "line 4, column role: fill either role or rep" in result.stdout
    assert "line 5, column valid_from:" in result.stdout and "line 6, column basis" in result.stdout
    assert CommissionPlan.select().count() == 0
    path.write_text("".join(path.read_text(encoding="utf-8").splitlines(True)[:3]),
                    encoding="utf-8")
    result = _run(db_url, "import", "plans", str(path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert {(p.role, p.tiers, p.basis) for p in CommissionPlan.select()} == {
        ("junior", "0:3;100:5;120:7", "net"), (None, "0:8", "margin")}


def test_close_export_and_statement(services, staff, db_url, tmp_path):
    _october_sales(services, staff)  # five sales, moved into last month
    Order.update(created_at=dt.datetime.combine(
        TODAY.replace(day=1) - dt.timedelta(days=3), dt.time(10))).execute()
    with services.ctx.db.atomic():  # moved behind the services' back: recompute the summary
        performance_summary.rebuild(services.ctx.db)
    assert _run(db_url, "month", "close", LAST_MONTH, user="senior").returncode == 2
    first = _run(db_url, "month", "close", LAST_MONTH)
    assert first.returncode == 0, first.stderr
    assert f"{LAST_MONTH} closed by mgr" in first.stdout
    again = _run(db_url, "month", "close", LAST_MONTH)
    assert again.returncode == 0 and "already closed by mgr" in again.stdout
    assert MonthClose.select().count() == 1
    assert _run(db_url, "month", "close", THIS_MONTH).returncode == 2

    out = tmp_path / "performance.csv"
    result = _run(db_url, "export", "performance", "--month", LAST_MONTH, "--out", str(out))
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    assert text.splitlines()[0] == EXPORT_COLUMNS
    rows = {r["rep"]: r for r in csv.DictReader(io.StringIO(text))}
    assert rows["junior"]["credited_net"] == "50.00" and rows["junior"]["status"] == "closed"
    assert rows["junior"]["attainment_pct"] == ""  # no quota: empty, not a division by zero
    assert _run(db_url, "export", "performance", "--out", str(out)).returncode == 2

    pdf = tmp_path / "statement.pdf"
    result = _run(db_url, "month", "statement", LAST_MONTH, "--rep", "junior", "--out", str(pdf))
    assert result.returncode == 0, result.stderr
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages).replace("\xa0", " ")
    money = Labels("it").money(Decimal(rows["junior"]["total_pay"])).replace("\xa0", " ")
    assert f"Totale {money}" in " ".join(text.split())
    refused = _run(db_url, "month", "statement", LAST_MONTH, "--rep", "senior", "--out",
                   str(pdf), user="junior")
    assert refused.returncode == 2

    reopened = _run(db_url, "month", "reopen", LAST_MONTH, "--reason", "late delivery")
    assert reopened.returncode == 0, reopened.stderr
    assert MonthClose.select().count() == 0
