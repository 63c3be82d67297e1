"""Every count-bearing ("numerus") UI string, written where lupdate marks it as numerus.

pyside6-lupdate flags a string as numerus only from a literal ``self.tr("%n …", "", n)``
(not from ``QT_TRANSLATE_NOOP`` nor from ``QCoreApplication.translate``), and takes the
class name as the context. Controllers keep these strings as ``(context, plural, English
singular)`` marks and translate them with ``ControllerTexts.say_n``; each class below only
repeats them so the catalogue gets one singular and one plural form per language. Nothing
calls these methods.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


class MonthFigure(QObject):
    """Context ``MonthFigure`` (counterapp.ui.dashboard.texts)."""

    def mark(self, n: int) -> list[str]:
        """The numerus strings of this context."""
        return [self.tr("%n working days", "", n)]


class QueuePanel(QObject):
    """Context ``QueuePanel`` (counterapp.ui.queue.controller_texts)."""

    def mark(self, n: int) -> list[str]:
        """The numerus strings of this context."""
        return [self.tr("%n orders selected", "", n), self.tr("%n orders dispatched", "", n),
                self.tr("%n orders delivered", "", n), self.tr("%n orders: %1", "", n)]
