"""The benchmark data sets: the demo shop in its small and large sizes, built once.

The files live in ``bench/.cache/`` and are keyed on the list of migrations (a new
migration means a new schema, so old files would measure the wrong thing): when migrations
were only added since the build, the cached set is upgraded by running them, as a shop's
database would be; any other change (a migration renamed or removed) rebuilds it.
Benchmarks that only read use the cached file directly; those that write take
``fresh_copy(url)`` so the cached set stays pristine.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]
if str(REPOSITORY) not in sys.path:
    sys.path.insert(0, str(REPOSITORY))

from counterapp.db import connect  # noqa: E402
from counterapp.db.migrations import available, migrate  # noqa: E402

CACHE_DIR = REPOSITORY / "bench" / ".cache"


def schema_key() -> str:
    """A short hash of the migration names: the cache key of the data set files."""
    return hashlib.sha1("\n".join(available()).encode()).hexdigest()[:12]


def _progress(done: int, total: int, label: str) -> None:
    if sys.stderr.isatty():
        sys.stderr.write(f"\r  {label:<16} {done:>9,}/{total:,}")
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()


def build(size: str, path: Path, *, seed: int = 42) -> float:
    """Generate the demo set ``size`` into a new SQLite file ``path``; returns seconds taken."""
    from counterapp.db import demo  # noqa: PLC0415

    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        leftover.unlink(missing_ok=True)
    started = time.perf_counter()
    db = connect(f"sqlite:///{path}")
    try:
        migrate(db, backup=False)
        print(f"building the {size} benchmark data set in {path} …", file=sys.stderr)
        print("  " + demo.generate(size, progress=_progress, seed=seed), file=sys.stderr)
        db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()
    return time.perf_counter() - started


@contextlib.contextmanager
def _exclusive(lock_path: Path):
    """One builder at a time: several benchmark processes may ask for the same set."""
    with lock_path.open("a") as handle:
        try:
            import fcntl  # noqa: PLC0415 (POSIX only; on Windows builds are not guarded)
        except ImportError:
            yield
            return
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _cached(size: str) -> str:
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    with _exclusive(CACHE_DIR / f"{size}.lock"):
        return _cached_locked(size)


def _stored_migrations(key_file: Path) -> list[str] | None:
    """The migration names a cached set was built or last upgraded with (``None``: unknown)."""
    try:
        lines = key_file.read_text().split()
    except OSError:
        return None
    if len(lines) == 1 and lines[0] == schema_key():
        return available()  # an older key file holding only the hash of today's list
    return lines[1:] if len(lines) > 1 else None


def _cached_locked(size: str) -> str:
    path = CACHE_DIR / f"{size}.db"
    key_file = CACHE_DIR / f"{size}.key"
    key, names = schema_key(), available()
    stored = _stored_migrations(key_file) if path.exists() else None
    if stored == names:
        return f"sqlite:///{path}"
    if stored is not None and set(stored) < set(names):
        # Only new migrations since the build: upgrade the set the way a shop's database is
        # upgraded (minutes saved per new migration) instead of generating it again.
        db = connect(f"sqlite:///{path}", bind=False)
        try:
            migrate(db, backup=False)
            db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            db.close()
    else:
        # Build next to the final file, then rename: an interrupted build leaves no half set.
        partial = CACHE_DIR / f"{size}.building.db"
        build(size, partial)
        for suffix in ("-wal", "-shm"):
            Path(f"{partial}{suffix}").unlink(missing_ok=True)
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        os.replace(partial, path)
    key_file.write_text("\n".join([key, *names]) + "\n")
    # Copies the migration runner took of an older set before upgrading it.
    for stale in CACHE_DIR.glob(f"{size}.db.pre-*.bak"):
        stale.unlink(missing_ok=True)
    return f"sqlite:///{path}"


def small_database_url() -> str:
    """``sqlite:///…/bench/.cache/small.db``: 2,000 products, 500 customers, 3,000 orders."""
    return _cached("small")


def large_database_url() -> str:
    """``sqlite:///…/bench/.cache/large.db``: 200,000 products, 50,000 customers, 500,000 orders."""
    return _cached("large")


def fresh_copy(url: str) -> str:
    """A private copy of a data set (for benchmarks that write); a new ``sqlite:///`` URL."""
    source = Path(url.removeprefix("sqlite:///")) if url.startswith("sqlite:///") else None
    if source is None:
        raise ValueError(f"fresh_copy works on sqlite:/// URLs, not {url!r}")
    target = Path(tempfile.mkdtemp(prefix="counterapp-bench-")) / source.name
    # The online backup API copies a consistent state even if the WAL holds recent pages.
    with sqlite3.connect(str(source)) as src, sqlite3.connect(str(target)) as dst:
        src.backup(dst)
    src.close()
    dst.close()
    return f"sqlite:///{target}"


def remove_copy(url: str) -> None:
    """Delete a copy made by ``fresh_copy``."""
    path = Path(url.removeprefix("sqlite:///"))
    if path.parent.name.startswith("counterapp-bench-"):
        shutil.rmtree(path.parent, ignore_errors=True)
