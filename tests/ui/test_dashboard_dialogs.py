"""The manager's quotas and plans dialogs on a real database (pytest-qt).

- quotas: copy last month's, type a target and save, import a CSV (the report shows)
- plans: a bad tiers field is refused naming it and saves nothing; a good plan is listed
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QPushButton

from counterapp.db.models import CommissionPlan
from counterapp.domain.commission import month_of, previous_month
from counterapp.ui.dashboard.plans_dialogs import PlansDialog, QuotasDialog
from counterapp.ui.session import Session


@pytest.fixture
def manager(qtbot, services, staff):
    session = Session()
    session.set_actor(staff["mgr"])
    return services, session


def _click(qtbot, dialog, name: str) -> None:
    qtbot.mouseClick(dialog.findChild(QPushButton, name), Qt.MouseButton.LeftButton)


def test_quotas_copy_type_and_import(qtbot, manager, tmp_path):
    services, session = manager
    month = month_of(services.ctx.now())
    services.performance.set_quota(session.actor, "junior", previous_month(month), "1200")
    dialog = QuotasDialog(services, session, month)
    qtbot.addWidget(dialog)
    assert {dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())} == \
        {"junior", "senior", "am"}  # the reps, not the manager
    _click(qtbot, dialog, "copyQuotasButton")
    assert dialog.findChild(QLabel, "quotasMessage").text() == "1 quota copied from last month."
    targets = {q.rep: q.target for q in services.performance.quotas(session.actor, month)}
    assert targets == {"junior": Decimal("1200.00")}
    row = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())].index("senior")
    dialog.table.item(row, 2).setText("2.500,50")
    _click(qtbot, dialog, "saveQuotasButton")
    assert dialog.findChild(QLabel, "quotasMessage").text() == "1 quota saved."
    targets = {q.rep: q.target for q in services.performance.quotas(session.actor, month)}
    assert targets["senior"] == Decimal("2500.50") and targets["junior"] == Decimal("1200.00")

    csv = tmp_path / "quotas.csv"
    csv.write_text(f"rep,month,target\nam,{month},3000\n", encoding="utf-8")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "csvFile"), str(csv))
    _click(qtbot, dialog, "csvImportButton")
    report = dialog.findChild(QPlainTextEdit, "csvReport")
    qtbot.waitUntil(lambda: report.toPlainText().startswith("1 row imported."))
    assert any(dialog.table.item(r, 0).text() == "am" and "3,000.00" in
               dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount()))


def test_a_bad_plan_names_its_field_and_saves_nothing(qtbot, manager):
    services, session = manager
    dialog = PlansDialog(services, session)
    qtbot.addWidget(dialog)
    before = CommissionPlan.select().count()
    dialog.role.setCurrentIndex(dialog.role.findData("junior"))
    tiers = dialog.findChild(QLineEdit, "planTiers")
    tiers.clear()
    qtbot.keyClicks(tiers, "zero:tre")
    _click(qtbot, dialog, "savePlanButton")
    message = dialog.findChild(QLabel, "plansMessage").text()
    assert "tiers" in message and CommissionPlan.select().count() == before
    tiers.clear()
    qtbot.keyClicks(tiers, "0:3;100:5")
    _click(qtbot, dialog, "savePlanButton")
    assert dialog.findChild(QLabel, "plansMessage").text() == "Plan saved."
    assert [(r.role, r.tiers) for r in dialog.model.rows()][-1] == ("junior", "0:3;100:5")


def test_counts_in_views_are_numerus_strings_lupdate_sees(tmp_path):
    """"1 rows imported." was shown: each count is a ``self.tr("%n …", "", n)`` call now."""
    import subprocess  # noqa: PLC0415
    import sys  # noqa: PLC0415
    from pathlib import Path  # noqa: PLC0415

    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = ["counterapp/ui/dashboard/plans_dialogs.py", "counterapp/ui/audit/viewer.py",
               "counterapp/ui/phone/history_dialog.py", "counterapp/ui/common/plurals.py"]
    ts = tmp_path / "x.ts"
    subprocess.run([str(lupdate), "-extensions", "py", *sources, "-ts", str(ts)],
                   check=True, capture_output=True, cwd=Path(__file__).resolve().parents[2])
    text = ts.read_text()
    for source in ("%n rows imported.", "%n quotas saved.", "%n entries", "%n calls",
                   "%n working days", "%n orders dispatched"):
        at = text.index(f"<source>{source}</source>")
        assert 'numerus="yes"' in text[text.rindex("<message", 0, at):at], source
