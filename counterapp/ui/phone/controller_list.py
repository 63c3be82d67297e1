"""The rep's call list without Qt: callbacks, follow-ups, standing orders, campaigns.

``CallListController`` publishes ``rows`` (the service's ``call_list`` rows, overdue ones
flagged by the service) and ``message`` (an error for the status bar); the view
(``call_list_box.CallListBox``) paints them and asks the person the questions (who to
reassign to, the campaign form). ``check_due`` is what the 30-second timer calls: tasks
that fell due since the last look, and the sentence the status bar and popup show.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from counterapp.domain.errors import CounterAppError
from counterapp.services import Services
from counterapp.ui.common.controller import ControllerTexts, Observable
from counterapp.ui.phone import controller_texts as t


@dataclass(frozen=True)
class DueNotice:
    """Tasks that fell due since the last check and the sentence that says so."""

    tasks: tuple
    text: str


class CallListController:
    """The call list's rows and commands (see the module docstring)."""

    def __init__(self, services: Services, session, *, texts: ControllerTexts | None = None):
        self.services = services
        self.session = session
        self.texts = texts or ControllerTexts()
        self.last_due_check: dt.datetime | None = None
        self.rows: Observable[tuple] = Observable(())
        self.message: Observable[str] = Observable("")

    @property
    def actor(self):
        """The logged-in user (None on a locked workstation)."""
        return self.session.actor

    def user_changed(self, actor) -> None:
        """A new user sees their own list; a locked workstation shows none."""
        if actor is None:
            self.rows.set(())
            return
        self.last_due_check = self.services.ctx.now()
        self.refresh()

    def refresh(self) -> None:
        """Reload the rep's call list."""
        if self.actor is None:
            return
        try:
            rows = self.services.tasks.call_list(self.actor)
        except CounterAppError as exc:
            self.message.set(self.texts.error_text(exc))
            return
        self.rows.set(tuple(rows))

    def row_at(self, index: int):
        """The row at ``index`` (None past the end)."""
        rows = self.rows.value
        return rows[index] if 0 <= index < len(rows) else None

    def mark_done(self, row) -> bool:
        """Close the row's task; True when it was closed."""
        if row is None or row.task_id is None or self.actor is None:
            return False
        try:
            self.services.tasks.mark_done(self.actor, row.task_id)
        except CounterAppError as exc:
            self.message.set(self.texts.error_text(exc))
            self.refresh()
            return False
        self.refresh()
        return True

    def reassign_choices(self) -> list[str]:
        """The reps a task can be given to (everyone but the actor)."""
        me = self.actor.login if self.actor else ""
        return [login for login in self.services.call_history.reps() if login != me]

    def reassign(self, row, login: str) -> str:
        """Give the row's task to ``login``: "" when done, else the error to show."""
        if row is None or row.task_id is None or self.actor is None or not login:
            return ""
        try:
            self.services.tasks.reassign(self.actor, row.task_id, login)
        except CounterAppError as exc:
            self.refresh()
            return self.texts.error_text(exc)
        self.refresh()
        return ""

    def check_due(self) -> DueNotice | None:
        """Tasks that fell due since the last check (the list is reloaded when any did)."""
        if self.actor is None:
            return None
        now = self.services.ctx.now()
        since = self.last_due_check or now
        self.last_due_check = now
        try:
            due: Sequence = self.services.tasks.due_between(self.actor, since, now)
        except CounterAppError:
            return None  # the next check asks again; a popup about a failed check helps nobody
        if not due:
            return None
        self.refresh()
        names = ", ".join(task.customer_name or task.reason[:40] for task in due[:3])
        return DueNotice(tuple(due), self.texts.say(t.DUE_NOW, names))
