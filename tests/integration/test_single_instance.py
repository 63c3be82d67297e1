"""A softphone's ``counterapp call incoming NUMBER`` reaches the running window.

The window's single-instance server runs in this process (pytest-qt); a REAL second
process runs the command, as a softphone would: through ``python -m counterapp`` and
through the installed pip console script, both of which must hand the number over before
the full command line (``counterapp.cli``) is imported.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from importlib import metadata
from pathlib import Path

import pytest

from counterapp import instance_client
from counterapp.ui import single_instance
from tests.ui.phone_helpers import make_customer

ROOT = Path(__file__).resolve().parents[2]


def _command(*args: str) -> list[str]:
    return [sys.executable, "-m", "counterapp", *args]


def _run(args: list[str], **kwargs) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    env.update(kwargs.pop("env", {}))
    return subprocess.Popen(args, cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, **kwargs)


def _installed_script() -> Path:
    """The ``counterapp`` console script ``pip install`` put next to this interpreter."""
    script = Path(sys.executable).parent / ("counterapp.exe" if os.name == "nt" else "counterapp")
    if not script.exists():
        pytest.skip(f"no installed console script at {script} (pip install -e . first)")
    return script


def _imported(stderr: str) -> set[str]:
    """Module names from ``python -X importtime`` output (``PYTHONPROFILEIMPORTTIME``)."""
    return {line.rsplit("|", 1)[-1].strip() for line in stderr.splitlines()
            if line.startswith("import time:")}


def _window_with_caller(app_window, sqlite_url, name: str, number: str):
    window = app_window(user=None)
    window.services.staff.create_user(None, "mgr", "Maria Manager", "manager", "1111")
    window.set_actor(window.services.staff.actor("mgr"))
    make_customer(name, number=number)
    return window, single_instance.install(window, sqlite_url)


def test_call_incoming_command_shows_caller_in_running_window(app_window, qtbot, sqlite_url):
    window = app_window(user=None)
    window.services.staff.create_user(None, "mgr", "Maria Manager", "manager", "1111")
    window.set_actor(window.services.staff.actor("mgr"))
    make_customer("Rossi & Figli SRL", contact="Luca Bianchi")
    server = single_instance.install(window, sqlite_url)
    assert server.name == instance_client.server_name(sqlite_url)
    process = _run(_command("call", "incoming", "02 1234 5678", "--database", sqlite_url))
    qtbot.waitUntil(lambda: "Rossi & Figli SRL" in window.phone_panel.card_view.toPlainText(),
                    timeout=20000)
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=10000)
    assert process.returncode == 0, process.stderr.read()
    assert "Luca Bianchi" in window.phone_panel.card_view.toPlainText()
    window.phone_panel.controller.answer()  # a softphone's call rings until answered
    assert window.phone_panel.call.number == "+390212345678"
    server.close()


def test_garbage_number_is_exit_2_with_one_line(sqlite_url):
    process = _run(_command("call", "incoming", "not a number", "--database", sqlite_url))
    _, err = process.communicate(timeout=60)
    assert process.returncode == 2
    assert err.count("\n") == 1 and "number" in err and "Traceback" not in err


def test_without_a_window_the_gui_starts_and_listens(qtbot, sqlite_url, tmp_path):
    """``launch_gui`` starts the app detached; its server then answers on the same name."""
    env_before = dict(os.environ)
    os.environ.update(QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    try:
        gui = instance_client.launch_gui(sqlite_url, "+390212345678")
    finally:
        os.environ.clear()
        os.environ.update(env_before)
    try:
        qtbot.waitUntil(lambda: instance_client.send_message(sqlite_url, {"cmd": "raise"},
                                                             timeout_ms=200), timeout=30000)
        assert instance_client.send_incoming_call(sqlite_url, "+390212345678")
    finally:
        gui.terminate()
        gui.wait(10)


def test_fast_path_reaches_the_window_without_the_full_command_line(app_window, qtbot,
                                                                   sqlite_url):
    window, server = _window_with_caller(app_window, sqlite_url, "Bianchi Forniture SRL",
                                         "+390612345678")
    process = _run(_command("call", "incoming", "06 1234 5678", "--database", sqlite_url),
                   env={"PYTHONPROFILEIMPORTTIME": "1"})
    qtbot.waitUntil(lambda: "Bianchi Forniture" in window.phone_panel.card_view.toPlainText(),
                    timeout=20000)
    _, err = process.communicate(timeout=30)
    assert process.returncode == 0
    imported = _imported(err)
    assert "counterapp.instance_client" in imported
    assert not {"counterapp.cli", "PySide6", "peewee"} & imported
    # The window got E.164, validated once on the way (the phone normaliser's format).
    window.phone_panel.controller.answer()  # a softphone's call rings until answered
    assert window.phone_panel.call.number == "+390612345678"
    server.close()


def test_pip_console_script_takes_the_fast_path(app_window, qtbot, sqlite_url):
    """The installed ``counterapp`` script (what a softphone runs) starts in the launcher.

    Before, ``[project.scripts]`` pointed at ``counterapp.cli:main``: the whole command
    line (every subcommand, the services, peewee) loaded before the number left.
    """
    script = _installed_script()
    window, server = _window_with_caller(app_window, sqlite_url, "Verdi Impianti SRL",
                                         "+390298765432")
    process = _run([str(script), "call", "incoming", "02 9876 5432", "--database", sqlite_url],
                   env={"PYTHONPROFILEIMPORTTIME": "1"})
    qtbot.waitUntil(lambda: "Verdi Impianti" in window.phone_panel.card_view.toPlainText(),
                    timeout=20000)
    _, err = process.communicate(timeout=30)
    assert process.returncode == 0
    imported = _imported(err)
    assert "counterapp.launcher" in imported
    assert not {"counterapp.cli", "PySide6", "peewee"} & imported
    window.phone_panel.controller.answer()  # a softphone's call rings until answered
    assert window.phone_panel.call.number == "+390298765432"
    server.close()


def test_every_launch_starts_in_the_launcher():
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert declared["project"]["scripts"]["counterapp"] == "counterapp.launcher:main"
    installed = {e.name: e.value for e in metadata.entry_points(group="console_scripts")}
    assert installed.get("counterapp") == "counterapp.launcher:main"
    main = (ROOT / "counterapp" / "__main__.py").read_text(encoding="utf-8")
    assert "from counterapp.launcher import main" in main  # also the frozen executable's


def test_pip_script_refuses_a_garbage_number_with_one_line(sqlite_url):
    process = _run([str(_installed_script()), "call", "incoming", "0x1234",
                    "--database", sqlite_url])
    _, err = process.communicate(timeout=60)
    assert process.returncode == 2
    assert err.count("\n") == 1 and "number" in err and "Traceback" not in err


def test_fast_path_leaves_odd_arguments_to_the_full_command_line():
    assert instance_client.fast_main(["06 1234 5678", "--verbose"]) is None
    assert instance_client.fast_main(["--help"]) is None
    assert instance_client.fast_main([]) is None
    assert instance_client.fast_main(["06 1234 5678", "02 1234 5678"]) is None
    assert instance_client.fast_main(["06 1234 5678", "--database"]) is None


def test_no_window_answers_is_false_not_an_error(sqlite_url):
    assert instance_client.send_incoming_call(sqlite_url, "+390212345678", 200) is False
