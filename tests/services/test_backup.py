"""services/backup.py: what a restore refuses, what it keeps, and the daily copies' rotation.

Every refusal is checked the way it matters to a shop: the live file's bytes (SHA-256) are
the same afterwards and nothing was left beside it.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import time
from pathlib import Path

import pytest

from counterapp.db import connect
from counterapp.db.migrations import APPLICATION_ID, migrate, schema_version
from counterapp.db.models import Product
from counterapp.domain.errors import ValidationError
from counterapp.services.backup import (
    AutoBackup,
    backup_folder,
    backup_sqlite,
    plan_rotation,
    restore_sqlite,
    schema_label,
    verify_backup,
)
from counterapp.settings import Settings
from tests.services.test_backup_files import (
    corrupt,
    foreign_with_history,
    history_only,
    make_shop,
    newer_schema,
    not_sqlite,
    product_names,
    sha256,
    sql,
)


@pytest.fixture
def live(tmp_path) -> Path:
    """The shop's live database, in a folder of its own."""
    folder = tmp_path / "shop"
    folder.mkdir()
    return make_shop(folder / "counterapp.db", {"LIVE-1": "Caffè in grani"})


@pytest.fixture
def good(tmp_path) -> Path:
    """A backup of another shop state, taken by ``backup_sqlite``."""
    source = make_shop(tmp_path / "other.db", {"OLD-1": "Zucchero", "OLD-2": "Tè verde"})
    return backup_sqlite(source, tmp_path / "backups" / "good.db")


BAD_FILES = {
    "foreign-with-history": (lambda tmp, good: foreign_with_history(tmp / "c.db"),
                             "not a CounterApp database"),
    "history-only": (lambda tmp, good: history_only(tmp / "c.db"), "not a CounterApp database"),
    "history-only-stamped": (lambda tmp, good: history_only(tmp / "c.db", stamped=True),
                             "not a CounterApp database (no table"),
    "newer-schema": (lambda tmp, good: newer_schema(good, tmp / "c.db", schema_version() + 15),
                     "newer CounterApp"),
    "corrupt": (lambda tmp, good: corrupt(good, tmp / "c.db"), "damaged"),
    "not-sqlite": (lambda tmp, good: not_sqlite(tmp / "c.db"), "not an SQLite database"),
    "missing": (lambda tmp, good: tmp / "nothing-here.db", "does not exist"),
}


# --- restore --------------------------------------------------------------------------------------
@pytest.mark.parametrize("kind", BAD_FILES)
def test_a_bad_file_is_refused_and_the_live_file_is_byte_identical(live, good, tmp_path, kind):
    make, words = BAD_FILES[kind]
    candidate = make(tmp_path, good)
    before = sha256(live)
    with pytest.raises(ValidationError) as refused:
        restore_sqlite(candidate, live)
    assert refused.value.field == "file"
    assert words in str(refused.value)
    assert "\n" not in str(refused.value)
    assert sha256(live) == before
    assert sorted(p.name for p in live.parent.iterdir()) == ["counterapp.db"]


def test_a_newer_backup_names_both_versions(live, good, tmp_path):
    candidate = newer_schema(good, tmp_path / "future.db", 715 if schema_version() < 715 else
                             schema_version() + 1)
    theirs = 715 if schema_version() < 715 else schema_version() + 1
    with pytest.raises(ValidationError) as refused:
        restore_sqlite(candidate, live)
    assert (f"newer CounterApp (schema {schema_label(theirs)}) than this one "
            f"({schema_label(schema_version())})") in str(refused.value)


def test_an_unknown_migration_below_our_version_is_refused_too(live, good, tmp_path):
    candidate = tmp_path / "branch.db"
    candidate.write_bytes(good.read_bytes())
    with sql(candidate) as conn:
        conn.execute("INSERT INTO schema_migrations VALUES ('m0001_someone_elses', 'x')")
    before = sha256(live)
    with pytest.raises(ValidationError, match="m0001_someone_elses unknown"):
        restore_sqlite(candidate, live)
    assert sha256(live) == before


