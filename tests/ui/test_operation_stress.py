"""Hundreds of background operations in one process with the main window open (issue 16).

The old helper crashed the process now and then (``Fatal Python error: Segmentation
fault`` in the nested event loop of the receipt render): a QObject carrying the worker's
signals was destroyed in the worker thread while the UI thread destroyed the operation.
Here renders, failures, cancels, printer failures and parents deleted while the work is
in flight run many times over; a crash takes the whole pytest process down. Against the
old helper the first test died with a segmentation fault in 3 of 4 runs (in its
sequential part); the others use the callback API that replaced the nested loop.
"""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from counterapp.domain.errors import NotFound
from counterapp.ui.common import printing
from counterapp.ui.operation import Cancelled, run_in_background
from tests.conftest import TEST_PINS
from tests.services.test_printing_fixtures import order

SEQUENTIAL = 3000  # one after the other, like the receipt after each sale
ROUNDS = 8  # waves of operations in flight together, some with parents deleted meanwhile
PER_ROUND = 30


def _window(qtbot, app_window):
    probe = app_window()
    probe.services.staff.create_user(None, "mgr", "Maria Manager", "manager", TEST_PINS["mgr"])
    window = app_window(user="mgr")
    window.show()
    qtbot.waitExposed(window)
    return window


def _reject_modals(name: str) -> QTimer:
    """Answer every modal ``name`` box with its Escape button as soon as it shows."""
    timer = QTimer()
    timer.setInterval(5)

    def poll():
        widget = QApplication.activeModalWidget()
        if widget is not None and widget.objectName() == name:
            widget.reject()

    timer.timeout.connect(poll)
    timer.start()
    return timer


def _running():
    # Imported late: the same test ran against the helper before the fix, which had none.
    from counterapp.ui.operation import running_operations  # noqa: PLC0415

    return running_operations()


def test_hundreds_of_renders_failures_and_cancels_with_the_window_open(qtbot, app_window,
                                                                        tmp_path):
    window = _window(qtbot, app_window)
    services, actor = window.services, window.session.actor
    numbers = [order().number for _ in range(6)]
    lock = threading.Lock()
    works_done: list[int] = []
    outcomes: dict[int, str] = {}
    late_calls: list[int] = []  # a callback that ran after its parent was deleted
    held: dict[int, object] = {}  # what panels do: self.operation = run_in_background(...)
    parents: dict[int, QWidget] = {}

    def work_for(i: int):
        kind = i % 6

        def work(progress):
            try:
                if kind == 0:
                    return services.printing.render(actor, "receipt", numbers[i % 6])
                if kind == 1:
                    return services.printing.render(actor, "receipt", "V2026-999999")
                if kind == 2:
                    for step in range(20):
                        progress.check()
                        progress.report(step, 20, "step")
                    return i
                if kind == 3:
                    raise OSError("the printer is on fire")
                if kind == 4:
                    progress.check()
                    return [i] * 100
                while True:  # kind 5: cancelled right after start, stops at a check
                    progress.check()
                    threading.Event().wait(0.001)
            finally:
                with lock:
                    works_done.append(i)
        return work

    def callback(i: int, what: str):
        def call(value) -> None:
            parent = parents.get(i)
            if parent is not None and not shiboken6.isValid(parent):
                late_calls.append(i)
            outcomes[i] = what if what == "ok" else type(value).__name__
            held.pop(i, None)
        return call

    # One at a time, each waited for and dropped the moment it finished: the shape of the
    # old receipt render (a local event loop quit by ``finished``, then ``del``). Before
    # the fix this crashed within a few thousand: the worker thread destroyed the signals
    # object while the UI thread destroyed the operation. (qtbot.waitSignal does more
    # bookkeeping between the end of its loop and the drop, which mostly hid the race.)
    sequential: list[str] = []
    for i in range(SEQUENTIAL):
        def quick(progress, i=i):
            if i % 50 == 1:
                raise OSError("the printer is on fire")
            while i % 50 == 2:  # cancelled right after start: stops at a check
                progress.check()
                threading.Event().wait(0.0002)
            if i % 300 == 0:
                return services.printing.render(actor, "receipt", numbers[0])
            return i

        operation = run_in_background(
            quick, parent=window if i % 50 == 5 else None, show_progress=False,
            success=lambda value: sequential.append("ok"),
            failure=lambda exc: sequential.append(type(exc).__name__))
        if i % 50 == 2:
            operation.cancel()
        loop = QEventLoop()
        operation.finished.connect(loop.quit)
        QTimer.singleShot(30_000, loop.quit)  # a lost operation fails the count below
        loop.exec()
        del operation
    expected = {1: "OSError", 2: "Cancelled"}
    assert sequential == [expected.get(i % 50, "ok") for i in range(SEQUENTIAL)]

    total = 0
    for round_ in range(ROUNDS):
        doomed: list[QWidget] = []
        for j in range(PER_ROUND):
            i = total = total + 1
            where = j % 3
            parent = None
            if where == 1:
                parent = window
            elif where == 2:
                parent = QDialog(window) if j % 2 else QWidget(window)
                parents[i] = parent
                doomed.append(parent)
            operation = run_in_background(work_for(i), parent=parent,
                                          success=callback(i, "ok"),
                                          failure=callback(i, "failed"),
                                          show_progress=bool(parent) and j % 4 == 0)
            held[i] = operation
            if i % 6 == 5:
                operation.cancel()
        # Closed and deleted while their work is in flight, as a clerk closes a dialog.
        for k, parent in enumerate(doomed):
            if k % 2:
                parent.close()
                parent.deleteLater()
            else:
                shiboken6.delete(parent)
        if round_ % 3 == 2:  # let the UI thread drop everything before the next wave
            qtbot.waitUntil(lambda expected=total: len(works_done) == expected,
                            timeout=60_000)

    qtbot.waitUntil(lambda: len(works_done) == total, timeout=60_000)
    alive = {i for i in range(1, total + 1) if i not in parents}
    qtbot.waitUntil(lambda: alive <= outcomes.keys(), timeout=60_000)
    qtbot.waitUntil(lambda: not _running(), timeout=60_000)
    assert late_calls == []
    for i in alive:
        expected = {0: "ok", 1: NotFound.__name__, 2: "ok", 3: "OSError", 4: "ok",
                    5: Cancelled.__name__}[i % 6]
        assert outcomes[i] == expected, (i, outcomes[i])
    assert not [i for i in alive if i in held]  # every live operation reached its callback


