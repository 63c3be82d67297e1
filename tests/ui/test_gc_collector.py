"""Cycles are collected on the UI thread's timer, never by a worker thread's allocation."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject

from counterapp.ui.common.gc_collector import MainThreadGarbageCollector


class _Cycle:
    def __init__(self):
        self.me = self


def test_a_worker_thread_never_collects_and_the_ui_timer_does(qtbot):
    owner = QObject()
    collector = MainThreadGarbageCollector(owner, interval_ms=10)
    try:
        assert not gc.isenabled()
        collected_on: list[str] = []

        def note(phase, info):
            if phase == "stop":
                collected_on.append(threading.current_thread().name)

        gc.callbacks.append(note)
        try:
            worker = threading.Thread(
                target=lambda: [_Cycle() for _ in range(20_000)], name="worker")
            worker.start()
            worker.join()
            assert "worker" not in collected_on
            qtbot.waitUntil(lambda: threading.main_thread().name in collected_on, timeout=3000)
        finally:
            gc.callbacks.remove(note)
    finally:
        del collector
        owner.deleteLater()
        gc.enable()  # the suite's other tests run with the interpreter's default
