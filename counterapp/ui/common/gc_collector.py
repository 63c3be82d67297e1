"""Cyclic garbage collection on the UI thread only.

Python's cycle collector runs on whichever thread happens to allocate past the threshold.
When a worker thread runs it and the cycle holds a Qt object (a dialog captured by a
closure, a model referenced by its view), that object is destroyed on the worker: the
use-after-free behind the printing crashes of issue 16. PyQt's and Anki's answer, taken
here: automatic collection off, and the same thresholds checked by a UI-thread timer.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_INTERVAL_MS = 1000


class MainThreadGarbageCollector(QObject):
    """Disables automatic collection and collects on the UI thread every second."""

    def __init__(self, parent: QObject, interval_ms: int = CHECK_INTERVAL_MS):
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(interval_ms)
        self.destroyed.connect(gc.enable)

    def check(self) -> int:
        """Collect the generations whose counts passed their thresholds; the number freed."""
        counts = gc.get_count()
        freed = 0
        if counts[0] > self._thresholds[0]:
            generation = 0
            if counts[1] > self._thresholds[1]:
                generation = 2 if counts[2] > self._thresholds[2] else 1
            freed = gc.collect(generation)
        return freed
