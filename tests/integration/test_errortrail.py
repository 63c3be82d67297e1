"""Every error leaves a trail: the log file, the crash file, one line naming where they are.

A hard crash (segfault) and an uncaught exception are run in a child process, as in the
shop: pytest turns faulthandler on for itself, and the trail must not take it away.
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import textwrap
import threading

import pytest

from counterapp import cli, errortrail
from counterapp.settings import data_dir, log_dir


def _child(code: str, tmp_path) -> subprocess.CompletedProcess:
    env = {key: value for key, value in os.environ.items() if key != "PYTHONFAULTHANDLER"}
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=120, check=False)


@pytest.fixture
def restore_logging(monkeypatch):
    """In-process starts replace the hooks and the log file: put them back afterwards."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    yield
    errortrail.close_log()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGSEGV and its exit status are POSIX")
def test_a_segfault_after_start_up_leaves_the_python_stack_in_crash_log(tmp_path):
    result = _child(f"""
        import faulthandler, sys
        from counterapp import cli, errortrail
        # A real command start (it stops at once: no database there).
        code = cli.main(["export", "products", "--out", "x.csv",
                         "--database", "sqlite:///{tmp_path / 'missing.db'}"])
        print(code, faulthandler.is_enabled(), errortrail.crash_file().exists(), flush=True)

        def print_the_slip():
            faulthandler._sigsegv()

        print_the_slip()
    """, tmp_path)

    assert result.returncode == -signal.SIGSEGV, result.stderr
    assert result.stdout.split() == ["2", "True", "True"]
    crash = (log_dir() / "crash.log").read_text(encoding="utf-8")
    assert "Fatal Python error: Segmentation fault" in crash
    assert "in print_the_slip" in crash
    assert "hard crashes are written to" in (log_dir() / "counterapp.log").read_text("utf-8")


def test_an_uncaught_exception_is_logged_and_one_line_names_the_log(tmp_path):
    result = _child("""
        from counterapp import errortrail
        errortrail.install()

        def count_the_drawer():
            raise LookupError("cassetto vuoto")

        count_the_drawer()
    """, tmp_path)

    log_file = log_dir() / "counterapp.log"
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"counterapp: LookupError: cassetto vuoto (details in {log_file})"]
    text = log_file.read_text(encoding="utf-8")
    assert "CRITICAL" in text and "uncaught LookupError in thread MainThread" in text
    assert "in count_the_drawer" in text and "Traceback (most recent call last)" in text


def test_a_thread_that_dies_is_logged_with_its_name(restore_logging):
    errortrail.install()

    def work():
        raise ValueError("etichetta illeggibile")

    worker = threading.Thread(target=work, name="label-printer")
    worker.start()
    worker.join()

    text = (log_dir() / "counterapp.log").read_text(encoding="utf-8")
    assert "uncaught ValueError in thread label-printer" in text
    assert "ValueError: etichetta illeggibile" in text and "in work" in text


def test_command_failure_names_the_log_file_that_holds_its_traceback(
        monkeypatch, capsys, tmp_path, restore_logging):
    def broken(database, **kwargs):
        raise RuntimeError("disco in fiamme")

    monkeypatch.setattr("counterapp.commands.io.services_for", broken)
    # A first start in this process, from another data directory: the second one must
    # log where its message says (it used to keep writing to the first directory's file).
    monkeypatch.setenv("COUNTERAPP_DATA_DIR", str(tmp_path / "first"))
    assert cli.main(["export", "products", "--out", str(tmp_path / "a.csv")]) == 1
    capsys.readouterr()
    monkeypatch.setenv("COUNTERAPP_DATA_DIR", str(tmp_path / "second"))

    code = cli.main(["export", "products", "--out", str(tmp_path / "b.csv")])

    log_file = tmp_path / "second" / "logs" / "counterapp.log"
    assert code == 1 and log_dir() == log_file.parent and data_dir() == tmp_path / "second"
    assert capsys.readouterr().err.splitlines() == [
        f"counterapp export: RuntimeError: disco in fiamme (details in {log_file})"]
    text = log_file.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in text and "RuntimeError: disco in fiamme" in text
    assert text.count("disco in fiamme") == 2  # the raise line and the error line, once


def test_the_log_rotates_at_2_mb_and_keeps_4_old_files(restore_logging):
    errortrail.install()
    chatty = logging.getLogger("counterapp.test")
    line = "x" * 10_000

    for _ in range(1_300):  # 13 MB: more than the 5 files hold
        chatty.info(line)

    names = sorted(path.name for path in log_dir().glob("counterapp.log*"))
    assert names == ["counterapp.log", "counterapp.log.1", "counterapp.log.2",
                     "counterapp.log.3", "counterapp.log.4"]
    assert all(path.stat().st_size <= errortrail.LOG_MAX_BYTES
               for path in log_dir().glob("counterapp.log*"))
