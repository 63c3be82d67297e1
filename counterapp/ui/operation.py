"""Run slow work off the UI thread: progress, cancel, and results back on the UI thread.

Modelled on Anki's ``CollectionOp``: the work function receives a ``Progress`` it may
report to and poll for cancellation; ``success``/``failure`` run on the UI thread.
Services open their own database connection in the worker thread (peewee keeps one
connection per thread), so the UI thread never waits on the database for long work.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside the work function when the user pressed Cancel."""


class Progress:
    """Handed to the work function: ``report(done, total, text)`` and ``check()``."""

    def __init__(self, emit: Callable[[int, int, str], None]):
        self._emit = emit
        self._cancel = threading.Event()

    def report(self, done: int, total: int, text: str = "") -> None:
        """Tell the UI how far the work is (thread-safe, cheap)."""
        self._emit(done, total, text)

    def cancel(self) -> None:
        """Ask the work to stop at its next ``check()``."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        """True once Cancel was pressed."""
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise ``Cancelled`` if the user cancelled (call it between chunks of work)."""
        if self._cancel.is_set():
            raise Cancelled()


class _Signals(QObject):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)


class _Runner(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], signals: _Signals, progress: Progress):
        super().__init__()
        self.work = work
        self.signals = signals
        self.progress = progress

    def run(self) -> None:
        try:
            result = self.work(self.progress)
        except BaseException as exc:  # noqa: BLE001 (every failure must reach the UI thread)
            if not isinstance(exc, Cancelled):
                log.exception("background operation failed")
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)


class Operation(QObject):
    """One background operation.

    Signals:
        progressed(int, int, str): done, total, text — on the UI thread.
        finished(): after success or failure callbacks ran.
    """

    progressed = Signal(int, int, str)
    finished = Signal()

    def __init__(self, work: Callable[[Progress], Any], *, parent: QWidget | None = None,
                 success: Callable[[Any], None] | None = None,
                 failure: Callable[[BaseException], None] | None = None,
                 title: str = "", show_progress: bool = True):
        super().__init__(parent)
        self._work = work
        self._success = success
        self._failure = failure
        self._signals = _Signals()
        self._signals.progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._signals.succeeded.connect(self._on_success, Qt.ConnectionType.QueuedConnection)
        self._signals.failed.connect(self._on_failure, Qt.ConnectionType.QueuedConnection)
        self.progress = Progress(self._signals.progressed.emit)
        self._dialog: QProgressDialog | None = None
        if show_progress and parent is not None:
            self._dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent)
            self._dialog.setObjectName("operationProgress")
            self._dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self._dialog.setMinimumDuration(300)
            self._dialog.canceled.connect(self.progress.cancel)
        self.running = False

    def start(self, pool: QThreadPool | None = None) -> Operation:
        """Queue the work on the thread pool; returns self for chaining."""
        self.running = True
        (pool or QThreadPool.globalInstance()).start(
            _Runner(self._work, self._signals, self.progress))
        return self

    def cancel(self) -> None:
        """Ask the work to stop."""
        self.progress.cancel()

    def _on_progress(self, done: int, total: int, text: str) -> None:
        if self._dialog is not None:
            self._dialog.setMaximum(max(total, 0))
            self._dialog.setValue(min(done, total) if total else 0)
            if text:
                self._dialog.setLabelText(text)
        self.progressed.emit(done, total, text)

    def _close(self) -> None:
        self.running = False
        if self._dialog is not None:
            self._dialog.reset()
            self._dialog.deleteLater()
            self._dialog = None

    def _on_success(self, result: Any) -> None:
        self._close()
        if self._success:
            self._success(result)
        self.finished.emit()

    def _on_failure(self, exc: BaseException) -> None:
        self._close()
        if self._failure:
            self._failure(exc)
        self.finished.emit()


def run_in_background(work: Callable[[Progress], Any], *, parent: QWidget | None,
                      success: Callable[[Any], None] | None = None,
                      failure: Callable[[BaseException], None] | None = None,
                      title: str = "", show_progress: bool = True) -> Operation:
    """Start ``work(progress)`` on a worker thread; callbacks run on the UI thread."""
    return Operation(work, parent=parent, success=success, failure=failure, title=title,
                     show_progress=show_progress).start()
