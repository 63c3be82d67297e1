"""Quotas, plans and the month's figures as CSV, and a rep's statement as plain data.

Columns (CONTRACT.md, "Additions (second round)"):

- ``import quotas``: ``rep,month,target`` (``month`` as ``YYYY-MM``);
- ``import plans``: ``role,rep,valid_from,base_pay,basis,tiers,quota_bonus,
  new_account_bonus``, either ``role`` or ``rep`` filled, ``basis`` net or margin,
  ``tiers`` as ``0:3;100:5;120:7``;
- ``export performance``: ``rep,month,quota,credited_net,returns_net,attainment_pct,
  commission,quota_bonus,new_accounts,new_account_bonus,base_pay,total_pay,status``.

Files are read by ``csv_read.read_table`` (delimiter sniffed, UTF-8/UTF-16/cp1252, decimal
commas through ``parse_money``) and written through ``csv_cells.SafeWriter``. A bad row is
reported by line and column, and then nothing is imported.
"""

from __future__ import annotations

import datetime as dt
import os
from typing import TYPE_CHECKING

from counterapp.db.models import User
from counterapp.documents.statement import StatementBand, StatementData, StatementOrder
from counterapp.domain.commission import Plan, commission, parse_month, parse_tiers
from counterapp.domain.errors import Conflict, ValidationError
from counterapp.domain.money import parse_money
from counterapp.services import audit
from counterapp.services import performance_figures as figures
from counterapp.services.csv_cells import write_csv_file
from counterapp.services.csv_io import MAX_PROBLEMS, ImportReport
from counterapp.services.csv_read import read_table

if TYPE_CHECKING:
    from counterapp.documents.data import CompanyInfo
    from counterapp.services.context import Actor
    from counterapp.services.performance_plans import PlansAndQuotas as PerformanceService

QUOTA_COLUMNS = ["rep", "month", "target"]
PLAN_COLUMNS = ["role", "rep", "valid_from", "base_pay", "basis", "tiers", "quota_bonus",
                "new_account_bonus"]
EXPORT_COLUMNS = ["rep", "month", "quota", "credited_net", "returns_net", "attainment_pct",
                  "commission", "quota_bonus", "new_accounts", "new_account_bonus", "base_pay",
                  "total_pay", "status"]


def _report(kind: str, parsed, problems, good) -> dict:
    problems.sort(key=lambda p: (p[0], p[1]))
    return dict(kind=kind, rows_total=len(parsed.rows) + parsed.bad_lines,
                rows_valid=len(good), problems=problems[:MAX_PROBLEMS],
                unknown_columns=parsed.unknown,
                more_problems=max(0, len(problems) - MAX_PROBLEMS))


def import_quotas(service: PerformanceService, path, actor: Actor) -> ImportReport:
    """Validate every row, then write all quotas in one transaction, or none."""
    parsed = read_table(path, QUOTA_COLUMNS, QUOTA_COLUMNS)
    problems = list(parsed.problems)
    good: list[tuple[int, tuple[int, str, object]]] = []
    seen: dict[tuple[int, str], int] = {}
    with service.ctx.db.atomic():
        users = dict(User.select(User.login, User.id).tuples())
        for line_no, row in parsed.rows:
            if line_no in parsed.bad_rows:
                continue
            try:
                login = row.get("rep", "").strip().lower()
                if login not in users:
                    raise ValidationError("rep", f"unknown user '{row.get('rep', '')}'")
                month = service._open_month(row.get("month", ""))
                target = parse_money("target", row.get("target", ""))
            except Conflict as exc:
                problems.append((line_no, "month", str(exc)))
                continue
            except ValidationError as exc:
                problems.append((line_no, exc.field, exc.message))
                continue
            key = (users[login], month)
            if key in seen:
                problems.append((line_no, "rep", f"{login} {month} is also on line {seen[key]}"))
                continue
            seen[key] = line_no
            good.append((line_no, (users[login], month, target)))
        report = _report("quotas", parsed, problems, good)
        if problems or not good:
            return ImportReport(created=0, updated=0, written=False, **report)
        existing = [1 for _line, (uid, month, _t) in good
                    if figures.quotas_for(service.ctx.db, month, uid)]
        for _line_no, (user_id, month, target) in good:
            service._write_quota(user_id, month, target)
        audit.record(actor, "import_quotas", entity="file",
                     entity_id=os.path.basename(str(path))[:40],
                     after={"rows": len(good)}, at=service.ctx.now())
    return ImportReport(created=len(good) - len(existing), updated=len(existing), written=True,
                        **report)


