"""The Qt side of ``BackgroundRunner``: controllers' slow work goes through ``Operation``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from counterapp.ui.common.controller import BackgroundRunner
from counterapp.ui.operation import Operation


def qt_runner(parent: QWidget, *, show_progress: bool = True) -> BackgroundRunner:
    """A runner that works off the UI thread and calls back on it.

    ``parent`` hosts the progress dialog; when it is deleted first, neither callback runs
    (``Operation``'s rule), so a closed panel is never painted.
    """

    def run(work: Callable[[], Any], *, success: Callable[[Any], None],
            failure: Callable[[BaseException], None], title: str = "") -> None:
        Operation(lambda _progress: work(), parent=parent, success=success, failure=failure,
                  title=title, show_progress=show_progress).start()

    return run
