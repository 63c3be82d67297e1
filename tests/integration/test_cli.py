"""``python -m counterapp`` as a script runs it: exit codes, one-line errors, no tracebacks."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from counterapp import __version__


def _run(*args: str, database: str | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, "-m", "counterapp", *args]
    if database:
        command += ["--database", database]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=180,
                          check=False)


def _one_line_error(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.fixture
def url(tmp_path) -> str:
    """A database file that does not exist yet (the command creates it)."""
    return f"sqlite:///{tmp_path / 'cli.db'}"


def test_version():
    result = _run("--version")
    assert result.returncode == 0
    assert __version__ in result.stdout


def test_user_add_and_list(url):
    first = _run("user", "add", "boss", "--name", "Anna Boss", "--role", "manager",
                 "--pin", "1234", database=url)
    assert first.returncode == 0, first.stderr
    second = _run("user", "add", "sara", "--name", "Sara Colombo", "--role", "senior",
                  "--pin", "2345", database=url)
    assert second.returncode == 0, second.stderr
    third = _run("user", "add", "luca", "--name", "Luca Bianchi", "--role", "junior",
                 "--pin", "4567", "--mentor", "sara", database=url)
    assert third.returncode == 0, third.stderr
    listing = _run("user", "list", database=url)
    assert listing.returncode == 0
    rows = [line.split("\t") for line in listing.stdout.strip().splitlines()]
    assert [row[0] for row in rows] == ["boss", "luca", "sara"]
    assert rows[0][2:] == ["manager", "active"]
    assert "1234" not in listing.stdout


def test_user_add_with_a_bad_role_exits_2(url):
    line = _one_line_error(_run("user", "add", "x", "--name", "X", "--role", "boss",
                                "--pin", "1234", database=url))
    assert "role" in line


def test_user_add_with_a_three_digit_pin_exits_2(url):
    line = _one_line_error(_run("user", "add", "boss", "--name", "Boss", "--role", "manager",
                                "--pin", "123", database=url))
    assert "pin" in line


def test_first_user_must_be_a_manager(url):
    line = _one_line_error(_run("user", "add", "sara", "--name", "Sara", "--role", "senior",
                                "--pin", "2345", database=url))
    assert "manager" in line


def test_demo_fills_an_empty_database_and_refuses_a_full_one(url):
    filled = _run("demo", database=url)
    assert filled.returncode == 0, filled.stderr
    assert "admin" in filled.stdout and "1234" in filled.stdout and "orders" in filled.stdout
    line = _one_line_error(_run("demo", database=url))
    assert "not empty" in line and "--force" in line


def test_demo_refuses_a_database_that_has_only_users(url):
    assert _run("user", "add", "boss", "--name", "Boss", "--role", "manager", "--pin", "1234",
                database=url).returncode == 0
    _one_line_error(_run("demo", database=url))


def test_unknown_database_type_exits_2():
    line = _one_line_error(_run("user", "list", database="mysql://x"))
    assert "mysql" in line


def test_a_corrupt_file_exits_2(tmp_path):
    corrupt = tmp_path / "corrupt.db"
    corrupt.write_bytes(b"this is not a database, just some bytes " * 200)
    line = _one_line_error(_run("user", "list", database=f"sqlite:///{corrupt}"))
    assert str(corrupt) in line


def test_unknown_command_exits_2():
    result = _run("frobnicate")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
