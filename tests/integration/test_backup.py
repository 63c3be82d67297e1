"""``counterapp backup`` / ``restore``: a consistent copy while others write, a safe restore."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from counterapp.db import connect, demo
from counterapp.db.migrations import migrate


def _run(*args: str, database: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "counterapp", *args, "--database", database],
                          capture_output=True, text=True, env=env, timeout=180, check=False)


def _count(path: Path, table: str) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]  # noqa: S608


@pytest.fixture
def shop(sqlite_url) -> Path:
    """A database file holding the tiny demo shop."""
    db = connect(sqlite_url)
    migrate(db, backup=False)
    demo.generate("tiny")
    db.close()
    return Path(sqlite_url.removeprefix("sqlite:///"))


class _Writer(threading.Thread):
    """Another workstation: keeps inserting audit rows in small transactions."""

    def __init__(self, path: Path):
        super().__init__(daemon=True)
        self.path = path
        self.stop = threading.Event()
        self.written = 0

    def run(self) -> None:
        conn = sqlite3.connect(self.path, timeout=10, isolation_level=None)
        conn.execute("PRAGMA busy_timeout=10000")
        while not self.stop.is_set():
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("INSERT INTO audit_entry (at, action, entity, entity_id, before, after, "
                         "reason) VALUES (datetime('now'), 'bench', 'x', '1', '', '', '')")
            conn.execute("COMMIT")
            self.written += 1
        conn.close()


def test_backup_while_another_workstation_writes(shop, tmp_path):
    orders = _count(shop, "order")
    audit_before = _count(shop, "audit_entry")
    writer = _Writer(shop)
    writer.start()
    try:
        while writer.written < 20:
            threading.Event().wait(0.01)
        out = tmp_path / "backups" / "shop.db"
        result = _run("backup", "--out", str(out), database=f"sqlite:///{shop}")
    finally:
        writer.stop.set()
        writer.join()
    assert result.returncode == 0, result.stderr
    assert str(out) in result.stdout
    assert writer.written > 20  # it really kept writing
    with sqlite3.connect(out) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert not Path(f"{out}-wal").exists()
    assert _count(out, "order") == orders
    assert audit_before + 20 <= _count(out, "audit_entry") <= _count(shop, "audit_entry")


def test_restore_brings_the_data_back_after_a_safety_copy(shop, tmp_path):
    url = f"sqlite:///{shop}"
    backup = tmp_path / "shop-backup.db"
    assert _run("backup", "--out", str(backup), database=url).returncode == 0
    orders = _count(shop, "order")
    with sqlite3.connect(shop) as conn:
        conn.execute("DELETE FROM shipment_event")
        conn.execute("DELETE FROM order_line")
        conn.execute("UPDATE customer SET name = 'Changed after the backup'")
    result = _run("restore", str(backup), database=url)
    assert result.returncode == 0, result.stderr
    match = re.search(r"safety copy of the current database: (\S+)", result.stdout)
    assert match, result.stdout
    safety = Path(match[1])
    assert safety.exists()
    assert _count(shop, "order") == orders
    assert _count(shop, "order_line") > 0
    with sqlite3.connect(shop) as conn:
        assert conn.execute("SELECT count(*) FROM customer WHERE name = "
                            "'Changed after the backup'").fetchone()[0] == 0
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # The safety copy holds the database as it was just before the restore.
    assert _count(safety, "order_line") == 0
    listing = _run("user", "list", database=url)
    assert listing.returncode == 0 and "admin" in listing.stdout


@pytest.mark.parametrize("content", ["garbage", "plain-sqlite", "missing"])
def test_restore_refuses_what_is_not_a_counterapp_backup(shop, tmp_path, content):
    candidate = tmp_path / "candidate.db"
    if content == "garbage":
        candidate.write_bytes(b"definitely not SQLite " * 500)
    elif content == "plain-sqlite":
        with sqlite3.connect(candidate) as conn:
            conn.execute("CREATE TABLE t (x)")
    before = _count(shop, "order")
    result = _run("restore", str(candidate), database=f"sqlite:///{shop}")
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "file" in result.stderr
    assert _count(shop, "order") == before
    assert not list(shop.parent.glob("*.before-restore-*"))  # nothing touched


def test_backup_of_a_missing_database_exits_2(tmp_path):
    result = _run("backup", "--out", str(tmp_path / "b.db"),
                  database=f"sqlite:///{tmp_path / 'nothing-here.db'}")
    assert result.returncode == 2
    assert "does not exist" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.skipif(not os.environ.get("COUNTERAPP_TEST_POSTGRES_URL"),
                    reason="needs COUNTERAPP_TEST_POSTGRES_URL")
def test_postgres_backup_and_restore(tmp_path):
    from tests.conftest import _postgres_fresh_schema  # noqa: PLC0415

    url = _postgres_fresh_schema()
    db = connect(url)
    migrate(db, backup=False)
    demo.generate("tiny")
    orders = db.execute_sql('SELECT count(*) FROM "order"').fetchone()[0]
    db.close()
    out = tmp_path / "pg.dump"
    result = _run("backup", "--out", str(out), database=url)
    if result.returncode == 1 and "not installed" in result.stderr:
        pytest.skip(result.stderr.strip())
    assert result.returncode == 0, result.stderr
    db = connect(url)
    db.execute_sql('DELETE FROM "order_line"')
    db.close()
    result = _run("restore", str(out), database=url)
    assert result.returncode == 0, result.stderr
    assert "safety copy" in result.stdout
    db = connect(url)
    assert db.execute_sql('SELECT count(*) FROM "order"').fetchone()[0] == orders
    assert db.execute_sql('SELECT count(*) FROM "order_line"').fetchone()[0] > 0
    db.close()
