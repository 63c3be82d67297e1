"""The one action factory: text, shortcut, tip, and the permission that may disable it.

``make_action`` builds every menu and button command of the window. With ``permission``
(a ``domain.permissions.Action``) and the window's ``Session``, the action follows the
logged-in user: the domain's ``decision`` says whether their role may do it alone, needs a
senior's approval, or may not do it at all; an action the role may never do is disabled
and its tooltip says why. It is re-evaluated on every ``Session.user_changed`` (log in,
switch user, lock). The services still check every call: this only spares a clerk a
refusal they could have seen coming.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from counterapp.domain.permissions import ALLOW, APPROVAL, Action, decision
from counterapp.ui.session import Session


def make_action(parent: QObject, text: str, *, shortcut: str | QKeySequence
                | QKeySequence.StandardKey | None = None, tip: str | None = None,
                slot: Callable[[], object] | None = None, object_name: str | None = None,
                permission: Action | None = None, session: Session | None = None,
                context: Qt.ShortcutContext = Qt.ShortcutContext.ApplicationShortcut,
                button: QAbstractButton | None = None) -> QAction:
    """A ``QAction`` with ``text`` (translated by the caller), owned by ``parent``.

    ``shortcut`` shows in menus and, with ``tip``, in the tooltip of the action and of
    ``button`` (whose clicks trigger the action and whose enabled state follows it); an
    action with a shortcut is added to ``parent`` (a widget) so the key works without a
    menu. ``slot`` is called without arguments. ``permission`` needs ``session``.
    """
    action = QAction(text, parent)
    if object_name:
        action.setObjectName(object_name)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(context)
        if isinstance(parent, QWidget):
            parent.addAction(action)
    if slot is not None:
        action.triggered.connect(lambda _checked=False: slot())
    base_tip = _base_tip(action, tip)
    action.setToolTip(base_tip)
    if button is not None:
        button.clicked.connect(action.trigger)
        action.changed.connect(lambda: _mirror(action, button))
        _mirror(action, button)
    if permission is not None:
        if session is None:
            raise ValueError("a permission needs the session that says who is logged in")
        gate = _PermissionGate(action, base_tip, Action(permission), session)
        session.user_changed.connect(gate.evaluate)
        gate.evaluate()
    return action


def permission_reason(session: Session, permission: Action) -> str | None:
    """Why the logged-in user may not do ``permission`` (translated), or ``None`` if they may.

    A role that may do it with a senior's approval may start it (the approval is asked
    then), so that is not a reason to refuse.
    """
    actor = session.actor
    if actor is None:
        return QCoreApplication.translate("Actions", "Log in first.")
    if decision(actor.role, permission) in (ALLOW, APPROVAL):
        return None
    return QCoreApplication.translate("Actions", "Your role may not do this: ask a manager.")


class _PermissionGate(QObject):
    """Re-judges one action on every user switch; a child of the action, so the connection
    to the long-lived session goes when the action (a dialog's, say) is destroyed."""

    def __init__(self, action: QAction, base_tip: str, permission: Action, session: Session):
        super().__init__(action)
        self._action, self._tip = action, base_tip
        self._permission, self._session = permission, session

    @Slot(object)
    def evaluate(self, _actor=None) -> None:
        """Enable the action, or disable it with the reason in its tooltip."""
        _apply_permission(self._action, self._tip, self._permission, self._session)


def _base_tip(action: QAction, tip: str | None) -> str:
    text = tip or action.text().replace("&&", "\x00").replace("&", "").replace("\x00", "&")
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    return f"{text} ({keys})" if keys else text


def _apply_permission(action: QAction, base_tip: str, permission: Action,
                      session: Session) -> None:
    reason = permission_reason(session, permission)
    action.setEnabled(reason is None)
    action.setToolTip(base_tip if reason is None else f"{base_tip}\n{reason}")
    actor = session.actor
    if reason is None and actor is not None and decision(actor.role, permission) == APPROVAL:
        action.setToolTip(base_tip + "\n" + QCoreApplication.translate(
            "Actions", "Needs a senior's approval (PIN)."))


def _mirror(action: QAction, button: QAbstractButton) -> None:
    button.setEnabled(action.isEnabled())
    button.setToolTip(action.toolTip())


def logged_in_actor(window: QWidget, session: Session):
    """The logged-in ``Actor``; ``None`` after telling the user to log in first."""
    if session.actor is None:
        QMessageBox.information(window, QCoreApplication.translate("Actions", "Not logged in"),
                                QCoreApplication.translate("Actions", "Log in first."))
    return session.actor
