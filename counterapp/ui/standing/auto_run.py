"""The app's own standing-order check: at start and every hour while the window is open.

``services.standing.run_due`` needs a user allowed to run standing orders (not a junior):
at start nobody is logged in yet, so the start check runs at the first login, then every
hour with whoever is logged in. The work runs off the UI thread (``background.qt_runner``
over ``Operation``, no progress dialog); one check at a time. The result and any failure
are logged; a failure blocks nothing (the next hour, another workstation or
``counterapp standing run`` tries again; generation is idempotent). Orders made are said
on the status bar through ``notification``.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from counterapp.domain.permissions import ALLOW, Action, decision
from counterapp.services import Services
from counterapp.ui.common.background import qt_runner
from counterapp.ui.common.controller import BackgroundRunner, BusyGuard
from counterapp.ui.session import Session

log = logging.getLogger(__name__)
HOUR_MS = 60 * 60 * 1000


class StandingAutoRun(QObject):
    """Runs ``run_due`` at the first login and hourly (see the module docstring).

    Signals:
        notification(str): a short status-bar text when orders were made.
        finished(object): the ``RunReport`` (or the exception) of each check, for tests.
    """

    notification = Signal(str)
    finished = Signal(object)

    def __init__(self, services: Services, session: Session, parent,
                 runner: BackgroundRunner | None = None):
        super().__init__(parent)
        self.services = services
        self.session = session
        self.runner = runner or qt_runner(parent, show_progress=False)
        self.guard = BusyGuard()
        self.started = False
        self.timer = QTimer(self)
        self.timer.setInterval(HOUR_MS)
        self.timer.timeout.connect(self.run_now)
        session.user_changed.connect(self._user_changed)

    def _user_changed(self, actor) -> None:
        if actor is not None and not self.started:
            self.started = True
            self.timer.start()
            QTimer.singleShot(0, self.run_now)  # after the login has painted

    def run_now(self) -> bool:
        """Check now (False when skipped: nobody allowed is logged in, or one is running)."""
        actor = self.session.actor
        if actor is None or decision(actor.role, Action.RUN_STANDING_ORDERS) != ALLOW:
            log.info("standing orders: check skipped (no user allowed to run them)")
            return False
        if not self.guard.begin("standing_run"):
            return False
        self.runner(lambda: self.services.standing.run_due(actor), success=self._done,
                    failure=self._failed)
        return True

    def _done(self, report) -> None:
        self.guard.end()
        log.info("standing orders up to %s: %d made, %d already made, %d waiting, %d failed, "
                 "%d confirmation tasks, %d escalations", report.up_to, len(report.made),
                 report.already_made, len(report.waiting), len(report.failed),
                 report.confirm_tasks, report.escalations)
        if report.made:
            self.notification.emit(self.tr("Standing orders: %n order(s) made.", "",
                                            len(report.made)))
        self.finished.emit(report)

    def _failed(self, exc: BaseException) -> None:
        self.guard.end()
        log.warning("standing orders: the check failed (%s: %s); the next one tries again",
                    type(exc).__name__, exc)
        self.finished.emit(exc)
