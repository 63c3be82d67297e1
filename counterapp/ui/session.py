"""Who is logged in at this workstation right now (passed to panels, never global)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from counterapp.services import Actor


class Session(QObject):
    """The logged-in user of the window.

    Signals:
        user_changed(object): the new ``Actor`` (or ``None`` while locked).
    """

    user_changed = Signal(object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._actor: Actor | None = None

    @property
    def actor(self) -> Actor | None:
        """The current user, ``None`` while the workstation is locked."""
        return self._actor

    def set_actor(self, actor: Actor | None) -> None:
        """Switch user (or lock with ``None``)."""
        self._actor = actor
        self.user_changed.emit(actor)