def test_batches_and_receipts_under_printer_failures(qtbot, app_window, tmp_path):
    window = _window(qtbot, app_window)
    services = window.services
    services.ctx.settings.set("printer_receipt", "Ghost Laser")
    numbers = [order().number for _ in range(5)]
    results = []
    operations = []
    for n in range(12):
        kind = n % 4
        parent = QWidget(window) if kind == 3 else None
        if kind == 0:
            (tmp_path / str(n)).mkdir()
            operation = printing.print_batch(parent, services, window.session, "receipt",
                                             numbers + ["V2026-999999"],
                                             out_dir=tmp_path / str(n),
                                             finished=results.append)
        elif kind == 1:
            operation = printing.print_batch(parent, services, window.session, "receipt",
                                             numbers, printer=printing.make_printer(
                                                 "Ghost Laser"), finished=results.append)
        else:
            operation = printing.print_batch(parent, services, window.session, "receipt",
                                             numbers * 4, out_dir=tmp_path,
                                             finished=results.append)
            operation.cancel()
        operations.append(operation)
        if parent is not None:
            shiboken6.delete(parent)  # the panel went away with the batch running

    # Receipts straight to a printer that is not there, many at once (as after a run of
    # sales): each failure names the printer in a box the clerk closes, the next render
    # finishing while the previous box is still open.
    printed = []
    closer = _reject_modals("printFailedDialog")
    for n in range(24):
        printing.print_document(window, services, window.session, "receipt",
                                numbers[n % len(numbers)], preview=False,
                                finished=printed.append)

    def failed_reprints() -> int:
        return sum(1 for number in numbers for j in services.printing.journal(number)
                   if j.status == "failed" and j.printer == "Ghost Laser")

    qtbot.waitUntil(lambda: failed_reprints() >= 24 + 3 * len(numbers), timeout=60_000)
    qtbot.waitUntil(lambda: len(printed) == 24 and not _running(), timeout=60_000)
    closer.stop()
    assert printed == [False] * 24
    by_kind = {"files": [r for r in results if r.printed],
               "printer": [r for r in results if not r.printed and not r.cancelled]}
    assert len(results) == 9  # the three batches whose panel was deleted say nothing
    assert len(by_kind["files"]) == 3
    assert all(sorted(r.printed) == sorted(numbers) for r in by_kind["files"])
    assert all([n for n, _ in r.failed] == ["V2026-999999"] for r in by_kind["files"])
    assert len(by_kind["printer"]) == 3
    assert all(sorted(n for n, _ in r.failed) == sorted(numbers) for r in by_kind["printer"])
    assert sum(r.cancelled for r in results) == 3
    assert failed_reprints() == 24 + 3 * len(numbers)


def test_print_flow_whose_parent_is_deleted_mid_render_does_nothing_more(qtbot, app_window):
    window = _window(qtbot, app_window)
    services, session = window.services, window.session
    number = order(lines=20).number
    finished = []
    closer = _reject_modals("printPreviewDialog")
    for n in range(30):
        dialog = QDialog(window)
        dialog.show()
        printing.print_document(dialog, services, session, "slip", number,
                                finished=finished.append)
        if n % 2:
            dialog.close()
            dialog.deleteLater()
        else:
            shiboken6.delete(dialog)
    # A last one with a live parent: it alone previews and says it finished.
    printing.print_document(window, services, session, "slip", number,
                            finished=finished.append)
    qtbot.waitUntil(lambda: bool(finished) and not _running(), timeout=60_000)
    closer.stop()
    assert finished == [False]  # previewed and closed: not on paper
