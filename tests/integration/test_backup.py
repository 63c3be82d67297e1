"""``counterapp backup`` / ``backup --verify`` / ``restore``, driven as a shop's script would.

A consistent copy while another workstation writes; a restore that refuses every bad
file with exit 2, one line and the live file byte-identical; a failed backup that leaves
nothing behind; PostgreSQL pointed at ``pg_dump`` instead of pretending.
"""

from __future__ import annotations

import os
import re
import resource
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from counterapp.db import connect
from counterapp.services import ServiceContext, build_services
from counterapp.settings import Settings
from tests.services.test_backup_files import (
    corrupt,
    foreign_with_history,
    history_only,
    make_shop,
    newer_schema,
    newest_migration,
    not_sqlite,
    product_names,
    sha256,
    sql,
)


def _run(*args: str, database: str, limit_file_size: int | None = None,
         pin: str | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("COUNTERAPP_PIN", None)
    if pin is not None:
        env["COUNTERAPP_PIN"] = pin

    def limit() -> None:  # a disk that fills up: writes past the limit fail with EFBIG
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit_file_size, limit_file_size))

    return subprocess.run([sys.executable, "-m", "counterapp", *args, "--database", database],
                          capture_output=True, text=True, env=env, timeout=180, check=False,
                          preexec_fn=limit if limit_file_size else None)  # noqa: PLW1509


MANAGER_PIN, JUNIOR_PIN = "1111", "3333"
AS_MANAGER = ("--user", "mgr")


def _count(path: Path, table: str) -> int:
    with sql(path) as conn:
        return conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]  # noqa: S608


@pytest.fixture
def shop(tmp_path) -> Path:
    """The live database of a small shop, alone in its folder, with 2 MB of history."""
    folder = tmp_path / "shop"
    folder.mkdir()
    path = make_shop(folder / "counterapp.db", {"LIVE-1": "Caffè in grani", "LIVE-2": "Tè"})
    with sql(path) as conn:
        conn.execute("CREATE TABLE workload (id INTEGER PRIMARY KEY, at TEXT, filler BLOB)")
        conn.executemany("INSERT INTO workload (at, filler) VALUES (datetime('now'), "
                         "randomblob(4000))", [()] * 500)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db = connect(f"sqlite:///{path}")
    staff = build_services(ServiceContext(db=db, settings=Settings(tmp_path / "s.json"))).staff
    staff.create_user(None, "mgr", "Maria Manager", "manager", MANAGER_PIN)
    staff.create_user(staff.actor("mgr"), "junior", "Giulia Junior", "junior", JUNIOR_PIN)
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


class _Writer(threading.Thread):
    """Another workstation: keeps writing rows in small transactions."""

    def __init__(self, path: Path):
        super().__init__(daemon=True)
        self.path = path
        self.stop = threading.Event()
        self.written = 0

    def run(self) -> None:
        with sql(self.path) as conn:
            conn.execute("PRAGMA busy_timeout=10000")
            while not self.stop.is_set():
                conn.execute("BEGIN IMMEDIATE")
                conn.execute("INSERT INTO workload (at) VALUES (datetime('now'))")
                conn.execute("COMMIT")
                self.written += 1


def test_backup_while_another_workstation_writes(shop, tmp_path):
    rows_before = _count(shop, "workload")
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
    with sql(out) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert not Path(f"{out}-wal").exists()
    assert rows_before + 20 <= _count(out, "workload") <= _count(shop, "workload")
    assert sorted(p.name for p in out.parent.iterdir()) == ["shop.db"]


def test_restore_brings_the_data_back_after_a_dated_safety_copy(shop, tmp_path):
    url = f"sqlite:///{shop}"
    backup = tmp_path / "shop-backup.db"
    assert _run("backup", "--out", str(backup), database=url).returncode == 0
    with sql(shop) as conn:
        conn.execute("DELETE FROM product WHERE sku = 'LIVE-2'")
        conn.execute("UPDATE product SET name = 'Changed after the backup'")
    result = _run("restore", str(backup), *AS_MANAGER, database=url, pin=MANAGER_PIN)
    assert result.returncode == 0, result.stderr
    match = re.search(r"safety copy of the current database: (\S+)", result.stdout)
    assert match, result.stdout
    safety = Path(match[1])
    assert re.fullmatch(r"counterapp-\d{8}-\d{6}\.before-restore\.db", safety.name)
    assert safety.parent == shop.parent
    assert product_names(shop) == ["Caffè in grani", "Tè"]
    assert product_names(safety) == ["Changed after the backup"]
    with sql(shop) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    listing = _run("user", "list", database=url)  # the app opens the restored file
    assert listing.returncode == 0, listing.stderr


BAD_FILES = {
    "foreign-with-history": lambda tmp, good: foreign_with_history(tmp / "c.db"),
    "history-only": lambda tmp, good: history_only(tmp / "c.db"),
    "newer-schema": lambda tmp, good: newer_schema(good, tmp / "c.db", newest_migration() + 15),
    "corrupt": lambda tmp, good: corrupt(good, tmp / "c.db"),
    "not-sqlite": lambda tmp, good: not_sqlite(tmp / "c.db"),
    "missing": lambda tmp, good: tmp / "nothing-here.db",
}


