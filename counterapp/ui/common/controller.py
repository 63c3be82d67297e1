"""What every panel controller shares: state without Qt, one busy guard, an injected runner.

A panel is a controller (this shape: plain Python, no Qt import, tested with plain pytest)
and a thin view that paints the controller's state and forwards keys. The controller never
waits on a worker: slow work goes through the ``BackgroundRunner`` the view hands it (the
Qt one runs it off the UI thread with a progress dialog; tests pass ``run_inline``), and the
flow goes on in the success or failure callback. See docs/architecture.md for an example.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from counterapp.domain.formatting import ENGLISH

State = TypeVar("State")


def _untranslated(context: str, text: str) -> str:
    del context
    return text


def _plain_error(exc: BaseException) -> str:
    return str(exc)


def _english() -> str:
    return ENGLISH


def _untranslated_n(context: str, text: str, n: int) -> str:
    del context
    return text.replace("%n", str(n))


@dataclass(frozen=True)
class ControllerTexts:
    """How a controller without Qt speaks the UI language; the view injects the real ones.

    A controller's messages are constants marked with ``settings.QT_TRANSLATE_NOOP``
    as ``(context, text)`` pairs; the view passes Qt's ``translate``, the one error
    wording (``ui.common.messages.error_text``) and ``ui_locale`` for the domain
    formatter. Plain-pytest tests keep the defaults: English, ``str(exc)``, ``en_GB``.
    """

    translate: Callable[[str, str], str] = _untranslated
    error_text: Callable[[BaseException], str] = _plain_error
    locale: Callable[[], str] = _english
    translate_n: Callable[[str, str, int], str] = _untranslated_n

    def say_n(self, marked: tuple[str, str, str], n: int, *args: object) -> str:
        """A count in words: ``marked`` is ``(context, "%n things", "%n thing")``.

        The plural source goes through Qt's numerus lookup (``translate_n``), so the
        catalogue gives each language its own singular and plural forms; the English
        source has no catalogue, hence the English singular kept in the mark.
        """
        context, plural, singular = marked
        if self.locale().startswith("en"):
            text = (singular if n == 1 else plural).replace("%n", str(n))
        else:
            text = self.translate_n(context, plural, n)
        for number, value in enumerate(args, start=1):
            text = text.replace(f"%{number}", str(value))
        return text

    def say(self, marked: tuple[str, str], *args: object) -> str:
        """``marked`` translated, with ``%1``, ``%2``… replaced by ``args`` in order."""
        text = self.translate(*marked)
        for number, value in enumerate(args, start=1):
            text = text.replace(f"%{number}", str(value))
        return text


class BackgroundRunner(Protocol):
    """Runs ``work`` and then exactly one of ``success(result)`` or ``failure(exc)``.

    The Qt runner (``counterapp.ui.common.background.qt_runner``) calls back on the UI
    thread; ``run_inline`` calls back at once. ``title`` labels the progress dialog.
    """

    def __call__(self, work: Callable[[], Any], *, success: Callable[[Any], None],
                 failure: Callable[[BaseException], None], title: str = "") -> None: ...


def run_inline(work: Callable[[], Any], *, success: Callable[[Any], None],
               failure: Callable[[BaseException], None], title: str = "") -> None:
    """The runner for plain-pytest tests and for work too short to leave the thread."""
    del title
    try:
        result = work()
    except Exception as exc:  # noqa: BLE001 (the failure callback decides what is shown)
        failure(exc)
        return
    success(result)


class BusyGuard:
    """One committing operation at a time per panel.

    Pay pressed twice, F12 while the payment commits, a call answered mid-checkout: the
    second request is refused by ``begin`` instead of each flow checking its own flag.
    """

    def __init__(self) -> None:
        self._what: str | None = None

    @property
    def busy(self) -> bool:
        """True while an operation holds the guard."""
        return self._what is not None

    @property
    def what(self) -> str | None:
        """The name of the operation holding the guard, for messages and tests."""
        return self._what

    def begin(self, what: str) -> bool:
        """Take the guard for ``what``; False (and nothing changes) when it is taken."""
        if self._what is not None:
            return False
        self._what = what
        return True

    def end(self) -> None:
        """Give the guard back (safe to call when it is free)."""
        self._what = None

    @contextmanager
    def holding(self, what: str) -> Iterator[bool]:
        """``with guard.holding("park") as taken:`` for synchronous steps."""
        taken = self.begin(what)
        try:
            yield taken
        finally:
            if taken:
                self.end()


class Observable(Generic[State]):
    """A value the view subscribes to; ``set`` notifies every subscriber with the new state."""

    def __init__(self, initial: State):
        self._value = initial
        self._subscribers: list[Callable[[State], None]] = []

    @property
    def value(self) -> State:
        """The current state."""
        return self._value

    def subscribe(self, callback: Callable[[State], None]) -> None:
        """Call ``callback(state)`` on every change (not now: the view paints once itself)."""
        self._subscribers.append(callback)

    def set(self, value: State) -> None:
        """Replace the state and tell the subscribers."""
        self._value = value
        for callback in list(self._subscribers):
            callback(value)
