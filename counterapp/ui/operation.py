"""Run slow work off the UI thread: progress, cancel, and results back on the UI thread.

Modelled on Anki's ``CollectionOp``: the work function receives a ``Progress`` it may
report to, publish finished pieces through and poll for cancellation; ``success`` /
``failure`` run on the UI thread. Services open their own database connection in the
worker thread (peewee keeps one connection per thread), so the UI thread never waits on
the database for long work. Nothing here waits: there is no nested event loop, no
``wait()`` or ``join()`` on a worker; the flow goes on in the callbacks.

Lifetimes, and why (issue 16, the crash while printing). The worker thread touches one
QObject only, the operations dispatcher: a child of the application created on the UI
thread, alive as long as the application. Every other object the UI hands to the work —
the work function and whatever it captures (dialogs, panels), the callbacks, the result,
the exception and its traceback — is released on the UI thread: the worker keeps no
reference of its own when it reports that it is done, and the final slot empties the
job before the worker's last reference to it goes. Each running operation is referenced
by the dispatcher until its final slot ran, so callers need not keep it alive, and an
operation whose parent widget is deleted is cancelled and runs no callback.

The old helper had a ``_Signals`` QObject owned by nobody but Python references: the
``Operation`` on the UI thread and the ``QRunnable`` the pool deletes in the worker thread
after ``run()``. When the UI thread dropped the operation first (as soon as the final
slot had run), the runnable held the last reference and the ``QObject`` was destroyed in
the worker thread while the UI thread destroyed the ``Operation`` and disconnected from
it: a use-after-free that segfaulted now and then.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)

_DISPATCHER_NAME = "counterappOperations"


class Cancelled(Exception):
    """Raised inside the work function when the user pressed Cancel."""


class Progress:
    """Handed to the work function: ``report``, ``publish``, ``check`` and ``cancelled``."""

    def __init__(self, emit: Callable[[int, int, str], None],
                 publish: Callable[[Any], None] | None = None):
        self._emit = emit
        self._publish = publish
        self._cancel = threading.Event()

    def report(self, done: int, total: int, text: str = "") -> None:
        """Tell the UI how far the work is (thread-safe, cheap)."""
        self._emit(done, total, text)

    def publish(self, value: Any) -> None:
        """Hand one finished piece to the UI thread now (``Operation.published``).

        ``value`` must be plain data (a frozen dataclass, bytes): never a QObject, which
        must not cross threads.
        """
        if self._publish is not None:
            self._publish(value)

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


class _Job:
    """What the worker thread sees: plain Python, no QObject but the dispatcher's signals."""

    def __init__(self, work: Callable[[Progress], Any]):
        self.work: Callable[[Progress], Any] | None = work
        self.token = 0
        self.outcome: tuple[bool, Any] | None = None
        self.progress = Progress(self._report, self._publish)
        self.emit_progress: Callable[[int, int, int, str], None] | None = None
        self.emit_published: Callable[[int, Any], None] | None = None
        self.emit_done: Callable[[int], None] | None = None

    def _report(self, done: int, total: int, text: str) -> None:
        if self.emit_progress is not None:
            self.emit_progress(self.token, done, total, text)

    def _publish(self, value: Any) -> None:
        if self.emit_published is not None:
            self.emit_published(self.token, value)


def _outcome(work: Callable[[Progress], Any], progress: Progress) -> tuple[bool, Any]:
    try:
        return True, work(progress)
    except BaseException as exc:  # noqa: BLE001 (every failure must reach the UI thread)
        if not isinstance(exc, Cancelled):
            log.exception("background operation failed")
        return False, exc


def _run_job(job: _Job) -> None:
    """In the worker: run the work, store the outcome in the job, say it is done.

    The outcome is handed over through the job (which the UI thread still references),
    never as a local of this frame, so that the last reference to the result, the
    exception and the work function is dropped on the UI thread.
    """
    job.outcome = _outcome(job.work, job.progress)
    job.emit_done(job.token)


class _Runner(QRunnable):
    def __init__(self, job: _Job):
        super().__init__()
        self._job = job

    def run(self) -> None:
        _run_job(self._job)


class _Dispatcher(QObject):
    """Brings the workers' reports to the UI thread and keeps running operations alive.

    One per application (a child of it, found by object name): the only QObject worker
    threads touch, and it outlives them (the application waits for its thread pool).
    """

    progressed = Signal(int, int, int, str)
    published = Signal(int, object)
    done = Signal(int)

    def __init__(self, app: QObject):
        super().__init__(app)
        self.setObjectName(_DISPATCHER_NAME)
        self.running: dict[int, Operation] = {}
        self._tokens = itertools.count(1)
        queued = Qt.ConnectionType.QueuedConnection
        self.progressed.connect(self._on_progressed, queued)
        self.published.connect(self._on_published, queued)
        self.done.connect(self._on_done, queued)

    def add(self, operation: Operation, job: _Job) -> None:
        """Register ``operation`` (strong reference) and wire ``job`` to this dispatcher."""
        job.token = next(self._tokens)
        job.emit_progress = self.progressed.emit
        job.emit_published = self.published.emit
        job.emit_done = self.done.emit
        self.running[job.token] = operation

    @Slot(int, int, int, str)
    def _on_progressed(self, token: int, done: int, total: int, text: str) -> None:
        operation = self.running.get(token)
        if operation is not None:
            operation._on_progress(done, total, text)  # noqa: SLF001 (module-private pair)

    @Slot(int, object)
    def _on_published(self, token: int, value: Any) -> None:
        operation = self.running.get(token)
        if operation is not None:
            operation._on_published(value)  # noqa: SLF001

    @Slot(int)
    def _on_done(self, token: int) -> None:
        # The last signal of this token: the strong reference goes once the flow went on
        # (a callback may run a modal dialog; the operation counts as running meanwhile).
        operation = self.running.get(token)
        if operation is None:
            return
        try:
            operation._finish()  # noqa: SLF001
        finally:
            del self.running[token]


