"""``counterapp audit verify`` as a script: exit 0 and a count when intact, exit 2 naming the break."""

from __future__ import annotations

import os
import subprocess
import sys
from decimal import Decimal

from counterapp.db.database import is_sqlite
from counterapp.db.models import AuditEntry
from counterapp.domain.customers import CustomerInput


def _verify(url: str, *extra: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "counterapp", "audit", "verify",
                           "--database", url, *extra], capture_output=True, text=True, env=env,
                          timeout=120, check=False)


def test_verify_reports_intact_then_the_first_break(services, staff, db_url):
    rossi = services.customers.create(staff["am"], CustomerInput(name="Rossi"))
    services.customers.set_credit_limit(staff["mgr"], rossi.id, Decimal("300"))
    count = AuditEntry.select().count()

    intact = _verify(db_url)
    assert intact.returncode == 0, intact.stderr
    assert intact.stdout.startswith(f"audit log intact: {count} entries")
    anchor = intact.stdout.split("--anchor ")[1].strip(" )\n")
    assert _verify(db_url, "--anchor", anchor).returncode == 0
    refused = _verify(db_url, "--anchor", "3:abc")
    assert refused.returncode == 2 and "anchor" in refused.stderr

    target = AuditEntry.get(AuditEntry.action == "change_credit_limit")
    db = services.ctx.db
    with db.atomic():
        if is_sqlite(db):
            db.execute_sql("DROP TRIGGER audit_entry_no_update")
            db.execute_sql("UPDATE audit_entry SET amount = 99900 WHERE id = ?", (target.id,))
        else:
            db.execute_sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update_delete")
            db.execute_sql("UPDATE audit_entry SET amount = 99900 WHERE id = %s", (target.id,))
    broken = _verify(db_url)
    assert broken.returncode == 2, (broken.stdout, broken.stderr)
    assert "Traceback" not in broken.stderr and broken.stdout == ""
    first, second = broken.stderr.strip().splitlines()
    assert f"entry {target.id} ({target.at.isoformat()})" in first
    assert "content does not match its hash" in first
    assert "audit_entry_no_update" in second and second.startswith("audit log unprotected")
