"""The counter's commands that ask something first: discount, customer, parked sales, quotes,
return, empty the cart.

``CounterCommands`` opens the dialog that only collects input and hands the answer to the
panel's controller; it uses only the panel's public members. The panel runs these only
while no sale is being saved (``CounterPanel._run_command``), so none checks it again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from counterapp.ui.counter.discount_dialog import DiscountDialog
from counterapp.ui.counter.parked_dialog import ParkedDialog
from counterapp.ui.counter.quote_dialogs import FindQuotesDialog, SaveQuoteDialog
from counterapp.ui.counter.return_dialog import ReturnDialog
from counterapp.ui.customers.search_dialog import CustomerSearchDialog

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


class CounterCommands:
    """F6, F7, F9, F10, Shift+F10, Ctrl+R and Ctrl+Shift+Del for ``panel``."""

    def __init__(self, panel):
        self.panel = panel

    def discard_cart(self) -> None:
        """Empty the cart after asking (nothing disappears silently)."""
        panel = self.panel
        controller = panel.controller
        if panel.cart.is_empty():
            return
        answer = QMessageBox.question(panel, translate("CounterPanel", "Empty the cart"),
                                      translate("CounterPanel", "Remove every line of this sale?"))
        if answer == QMessageBox.StandardButton.Yes:
            controller.discard_cart()
            panel.focus_main_field()

    def ask_discount(self) -> None:
        """F6: line or cart discount, with a senior's approval beyond the role's limit."""
        panel = self.panel
        controller = panel.controller
        context = controller.discount_context(panel.selected_line())
        if context is None:
            return
        dialog = DiscountDialog(context.line_name, context.line_pct, context.cart_pct,
                                context.limit, panel)

        def apply() -> None:
            if controller.apply_discount(context.position, dialog.pct,
                                         whole_cart=dialog.whole_cart):
                panel.select_line(context.position)
            panel.focus_main_field()  # back from the approval dialog too

        dialog.accepted.connect(apply)
        dialog.finished.connect(lambda _r: (dialog.deleteLater(), panel.focus_main_field()))
        dialog.open()

    def pick_customer(self) -> None:
        """F7: attach a customer found by name, phone or VAT number."""
        panel = self.panel
        controller = panel.controller
        customer_id = CustomerSearchDialog.ask(panel.services, panel.session, panel)
        if customer_id is not None:
            controller.set_customer(customer_id)
        panel.focus_main_field()

    def show_parked(self) -> None:
        """F9: the list of parked sales; Enter resumes one."""
        panel = self.panel
        dialog = ParkedDialog(panel.services, panel.session, panel)
        dialog.discarded.connect(panel.parked_changed.emit)
        dialog.accepted.connect(lambda: panel.resume_parked(dialog.chosen_id)
                                if dialog.chosen_id is not None else None)
        dialog.finished.connect(lambda _r: (dialog.deleteLater(), panel.focus_main_field()))
        dialog.open()

    def save_quote(self) -> None:
        """F10: save the cart as a quote valid until a date, then print it."""
        panel = self.panel
        controller = panel.controller
        if panel.cart.is_empty():
            return
        valid_until = SaveQuoteDialog.ask(*controller.quote_dates(), parent=panel)
        if valid_until is not None:
            controller.save_quote(valid_until)
        panel.focus_main_field()

    def find_quote(self) -> None:
        """Shift+F10: find a quote and load it at the quoted prices."""
        panel = self.panel
        controller = panel.controller
        number = FindQuotesDialog.ask(panel.services, panel.cart.customer_id, parent=panel)
        if number:
            controller.load_quote(number)
        panel.focus_main_field()

    def start_return(self) -> None:
        """Ctrl+R: refund lines of an earlier receipt."""
        panel = self.panel
        controller = panel.controller
        dialog = ReturnDialog(panel.services, panel.session, panel)
        dialog.refunded.connect(controller.refunded)
        dialog.refunded.connect(lambda number, _amount: panel.returned.emit(number))
        dialog.finished.connect(lambda _r: (dialog.deleteLater(), panel.focus_main_field()))
        dialog.open()
