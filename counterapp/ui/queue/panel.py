"""The Shipping queue panel (placeholder until its issue lands)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from counterapp.services import Services
from counterapp.ui.session import Session


class QueuePanel(QWidget):
    """Shipping queue."""

    def __init__(self, services: Services, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.session = session
        self.setObjectName("queuePanel")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Shipping queue"), self))

    def focus_main_field(self) -> None:
        """Put the keyboard focus where a clerk starts working (F2/F3/F4)."""
        self.setFocus()
