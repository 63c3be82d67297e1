"""Take the money: cash with change, card, on account (business customers), split.

The dialog only collects ``PaymentInput`` values; the panel runs the checkout when
``confirmed`` is emitted and tells the dialog how it went (``set_busy``/``show_error``/
``accept``). Enter on an empty field pays the rest with the current method (cash unless
chosen), Enter on an amount adds it and confirms once the sale is covered.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counterapp.domain.errors import ValidationError
from counterapp.domain.formatting import format_money
from counterapp.domain.money import parse_money
from counterapp.services.cart import CustomerBadge, PaymentInput
from counterapp.ui.common import palette
from counterapp.ui.common.formatting import ui_locale

ZERO = Decimal("0.00")


class PaymentDialog(QDialog):
    """Collects one or more payments covering ``gross``.

    Signals:
        confirmed(object): the list of ``PaymentInput`` the clerk confirmed.
    """

    confirmed = Signal(object)

    def __init__(self, gross: Decimal, customer: CustomerBadge | None, *,
                 title: str = "", allow_later: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.gross = gross
        self.customer = customer
        self.payments: list[PaymentInput] = []
        self.method = "cash"
        self._busy = False
        self.setObjectName("paymentDialog")
        self.setWindowTitle(title or self.tr("Payment"))
        self.setModal(True)

        big = QFont()
        big.setPointSize(22)
        big.setBold(True)
        self.due_label = QLabel(self)
        self.due_label.setObjectName("amountDue")
        self.due_label.setFont(big)
        self.due_label.setAlignment(Qt.AlignmentFlag.AlignRight)

        self.tendered_edit = QLineEdit(self)
        self.tendered_edit.setObjectName("tenderedAmount")
        self.tendered_edit.setPlaceholderText(self.tr("Amount (empty: the rest)"))
        field_font = QFont()
        field_font.setPointSize(16)
        self.tendered_edit.setFont(field_font)
        self.tendered_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.message = QLabel(self)
        self.message.setObjectName("paymentMessage")
        palette.style_message(self.message, "error")
        self.message.setWordWrap(True)

        self.cash_button = QPushButton(self.tr("&Cash (Alt+C)"), self)
        self.cash_button.setObjectName("payCash")
        self.card_button = QPushButton(self.tr("Car&d (Alt+D)"), self)
        self.card_button.setObjectName("payCard")
        self.account_button = QPushButton(self.tr("On &account (Alt+A)"), self)
        self.account_button.setObjectName("payAccount")
        business = customer is not None and customer.kind == "b2b"
        self.account_button.setEnabled(business)
        if business:
            self.account_button.setToolTip(self.tr("Available credit: %1").replace(
                "%1", format_money(customer.available_credit, ui_locale())))
        else:
            self.account_button.setToolTip(self.tr("Only business customers pay on account"))
        for button, method in ((self.cash_button, "cash"), (self.card_button, "card"),
                               (self.account_button, "account")):
            button.setAutoDefault(False)
            button.setMinimumHeight(40)
            button.clicked.connect(lambda _=False, m=method: self.add_payment(m))

        self.lines_list = QListWidget(self)
        self.lines_list.setObjectName("paymentLines")
        self.lines_list.setMaximumHeight(90)
        self.lines_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.remaining_label = QLabel(self)
        self.remaining_label.setObjectName("amountRemaining")
        self.change_label = QLabel(self)
        self.change_label.setObjectName("changeDue")
        self.change_label.setFont(big)
        palette.style_message(self.change_label, "ok")
        self.change_label.setAlignment(Qt.AlignmentFlag.AlignRight)

        self.confirm_button = QPushButton(self.tr("Confirm payment (Enter)"), self)
        self.confirm_button.setObjectName("confirmPayment")
        self.confirm_button.setDefault(True)
        self.confirm_button.setMinimumHeight(44)
        self.confirm_button.clicked.connect(self.confirm)
        self.later_button = QPushButton(self.tr("Pay &later (Alt+L)"), self)
        self.later_button.setObjectName("payLater")
        self.later_button.setAutoDefault(False)
        self.later_button.setToolTip(self.tr("A delivery may be paid on delivery: confirm what "
                                             "is paid now"))
        self.later_button.setVisible(allow_later)
        self.later_button.clicked.connect(self.confirm_later)
        cancel = QPushButton(self.tr("Cancel (Esc)"), self)
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        self.tendered_edit.textChanged.connect(self._update)
        self.tendered_edit.returnPressed.connect(self.confirm)

        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("To pay:"), self), 0, 0)
        grid.addWidget(self.due_label, 0, 1)
        grid.addWidget(QLabel(self.tr("&Tendered:"), self), 1, 0)
        grid.itemAtPosition(1, 0).widget().setBuddy(self.tendered_edit)
        grid.addWidget(self.tendered_edit, 1, 1)
        grid.addWidget(self.message, 2, 1)
        methods = QHBoxLayout()
        for button in (self.cash_button, self.card_button, self.account_button):
            methods.addWidget(button)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.later_button)
        buttons.addWidget(cancel)
        buttons.addWidget(self.confirm_button)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(methods)
        layout.addWidget(self.lines_list)
        layout.addWidget(self.remaining_label)
        change_row = QHBoxLayout()
        change_row.addWidget(QLabel(self.tr("Change:"), self))
        change_row.addWidget(self.change_label, 1)
        layout.addLayout(change_row)
        layout.addLayout(buttons)
        self.resize(460, 0)
        self.tendered_edit.setFocus()
        self._update()

    # -- amounts -----------------------------------------------------------------------------
    def paid(self) -> Decimal:
        """What the payments entered so far apply to the sale."""
        return sum((p.amount for p in self.payments), ZERO)

    def remaining(self) -> Decimal:
        """What is still to be paid."""
        return max(ZERO, self.gross - self.paid())

    def _typed(self) -> Decimal | None:
        """The typed amount, ``None`` when empty; raises ``ValidationError`` on bad text."""
        text = self.tendered_edit.text().strip()
        if not text:
            return None
        return parse_money("tendered", text, allow_zero=False)

    def _update(self) -> None:
        self.due_label.setText(format_money(self.gross, ui_locale()))
        remaining = self.remaining()
        self.remaining_label.setText(self.tr("Still to pay: %1").replace(
            "%1", format_money(remaining, ui_locale())) if self.payments else "")
        change = sum((p.tendered - p.amount for p in self.payments
                      if p.tendered is not None), ZERO)
        try:
            typed = self._typed()
        except ValidationError as exc:
            self.message.setText(exc.message)
            self.change_label.setText("—")
            return
        self.message.clear()
        if typed is not None and self.method == "cash" and typed > remaining:
            change += typed - remaining
        self.change_label.setText(format_money(change, ui_locale()))

    # -- actions -----------------------------------------------------------------------------
    def add_payment(self, method: str) -> bool:
        """Add the typed amount (or the rest) as a payment by ``method``; False if refused."""
        if self._busy:
            return False
        self.method = method
        try:
            typed = self._typed()
        except ValidationError as exc:
            self.message.setText(exc.message)
            self.tendered_edit.setFocus()
            self.tendered_edit.selectAll()
            return False
        remaining = self.remaining()
        if remaining <= 0:
            self.message.setText(self.tr("The sale is already paid in full."))
            return False
        amount = remaining if typed is None else typed
        if method != "cash" and amount > remaining:
            self.message.setText(self.tr("Only cash can be more than what is due (%1).")
                                 .replace("%1", format_money(remaining, ui_locale())))
            return False
        if method == "account" and not self.account_button.isEnabled():
            self.message.setText(self.tr("Only business customers pay on account."))
            return False
        if method == "cash":
            payment = PaymentInput("cash", min(amount, remaining), tendered=amount)
        else:
            payment = PaymentInput(method, amount)
        self.payments.append(payment)
        names = {"cash": self.tr("Cash"), "card": self.tr("Card"),
                 "account": self.tr("On account")}
        text = f"{names[method]}  {format_money(payment.amount, ui_locale())}"
        if payment.tendered is not None and payment.tendered != payment.amount:
            text += "  " + self.tr("(tendered %1)").replace("%1", format_money(payment.tendered, ui_locale()))
        self.lines_list.addItem(text)
        self.tendered_edit.clear()
        self.tendered_edit.setFocus()
        self._update()
        return True

    def confirm(self) -> None:
        """Enter: add what is typed (or the rest) with the current method, then confirm."""
        if self._busy:
            return
        if self.tendered_edit.text().strip() or self.remaining() > 0:
            if not self.add_payment(self.method):
                return
        if self.remaining() > 0:
            return
        self.set_busy(True)
        self.confirmed.emit(list(self.payments))

    def confirm_later(self) -> None:
        """A delivery order: confirm what is paid so far, the rest is paid on delivery."""
        if self._busy:
            return
        if self.tendered_edit.text().strip() and not self.add_payment(self.method):
            return
        self.set_busy(True)
        self.confirmed.emit(list(self.payments))

    def set_busy(self, busy: bool) -> None:
        """While the sale is being committed nothing can be pressed twice."""
        self._busy = busy
        for widget in (self.confirm_button, self.cash_button, self.card_button,
                       self.later_button, self.tendered_edit):
            widget.setEnabled(not busy)
        business = self.customer is not None and self.customer.kind == "b2b"
        self.account_button.setEnabled(business and not busy)

    def show_error(self, text: str) -> None:
        """The checkout failed: say why; the payments are cleared to be entered again."""
        self.set_busy(False)
        self.payments.clear()
        self.lines_list.clear()
        self._update()
        self.message.setText(text)
        self.tendered_edit.setFocus()

    def reject(self) -> None:
        """Esc closes the dialog — but not while the sale is being committed."""
        if not self._busy:
            super().reject()

    def is_busy(self) -> bool:
        """True while the panel commits the sale."""
        return self._busy
