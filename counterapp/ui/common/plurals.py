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


class CounterBadge(QObject):
    """Context ``CounterBadge`` (counterapp.ui.counter.badge)."""

    def mark(self, n: int) -> list[str]:
        """The numerus strings of this context."""
        return [self.tr("%n items", "", n)]


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


class DeliveryCheckDialog(QObject):
    """Context ``DeliveryCheckDialog`` (counterapp.ui.queue.controller_reports)."""

    def mark(self, n: int) -> list[str]:
        """The numerus strings of this context."""
        return [self.tr("%n orders are past their promised date.", "", n)]


class Dashboard(QObject):
    """Context ``Dashboard`` (counterapp.ui.dashboard.texts)."""

    def mark(self, n: int) -> list[str]:
        """The numerus strings of this context."""
        return [self.tr("%1 closed: %n reps' figures frozen.", "", n),
                self.tr("%n reps exported to %1.", "", n),
                self.tr("%n statements saved in %1.", "", n)]
