"""Several workstations writing audit entries at the same moment leave one unbroken chain.

Four processes (real connections) each append 50 entries as fast as they can, on the
same SQLite file and — with COUNTERAPP_TEST_POSTGRES_URL — on PostgreSQL. Two writers that
read the same previous hash would fork the chain; ``verify`` would then report a break.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from counterapp.db.models import AuditEntry, User

WORKERS = 4
ENTRIES_EACH = 50

# The worker: waits for "go" so all start together, then appends, each in its own
# transaction with a little other work before the audit write, like a service does.
WORKER = """
import sys
from decimal import Decimal
sys.path.insert(0, {root!r})
from counterapp.db import connect
from counterapp.db.models import User
from counterapp.services import audit
from counterapp.services.context import Actor
from counterapp.domain.permissions import Role

url, worker, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
db = connect(url)
user = User.get(User.login == "clerk")
actor = Actor(id=user.id, login=user.login, display_name=user.display_name, role=Role.JUNIOR)
print("ready", flush=True)
sys.stdin.readline()
for n in range(count):
    with db.atomic():
        User.select().where(User.id == user.id).count()
        audit.record(actor, "concurrent_write", entity="worker", entity_id=f"{{worker}}-{{n}}",
                     amount=Decimal(n) / 7)
print("done", flush=True)
db.close()
"""


@pytest.mark.slow
def test_parallel_audit_writers_keep_one_chain(services, db_url):
    User.create(login="clerk", display_name="Clerk", role="junior", pin_hash="x")
    before = AuditEntry.select().count()
    code = WORKER.format(root=str(Path(__file__).resolve().parents[2]))
    procs = [subprocess.Popen([sys.executable, "-c", code, db_url, str(n), str(ENTRIES_EACH)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
             for n in range(WORKERS)]
    try:
        for proc in procs:
            assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
        for proc in procs:
            proc.stdin.write("go\n")
            proc.stdin.flush()
        for proc in procs:
            out, err = proc.communicate(timeout=120)
            assert proc.returncode == 0 and "done" in out, err
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
                proc.wait()

    written = {e.entity_id for e in AuditEntry.select().where(
        AuditEntry.action == "concurrent_write")}
    assert written == {f"{w}-{n}" for w in range(WORKERS) for n in range(ENTRIES_EACH)}
    report = services.audit.verify()
    assert report.problem == "" and report.missing_triggers == ()
    assert report.entries == before + WORKERS * ENTRIES_EACH
    hashes = [e.prev_hash for e in AuditEntry.select(AuditEntry.prev_hash)]
    assert len(hashes) == len(set(hashes))  # no two entries chained onto the same one