def test_a_good_backup_is_restored_with_a_dated_safety_copy(live, good):
    clock = lambda: dt.datetime(2026, 11, 29, 18, 5, 9)  # noqa: E731
    before = sha256(live)
    result = restore_sqlite(good, live, clock=clock)
    assert result.safety_copy == live.parent / "counterapp-20261129-180509.before-restore.db"
    assert sha256(result.safety_copy) != "" and product_names(result.safety_copy) == [
        "Caffè in grani"]
    assert product_names(live) == ["Tè verde", "Zucchero"]
    assert sha256(live) != before
    # The restored file is a CounterApp database the app opens and reads normally.
    db = connect(f"sqlite:///{live}")
    assert migrate(db) == []
    assert sorted(p.name for p in Product.select()) == ["Tè verde", "Zucchero"]
    db.close()
    assert sorted(p.name for p in live.parent.iterdir()) == [
        "counterapp-20261129-180509.before-restore.db", "counterapp.db"]


def test_a_backup_from_before_the_stamp_is_migrated_in_the_copy(live, good, tmp_path):
    legacy = tmp_path / "legacy.db"
    legacy.write_bytes(good.read_bytes())
    with sql(legacy) as conn:
        conn.execute("DELETE FROM schema_migrations WHERE name = 'm0700_app_identity'")
        conn.execute("PRAGMA application_id = 0")
        conn.execute("PRAGMA user_version = 0")
    legacy_bytes = sha256(legacy)
    info = verify_backup(legacy)
    assert info.legacy
    result = restore_sqlite(legacy, live)
    assert "m0700_app_identity" in result.migrated
    assert sha256(legacy) == legacy_bytes  # the candidate itself is never opened for writing
    with sql(live) as conn:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert conn.execute("PRAGMA user_version").fetchone()[0] == schema_version()


def test_a_database_open_elsewhere_is_not_swapped(live, good):
    other = sqlite3.connect(live)  # another CounterApp on this computer
    other.execute("SELECT count(*) FROM product").fetchone()
    try:
        with pytest.raises(ValidationError, match="open in another program"):
            restore_sqlite(good, live)
        assert product_names(live) == ["Caffè in grani"]
    finally:
        other.close()
    assert not list(live.parent.glob("*.before-restore.db"))


def test_a_missing_database_needs_create(tmp_path, good):
    target = tmp_path / "new-shop" / "counterapp.db"
    with pytest.raises(ValidationError, match="--create"):
        restore_sqlite(good, target)
    assert not target.exists()
    result = restore_sqlite(good, target, create=True)
    assert result.safety_copy is None
    assert product_names(target) == ["Tè verde", "Zucchero"]


# --- verify and backup ----------------------------------------------------------------------------
def test_verify_reports_the_schema_without_changing_the_file(good):
    before = sha256(good)
    info = verify_backup(good)
    assert info.schema == schema_version()
    assert not info.legacy
    assert sha256(good) == before
    assert sorted(p.name for p in good.parent.iterdir()) == ["good.db"]


def test_every_new_database_carries_the_stamp(tmp_path):
    path = make_shop(tmp_path / "fresh.db", {})
    with sql(path) as conn:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == 0x43415050
        assert conn.execute("PRAGMA user_version").fetchone()[0] == schema_version()


def test_a_failed_backup_removes_its_partial_file(live, tmp_path):
    target = tmp_path / "out" / "backup.db"
    written = []

    def fail_after_the_copy(status, remaining, total):
        written.extend(p for p in target.parent.iterdir() if p.stat().st_size > 0)
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        backup_sqlite(live, target, progress=fail_after_the_copy)
    assert written, "the partial file existed when the step failed"
    assert list(target.parent.iterdir()) == []