def import_plans(service: PerformanceService, path, actor: Actor) -> ImportReport:
    """Validate every row, then create all plans in one transaction, or none."""
    from counterapp.db.models import CommissionPlan  # noqa: PLC0415
    from counterapp.services.performance_plans import PlanInput  # noqa: PLC0415

    parsed = read_table(path, PLAN_COLUMNS, ["valid_from", "tiers"])
    problems = list(parsed.problems)
    good: list[tuple[int, dict]] = []
    with service.ctx.db.atomic():
        for line_no, row in parsed.rows:
            if line_no in parsed.bad_rows:
                continue
            try:
                try:
                    valid_from = dt.date.fromisoformat(row.get("valid_from", "").strip())
                except ValueError:
                    raise ValidationError("valid_from", f"'{row.get('valid_from', '')}' is "
                                          "not a date as YYYY-MM-DD") from None
                values = service.validate_plan(PlanInput(
                    valid_from=valid_from, role=row.get("role", ""), rep=row.get("rep", ""),
                    base_pay=row.get("base_pay", "") or "0",
                    basis=row.get("basis", "") or "net", tiers=row.get("tiers", ""),
                    quota_bonus=row.get("quota_bonus", "") or "0",
                    new_account_bonus=row.get("new_account_bonus", "") or "0"))
            except ValidationError as exc:
                problems.append((line_no, exc.field, exc.message))
                continue
            good.append((line_no, values))
        report = _report("plans", parsed, problems, good)
        if problems or not good:
            return ImportReport(created=0, updated=0, written=False, **report)
        now = service.ctx.now()
        for _line_no, values in good:
            CommissionPlan.create(created_at=now, **values)
        audit.record(actor, "import_plans", entity="file",
                     entity_id=os.path.basename(str(path))[:40],
                     after={"created": len(good)}, at=now)
    return ImportReport(created=len(good), updated=0, written=True, **report)


def _money(value) -> str:
    return "" if value is None else f"{value:.2f}"


def export_rows(rows: list[figures.RepMonth]):
    """The export's rows, in ``EXPORT_COLUMNS`` order."""
    for r in rows:
        yield [r.login, r.month, _money(r.quota), _money(r.credited_net),
               _money(r.returns_net),
               "" if r.attainment_pct is None else f"{r.attainment_pct:.1f}",
               _money(r.commission), _money(r.quota_bonus), r.new_accounts,
               _money(r.new_account_bonus), _money(r.base_pay), _money(r.total_pay), r.status]


def export_month(rows: list[figures.RepMonth], path) -> int:
    """Write the file next to ``path`` and rename it (a reader never sees half a file)."""
    return write_csv_file(path, EXPORT_COLUMNS, export_rows(rows))


def statement_data(company: CompanyInfo, row: figures.RepMonth, orders, plan: Plan,
                   now: dt.datetime, language: str) -> StatementData:
    """A rep's month as the statement renderer takes it; the bands are recomputed from the
    row's own figures and tiers (frozen ones for a closed month)."""
    parse_month(row.month)
    basis_amount = row.margin if row.basis == "margin" else row.credited_net
    _total, bands = commission(row.credited_net, basis_amount, row.quota,
                               parse_tiers(row.tiers))
    return StatementData(
        company=company, rep_login=row.login, rep_name=row.display_name, month=row.month,
        status=row.status, basis=row.basis, tiers=row.tiers, base_pay=row.base_pay,
        quota=row.quota, credited_net=row.credited_net, returns_net=row.returns_net,
        margin=row.margin, attainment_pct=row.attainment_pct,
        orders=tuple(StatementOrder(o.number, o.at, o.customer, o.kind, o.net, o.margin)
                     for o in orders),
        bands=tuple(StatementBand(b.from_pct, b.to_pct, b.rate_pct, b.net, b.commission)
                    for b in bands),
        commission=row.commission, quota_bonus=row.quota_bonus,
        plan_quota_bonus=plan.quota_bonus, new_accounts=row.new_accounts,
        new_account_bonus=row.new_account_bonus, total_pay=row.total_pay,
        printed_at=now, language=language if language in ("it", "en") else "it")


__all__ = ["EXPORT_COLUMNS", "PLAN_COLUMNS", "QUOTA_COLUMNS", "export_month", "export_rows",
           "import_plans", "import_quotas", "statement_data"]
