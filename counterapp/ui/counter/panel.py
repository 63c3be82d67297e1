"""The Counter sale panel: search or scan, price, discount, pay, receipt — keyboard first.

A thin view over ``controller.CounterController``: it paints the controller's state (the
priced cart, the busy flag) and notices, forwards keys and clicks, and opens the dialogs
that only collect input. Keys: F2 search field, ↓ results, Enter adds, + / − quantity,
N* sets the quantity, Del removes, F6 discount, F7 customer, F8 park, F9 parked sales,
F10 quote, Shift+F10 find quotes, F11 deliver, F12 pay, Ctrl+R return, Ctrl+P reprint.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QWidget

from counterapp.domain.permissions import Action
from counterapp.services import Services
from counterapp.services.cart import CartDraft, PricedCart, ProductRow
from counterapp.ui.common import palette
from counterapp.ui.common.actions import make_action
from counterapp.ui.common.background import qt_runner
from counterapp.ui.common.formatting import ui_locale
from counterapp.ui.common.i18n import translate
from counterapp.ui.common.messages import error_text
from counterapp.ui.counter import panel_layout
from counterapp.ui.counter.badge import totals_html
from counterapp.ui.counter.cart_model import COL_QUANTITY, CartModel
from counterapp.ui.counter.cart_state import CartState
from counterapp.ui.counter.controller import CounterController, CounterState, Notice
from counterapp.ui.counter.controller_texts import CounterTexts
from counterapp.ui.counter.fiscal_bar import FiscalBar
from counterapp.ui.counter.results_model import ResultsModel
from counterapp.ui.counter.view_commands import CounterCommands
from counterapp.ui.counter.view_host import CounterDialogs
from counterapp.ui.session import Session

_STYLES = {"ok": palette.message_style("ok"),
           "warning": palette.message_style("warning", bold=True),
           "error": palette.message_style("error", bold=True)}
_LINE_COMMANDS = ("payAction", "parkAction", "quoteAction", "deliverAction", "discountAction")


class CounterPanel(QWidget):
    """Counter sale: the cart, its customer, its totals and the keys that act on them.

    Signals:
        sale_completed(str): a sale was committed (its order number).
        phone_order_completed(str, int): a phone order was committed (number, call id).
        returned(str): a return was committed (its number).
        parked_changed(): a sale was parked, resumed or discarded.
    """

    sale_completed = Signal(str)
    phone_order_completed = Signal(str, int)
    returned = Signal(str)
    parked_changed = Signal()

    def __init__(self, services: Services, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.session = session
        self.setObjectName("counterPanel")
        self.payment_dialog = None
        self.quantity_buffer = ""  # digits typed on a cart line before "*"
        self.dialogs = CounterDialogs(self)
        self.commands = CounterCommands(self)
        self.controller = CounterController(
            services, session, self.dialogs, runner=qt_runner(self, show_progress=False),
            texts=CounterTexts(translate, error_text, ui_locale))
        self.results_model = ResultsModel(self)
        self.cart_model = CartModel(self)
        self.cart_model.quantity_edited.connect(
            lambda row, quantity: QTimer.singleShot(0, lambda: self.set_quantity(row, quantity)))
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(max(0, int(services.ctx.settings.get("search_debounce_ms"))))
        self.search_timer.timeout.connect(self.run_search)
        self.actions_by_name: dict[str, QAction] = {}
        panel_layout.build(self)
        self.fiscal_bar = FiscalBar(self.controller.retry_fiscal, self)
        notices = self.message_label.parentWidget().layout()
        notices.insertWidget(notices.indexOf(self.message_label) + 1, self.fiscal_bar)
        self._build_actions()
        self.controller.state.subscribe(self._paint)
        self.controller.notice.subscribe(self._show_notice)
        self.controller.fiscal_pending.subscribe(self.fiscal_bar.paint)
        self.controller.refresh()

    @property
    def cart(self) -> CartState:
        """The controller's cart (read it; change it through the controller's commands)."""
        return self.controller.cart

    @property
    def priced(self) -> PricedCart | None:
        """The cart as last priced by the service."""
        return self.controller.priced

    def _build_actions(self) -> None:
        """One QAction per command: shortcut, button and the main window's Sale menu."""
        c, cmd = self.controller, self.commands
        specs = (
            ("payAction", self.tr("&Pay"), "F12", c.pay, self.pay_button),
            ("discountAction", self.tr("&Discount"), "F6", cmd.ask_discount,
             self.discount_button),
            ("customerAction", self.tr("&Customer"), "F7", cmd.pick_customer,
             self.customer_button),
            ("walkInAction", self.tr("&Walk-in customer"), "Shift+F7",
             lambda: c.set_customer(None), None),
            ("parkAction", self.tr("P&ark sale"), "F8", self.park_and_focus,
             self.park_button),
            ("parkedAction", self.tr("Parked &sales"), "F9", cmd.show_parked,
             self.parked_button),
            ("quoteAction", self.tr("Save as &quote"), "F10", cmd.save_quote, self.quote_button),
            ("findQuoteAction", self.tr("&Find quote"), "Shift+F10", cmd.find_quote,
             self.find_quote_button),
            ("deliverAction", self.tr("De&liver"), "F11", c.deliver, self.deliver_button),
            ("returnAction", self.tr("&Return"), "Ctrl+R", cmd.start_return, self.return_button),
            ("reprintAction", self.tr("Reprin&t last receipt"), "Ctrl+P", c.reprint_last,
             self.reprint_button),
            ("newSaleAction", self.tr("&Empty the cart"), "Ctrl+Shift+Del", cmd.discard_cart,
             None),
        )
        # Returns and reprints follow the logged-in role (disabled with the reason while
        # locked); the line commands are enabled by ``_paint`` from the cart instead.
        permissions = {"returnAction": Action.REFUND, "reprintAction": Action.REPRINT}
        for name, text, shortcut, slot, button in specs:
            permission = permissions.get(name)
            self.actions_by_name[name] = make_action(
                self, text, shortcut=shortcut, object_name=name, button=button,
                slot=lambda s=slot: self._run_command(s),
                permission=permission, session=self.session if permission else None,
                context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _run_command(self, slot) -> None:
        """Commands need a logged-in user and no sale being saved (one check for all)."""
        if self.session.actor is not None and self.isEnabled() and not self.controller.busy:
            slot()

    def sale_actions(self) -> list[QAction]:
        """The panel's commands, for the main window's Sale menu (one shortcut each)."""
        return list(self.actions_by_name.values())

    # -- painting ----------------------------------------------------------------------------
    def _paint(self, state: CounterState) -> None:
        priced = state.priced
        self.cart_model.set_rows(priced.lines if priced else ())
        self.total_label.setText(totals_html(self, priced, state.change))
        self.badge.show_customer(priced.customer if priced else None)
        self.customer_button.setText(
            self.tr("Customer: %1 (F7)").replace("%1", priced.customer.name.replace("&", "&&"))
            if priced and priced.customer else self.tr("Walk-in customer – attach (F7)"))
        enabled = state.has_lines and not state.busy
        for name in _LINE_COMMANDS:
            self.actions_by_name[name].setEnabled(enabled)
        for button in (self.pay_button, self.park_button, self.quote_button,
                       self.deliver_button, self.discount_button):
            button.setEnabled(enabled)

    def _show_notice(self, notice: Notice | None) -> None:
        if notice is None:
            self.message_label.clear()
        else:
            self.show_message(notice.text, notice.level)

    def show_message(self, text: str, level: str = "ok") -> None:
        """A one-line message under the search field (``ok``, ``warning`` or ``error``)."""
        self.message_label.setStyleSheet(_STYLES[level])
        self.message_label.setText(text)

    # -- public slots (the main window and the phone panel call these) ---------------------------
    def focus_main_field(self) -> None:
        """F2: the keyboard goes to the search field, ready to scan."""
        window = self.window()
        if window.isVisible() and not window.isActiveWindow() and \
                QApplication.activeModalWidget() is None:
            window.activateWindow()  # back from a dialog: the scanner types here again
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def load_draft(self, draft: CartDraft) -> None:
        """Show ``draft`` as the current cart (repeat order, converted quote, resumed sale)."""
        if self.controller.load_draft(draft):
            self.focus_main_field()

    def start_phone_order(self, customer_id: int, call_id: int) -> None:
        """An empty phone-order cart for the caller; paying offers delivery first."""
        if self.controller.start_phone_order(customer_id, call_id):
            self.focus_main_field()

    def park_current_sale(self) -> bool:
        """F8: park a non-empty cart; returns whether it parked."""
        return self.controller.park_current_sale()

    def park_and_focus(self) -> None:
        """F8 from the keyboard: park, then back to scanning."""
        if self.controller.park_current_sale():
            self.focus_main_field()

    def resume_parked(self, parked_id: int) -> None:
        """Resume a parked sale (the current cart, if any, is parked first)."""
        if self.controller.resume_parked(parked_id):
            self.focus_main_field()

    def confirm_close(self) -> bool:
        """Asked before the app closes: park, discard or cancel — nothing vanishes silently."""
        return self.controller.confirm_close()

    # -- search ------------------------------------------------------------------------------
    def on_text_edited(self, text: str) -> None:
        """Typing in the search field: search after the debounce (nothing when emptied).
        The last notice is stale once the clerk types."""
        self.quantity_buffer = ""
        self.controller.typing_started()
        if not text.strip():
            self.search_timer.stop()
            self.results_model.set_rows([])
            return
        self.search_timer.start()

    def run_search(self, text: str | None = None) -> list[ProductRow]:
        """Search now (the debounce timer calls this); shows and returns the rows."""
        self.search_timer.stop()
        rows = self.controller.search(self.search_edit.text() if text is None else text)
        self.results_model.set_rows(rows)
        if rows:
            self.results_view.selectRow(0)
        return rows

    def enter_code(self) -> None:
        """Enter in the search field: an exact barcode or SKU adds one unit at once."""
        self.search_timer.stop()
        text = self.search_edit.text().strip()
        if not text:
            return
        position = self.controller.enter_code(text)
        if position is None:
            if self.controller.notice.value and self.controller.notice.value.level == "error":
                self.run_search(text.split("*", 1)[-1])
                self.search_edit.selectAll()
            return
        self.select_line(position)
        self.search_edit.clear()
        self.results_model.set_rows([])

    def add_result(self, row: int) -> None:
        """Enter or double-click on a result: one unit into the cart."""
        product = self.results_model.row_at(row)
        if product is None:
            return
        self.select_line(self.controller.add_product(product, 1))
        self.search_edit.clear()
        self.results_model.set_rows([])
        self.focus_main_field()

    # -- cart lines --------------------------------------------------------------------------
    def selected_line(self) -> int:
        """The selected cart line, else the last one, else -1."""
        index = self.cart_view.currentIndex()
        if index.isValid():
            return index.row()
        return self.cart_model.rowCount() - 1

    def select_line(self, position: int | None) -> None:
        """Make ``position`` the current cart line (nothing when out of range)."""
        if position is not None and 0 <= position < self.cart_model.rowCount():
            self.cart_view.selectRow(position)
            self.cart_view.setCurrentIndex(self.cart_model.index(position, COL_QUANTITY))
            self.cart_view.scrollTo(self.cart_model.index(position, 0))

    def change_quantity(self, delta: int) -> None:
        """+ / − on the selected line."""
        position = self.selected_line()
        if self.controller.change_quantity(position, delta):
            self.select_line(position)

    def set_quantity(self, position: int, quantity: int) -> None:
        """Set a line's quantity (0 removes it)."""
        if self.controller.set_quantity(position, quantity):
            self.select_line(min(position, self.cart_model.rowCount() - 1))

    def remove_line(self) -> None:
        """Delete: take the selected line out of the cart."""
        position = self.selected_line()
        if self.controller.remove_line(position):
            self.select_line(min(position, self.cart_model.rowCount() - 1))
