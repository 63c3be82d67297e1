"""Backups of the shop's SQLite file: take one, verify one, restore one, and the daily copies.

- ``backup_sqlite`` copies a live database with SQLite's online backup API: one step under
  one read transaction, so the copy is the database as of one instant while other
  workstations keep selling. It writes a partial file next to the target and renames it;
  a failure removes the partial file.
- ``verify_backup`` opens a *copy* of the file read-only (``mode=ro``) in a temporary
  folder and checks, in order: an SQLite header, ``PRAGMA integrity_check``, CounterApp's
  ``application_id``, a schema no newer than this build (``user_version`` and migration
  names), a migration history whose names this build knows, and the core tables.
- ``restore_sqlite`` verifies, migrates the copy, and only then swaps it in with
  ``os.replace`` in the live file's folder, after a dated safety copy of the current
  database. Until the swap nothing touches the live file, so any refusal leaves it
  byte-identical.
- ``AutoBackup`` takes the automatic daily copy (first start of the day, and on close) and
  prunes the folder to 7 daily and 4 weekly copies (``plan_rotation``, a pure function).

PostgreSQL is backed up with its own tools (``pg_dump``); here it gets ``POSTGRES_ADVICE``.
"""

from __future__ import annotations

import datetime as dt
import glob
import logging
import os
import re
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import peewee

from counterapp.db.database import BUSY_TIMEOUT_S, connect, sqlite_path
from counterapp.db.migrations import (
    APPLICATION_ID,
    available,
    migrate,
    migration_number,
    schema_version,
)
from counterapp.domain.errors import CounterAppError, PermissionDenied, ValidationError
from counterapp.domain.permissions import Role
from counterapp.services.context import Actor
from counterapp.settings import Settings, data_dir

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
# Tables the first schema created: a file without them is no shop, whatever its history says.
CORE_TABLES = frozenset({"schema_migrations", "user", "product", "customer", "order",
                         "order_line", "audit_entry"})
DAILY_KEEP = 7
WEEKLY_KEEP = 4
STALE_PARTIAL_S = 3600
POSTGRES_ADVICE = ("CounterApp backs up SQLite files only; back up a PostgreSQL database with "
                   "the server's own tools: pg_dump -Fc --dbname=URL -f FILE (and pg_restore "
                   "to restore it)")
_SIDE_FILES = ("-wal", "-shm", "-journal")


class PostgresBackupUnsupported(CounterAppError):
    """``counterapp backup`` was asked to back up PostgreSQL: use ``pg_dump`` (exit 2)."""

    def __init__(self):
        super().__init__(POSTGRES_ADVICE)


@dataclass(frozen=True)
class BackupInfo:
    """What ``verify_backup`` found: a sound CounterApp database at ``schema``."""

    path: Path
    schema: int
    migrations: int
    legacy: bool  # written before CounterApp stamped its files (no application id yet)


@dataclass(frozen=True)
class RestoreResult:
    """A finished restore: where the old database went and what was migrated."""

    database: Path
    safety_copy: Path | None
    info: BackupInfo
    migrated: tuple[str, ...]


def schema_label(version: int) -> str:
    """A schema version as people see it: ``0700``."""
    return f"{version:04d}"


# --- taking a backup ----------------------------------------------------------------------------
def _remove_with_side_files(path: Path) -> None:
    for suffix in ("", *_SIDE_FILES):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def backup_sqlite(source: Path, target: Path,
                  progress: Callable[[int, int, int], object] | None = None) -> Path:
    """Copy the live database ``source`` into ``target`` as one consistent snapshot.

    ``progress(status, remaining, total)`` is SQLite's backup callback; an exception raised
    by it (or any other failure) aborts the backup, removes the partial file and propagates.
    The result is one self-contained file (journal mode ``DELETE``, no ``-wal``).
    """
    if not source.is_file():  # sqlite3.connect would create an empty one
        raise ValidationError("database", f"{source} does not exist")
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".partial")
    os.close(fd)
    partial = Path(name)
    try:
        # Not ``mode=ro``: a read-only connection cannot remove ``-wal``/``-shm`` when it is
        # the last one to close, and would leave them beside a closed shop's file.
        src = sqlite3.connect(source, timeout=BUSY_TIMEOUT_S)
        try:
            dst = sqlite3.connect(partial)
            try:
                # One step (pages=-1): a stepped copy restarts whenever another
                # workstation writes, and under steady selling might never finish.
                src.backup(dst, progress=progress)
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        shutil.copymode(source, partial)  # as private as the shop's own file, no more
        os.replace(partial, target)
    except BaseException:
        _remove_with_side_files(partial)
        raise
    return target


# --- checking a candidate file ------------------------------------------------------------------
def _refuse(path: Path, reason: str) -> ValidationError:
    return ValidationError("file", f"{path} {reason}")


def _copy_candidate(path: Path, folder: Path) -> Path:
    """Copy ``path`` (and a ``-wal`` beside it) into ``folder``; the original is never opened."""
    if not path.is_file():
        raise _refuse(path, "does not exist")
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise _refuse(path, "is not an SQLite database")
    copy = folder / "candidate.db"
    shutil.copyfile(path, copy)
    wal = Path(f"{path}-wal")
    if wal.is_file():  # committed pages that never reached the main file
        shutil.copyfile(wal, Path(f"{copy}-wal"))
    return copy


