"""The dashboard's runner: ``qt_runner`` whose worker closes its database connection.

Pool threads outlive the work, and an idle PostgreSQL session per finished read would
pile up on the server (the same rule as ``ui.common.printing``'s worker connection).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from counterapp.ui.common.background import qt_runner
from counterapp.ui.common.controller import BackgroundRunner


def closing_runner(parent: QWidget, db) -> BackgroundRunner:
    """Off the UI thread without a progress dialog; ``db``'s connection of the worker
    thread is closed after each piece of work."""
    run = qt_runner(parent, show_progress=False)

    def runner(work, *, success, failure, title=""):
        def closing():
            try:
                return work()
            finally:
                if not db.is_closed():
                    db.close()

        run(closing, success=success, failure=failure, title=title)

    return runner