@pytest.mark.parametrize("kind", BAD_FILES)
def test_restore_refuses_a_bad_file_and_leaves_the_live_file_byte_identical(shop, tmp_path,
                                                                           kind):
    good = make_shop(tmp_path / "good.db", {"OLD-1": "Zucchero"})
    candidate = BAD_FILES[kind](tmp_path, good)
    before = sha256(shop)
    result = _run("restore", str(candidate), *AS_MANAGER, database=f"sqlite:///{shop}",
                  pin=MANAGER_PIN)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert str(candidate) in result.stderr
    assert sha256(shop) == before
    assert sorted(p.name for p in shop.parent.iterdir()) == ["counterapp.db"]


def test_restore_of_a_newer_backup_names_both_versions(shop, tmp_path):
    good = make_shop(tmp_path / "good.db", {})
    ours = newest_migration()
    candidate = newer_schema(good, tmp_path / "future.db", ours + 15)
    result = _run("restore", str(candidate), database=f"sqlite:///{shop}")
    assert result.returncode == 2
    assert (f"newer CounterApp (schema {ours + 15:04d}) than this one ({ours:04d})"
            in result.stderr)


def test_restore_into_a_missing_database_needs_create(tmp_path, shop):
    backup = tmp_path / "b.db"
    assert _run("backup", "--out", str(backup), database=f"sqlite:///{shop}").returncode == 0
    target = tmp_path / "new" / "counterapp.db"
    refused = _run("restore", str(backup), database=f"sqlite:///{target}")
    assert refused.returncode == 2 and "--create" in refused.stderr
    assert not target.exists()
    done = _run("restore", str(backup), "--create", database=f"sqlite:///{target}")
    assert done.returncode == 0, done.stderr
    assert "safety copy" not in done.stdout
    assert product_names(target) == ["Caffè in grani", "Tè"]


def test_verify_says_what_a_file_is(shop, tmp_path):
    backup = tmp_path / "b.db"
    assert _run("backup", "--out", str(backup), database=f"sqlite:///{shop}").returncode == 0
    before = sha256(backup)
    ok = _run("backup", "--verify", str(backup), database=f"sqlite:///{shop}")
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.strip() == (f"{backup}: a sound CounterApp database, "
                                 f"schema {newest_migration():04d}")
    assert sha256(backup) == before
    for bad in (corrupt(backup, tmp_path / "bad.db"), history_only(tmp_path / "hist.db")):
        refused = _run("backup", "--verify", str(bad), database=f"sqlite:///{shop}")
        assert refused.returncode == 2
        assert len(refused.stderr.strip().splitlines()) == 1 and "Traceback" not in refused.stderr


def test_a_backup_that_fills_the_disk_leaves_no_partial_file(shop, tmp_path):
    out = tmp_path / "full-disk" / "shop.db"
    out.parent.mkdir()
    result = _run("backup", "--out", str(out), database=f"sqlite:///{shop}",
                  limit_file_size=512 * 1024)
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert list(out.parent.iterdir()) == []


def test_a_backup_into_a_file_instead_of_a_folder_fails_in_one_line(shop, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    result = _run("backup", "--out", str(blocker / "shop.db"), database=f"sqlite:///{shop}")
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert blocker.read_text() == "x"


def test_backup_of_a_missing_database_exits_2(tmp_path):
    result = _run("backup", "--out", str(tmp_path / "b.db"),
                  database=f"sqlite:///{tmp_path / 'nothing-here.db'}")
    assert result.returncode == 2
    assert "does not exist" in result.stderr or "no database" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "b.db").exists()


@pytest.mark.parametrize("command", [["backup", "--out", "shop.dump"], ["restore", "shop.dump"]])
def test_postgresql_is_pointed_at_pg_dump(tmp_path, command):
    # No server needed: the command refuses before it connects.
    result = _run(*command, database="postgresql://shop@127.0.0.1:1/shop")
    assert result.returncode == 2, result.stderr
    assert "pg_dump" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "shop.dump").exists()


@pytest.mark.parametrize("who", ["nobody", "junior", "wrong-pin"])
def test_restore_over_a_shop_needs_a_manager(shop, tmp_path, who):
    url = f"sqlite:///{shop}"
    backup = tmp_path / "b.db"
    assert _run("backup", "--out", str(backup), database=url).returncode == 0
    with sql(shop) as conn:
        conn.execute("UPDATE product SET name = 'Sold since'")
    args = {"nobody": (), "junior": ("--user", "junior"), "wrong-pin": AS_MANAGER}[who]
    pin = {"nobody": None, "junior": JUNIOR_PIN, "wrong-pin": "9999"}[who]
    result = _run("restore", str(backup), *args, database=url, pin=pin)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert product_names(shop) == ["Sold since", "Sold since"]
    assert sorted(p.name for p in shop.parent.iterdir()) == ["counterapp.db"]