def _inspect(copy: Path, shown: Path) -> BackupInfo:
    """Check the copied candidate (opened read-only); ``shown`` is the name users know."""
    ours = schema_version()
    known = set(available())
    try:
        conn = sqlite3.connect(copy.as_uri() + "?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise _refuse(shown, f"cannot be opened ({exc})") from None
    try:
        try:
            verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise _refuse(shown, f"is damaged ({exc})") from None
        if verdict != "ok":
            raise _refuse(shown, f"is damaged (integrity check: {verdict})")
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        user_version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {row[0] for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        legacy = app_id == 0 and user_version == 0
        if app_id != APPLICATION_ID and not legacy:
            raise _refuse(shown, f"is not a CounterApp database (application id {app_id:#x})")
        if "schema_migrations" not in tables:
            raise _refuse(shown, "is not a CounterApp database (no migration history)")
        try:
            names = [row[0] for row in conn.execute("SELECT name FROM schema_migrations")]
        except sqlite3.Error:
            raise _refuse(shown, "is not a CounterApp database "
                                 "(its migration history is not CounterApp's)") from None
    finally:
        conn.close()
    numbered = [n for n in names if isinstance(n, str) and re.fullmatch(r"m\d{4}_\w+", n)]
    if len(numbered) != len(names) or not names:
        raise _refuse(shown, "is not a CounterApp database (its migration history is not "
                             "CounterApp's)")
    theirs = max(user_version, *(migration_number(n) for n in numbered))
    if theirs > ours:
        raise _refuse(shown, f"is from a newer CounterApp (schema {schema_label(theirs)}) than "
                             f"this one ({schema_label(ours)}): update CounterApp first")
    unknown = sorted(set(names) - known)
    if unknown:
        raise _refuse(shown, f"was written by a different CounterApp build (schema "
                             f"{schema_label(theirs)}, migration {unknown[0]} unknown to this "
                             f"one, schema {schema_label(ours)})")
    missing = sorted(CORE_TABLES - tables)
    if missing:
        raise _refuse(shown, f"is not a CounterApp database (no table {', '.join(missing)})")
    return BackupInfo(path=shown, schema=theirs, migrations=len(names), legacy=legacy)


def verify_backup(path: Path) -> BackupInfo:
    """Check ``path`` without changing it; raise ``ValidationError('file', …)`` if unusable."""
    with tempfile.TemporaryDirectory(prefix="counterapp-verify-") as folder:
        return _inspect(_copy_candidate(path, Path(folder)), path)


# --- restoring ----------------------------------------------------------------------------------
def _migrate_copy(copy: Path, shown: Path) -> tuple[str, ...]:
    """Bring the copy to this build's schema; it ends as one file with no ``-wal``."""
    try:
        db = connect(f"sqlite:///{copy}", bind=False)
        try:
            done = migrate(db, backup=False)
            db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            verdict = db.execute_sql("PRAGMA quick_check").fetchone()[0]
        finally:
            db.close()
    except (peewee.DatabaseError, sqlite3.DatabaseError) as exc:
        raise _refuse(shown, f"could not be brought to schema {schema_label(schema_version())} "
                             f"({exc})") from None
    if verdict != "ok":
        raise _refuse(shown, f"is damaged after its upgrade ({verdict})")
    return tuple(done)


def _settle_live(live: Path) -> None:
    """Fold the live ``-wal`` into the file; refuse if another program still has it open.

    The last connection to close deletes ``-wal`` and ``-shm``; when they survive ours,
    someone else (a running CounterApp) holds the file, and swapping it would strand them.
    """
    conn = sqlite3.connect(live, timeout=BUSY_TIMEOUT_S)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    if Path(f"{live}-wal").exists() or Path(f"{live}-shm").exists():
        raise ValidationError("database", f"{live} is open in another program (a running "
                                          "CounterApp?): close it, then restore")


def _fsync(path: Path) -> None:
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) if path.is_dir() else os.O_RDONLY
    try:
        fd = os.open(path, flags)
    except OSError:  # Windows cannot open a folder; its rename is durable enough
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def require_restore_rights(actor: Actor) -> None:
    """Only a manager replaces the whole shop with a backup (``PermissionDenied`` otherwise)."""
    if Role(actor.role) is not Role.MANAGER:
        raise PermissionDenied("restore", f"{actor.login} may not restore a backup: only a "
                                          "manager may replace the shop's database")


def restore_sqlite(candidate: Path, live: Path, *, create: bool = False,
                   authorize: Callable[[], None] | None = None,
                   clock: Callable[[], dt.datetime] = dt.datetime.now) -> RestoreResult:
    """Replace the database file ``live`` with the backup ``candidate``, safely.

    Verified and migrated in a copy; then ``authorize()`` runs (the command logs the
    acting manager in on the live database and closes it again: a refused file is refused
    before anyone's PIN is asked and before the live file is opened); the current database
    is kept as ``STEM-YYYYmmdd-HHMMSS.before-restore.db`` beside it; then the migrated copy
    is renamed over it. Raises ``ValidationError`` (nothing changed) for a bad candidate, a
    missing ``live`` without ``create``, or a database still open elsewhere.
    """
    exists = live.exists()
    if not exists and not create:
        raise ValidationError("database", f"no database at {live} (add --create to restore "
                                          "into a new file)")
    live.parent.mkdir(parents=True, exist_ok=True)
    # The work folder sits beside the live file: the final rename stays on one file system.
    with tempfile.TemporaryDirectory(dir=live.parent, prefix=".counterapp-restore-") as work:
        copy = _copy_candidate(candidate, Path(work))
        info = _inspect(copy, candidate)
        migrated = _migrate_copy(copy, candidate)
        if authorize is not None:
            authorize()
        safety = None
        if exists:
            _settle_live(live)
            safety = live.with_name(
                f"{live.stem}-{clock():%Y%m%d-%H%M%S}.before-restore{live.suffix or '.db'}")
            backup_sqlite(live, safety)
        if exists:
            shutil.copymode(live, copy)
        _fsync(copy)
        for suffix in _SIDE_FILES:  # the new file must not inherit a journal of the old one
            Path(f"{live}{suffix}").unlink(missing_ok=True)
        os.replace(copy, live)
        _fsync(live.parent)
    log.info("restored %s into %s (schema %s, safety copy %s)", candidate, live,
             schema_label(info.schema), safety)
    return RestoreResult(database=live, safety_copy=safety, info=info, migrated=migrated)


# --- automatic daily backups --------------------------------------------------------------------
def plan_rotation(days: Iterable[dt.date], *, daily: int = DAILY_KEEP,
                  weekly: int = WEEKLY_KEEP) -> set[dt.date]:
    """The backup days to keep: the newest ``daily`` days, then ``weekly`` older weeks.

    As ``borg prune``: newest first, each rule keeps the newest backup of each of its
    periods (day, ISO week) that the previous rule did not keep already.
    """
    ordered = sorted(set(days), reverse=True)
    keep: set[dt.date] = set()
    rules = ((daily, lambda d: d), (weekly, lambda d: d.isocalendar()[:2]))
    for count, period_of in rules:
        last, kept = None, 0
        for day in ordered:
            if kept >= count:
                break
            period = period_of(day)
            if period == last:
                continue
            last = period
            if day not in keep:
                keep.add(day)
                kept += 1
    return keep


def backup_folder(settings: Settings) -> Path:
    """Where the automatic backups go: the ``backup_folder`` setting, else DATA/backups."""
    chosen = settings.get("backup_folder")
    return Path(chosen).expanduser() if chosen else data_dir() / "backups"


class AutoBackup:
    """The automatic daily copy of one database into one folder.

    ``run(at_start=True)`` copies only when today has no copy yet (the first start of the
    day); ``run(at_start=False)`` (on close) refreshes today's copy. Files are
    ``STEM-YYYY-MM-DD.db``; pruning touches only files of that pattern.
    """

    def __init__(self, database_url: str, folder: Path, *,
                 clock: Callable[[], dt.datetime] = dt.datetime.now):
        self.database_url = database_url
        self.folder = folder
        self.clock = clock
        self._postgres_told = False

    def _pattern(self, stem: str) -> re.Pattern:
        return re.compile(rf"{re.escape(stem)}-(\d{{4}}-\d{{2}}-\d{{2}})\.db")

    def run(self, *, at_start: bool) -> Path | None:
        """Take today's copy if due and prune; returns the file written, or ``None``."""
        source = sqlite_path(self.database_url)
        if source is None:
            if not self._postgres_told:
                self._postgres_told = True
                log.warning("no automatic backup: %s", POSTGRES_ADVICE)
            return None
        if not source.is_file():
            return None
        target = self.folder / f"{source.stem}-{self.clock().date().isoformat()}.db"
        if at_start and target.exists():
            return None
        backup_sqlite(source, target)
        log.info("automatic backup written to %s", target)
        self.prune(source.stem)
        return target

    def prune(self, stem: str) -> list[Path]:
        """Delete the copies ``plan_rotation`` does not keep; returns them."""
        pattern = self._pattern(stem)
        found: dict[dt.date, Path] = {}
        for path in self.folder.iterdir():
            match = pattern.fullmatch(path.name)
            if match:
                try:
                    found[dt.date.fromisoformat(match[1])] = path
                except ValueError:
                    continue
        keep = plan_rotation(found)
        removed = [path for day, path in sorted(found.items()) if day not in keep]
        # A copy killed half-way (power cut, kill -9) could not remove its partial file;
        # one older than an hour belongs to no copy still running.
        stale = time.time() - STALE_PARTIAL_S
        removed += [path for path in self.folder.glob(f".{glob.escape(stem)}-*.partial")
                    if path.stat().st_mtime < stale]
        for path in removed:
            path.unlink(missing_ok=True)
        return removed
