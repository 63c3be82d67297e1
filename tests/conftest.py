"""Shared fixtures: a real database per test, copied from a template migrated once.

SQLite by default. With ``COUNTERAPP_TEST_POSTGRES_URL`` set, tests that take the
``db_url`` fixture run once per engine; each PostgreSQL test gets a fresh schema.
"""

from __future__ import annotations

import os
import shutil
import uuid
from pathlib import Path

# Qt must be told before it is imported anywhere: the suite runs offscreen everywhere.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

import peewee  # noqa: E402
import pytest  # noqa: E402

from counterapp.db import connect  # noqa: E402
from counterapp.db.migrations import migrate  # noqa: E402
from counterapp.services import ServiceContext, Services, build_services  # noqa: E402
from counterapp.settings import Settings  # noqa: E402

POSTGRES_URL = os.environ.get("COUNTERAPP_TEST_POSTGRES_URL", "")
ENGINES = ["sqlite"] + (["postgres"] if POSTGRES_URL else [])
TEST_PINS = {"mgr": "1111", "senior": "2222", "junior": "3333", "am": "4444"}


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path_factory, monkeypatch):
    """Settings, logs and the default database never touch the developer's real ones."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("COUNTERAPP_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("COUNTERAPP_CONFIG_DIR", str(home / "config"))
    monkeypatch.delenv("COUNTERAPP_DATABASE", raising=False)


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory) -> Path:
    """An SQLite file migrated once per session; each test copies it."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    db = connect(f"sqlite:///{path}", bind=False)
    migrate(db, backup=False)
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


def _postgres_fresh_schema() -> str:
    """Create a schema of our own and return a URL whose search_path points at it."""
    import psycopg2  # noqa: PLC0415

    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg2.connect(POSTGRES_URL) as conn, conn.cursor() as cur:
        cur.execute(f'CREATE SCHEMA "{schema}"')
    separator = "&" if "?" in POSTGRES_URL else "?"
    return f"{POSTGRES_URL}{separator}options=-csearch_path%3D{schema}"


@pytest.fixture(params=ENGINES)
def db_url(request, tmp_path, sqlite_template) -> str:
    """A migrated, empty database URL for this test (one run per engine)."""
    if request.param == "sqlite":
        path = tmp_path / "counterapp.db"
        shutil.copy(sqlite_template, path)
        return f"sqlite:///{path}"
    return _postgres_fresh_schema()


@pytest.fixture
def sqlite_url(tmp_path, sqlite_template) -> str:
    """A migrated SQLite database URL (for tests that are SQLite-specific or UI tests)."""
    path = tmp_path / "counterapp.db"
    shutil.copy(sqlite_template, path)
    return f"sqlite:///{path}"


@pytest.fixture
def settings(tmp_path) -> Settings:
    """Settings in a file of this test's own."""
    return Settings(tmp_path / "settings.json")


def _open(url: str, settings: Settings) -> Services:
    db = connect(url)
    migrate(db, backup=False)
    return build_services(ServiceContext(db=db, settings=settings))


@pytest.fixture
def services(db_url, settings) -> Services:
    """Services over a fresh database (each engine in turn)."""
    svc = _open(db_url, settings)
    yield svc
    svc.ctx.db.close()


@pytest.fixture
def staff(services):
    """Four users, one per role, with known PINs (``TEST_PINS``); returns their actors."""
    services.staff.create_user(None, "mgr", "Maria Manager", "manager", TEST_PINS["mgr"])
    services.staff.create_user(None, "senior", "Sergio Senior", "senior", TEST_PINS["senior"])
    services.staff.create_user(None, "junior", "Giulia Junior", "junior", TEST_PINS["junior"],
                               mentor_login="senior")
    services.staff.create_user(None, "am", "Andrea Account", "account-manager", TEST_PINS["am"])
    return {login: services.staff.actor(login) for login in TEST_PINS}


@pytest.fixture
def app_window(qtbot, sqlite_url, settings):
    """Factory: the real main window over a fresh SQLite database, built like the app does."""
    from counterapp.app import build_main_window  # noqa: PLC0415

    windows = []

    def make(user: str | None = None, url: str = sqlite_url):
        window = build_main_window(url, user=user, settings=settings)
        qtbot.addWidget(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.services.ctx.db.close()


def pytest_collection_modifyitems(items):
    """Keep peewee quiet about the proxy between tests (each test binds its own database)."""
    del items


__all__ = ["TEST_PINS", "peewee"]
