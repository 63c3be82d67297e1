"""F1: a card of every key of the panel that has the keyboard.

The commands' keys are read from the panel's own ``QAction``s (the same ones its menu
shows), so the card cannot drift from what the keys do; the keys that are not commands
(moving between fields, + − N* Del on a cart line) are listed here, per panel.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from counterapp.ui.common.i18n import translate

# (key, what it does) that no QAction carries; translated when shown.
FIELD_KEYS: dict[str, tuple[tuple[str, str], ...]] = {
    "counter": (
        ("F2", QT_TRANSLATE_NOOP("KeyCard", "Search or scan a product")),
        ("↓ / Enter", QT_TRANSLATE_NOOP("KeyCard", "Into the results / add the product")),
        ("+", QT_TRANSLATE_NOOP("KeyCard", "One more of the cart line")),
        ("−", QT_TRANSLATE_NOOP("KeyCard", "One less of the cart line")),
        ("N*", QT_TRANSLATE_NOOP("KeyCard", "Type a quantity, then * to set it")),
        ("Del", QT_TRANSLATE_NOOP("KeyCard", "Remove the cart line")),
        ("Esc", QT_TRANSLATE_NOOP("KeyCard", "Clear the search")),
    ),
    "phone": (
        ("F3", QT_TRANSLATE_NOOP("KeyCard", "Caller's number")),
        ("Enter", QT_TRANSLATE_NOOP("KeyCard", "Take the call")),
    ),
    "queue": (
        ("F4", QT_TRANSLATE_NOOP("KeyCard", "Search the queue")),
        ("↓", QT_TRANSLATE_NOOP("KeyCard", "Into the orders")),
    ),
    "dashboard": (
        ("F5", QT_TRANSLATE_NOOP("KeyCard", "The leaderboard")),
        ("↑ / ↓ Enter", QT_TRANSLATE_NOOP("KeyCard", "Show that rep's month")),
    ),
}
TITLES = {"counter": QT_TRANSLATE_NOOP("KeyCard", "Counter keys"),
          "phone": QT_TRANSLATE_NOOP("KeyCard", "Phone keys"),
          "dashboard": QT_TRANSLATE_NOOP("KeyCard", "Dashboard keys"),
          "queue": QT_TRANSLATE_NOOP("KeyCard", "Shipping queue keys")}
WINDOW_KEYS = (
    ("F1", QT_TRANSLATE_NOOP("KeyCard", "This card")),
    ("F2 / F3 / F4", QT_TRANSLATE_NOOP("KeyCard", "Counter / phone / queue")),
    ("F5", QT_TRANSLATE_NOOP("KeyCard", "Dashboard: my month, leaderboard")),
    ("Ctrl+K", QT_TRANSLATE_NOOP("KeyCard", "Find a customer")),
    ("Ctrl+L", QT_TRANSLATE_NOOP("KeyCard", "Lock, switch user")),
)


def key_rows(panel: str, actions: Iterable[QAction]) -> list[tuple[str, str]]:
    """``(key, what it does)`` for ``panel``: its field keys, then each command with a key."""
    rows = [(key, translate("KeyCard", text)) for key, text in FIELD_KEYS[panel]]
    for action in actions:
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if keys:
            text = action.text().replace("&&", "\x00").replace("&", "").replace("\x00", "&")
            rows.append((keys, text.rstrip("…").rstrip(".")))
    return rows


class KeyCard(QDialog):
    """The card: the panel's keys, then the window's; Esc or Enter closes it."""

    def __init__(self, panel: str, actions: Iterable[QAction], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("keyCard")
        self.setWindowTitle(translate("KeyCard", TITLES[panel]))
        self.rows = key_rows(panel, actions)
        window = [(key, translate("KeyCard", text)) for key, text in WINDOW_KEYS]
        label = QLabel(self)
        label.setObjectName("keyCardText")
        label.setText(_table(self.rows) + "<hr>" + _table(window))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(buttons)


def _table(rows: list[tuple[str, str]]) -> str:
    cells = "".join(f"<tr><td><b>{escape(key)}</b>&nbsp;&nbsp;</td><td>{escape(text)}</td></tr>"
                    for key, text in rows)
    return f"<table cellspacing='2'>{cells}</table>"
