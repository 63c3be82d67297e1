"""The counter's "fiscal document pending" bar: why, in the clerk's words, and Retry."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from counterapp.ui.common import palette
from counterapp.ui.counter.controller_fiscal import FiscalNotice


class FiscalBar(QWidget):
    """Shown while a committed sale's fiscal document is pending; paints a ``FiscalNotice``."""

    def __init__(self, retry, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("fiscalPendingBar")
        self.label = QLabel(self)
        self.label.setObjectName("fiscalPendingText")
        self.label.setWordWrap(True)
        self.retry_button = QPushButton(self.tr("&Retry fiscal document"), self)
        self.retry_button.setObjectName("fiscalRetryButton")
        self.retry_button.clicked.connect(lambda _=False: retry())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.retry_button)
        self.hide()

    def paint(self, notice: FiscalNotice | None) -> None:
        """Show ``notice`` (or hide when none)."""
        if notice is None:
            self.hide()
            return
        palette.style_message(self.label, "warning" if notice.can_retry else "error")
        self.label.setText(notice.text)
        self.retry_button.setVisible(notice.can_retry)
        self.show()
