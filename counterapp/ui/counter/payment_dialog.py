"""Take the money: cash with change, card, on account (business customers), split.

The dialog paints ``controller_payment.PaymentController``'s state: every keystroke and
every method button goes through ``tender(method, amount)``, so "Cash, then 20" and "20,
then Cash" give the same line and the same change. It only collects ``PaymentInput``
values; the panel's controller runs the checkout when ``confirmed`` is emitted and tells
the dialog how it went (``set_busy``/``show_retrying``/``show_error``/``accept``). Enter
on an empty field pays the rest with the current method (cash unless chosen); Enter on an
amount that pays only part books it and waits for the next; once covered, Enter confirms.
The quick-cash buttons (``quickCash``: exact, then the next banknotes) take that much cash
and confirm; Delete on a selected payment line (``paymentLines``) removes it.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShortcut
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
from counterapp.ui.common.messages import retrying_text
from counterapp.ui.counter.controller_payment import (
    NO_ACCOUNT,
    OVER_DUE,
    PAID_IN_FULL,
    PaymentController,
    PaymentState,
    quick_cash,
)

ZERO = Decimal("0.00")


class PaymentDialog(QDialog):
    """Collects one or more payments covering ``gross``.

    Signals:
        confirmed(object): the list of ``PaymentInput`` the clerk confirmed.
    """

    confirmed = Signal(object)
    _retrying = Signal()  # emitted from the checkout's worker thread, shown on the UI thread

    def __init__(self, gross: Decimal, customer: CustomerBadge | None, *,
                 title: str = "", allow_later: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.gross = gross
        self.customer = customer
        self.method = "cash"
        self._chosen = False  # a method button was pressed for the open line
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

        # The method keys are the same in every language (Alt+C/D/A/L, as printed on the
        # buttons): shortcuts of their own, not mnemonics, which follow the translated word
        # (the Card key was Alt+D in English but Alt+T in Italian).
        self.cash_button = QPushButton(self.tr("Cash (Alt+C)"), self)
        self.cash_button.setObjectName("payCash")
        self.card_button = QPushButton(self.tr("Card (Alt+D)"), self)
        self.card_button.setObjectName("payCard")
        self.account_button = QPushButton(self.tr("On account (Alt+A)"), self)
        self.account_button.setObjectName("payAccount")
        business = customer is not None and customer.kind == "b2b"
        self.controller = PaymentController(gross, account_allowed=business)
        self.account_button.setEnabled(business)
        if business:
            self.account_button.setToolTip(self.tr("Available credit: %1").replace(
                "%1", format_money(customer.available_credit, ui_locale())))
        else:
            self.account_button.setToolTip(self.tr("Only business customers pay on account"))
        for button, method, keys in ((self.cash_button, "cash", "Alt+C"),
                                     (self.card_button, "card", "Alt+D"),
                                     (self.account_button, "account", "Alt+A")):
            button.setAutoDefault(False)
            button.setMinimumHeight(40)
            button.clicked.connect(lambda _=False, m=method: self.add_payment(m))
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(button.click)  # nothing when disabled

        self.lines_list = QListWidget(self)
        self.lines_list.setObjectName("paymentLines")
        self.lines_list.setMaximumHeight(90)
        self.lines_list.setToolTip(self.tr("Del removes the selected payment"))
        self.lines_list.installEventFilter(self)
        # Exact and the next banknotes; rebuilt when what is due changes (a split payment).
        self.quick_cash = QWidget(self)
        self.quick_cash.setObjectName("quickCash")
        self._quick_row = QHBoxLayout(self.quick_cash)
        self._quick_row.setContentsMargins(0, 0, 0, 0)
        self._quick_due: Decimal | None = None
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
        self.later_button = QPushButton(self.tr("Pay later (Alt+L)"), self)
        self.later_button.setObjectName("payLater")
        self.later_button.setAutoDefault(False)
        self.later_button.setToolTip(self.tr("A delivery may be paid on delivery: confirm what "
                                             "is paid now"))
        self.later_button.setVisible(allow_later)
        self.later_button.clicked.connect(self.confirm_later)
        later_key = QShortcut(QKeySequence("Alt+L"), self)
        later_key.activated.connect(
            lambda: self.later_button.isVisible() and self.later_button.click())
        cancel = QPushButton(self.tr("Cancel (Esc)"), self)
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        self.tendered_edit.textChanged.connect(self._on_text)
        self._retrying.connect(lambda: self.message.setText(retrying_text()))
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
        layout.addWidget(self.quick_cash)
        layout.addWidget(self.lines_list)
        layout.addWidget(self.remaining_label)
        change_row = QHBoxLayout()
        change_row.addWidget(QLabel(self.tr("Change:"), self))
        change_row.addWidget(self.change_label, 1)
        layout.addLayout(change_row)
        layout.addLayout(buttons)
        self.resize(460, 0)
        self.tendered_edit.setFocus()
        self._paint(self.controller.state)

    # -- amounts -----------------------------------------------------------------------------
    @property
    def payments(self) -> list[PaymentInput]:
        """The payments the sale would be checked out with now."""
        return self.controller.payments()

    def paid(self) -> Decimal:
        """What the payment lines so far apply to the sale."""
        return self.gross - self.controller.state.remaining

    def remaining(self) -> Decimal:
        """What is still to be paid."""
        return self.controller.state.remaining

    def _typed(self) -> Decimal | None:
        """The typed amount, ``None`` when empty; raises ``ValidationError`` on bad text."""
        text = self.tendered_edit.text().strip()
        if not text:
            return None
        return parse_money("tendered", text, allow_zero=False)

    def _on_text(self) -> None:
        """Every keystroke goes through ``tender``: the open line follows the field."""
        try:
            typed = self._typed()
        except ValidationError as exc:
            self._paint(self.controller.state)
            self.message.setText(exc.message)
            self.change_label.setText("—")
            return
        if typed is None and not self._chosen:
            self._paint(self.controller.untender())
        else:
            self._paint(self.controller.tender(self.method, typed))

    def _paint(self, state: PaymentState) -> None:
        locale = ui_locale()
        self.due_label.setText(format_money(self.gross, locale))
        names = {"cash": self.tr("Cash"), "card": self.tr("Card"),
                 "account": self.tr("On account")}
        self.lines_list.clear()
        for line in state.lines:
            text = f"{names[line.method]}  {format_money(line.amount, locale)}"
            if line.tendered is not None and line.tendered != line.amount:
                text += "  " + self.tr("(tendered %1)").replace(
                    "%1", format_money(line.tendered, locale))
            self.lines_list.addItem(text)
        self.remaining_label.setText(self.tr("Still to pay: %1").replace(
            "%1", format_money(state.remaining, locale)) if state.lines else "")
        self.change_label.setText(format_money(state.change, locale))
        self.message.setText(self._problem_text(state))
        self._paint_quick_cash(self.controller.due)

    def _paint_quick_cash(self, due: Decimal) -> None:
        if due == self._quick_due:
            return
        self._quick_due = due
        while self._quick_row.count():
            widget = self._quick_row.takeAt(0).widget()
            widget.setParent(None)
            widget.deleteLater()
        for amount in quick_cash(due):
            button = QPushButton(format_money(amount, ui_locale()), self.quick_cash)
            button.setAutoDefault(False)
            button.setMinimumHeight(36)
            button.setToolTip(self.tr("Cash handed over: take it and finish the sale"))
            button.clicked.connect(lambda _=False, value=amount: self.quick_pay(value))
            self._quick_row.addWidget(button)
        self.quick_cash.setVisible(due > 0)

    def _problem_text(self, state: PaymentState) -> str:
        if state.problem == OVER_DUE:
            return self.tr("Only cash can be more than what is due (%1).").replace(
                "%1", format_money(state.remaining, ui_locale()))
        if state.problem == NO_ACCOUNT:
            return self.tr("Only business customers pay on account.")
        if state.problem == PAID_IN_FULL:
            return self.tr("The sale is already paid in full.")
        return ""

    def _take_typed(self) -> tuple[bool, Decimal | None]:
        try:
            return True, self._typed()
        except ValidationError as exc:
            self.message.setText(exc.message)
            self.tendered_edit.setFocus()
            self.tendered_edit.selectAll()
            return False, None

    def _next_line(self) -> None:
        """Book the open line; the empty field starts the next one."""
        self.controller.book()
        self._chosen = False
        self.tendered_edit.clear()
        self._on_text()
        self.tendered_edit.setFocus()

    # -- actions -----------------------------------------------------------------------------
    def add_payment(self, method: str) -> bool:
        """A method button: the typed amount (or the rest) by ``method``; False if refused.

        An amount that pays only part of the sale is booked and the field empties for the
        next line; otherwise the line stays open, so an amount typed next updates it.
        """
        if self._busy:
            return False
        ok, typed = self._take_typed()
        if not ok:
            return False
        self.method = method
        state = self.controller.tender(method, typed)
        self._paint(state)
        if state.problem:
            return False
        if typed is not None and state.remaining > 0:
            self._next_line()
        else:
            self._chosen = True
            self.tendered_edit.setFocus()
        return True

    def quick_pay(self, amount: Decimal) -> None:
        """A quick-cash button: ``amount`` handed over in cash, then finish like Enter."""
        if self._busy:
            return
        self.method = "cash"
        self._chosen = True
        self.tendered_edit.setText(str(amount))  # the field shows what the line takes
        self.confirm()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        """Del (or Backspace) on the payment lines removes the selected one."""
        if (watched is self.lines_list and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)):
            self.remove_selected()
            return True
        return super().eventFilter(watched, event)

    def remove_selected(self) -> None:
        """Del on the payment lines: the selected line goes; an open line empties the field."""
        row = self.lines_list.currentRow()
        state = self.controller.state
        if self._busy or not 0 <= row < len(state.lines):
            return
        removing_open = state.open_line is not None and row == len(state.lines) - 1
        if removing_open:
            self.tendered_edit.blockSignals(True)
            self.tendered_edit.clear()
            self.tendered_edit.blockSignals(False)
            self._chosen = False
            self.method = "cash"
        self._paint(self.controller.remove(row))
        if self.lines_list.count():
            self.lines_list.setCurrentRow(min(row, self.lines_list.count() - 1))
        else:
            self.tendered_edit.setFocus()

    def confirm(self) -> None:
        """Enter: the typed amount (or the rest) by the current method; confirm if covered."""
        if self._busy:
            return
        ok, typed = self._take_typed()
        if not ok:
            return
        if typed is not None or self.controller.state.open_line is None:
            state = self.controller.tender(self.method, typed)
            if state.problem == PAID_IN_FULL:
                # Covered already: an amount typed on top is not a payment; finish anyway.
                state = self.controller.untender()
            self._paint(state)
        state = self.controller.state
        if state.problem:
            return
        if state.remaining > 0:
            self._next_line()
            return
        self.set_busy(True)
        self.confirmed.emit(self.payments)

    def confirm_later(self) -> None:
        """A delivery order: confirm what is paid so far, the rest is paid on delivery."""
        if self._busy:
            return
        ok, typed = self._take_typed()
        if not ok:
            return
        if typed is not None:
            state = self.controller.tender(self.method, typed)
            self._paint(state)
            if state.problem:
                return
        self.set_busy(True)
        self.confirmed.emit(self.payments)

    def set_busy(self, busy: bool) -> None:
        """While the sale is being committed nothing can be pressed twice."""
        self._busy = busy
        for widget in (self.confirm_button, self.cash_button, self.card_button,
                       self.later_button, self.tendered_edit):
            widget.setEnabled(not busy)
        business = self.customer is not None and self.customer.kind == "b2b"
        self.account_button.setEnabled(business and not busy)

    def show_retrying(self) -> None:
        """The database did not answer and the checkout tries again (any thread)."""
        self._retrying.emit()

    def show_error(self, text: str) -> None:
        """The checkout failed: say why; the payments are cleared to be entered again."""
        self.set_busy(False)
        self.controller.clear()
        self._chosen = False
        self.tendered_edit.clear()
        self._on_text()
        self.message.setText(text)
        self.tendered_edit.setFocus()

    def reject(self) -> None:
        """Esc closes the dialog — but not while the sale is being committed."""
        if not self._busy:
            super().reject()

    def is_busy(self) -> bool:
        """True while the panel commits the sale."""
        return self._busy
