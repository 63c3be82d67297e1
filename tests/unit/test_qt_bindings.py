"""Guards against Qt binding releases that break a GUI left open all day."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_qt_calls_do_not_leak_references_to_singletons(qapp):
    """PySide6 6.12.0 on Python 3.11 dropped a reference to None (and True/False) on every
    call and aborted the process after a few thousand calls; the pin in pyproject keeps it out.
    """
    label = QLabel()
    before = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(500):
        label.setText("x")
        label.isVisible()
    after = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    assert all(abs(a - b) < 50 for a, b in zip(before, after, strict=True)), (before, after)
