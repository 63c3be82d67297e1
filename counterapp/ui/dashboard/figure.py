"""The rep's month in the status bar: "Novembre: 7.420,00 € di 10.000,00 € (74 %) · …".

Read again after each sale, return or delivery made here and at each login (the
service's figure costs a few milliseconds, so on the spot, no worker). A click, or
Enter with the keyboard on it, opens the dashboard.
"""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

from counterapp.services import Services
from counterapp.ui.common.controller import ControllerTexts
from counterapp.ui.common.formatting import ui_locale
from counterapp.ui.common.i18n import translate, translate_n
from counterapp.ui.common.messages import error_text
from counterapp.ui.dashboard import texts as t
from counterapp.ui.dashboard.controller_figure import MonthFigureController
from counterapp.ui.dashboard.runner import closing_runner
from counterapp.ui.session import Session


class MonthFigureButton(QPushButton):
    """A flat button showing the logged-in rep's month; hidden while nobody is logged in."""

    def __init__(self, services: Services, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("monthFigure")
        self.setFlat(True)
        self.texts = ControllerTexts(translate, error_text, ui_locale, translate_n)
        self.controller = MonthFigureController(
            services, session, self.texts, runner=closing_runner(self, services.ctx.db))
        self.setToolTip(self.texts.say(t.FIGURE_TIP))
        self.controller.text.subscribe(self._show)
        session.user_changed.connect(lambda _actor: self.refresh())
        self._show("")
        self.refresh()

    def refresh(self, *_args) -> None:
        """Read the figure again (slot of the sale, return and delivery signals)."""
        self.controller.refresh()

    def _show(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))