def test_a_backup_is_one_file_with_no_wal(live, tmp_path):
    target = backup_sqlite(live, tmp_path / "b.db")
    with sql(target) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert not Path(f"{target}-wal").exists()
    assert not Path(f"{live}-wal").exists()  # nor one left beside the closed shop


# --- automatic daily backups ----------------------------------------------------------------------
def test_rotation_keeps_seven_days_and_four_weeks():
    days = [dt.date(2026, 1, 1) + dt.timedelta(days=i) for i in range(40)]
    keep = plan_rotation(days)
    newest = days[-1]  # 2026-02-09, a Monday
    assert sorted(keep)[-7:] == days[-7:]
    weekly = sorted(keep)[:-7]
    assert len(weekly) == 4
    # The newest backup of each of the four weeks before the daily window: Sundays.
    assert weekly == [dt.date(2026, 1, 11), dt.date(2026, 1, 18), dt.date(2026, 1, 25),
                      dt.date(2026, 2, 1)]
    assert all(day < newest - dt.timedelta(days=6) for day in weekly)


def test_rotation_of_a_few_days_keeps_them_all():
    days = [dt.date(2026, 3, 1), dt.date(2026, 3, 2)]
    assert plan_rotation(days) == set(days)
    assert plan_rotation([]) == set()


class _Clock:
    """A wall clock the test moves by hand."""

    def __init__(self, start: dt.datetime):
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now


def test_forty_simulated_days_of_daily_backups(live, tmp_path):
    folder = tmp_path / "daily"
    clock = _Clock(dt.datetime(2026, 1, 1, 8, 30))
    auto = AutoBackup(f"sqlite:///{live}", folder, clock=clock)
    unrelated = folder / "notes.txt"
    folder.mkdir()
    unrelated.write_text("the shop's own file in the same folder")
    killed = folder / ".counterapp-2025-12-31.db.k1ll3d.partial"  # a copy cut off by a power cut
    killed.write_bytes(b"half a copy")
    os.utime(killed, (time.time() - 7200, time.time() - 7200))
    for _ in range(40):
        first = auto.run(at_start=True)
        assert first is not None and first.name == f"counterapp-{clock.now.date()}.db"
        assert auto.run(at_start=True) is None  # the second start of the day copies nothing
        clock.now += dt.timedelta(hours=10)
        assert auto.run(at_start=False) == first  # on close, today's copy is refreshed
        clock.now += dt.timedelta(hours=14)
    names = sorted(p.name for p in folder.iterdir())
    assert unrelated.name in names
    kept = sorted(dt.date.fromisoformat(name[len("counterapp-"):-3])
                  for name in names if name.endswith(".db"))
    assert len(kept) == 11
    assert kept == sorted(plan_rotation(dt.date(2026, 1, 1) + dt.timedelta(days=i)
                                        for i in range(40)))
    assert verify_backup(folder / f"counterapp-{kept[-1]}.db").schema == schema_version()
    assert not list(folder.glob("*.partial"))
    assert not killed.exists()


def test_automatic_backup_on_postgresql_does_nothing_and_says_so_once(tmp_path, caplog):
    auto = AutoBackup("postgresql://shop@db.example:5432/shop", tmp_path / "b")
    with caplog.at_level("WARNING"):
        assert auto.run(at_start=True) is None
        assert auto.run(at_start=False) is None
    advice = [r for r in caplog.records if "pg_dump" in r.getMessage()]
    assert len(advice) == 1
    assert not (tmp_path / "b").exists()


def test_backup_folder_follows_the_setting(tmp_path, monkeypatch):
    monkeypatch.setenv("COUNTERAPP_DATA_DIR", str(tmp_path / "data"))
    settings = Settings(tmp_path / "settings.json")
    assert backup_folder(settings) == tmp_path / "data" / "backups"
    settings.set("backup_folder", str(tmp_path / "elsewhere"))
    assert backup_folder(Settings(tmp_path / "settings.json")) == tmp_path / "elsewhere"
