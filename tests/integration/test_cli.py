"""``python -m counterapp`` as a script runs it: exit codes, one-line errors, no tracebacks."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from counterapp import __version__


def _run(*args: str, database: str | None = None, pin: str | None = None,
         new_pin: str | None = None) -> subprocess.CompletedProcess:
    """Run the CLI without a terminal; ``pin``/``new_pin`` go in the environment, never argv."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("COUNTERAPP_PIN", None)
    env.pop("COUNTERAPP_NEW_PIN", None)
    if pin is not None:
        env["COUNTERAPP_PIN"] = pin
    if new_pin is not None:
        env["COUNTERAPP_NEW_PIN"] = new_pin
    command = [sys.executable, "-m", "counterapp", *args]
    if database:
        command += ["--database", database]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=180,
                          check=False, stdin=subprocess.DEVNULL)


def _one_line_error(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.fixture
def url(tmp_path) -> str:
    """A database file that does not exist yet (``demo`` or ``user add --create`` make it)."""
    return f"sqlite:///{tmp_path / 'cli.db'}"


def test_version():
    result = _run("--version")
    assert result.returncode == 0
    assert __version__ in result.stdout


def test_user_add_and_list(url):
    first = _run("user", "add", "boss", "--name", "Anna Boss", "--role", "manager",
                 "--create", database=url, new_pin="1234")
    assert first.returncode == 0, first.stderr
    assert first.stderr == ""
    second = _run("user", "add", "sara", "--name", "Sara Colombo", "--role", "senior",
                  "--user", "boss", database=url, pin="1234", new_pin="2345")
    assert second.returncode == 0, second.stderr
    third = _run("user", "add", "luca", "--name", "Luca Bianchi", "--role", "junior",
                 "--mentor", "sara", "--user", "boss", database=url, pin="1234",
                 new_pin="4567")
    assert third.returncode == 0, third.stderr
    listing = _run("user", "list", database=url)
    assert listing.returncode == 0
    rows = [line.split("\t") for line in listing.stdout.strip().splitlines()]
    assert [row[0] for row in rows] == ["boss", "luca", "sara"]
    assert rows[0][2:] == ["manager", "active"]
    assert "1234" not in listing.stdout


def test_user_add_with_a_bad_role_exits_2(url):
    line = _one_line_error(_run("user", "add", "x", "--name", "X", "--role", "boss",
                                database=url, new_pin="1234"))
    assert "role" in line


def test_user_add_with_a_three_digit_pin_exits_2(url):
    line = _one_line_error(_run("user", "add", "boss", "--name", "Boss", "--role", "manager",
                                "--create", database=url, new_pin="123"))
    assert "pin" in line


def test_first_user_must_be_a_manager(url):
    line = _one_line_error(_run("user", "add", "sara", "--name", "Sara", "--role", "senior",
                                "--create", database=url, new_pin="2345"))
    assert "manager" in line


def test_demo_fills_an_empty_database_and_refuses_a_full_one(url):
    filled = _run("demo", database=url)
    assert filled.returncode == 0, filled.stderr
    assert "admin" in filled.stdout and "1234" in filled.stdout and "orders" in filled.stdout
    line = _one_line_error(_run("demo", database=url))
    assert "not empty" in line and "--force" in line


def test_demo_refuses_a_database_that_has_only_users(url):
    assert _run("user", "add", "boss", "--name", "Boss", "--role", "manager",
                "--create", database=url, new_pin="1234").returncode == 0
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


# -- who is acting: --user, the PIN from the environment or a prompt, never argv ----------------
def _shop(url: str) -> None:
    """A shop with a manager (boss 1234), a senior (sara 2345) and a junior (luca 4567)."""
    assert _run("user", "add", "boss", "--name", "Boss", "--role", "manager", "--create",
                database=url, new_pin="1234").returncode == 0
    for login, role, pin in (("sara", "senior", "2345"), ("luca", "junior", "4567")):
        added = _run("user", "add", login, "--name", login.title(), "--role", role,
                     "--user", "boss", database=url, pin="1234", new_pin=pin)
        assert added.returncode == 0, added.stderr


def test_user_add_in_a_shop_with_users_needs_a_manager(url):
    _shop(url)
    line = _one_line_error(_run("user", "add", "eve", "--name", "Eve", "--role", "manager",
                                database=url, new_pin="9999"))
    assert "--user" in line
    line = _one_line_error(_run("user", "add", "eve", "--name", "Eve", "--role", "manager",
                                "--user", "sara", database=url, pin="2345", new_pin="9999"))
    assert "edit_users" in line
    line = _one_line_error(_run("user", "add", "eve", "--name", "Eve", "--role", "manager",
                                "--user", "boss", database=url, pin="9999", new_pin="9999"))
    assert "wrong PIN" in line
    listing = _run("user", "list", database=url)
    assert "eve" not in listing.stdout


def test_no_pin_and_no_terminal_exits_2_naming_the_variable(url):
    _shop(url)
    line = _one_line_error(_run("user", "unlock", "luca", "--user", "boss", database=url))
    assert "COUNTERAPP_PIN" in line


def test_pin_on_the_command_line_still_works_with_a_warning(url):
    result = _run("user", "add", "boss", "--name", "Boss", "--role", "manager", "--pin", "1234",
                  "--create", database=url)
    assert result.returncode == 0, result.stderr
    assert "warning" in result.stderr and "--pin" in result.stderr
    assert "1234" not in result.stderr


def _lock_by_wrong_pins(url: str, login: str) -> None:
    """Ten wrong PINs for ``login``, the clock moved past each delay (no sleeping)."""
    import datetime as dt  # noqa: PLC0415

    from counterapp.db import connect  # noqa: PLC0415
    from counterapp.domain.errors import AuthenticationFailed  # noqa: PLC0415
    from counterapp.services import ServiceContext, build_services  # noqa: PLC0415
    from counterapp.settings import Settings  # noqa: PLC0415

    now = [dt.datetime(2026, 11, 29, 9, 0)]
    db = connect(url)
    services = build_services(ServiceContext(db=db, settings=Settings(None),
                                             clock=lambda: now[0]))
    try:
        for _ in range(10):
            now[0] += dt.timedelta(minutes=1)
            with pytest.raises(AuthenticationFailed):
                services.staff.login(login, "0000")
    finally:
        db.close()


def test_manager_unlocks_from_the_command_line_with_their_pin_from_the_environment(url):
    _shop(url)
    _lock_by_wrong_pins(url, "luca")
    listing = _run("user", "list", database=url)
    assert "luca\tLuca\tjunior\tlocked" in listing.stdout, listing.stdout
    line = _one_line_error(_run("user", "unlock", "luca", "--user", "sara", database=url,
                                pin="2345"))
    assert "unlock_user" in line
    result = _run("user", "unlock", "luca", "--user", "boss", database=url, pin="1234")
    assert result.returncode == 0, result.stderr
    assert "unlocked luca" in result.stdout
    listing = _run("user", "list", database=url)
    assert "luca\tLuca\tjunior\tactive" in listing.stdout
