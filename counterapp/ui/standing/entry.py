"""The ways into standing orders from other screens (customer dialog, caller card).

Each opens a window-modal dialog without waiting on it (``open``) and calls ``closed``
when it is gone, so the caller can reload what it shows (the caller card's next runs).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QWidget

from counterapp.domain.errors import CounterAppError
from counterapp.services import Actor, Services
from counterapp.ui.common.messages import show_error
from counterapp.ui.standing.editor_dialog import StandingEditorDialog
from counterapp.ui.standing.list_dialog import StandingListDialog


def _opened(dialog: QDialog, closed: Callable[[], None] | None) -> QDialog:
    if closed is not None:
        dialog.finished.connect(lambda _result: closed())
    dialog.open()
    return dialog


def open_standing_orders(parent: QWidget, services: Services, actor: Actor | None,
                         customer_id: int, *, customer_name: str = "",
                         closed: Callable[[], None] | None = None) -> QDialog | None:
    """The customer's standing orders with their runs (New, Open)."""
    try:
        dialog = StandingListDialog(services, actor, customer_id, parent,
                                    customer_name=customer_name)
    except CounterAppError as exc:
        show_error(parent, exc)
        return None
    return _opened(dialog, closed)


def make_standing(parent: QWidget, services: Services, actor: Actor | None,
                  order_number: str, *,
                  closed: Callable[[], None] | None = None) -> QDialog | None:
    """The editor, filled with a past order's customer and lines ("Make standing")."""
    try:
        dialog = StandingEditorDialog(services, actor, parent, order_number=order_number)
    except CounterAppError as exc:
        show_error(parent, exc)
        return None
    return _opened(dialog, closed)
