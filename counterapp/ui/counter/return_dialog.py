"""Ctrl+R: goods back — find the receipt, choose lines and quantities, refund.

The service pays back by the original payment methods and restocks; above the role's
refund limit a senior approves on the spot. One ``refund_uuid`` per dialog makes a
repeated Refund press harmless.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from counterapp.domain.errors import CounterAppError, PermissionDenied
from counterapp.domain.formatting import format_datetime, format_money
from counterapp.domain.permissions import Action
from counterapp.services.cart import SaleDetail
from counterapp.ui.common import palette
from counterapp.ui.common.approval import ApprovalDialog
from counterapp.ui.common.formatting import ui_locale
from counterapp.ui.common.messages import error_text
from counterapp.ui.common.rows_model import RIGHT, Column, RowsModel
from counterapp.ui.common.tables import sorted_table

COL_SKU, COL_DESCRIPTION, COL_SOLD, COL_RETURNED, COL_AMOUNT, COL_RETURN = range(6)


class ReturnLinesModel(RowsModel):
    """The sale's lines (``SaleLine``); the last column holds the dialog's quantity boxes."""

    CONTEXT = "ReturnDialog"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.prices_include_vat = True
        self.COLUMNS = (
            Column(QT_TRANSLATE_NOOP("ReturnDialog", "SKU"), lambda ln: ln.sku),
            Column(QT_TRANSLATE_NOOP("ReturnDialog", "Description"), lambda ln: ln.description),
            Column(QT_TRANSLATE_NOOP("ReturnDialog", "Sold"), lambda ln: str(ln.quantity),
                   lambda ln: ln.quantity, RIGHT),
            Column(QT_TRANSLATE_NOOP("ReturnDialog", "Returned"),
                   lambda ln: str(ln.returned_quantity), lambda ln: ln.returned_quantity, RIGHT),
            Column(QT_TRANSLATE_NOOP("ReturnDialog", "Line total"),
                   lambda ln: format_money(self.line_total(ln), ui_locale()), self.line_total, RIGHT),
            Column(QT_TRANSLATE_NOOP("ReturnDialog", "Return"), lambda ln: "", align=RIGHT),
        )

    def line_total(self, line):
        """What the line cost: gross for a consumer sale, net for a business one."""
        return line.gross if self.prices_include_vat else line.net


class ReturnDialog(QDialog):
    """Refund lines of an earlier sale.

    Signals:
        refunded(str, str): the return's number and the amount paid back, once committed.
    """

    refunded = Signal(str, str)

    def __init__(self, services, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.session = session
        self.sale: SaleDetail | None = None
        self.refund_uuid = str(uuid.uuid4())
        self.approvals = []
        self.spins: list[QSpinBox] = []
        self.setObjectName("returnDialog")
        self.setWindowTitle(self.tr("Return goods"))
        self.number_edit = QLineEdit(self)
        self.number_edit.setObjectName("returnSaleNumber")
        self.number_edit.setPlaceholderText(self.tr("Receipt number, e.g. V2026-000123"))
        self.number_edit.returnPressed.connect(self.find)
        find = QPushButton(self.tr("&Find"), self)
        find.setAutoDefault(False)
        find.clicked.connect(self.find)
        self.sale_label = QLabel(self)
        self.sale_label.setObjectName("returnSale")
        self.model = ReturnLinesModel(self)
        # Not sortable: each row carries its quantity box.
        self.proxy, self.table = sorted_table(self.model, self, "returnLines",
                                              stretch_column=COL_DESCRIPTION, sortable=False)
        self.message = QLabel(self)
        self.message.setObjectName("returnMessage")
        palette.style_message(self.message, "error")
        self.message.setWordWrap(True)
        self.refund_button = QPushButton(self.tr("Refund (Ctrl+Enter)"), self)
        self.refund_button.setObjectName("refundButton")
        self.refund_button.setAutoDefault(False)
        self.refund_button.setShortcut("Ctrl+Return")
        self.refund_button.setEnabled(False)
        self.refund_button.clicked.connect(self.refund)
        close = QPushButton(self.tr("Close (Esc)"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("&Receipt:"), self))
        top.itemAt(0).widget().setBuddy(self.number_edit)
        top.addWidget(self.number_edit, 1)
        top.addWidget(find)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.refund_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.sale_label)
        layout.addWidget(self.table)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(780, 420)
        self.number_edit.setFocus()

    def find(self) -> None:
        """Load the sale named in the field."""
        number = self.number_edit.text().strip()
        if not number:
            return
        try:
            sale = self.services.returns.find_sale(number)
        except CounterAppError as exc:
            self.message.setText(error_text(exc))
            return
        if sale.kind != "sale":
            self.message.setText(self.tr("%1 is not a sale.").replace("%1", sale.number))
            return
        self.sale = sale
        self.message.clear()
        methods = ", ".join(sorted({p.method for p in sale.payments})) or "—"
        self.sale_label.setText(self.tr("%1 of %2 – %3 – total %4 – paid by %5")
                                .replace("%1", sale.number)
                                .replace("%2", format_datetime(sale.created_at, ui_locale()))
                                .replace("%3", sale.customer_name or self.tr("walk-in"))
                                .replace("%4", format_money(sale.gross, ui_locale()))
                                .replace("%5", methods))
        self.model.prices_include_vat = sale.prices_include_vat
        self.model.set_rows(sale.lines)
        self.spins = []
        for row, line in enumerate(sale.lines):
            spin = QSpinBox(self.table)
            spin.setObjectName(f"returnQuantity{row}")
            spin.setRange(0, max(0, line.quantity - line.returned_quantity))
            self.table.setIndexWidget(self.proxy.index(row, COL_RETURN), spin)
            self.spins.append(spin)
        self.refund_button.setEnabled(bool(sale.lines))
        if self.spins:
            self.spins[0].setFocus()
            self.spins[0].selectAll()

    def chosen_lines(self) -> list[tuple[int, int]]:
        """``(order_line_id, quantity)`` for every line with a quantity to return."""
        if self.sale is None:
            return []
        return [(line.id, spin.value()) for line, spin in zip(self.sale.lines, self.spins,
                                                             strict=True) if spin.value() > 0]

    def refund(self) -> None:
        """Commit the return (asking a senior's PIN when above the limit)."""
        lines = self.chosen_lines()
        if self.sale is None or not lines:
            self.message.setText(self.tr("Choose how many to return on at least one line."))
            return
        self.refund_button.setEnabled(False)
        try:
            while True:
                try:
                    result = self.services.returns.refund(
                        self.session.actor, self.sale.number, lines,
                        refund_uuid=self.refund_uuid, approvals=tuple(self.approvals))
                    break
                except PermissionDenied as exc:
                    approval = None
                    if exc.needs_approval:
                        approval = ApprovalDialog.ask(
                            self.services, self.session.actor, Action.REFUND, amount=exc.amount,
                            description=str(exc), parent=self)
                    if approval is None:
                        self.message.setText(error_text(exc))
                        return
                    self.approvals.append(approval)
                except CounterAppError as exc:
                    self.message.setText(error_text(exc))
                    return
        finally:
            self.refund_button.setEnabled(True)
        self.refunded.emit(result.number, format_money(-result.paid, ui_locale()))
        self.accept()
