"""The confirmation call of a standing-order run, without Qt.

When the rep ends a call made for a "standing order to confirm" task (the call list's
``standing_confirm`` line), the phone asks this: confirm the run as it is, confirm it with
other lines for this run only, change the standing order itself (the editor, then confirm),
or skip the run with a reason. Each answer is one ``services.standing`` call carrying the
call's id; ``note`` is the line the call's notes keep, so the call outcome says which.

``StandingConfirmController.for_task`` says whether a task is such a confirmation (and
still open); the view is ``confirm_dialog.StandingConfirmDialog``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from counterapp.domain.errors import CounterAppError
from counterapp.domain.formatting import format_date
from counterapp.services import Actor, Services
from counterapp.services.standing_orders import StandingLineInput, StandingOrderRow
from counterapp.services.standing_orders_rows import RunRow
from counterapp.settings import QT_TRANSLATE_NOOP
from counterapp.ui.common.controller import ControllerTexts, Observable
from counterapp.ui.standing.editor_controller import EditorLine

C = "StandingConfirm"
OPEN_RUNS = ("waiting", "failed", "confirmed", "confirmed_with_changes")
NOTES = {
    "confirmed": (C, QT_TRANSLATE_NOOP("StandingConfirm",
                                       "Standing order %1, run of %2: confirmed.")),
    "confirmed_with_changes": (C, QT_TRANSLATE_NOOP(
        "StandingConfirm", "Standing order %1, run of %2: confirmed with changes (%3).")),
    "changed": (C, QT_TRANSLATE_NOOP(
        "StandingConfirm", "Standing order %1 changed; run of %2 confirmed.")),
    "skipped": (C, QT_TRANSLATE_NOOP("StandingConfirm",
                                     "Standing order %1, run of %2: skipped (%3).")),
}
CHANGED_NOTE = (C, QT_TRANSLATE_NOOP("StandingConfirm", "standing order changed on the call"))


@dataclass(frozen=True)
class ConfirmState:
    """The run being confirmed, the lines for "with changes", and how it ended."""

    run: RunRow
    standing: StandingOrderRow
    run_date_text: str
    lines: tuple[EditorLine, ...]
    done: str = ""  # confirmed, confirmed_with_changes, changed, skipped
    note: str = ""
    error: str = ""


class StandingConfirmController:
    """One run's confirmation on a call (see the module docstring)."""

    def __init__(self, services: Services, actor: Actor | None, run: RunRow, *,
                 call_id: int | None = None, texts: ControllerTexts | None = None):
        self.services = services
        self.actor = actor
        self.call_id = call_id
        self.texts = texts or ControllerTexts()
        standing = services.standing.get(run.standing_order_id)
        self.state: Observable[ConfirmState] = Observable(ConfirmState(
            run=run, standing=standing,
            run_date_text=format_date(run.run_date, self.texts.locale()),
            lines=tuple(EditorLine(line.product_id, line.sku, line.name, line.quantity)
                        for line in standing.lines)))

    @staticmethod
    def for_task(services: Services, task_id: int | None) -> RunRow | None:
        """The open run a call-list task asks to confirm, or ``None``."""
        if task_id is None:
            return None
        run = services.standing.run_for_task(task_id)
        return run if run is not None and run.status in OPEN_RUNS else None

    def _finish(self, done: str, settle, *detail: object) -> bool:
        state = self.state.value
        try:
            settle()
        except CounterAppError as exc:
            self.state.set(replace(state, error=self.texts.error_text(exc)))
            return False
        note = self.texts.say(NOTES[done], state.standing.id, state.run_date_text, *detail)
        self.state.set(replace(state, done=done, note=note, error=""))
        return True

    def confirm(self) -> bool:
        """The customer wants the run as usual."""
        run = self.state.value.run
        return self._finish("confirmed", lambda: self.services.standing.confirm_run(
            self.actor, run.standing_order_id, run.run_date, call_id=self.call_id))

    def set_quantity(self, index: int, quantity: int) -> None:
        """This run's quantity of line ``index`` (0: not this time)."""
        state = self.state.value
        lines = list(state.lines)
        if 0 <= index < len(lines):
            lines[index] = replace(lines[index], quantity=max(0, quantity))
            self.state.set(replace(state, lines=tuple(lines)))

    def confirm_with_changes(self) -> bool:
        """Confirmed with this run's lines (the standing order itself stays)."""
        state = self.state.value
        run = state.run
        lines = tuple(StandingLineInput(line.product_id, line.quantity)
                      for line in state.lines if line.quantity > 0)
        said = ", ".join(f"{line.sku} × {line.quantity}" for line in state.lines
                         if line.quantity > 0)
        return self._finish("confirmed_with_changes",
                            lambda: self.services.standing.confirm_run_with_changes(
                                self.actor, run.standing_order_id, run.run_date, lines,
                                call_id=self.call_id), said)

    def standing_changed(self) -> bool:
        """The rep changed the standing order itself (the editor saved): confirm the run
        with the new lines, if the new schedule still has it."""
        run = self.state.value.run
        self.state.set(replace(self.state.value,
                               standing=self.services.standing.get(run.standing_order_id)))
        return self._finish("changed", lambda: self.services.standing.confirm_run(
            self.actor, run.standing_order_id, run.run_date, call_id=self.call_id,
            note=self.texts.say(CHANGED_NOTE)))

    def skip(self, reason: str) -> bool:
        """No order this time; ``reason`` is required and kept in the history."""
        run = self.state.value.run
        return self._finish("skipped", lambda: self.services.standing.skip_run(
            self.actor, run.standing_order_id, run.run_date, reason, call_id=self.call_id),
            reason.strip())