def _dispatcher() -> _Dispatcher:
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("background operations need a running QApplication")
    found = app.findChild(_Dispatcher, _DISPATCHER_NAME,
                          Qt.FindChildOption.FindDirectChildrenOnly)
    return found if found is not None else _Dispatcher(app)


def running_operations() -> list[Operation]:
    """The operations started and not finished yet (their final slot has not returned)."""
    app = QCoreApplication.instance()
    found = app.findChild(_Dispatcher, _DISPATCHER_NAME,
                          Qt.FindChildOption.FindDirectChildrenOnly) if app else None
    return list(found.running.values()) if found is not None else []


class Operation(QObject):
    """One background operation; create it on the UI thread.

    It has no Qt parent: the dispatcher keeps it until its final slot ran. ``parent``
    hosts the progress dialog; when it is deleted before the work ends, the work is
    cancelled and neither callback nor ``progressed``/``published`` reaches it.

    Signals:
        progressed(int, int, str): done, total, text — on the UI thread.
        published(object): a piece the work handed over with ``Progress.publish``.
        finished(): after the success or failure callback ran (or was skipped because
            ``parent`` was deleted); always the last signal.
    """

    progressed = Signal(int, int, str)
    published = Signal(object)
    finished = Signal()

    def __init__(self, work: Callable[[Progress], Any], *, parent: QWidget | None = None,
                 success: Callable[[Any], None] | None = None,
                 failure: Callable[[BaseException], None] | None = None,
                 title: str = "", show_progress: bool = True):
        super().__init__()
        self._job = _Job(work)
        self.progress = self._job.progress
        self._success = success
        self._failure = failure
        self._parent = parent
        self._orphaned = False
        self._started = False
        self._dialog: QProgressDialog | None = None
        if parent is not None:
            parent.destroyed.connect(self._on_parent_destroyed)
            if show_progress:
                self._dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent)
                self._dialog.setObjectName("operationProgress")
                self._dialog.setWindowModality(Qt.WindowModality.WindowModal)
                self._dialog.setMinimumDuration(300)
                self._dialog.canceled.connect(self.progress.cancel)
        self.running = False

    def start(self, pool: QThreadPool | None = None) -> Operation:
        """Queue the work on the thread pool; returns self for chaining."""
        if self._started:
            raise RuntimeError("an operation runs once")
        self._started = True
        self.running = True
        _dispatcher().add(self, self._job)
        (pool or QThreadPool.globalInstance()).start(_Runner(self._job))
        return self

    def cancel(self) -> None:
        """Ask the work to stop."""
        self.progress.cancel()

    def _on_parent_destroyed(self) -> None:
        self._orphaned = True
        self._dialog = None  # a child of the parent: gone with it
        self.progress.cancel()

    def _on_progress(self, done: int, total: int, text: str) -> None:
        if self._orphaned:
            return
        if self._dialog is not None:
            self._dialog.setMaximum(max(total, 0))
            self._dialog.setValue(min(done, total) if total else 0)
            if text:
                self._dialog.setLabelText(text)
        self.progressed.emit(done, total, text)

    def _on_published(self, value: Any) -> None:
        if not self._orphaned:
            self.published.emit(value)

    def _close(self) -> None:
        self.running = False
        if self._dialog is not None and shiboken6.isValid(self._dialog):
            self._dialog.reset()
            self._dialog.deleteLater()
        self._dialog = None
        if self._parent is not None and not self._orphaned and shiboken6.isValid(self._parent):
            self._parent.destroyed.disconnect(self._on_parent_destroyed)
        self._parent = None

    def _finish(self) -> None:
        """The final slot, on the UI thread: empty the job, then go on with the flow."""
        job = self._job
        ok, value = job.outcome if job.outcome is not None else (False, Cancelled())
        # The worker may still hold the job: leave it nothing to release there.
        job.outcome = None
        job.work = None
        callback = self._success if ok else self._failure
        # Callbacks often capture the object that keeps this operation: drop them so no
        # reference cycle is left for the garbage collector to break on a worker thread.
        self._success = self._failure = None
        orphaned = self._orphaned
        self._close()
        try:
            if callback is not None and not orphaned:
                callback(value)
        finally:
            self.finished.emit()


def run_in_background(work: Callable[[Progress], Any], *, parent: QWidget | None,
                      success: Callable[[Any], None] | None = None,
                      failure: Callable[[BaseException], None] | None = None,
                      title: str = "", show_progress: bool = True) -> Operation:
    """Start ``work(progress)`` on a worker thread; callbacks run on the UI thread.

    Returns at once. Keeping the returned ``Operation`` is optional: it stays alive until
    its callbacks ran.
    """
    return Operation(work, parent=parent, success=success, failure=failure, title=title,
                     show_progress=show_progress).start()
