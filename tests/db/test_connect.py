"""Opening databases: pragmas, and one clear error for each way it can go wrong."""

from __future__ import annotations

import os

import pytest

from counterapp.db import connect
from counterapp.db.database import describe_url, sqlite_path
from counterapp.domain.errors import DatabaseMissing, DatabaseRetryable, DatabaseUnavailable


def test_sqlite_pragmas(tmp_path):
    db = connect(f"sqlite:///{tmp_path / 'p.db'}")
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute_sql("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.execute_sql("PRAGMA busy_timeout").fetchone()[0] >= 5000


def test_write_transactions_take_the_lock_up_front(tmp_path):
    url = f"sqlite:///{tmp_path / 'lock.db'}"
    first = connect(url, bind=False)
    second = connect(url, bind=False)
    first.execute_sql("CREATE TABLE t (x INTEGER)")
    second.execute_sql("PRAGMA busy_timeout = 50")
    with first.atomic():
        first.execute_sql("SELECT count(*) FROM t")
        # With BEGIN IMMEDIATE the second writer cannot even start while the first is open.
        with pytest.raises(DatabaseRetryable, match="busy"), second.atomic():
            pass


@pytest.mark.parametrize("url, fragment", [
    ("mysql://x@y/z", "unknown database type 'mysql'"),
    ("not a url", "is not a database URL"),
    ("postgresql://nobody:pw@127.0.0.1:1/none", "cannot reach PostgreSQL at 127.0.0.1:1"),
])
def test_bad_urls_give_one_clear_line(url, fragment):
    with pytest.raises(DatabaseUnavailable, match=fragment) as info:
        connect(url, bind=False)
    assert "\n" not in str(info.value)


def test_corrupt_file(tmp_path):
    path = tmp_path / "corrupt.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(DatabaseUnavailable, match="not a usable CounterApp database"):
        connect(f"sqlite:///{path}", bind=False)


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write read-only files")
def test_read_only_file(tmp_path):
    path = tmp_path / "ro.db"
    connect(f"sqlite:///{path}", bind=False).close()
    path.chmod(0o444)
    with pytest.raises(DatabaseUnavailable, match="read-only"):
        connect(f"sqlite:///{path}", bind=False)


def test_read_only_file_even_as_root(tmp_path, monkeypatch):
    path = tmp_path / "ro.db"
    connect(f"sqlite:///{path}", bind=False).close()
    monkeypatch.setattr(os, "access", lambda p, mode: False)
    with pytest.raises(DatabaseUnavailable, match="read-only"):
        connect(f"sqlite:///{path}", bind=False)


def test_network_share_is_refused(tmp_path, monkeypatch):
    from counterapp.db import database

    monkeypatch.setattr(database, "_filesystem_type", lambda path: "cifs")
    with pytest.raises(DatabaseUnavailable, match="network share.*PostgreSQL"):
        connect(f"sqlite:///{tmp_path / 'share.db'}", bind=False)


def test_password_hidden_in_labels():
    assert describe_url("postgresql://shop:secret@db:5432/counter") == \
        "postgresql://shop:***@db:5432/counter"


@pytest.mark.parametrize("url, fragment", [
    ("sqlite://shop/x.db", "'shop' would be read as a host name"),
    ("sqlite:/x.db", "three slashes"),
    ("sqlite:relative.db", "three slashes"),
    ("sqlite:///tmp/x.db?mode=memory", "take no options"),
    ("sqlite:///tmp/", "no file name"),
    ("postgresql://me@localhost/", "names one database"),
    ("postgresql://me@localhost:port/shop", "port is not a number"),
    ("postgres://me@localhost/a/b", "names one database"),
    ("ftp://host/shop", "unknown database type 'ftp'"),
])
def test_malformed_urls_are_refused_not_reinterpreted(url, fragment, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(DatabaseUnavailable, match=fragment) as info:
        connect(url, bind=False)
    assert "\n" not in str(info.value)
    assert list(tmp_path.iterdir()) == []


def test_four_slashes_name_the_same_absolute_file(tmp_path):
    path = tmp_path / "shop.db"
    connect(f"sqlite:///{path}", bind=False).close()  # "sqlite:////tmp/..." as tests write it
    assert sqlite_path(f"sqlite:///{path}") == path
    assert sqlite_path(f"sqlite://{path}") == path


def test_a_missing_file_is_created_only_when_asked(tmp_path):
    path = tmp_path / "negozzio.db"
    with pytest.raises(DatabaseMissing, match=str(path)):
        connect(f"sqlite://{path}", bind=False, create=False)
    assert not path.exists()
    connect(f"sqlite://{path}", bind=False, create=True).close()
    assert path.is_file()
    connect(f"sqlite://{path}", bind=False, create=False).close()
