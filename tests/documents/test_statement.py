"""The rep's commission statement PDF, read back with pypdf: its totals equal the CSV export."""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal

import pytest

from counterapp.documents.data import CompanyInfo
from counterapp.documents.labels import Labels
from counterapp.documents.statement import (
    StatementBand,
    StatementData,
    StatementOrder,
    render_statement,
)
from counterapp.domain.errors import PermissionDenied
from counterapp.services.performance import PlanInput
from tests.documents.conftest import normalize, page_texts, pdf_text
from tests.services.performance_fixtures import build_shop

D = Decimal
IT = Labels("it")


@pytest.fixture
def shop(services, staff):
    return build_shop(services, staff)


def _export(services, actor, month, tmp_path) -> dict[str, dict[str, str]]:
    out = tmp_path / f"performance-{month}.csv"
    services.performance.export_csv(actor, month, out)
    with open(out, encoding="utf-8", newline="") as handle:
        return {row["rep"]: row for row in csv.DictReader(handle)}


@pytest.mark.parametrize("closed", [False, True], ids=["open", "closed"])
def test_statement_totals_equal_the_csv_export(services, shop, tmp_path, closed):
    mgr = shop["mgr"]
    shop["clock"].now = dt.datetime(2026, 11, 12, 9, 0)
    services.performance.save_plan(mgr, PlanInput(
        valid_from=dt.date(2026, 11, 1), role="junior", base_pay="1200", tiers="0:10;100:20",
        quota_bonus="50", new_account_bonus="5"))
    services.performance.set_quota(mgr, "junior", "2026-11", "50")
    shop["clock"].now = dt.datetime(2026, 12, 4, 9, 0)
    if closed:
        services.performance.close_month(mgr, "2026-11")
    row = _export(services, mgr, "2026-11", tmp_path)["junior"]
    assert row["status"] == ("closed" if closed else "open")
    assert (row["credited_net"], row["attainment_pct"], row["commission"], row["total_pay"]) == (
        "60.00", "120.0", "7.00", "1262.00")
    pdf = services.performance.statement_pdf(mgr, "junior", "2026-11")
    text = pdf_text(pdf)
    for column in ("quota", "credited_net", "commission", "quota_bonus", "new_account_bonus",
                   "base_pay", "total_pay"):
        assert normalize(IT.money(D(row[column]))) in text, column
    total_line = normalize(f"Totale {IT.money(D(row['total_pay']))}")
    assert total_line in text
    assert "Prospetto provvigioni" in text and "V2026-000001" in text
    assert "Lead Nuovo Srl" in text
    assert "Pagina 1 di" in page_texts(pdf)[0]


def test_a_rep_prints_their_own_statement_but_not_another_reps(services, shop):
    junior = shop["staff"]["junior"]
    december = pdf_text(services.performance.statement_pdf(junior, None, "2026-12"))
    assert "Bar Centrale & Figli <SNC>" in december  # escaped, not swallowed as markup
    assert "reso" in december and normalize(IT.money(D("-10.00"))) in december
    with pytest.raises(PermissionDenied):
        services.performance.statement_pdf(junior, "am", "2026-12")


def _data(**changes) -> StatementData:
    values = dict(
        company=CompanyInfo(name="Ferramenta Rossi S.r.l."), rep_login="giulia",
        rep_name="Giulia <Junior> & C.", month="2026-11", status="open", basis="net",
        tiers="0:3;100:5", base_pay=D("1000"), quota=None, credited_net=D("100"),
        returns_net=D("-20"), margin=D("40"), attainment_pct=None,
        orders=(StatementOrder("V2026-000001", dt.datetime(2026, 11, 3, 9), "Caffè <x",
                               "sale", D("120"), D("50")),
                StatementOrder("R2026-000001", dt.datetime(2026, 11, 9, 9), "Caffè <x",
                               "return", D("-20"), D("-10"))),
        bands=(StatementBand(D(0), None, D(3), D("100"), D("3.00")),),
        commission=D("3.00"), quota_bonus=D(0), plan_quota_bonus=D(0), new_accounts=0,
        new_account_bonus=D(0), total_pay=D("1003.00"),
        printed_at=dt.datetime(2026, 12, 1, 9), language="en")
    values.update(changes)
    return StatementData(**values)


def test_a_month_without_quota_prints_no_attainment_in_english():
    text = pdf_text(render_statement(_data()))
    assert "Commission statement" in text and "no quota" in text
    assert "Giulia <Junior> & C." in text and "Caffè <x" in text
    assert "return" in text and "Page 1 of 1" in text


def test_a_long_month_runs_over_pages():
    orders = tuple(StatementOrder(f"V2026-{n:06d}", dt.datetime(2026, 11, 3, 9), "Cliente",
                                  "sale", D("10"), D("4")) for n in range(120))
    pages = page_texts(render_statement(_data(orders=orders, language="it")))
    assert len(pages) > 1 and f"Pagina {len(pages)} di {len(pages)}" in pages[-1]
