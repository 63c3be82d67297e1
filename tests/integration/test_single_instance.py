"""A softphone's ``counterapp call incoming NUMBER`` reaches the running window.

The window's single-instance server runs in this process (pytest-qt); a REAL second
process runs the command, as a softphone would.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from counterapp.ui import single_instance
from tests.ui.phone_helpers import make_customer

ROOT = Path(__file__).resolve().parents[2]


def _command(*args: str) -> list[str]:
    return [sys.executable, "-m", "counterapp", *args]


def _run(args: list[str], **kwargs) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen(args, cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, **kwargs)


def test_call_incoming_command_shows_caller_in_running_window(app_window, qtbot, sqlite_url):
    window = app_window(user=None)
    window.services.staff.create_user(None, "mgr", "Maria Manager", "manager", "1111")
    window.set_actor(window.services.staff.actor("mgr"))
    make_customer("Rossi & Figli SRL", contact="Luca Bianchi")
    server = single_instance.install(window, sqlite_url)
    assert server.name == single_instance.server_name(sqlite_url)
    process = _run(_command("call", "incoming", "02 1234 5678", "--database", sqlite_url))
    qtbot.waitUntil(lambda: "Rossi & Figli SRL" in window.phone_panel.card_view.toPlainText(),
                    timeout=20000)
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=10000)
    assert process.returncode == 0, process.stderr.read()
    assert "Luca Bianchi" in window.phone_panel.card_view.toPlainText()
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
        gui = single_instance.launch_gui(sqlite_url, "+390212345678")
    finally:
        os.environ.clear()
        os.environ.update(env_before)
    try:
        qtbot.waitUntil(lambda: single_instance.send_message(sqlite_url, {"cmd": "raise"},
                                                             timeout_ms=200), timeout=30000)
        assert single_instance.send_incoming_call(sqlite_url, "+390212345678")
    finally:
        gui.terminate()
        gui.wait(10)


def test_fast_path_reaches_the_window_without_the_full_command_line(app_window, qtbot,
                                                                   sqlite_url):
    window = app_window(user=None)
    window.services.staff.create_user(None, "mgr", "Maria Manager", "manager", "1111")
    window.set_actor(window.services.staff.actor("mgr"))
    make_customer("Bianchi Forniture SRL", number="+390612345678")
    server = single_instance.install(window, sqlite_url)
    code = ("import sys; from counterapp.ui.single_instance import fast_main; "
            "sys.exit(3 if fast_main(sys.argv[1:]) is None else 0)")
    process = _run([sys.executable, "-c", code, "06 1234 5678", "--database", sqlite_url])
    qtbot.waitUntil(lambda: "Bianchi Forniture" in window.phone_panel.card_view.toPlainText(),
                    timeout=20000)
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=10000)
    assert process.returncode == 0
    server.close()
    # No window answering, or a number the fast path will not vouch for: the full command.
    assert single_instance.fast_main(["06 1234 5678", "--database", sqlite_url]) is None
    assert single_instance.fast_main(["garbage!", "--database", sqlite_url]) is None
    assert single_instance.fast_main(["06 1234 5678", "--verbose"]) is None
