"""F6: a discount in percent for the selected line or for the whole cart."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from counterapp.domain.errors import ValidationError
from counterapp.domain.formatting import format_percent
from counterapp.domain.money import parse_decimal
from counterapp.ui.common import palette
from counterapp.ui.common.formatting import ui_locale


class DiscountDialog(QDialog):
    """Asks a percentage and whether it applies to the selected line or the cart.

    ``pct`` and ``whole_cart`` hold the answer after ``accept``.
    """

    def __init__(self, line_name: str | None, current_line: Decimal, current_cart: Decimal,
                 limit: Decimal, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("discountDialog")
        self.setWindowTitle(self.tr("Discount"))
        self.pct = Decimal("0")
        self.whole_cart = line_name is None
        self._current = (current_line, current_cart)
        self.line_choice = QRadioButton(self.tr("&Line: %1").replace("%1", line_name or "—"),
                                        self)
        self.line_choice.setObjectName("discountLine")
        self.cart_choice = QRadioButton(self.tr("Whole &cart"), self)
        self.cart_choice.setObjectName("discountCart")
        self.line_choice.setEnabled(line_name is not None)
        (self.cart_choice if line_name is None else self.line_choice).setChecked(True)
        self.pct_edit = QLineEdit(self)
        self.pct_edit.setObjectName("discountPercent")
        self.pct_edit.setPlaceholderText(self.tr("e.g. 10 or 7,5"))
        self.message = QLabel(self)
        self.message.setObjectName("discountMessage")
        palette.style_message(self.message, "error")
        hint = QLabel(self.tr("Your limit: %1 — above it a senior approves with their PIN.")
                      .replace("%1", format_percent(limit, ui_locale())), self)
        hint.setWordWrap(True)
        ok = QPushButton(self.tr("Apply (Enter)"), self)
        ok.setObjectName("applyDiscount")
        ok.setDefault(True)
        ok.clicked.connect(self._apply)
        cancel = QPushButton(self.tr("Cancel (Esc)"), self)
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        self.pct_edit.returnPressed.connect(self._apply)
        self.line_choice.toggled.connect(self._show_current)
        form = QFormLayout()
        form.addRow(self.tr("&Percent:"), self.pct_edit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.line_choice)
        layout.addWidget(self.cart_choice)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        self.resize(400, 0)
        self._show_current()
        self.pct_edit.setFocus()

    def _show_current(self) -> None:
        current = self._current[0] if self.line_choice.isChecked() else self._current[1]
        self.pct_edit.setText(str(current.normalize()) if current else "")
        self.pct_edit.selectAll()

    def _apply(self) -> None:
        try:
            pct = parse_decimal("discount", self.pct_edit.text().strip() or "0")
        except ValidationError:
            self.message.setText(self.tr("Type a percentage between 0 and 100."))
            return
        self.pct = pct
        self.whole_cart = self.cart_choice.isChecked()
        self.accept()
