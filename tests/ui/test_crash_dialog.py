"""The window's error trail: a slot that raises is logged and shown once; Help opens the logs.

pytest-qt normally catches exceptions raised in slots itself and fails the test; these
tests turn that off (``qt_no_exception_capture``, as its docs say) so the exception reaches
our ``sys.excepthook``, as it would in the shop. ``CrashDialog.ask`` is the one modal
call and is replaced (pytest-qt's note on dialogs); the log file and the file-manager
request (``QDesktopServices`` URL handler for ``file:``) are real.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QThread, QTimer, QUrl, Slot, qWarning
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QApplication, QPushButton

from counterapp import errortrail
from counterapp.settings import log_dir
from counterapp.ui.common import crash_dialog
from counterapp.ui.common.crash_dialog import QUIET_SECONDS, CrashDialog, CrashReporter
from counterapp.ui.common.messages import error_text


class FakeClock:
    """A monotonic clock the test moves by hand (the quiet period without waiting)."""

    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class UrlCatcher(QObject):
    """Receives what would have gone to the desktop's file manager."""

    def __init__(self):
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:  # noqa: A003 (the URL handler's method name)
        self.urls.append(url)


@pytest.fixture
def trail(monkeypatch):
    """The start-up's non-Qt trail in this test's data dir; hooks put back afterwards."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    path = Path(errortrail.setup_logging())
    yield path
    errortrail.close_log()


@pytest.fixture
def asked(monkeypatch):
    """Replace the modal dialog: record each call, answer "close"."""
    calls: list[tuple] = []

    def ask(parent, log_file):
        calls.append((parent, log_file))
        return False

    monkeypatch.setattr(CrashDialog, "ask", staticmethod(ask))
    return calls


@pytest.fixture
def reporter(qapp, trail):
    clock = FakeClock()
    reporter = CrashReporter(qapp, clock=clock)
    reporter.install()
    reporter.clock = clock
    yield reporter
    reporter.uninstall()
    reporter.deleteLater()


@pytest.fixture
def url_catcher():
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "open")
    yield catcher
    QDesktopServices.unsetUrlHandler("file")


def _failing_button(qtbot) -> QPushButton:
    button = QPushButton("Totale")
    button.setObjectName("failingButton")
    qtbot.addWidget(button)

    def slot():
        raise ZeroDivisionError("totale diviso zero")

    button.clicked.connect(slot)
    button.show()
    button.activateWindow()
    qtbot.waitUntil(button.isActiveWindow)
    return button


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_slot_is_logged_and_shown_once(qtbot, reporter, asked, trail):
    button = _failing_button(qtbot)

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(asked) == 1)
    # The same slot failing again right after: logged, but no second dialog.
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: trail.read_text(encoding="utf-8").count("ZeroDivisionError: totale") == 3)
    QApplication.processEvents()

    assert len(asked) == 1
    assert asked[0][1] == str(trail) and trail.parent == log_dir()
    text = trail.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in text
    assert "in slot" in text  # the frame that raised
    assert "uncaught ZeroDivisionError in thread MainThread, window QPushButton 'failingButton'" in text
    assert "CounterApp " in text  # the version context


@pytest.mark.qt_no_exception_capture
def test_timer_lambda_raising_shows_a_dialog_again_after_the_quiet_period(qtbot, reporter,
                                                                         asked, trail):
    QTimer.singleShot(0, lambda: 1 / 0)
    qtbot.waitUntil(lambda: len(asked) == 1)

    reporter.clock.now += QUIET_SECONDS + 1
    QTimer.singleShot(0, lambda: [][1])
    qtbot.waitUntil(lambda: len(asked) == 2)

    text = trail.read_text(encoding="utf-8")
    assert "ZeroDivisionError" in text and "IndexError" in text


@pytest.mark.qt_no_exception_capture
def test_exception_raised_while_the_dialog_is_open_only_logs(qtbot, reporter, monkeypatch,
                                                            trail):
    calls = []

    def ask(parent, log_file):
        calls.append(log_file)
        # The dialog's own event loop runs the next failing timer.
        QTimer.singleShot(0, lambda: {}["missing"])
        qtbot.waitUntil(lambda: "KeyError" in trail.read_text(encoding="utf-8"))
        QApplication.processEvents()
        return False

    monkeypatch.setattr(CrashDialog, "ask", staticmethod(ask))
    QTimer.singleShot(0, lambda: 1 / 0)
    qtbot.waitUntil(lambda: len(calls) == 1)
    reporter.clock.now += QUIET_SECONDS + 1
    QApplication.processEvents()

    assert calls == [str(trail)]
    assert "crash dialog not shown again" in trail.read_text(encoding="utf-8")


@pytest.mark.qt_no_exception_capture
def test_worker_thread_exception_is_logged_and_the_dialog_opens_on_the_ui_thread(
        qtbot, reporter, asked, trail):
    def work():
        raise OSError("stampante scollegata")

    worker = threading.Thread(target=work, name="print-worker")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(asked) == 1)

    text = trail.read_text(encoding="utf-8")
    assert "uncaught OSError in thread print-worker" in text
    assert "OSError: stampante scollegata" in text


class FailingThread(QThread):
    def run(self):  # noqa: D102
        raise PermissionError("cassetto bloccato")


@pytest.mark.qt_no_exception_capture
def test_qthread_exception_is_logged_off_the_ui_thread_and_shown_once(qtbot, reporter, asked,
                                                                      trail):
    thread = FailingThread()

    with qtbot.waitSignal(thread.finished):
        thread.start()
    qtbot.waitUntil(lambda: len(asked) == 1)

    text = trail.read_text(encoding="utf-8")
    assert "PermissionError: cassetto bloccato" in text and ", a Qt thread (" in text


def test_choosing_open_log_folder_opens_the_log_directory(qtbot, reporter, monkeypatch,
                                                          url_catcher):
    monkeypatch.setattr(CrashDialog, "ask", staticmethod(lambda parent, log_file: True))

    reporter.report()

    assert [Path(url.toLocalFile()) for url in url_catcher.urls] == [log_dir()]


@pytest.mark.qt_log_ignore("scanner on COM3 not answering")
def test_qt_warnings_go_to_the_log_file(qtbot, reporter, trail):
    qWarning("scanner on COM3 not answering")

    text = trail.read_text(encoding="utf-8")
    assert "WARNING" in text and "qt: scanner on COM3 not answering" in text


def test_dialog_names_the_log_file_and_offers_its_folder(qtbot, trail):
    dialog = CrashDialog(None, str(trail))
    qtbot.addWidget(dialog)

    assert str(trail) in dialog.informativeText()
    assert dialog.open_button.objectName() == "openLogFolderButton"
    assert dialog.open_button.text()


def test_unexpected_error_message_names_the_log_file(trail):
    assert str(trail) in error_text(RuntimeError("boom"))


def test_help_open_log_folder(qtbot, app_window, url_catcher):
    window = app_window()
    action = window.findChild(QAction, "openLogFolderAction")

    assert action in window.help_menu.actions()
    action.trigger()

    assert [Path(url.toLocalFile()) for url in url_catcher.urls] == [log_dir()]
    assert log_dir().is_dir()


def test_open_log_folder_creates_the_folder_first(url_catcher):
    assert not log_dir().exists()

    crash_dialog.open_log_folder()

    assert log_dir().is_dir() and len(url_catcher.urls) == 1
