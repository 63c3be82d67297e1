"""The Counter sale panel: search or scan, price, discount, pay, receipt — keyboard first.

The panel edits a ``CartState`` and shows what ``services.sales.price_cart`` makes of it;
it never computes a price. Keys: F2 search field, ↓ results, Enter adds, + / − quantity,
N* sets the quantity, Del removes, F6 discount, F7 customer, F8 park, F9 parked sales,
F10 quote, Shift+F10 find quotes, F11 deliver, F12 pay, Ctrl+R return, Ctrl+P reprint.
"""

from __future__ import annotations

import logging
import re

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from counterapp.domain.errors import CounterAppError
from counterapp.services import Services
from counterapp.services.cart import CartDraft, PricedCart, ProductRow
from counterapp.ui.common.messages import error_text
from counterapp.ui.counter import flows
from counterapp.ui.counter.badge import CustomerBadgeView, totals_html
from counterapp.ui.counter.cart_model import (
    COL_DISCOUNT,
    COL_NAME,
    COL_QUANTITY,
    COL_SKU,
    COL_STOCK,
    COL_TOTAL,
    COL_UNIT_PRICE,
    COL_VAT,
    CartModel,
)
from counterapp.ui.counter.cart_state import CartState
from counterapp.ui.counter.keys import CounterKeys
from counterapp.ui.counter.results_model import COL_NAME as RESULT_NAME
from counterapp.ui.counter.results_model import ResultsModel
from counterapp.ui.session import Session

log = logging.getLogger(__name__)

_QUANTITY_CODE = re.compile(r"^(\d{1,4})\s*\*\s*(\S.*)$")
_ERROR_STYLE = "color: #b00020; font-weight: bold;"
_INFO_STYLE = "color: #1b5e20;"
_WARN_STYLE = "color: #8a4b00; font-weight: bold;"


class CounterPanel(QWidget):
    """Counter sale: the cart, its customer, its totals and the keys that act on them.

    Signals:
        sale_completed(str): a sale was committed (its order number).
        phone_order_completed(str, int): a phone order was committed (number, call id).
        parked_changed(): a sale was parked, resumed or discarded.
    """

    sale_completed = Signal(str)
    phone_order_completed = Signal(str, int)
    parked_changed = Signal()

    def __init__(self, services: Services, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.session = session
        self.setObjectName("counterPanel")
        self.cart = CartState()
        self.priced: PricedCart | None = None
        self.last_sale_number = ""
        self.confirm_backorder = False
        self.payment_dialog = None
        self.commit_operation = None
        self._committing = False
        self._empty_prefixes: list[str] = []
        self._quantity_buffer = ""

        self.results_model = ResultsModel(self)
        self.cart_model = CartModel(self)
        self.cart_model.quantity_edited.connect(self._on_quantity_edited)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(max(0, int(services.ctx.settings.get("search_debounce_ms"))))
        self._search_timer.timeout.connect(self.run_search)

        self.actions_by_name: dict[str, QAction] = {}
        self._build_ui()
        self._build_actions()
        self.refresh()

    # -- construction --------------------------------------------------------------------------
    def _build_ui(self) -> None:
        search_font = QFont()
        search_font.setPointSize(16)
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("productSearch")
        self.search_edit.setFont(search_font)
        self.search_edit.setMinimumHeight(42)
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(
            self.tr("Scan a barcode or type a product name or SKU (F2)"))
        self.search_edit.textEdited.connect(self._on_text_edited)
        self.search_edit.returnPressed.connect(self.enter_code)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("searchMessage")
        self.message_label.setWordWrap(True)

        self.results_view = QTableView(self)
        self.results_view.setObjectName("searchResults")
        self.results_view.setModel(self.results_model)
        self._table_style(self.results_view)
        header = self.results_view.horizontalHeader()
        header.setSectionResizeMode(RESULT_NAME, QHeaderView.ResizeMode.Stretch)
        self.results_view.doubleClicked.connect(lambda index: self._add_result(index.row()))
        # The results show only while there are some: the cart gets the room otherwise.
        self.results_view.hide()
        self.results_model.modelReset.connect(
            lambda: self.results_view.setVisible(self.results_model.rowCount() > 0))

        self.cart_view = QTableView(self)
        self.cart_view.setObjectName("cartTable")
        self.cart_view.setModel(self.cart_model)
        self._table_style(self.cart_view)
        self.cart_view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                       | QAbstractItemView.EditTrigger.SelectedClicked)
        cart_font = QFont()
        cart_font.setPointSize(12)
        self.cart_view.setFont(cart_font)
        self.cart_view.verticalHeader().setDefaultSectionSize(34)
        header = self.cart_view.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        for column, width in ((COL_SKU, 84), (COL_QUANTITY, 44), (COL_UNIT_PRICE, 90),
                              (COL_DISCOUNT, 58), (COL_VAT, 50), (COL_TOTAL, 100),
                              (COL_STOCK, 50)):
            self.cart_view.setColumnWidth(column, width)

        self.customer_button = QPushButton(self.tr("Customer (F7)"), self)
        self.customer_button.setObjectName("customerPicker")
        self.customer_button.setToolTip(self.tr("Attach a customer (F7); Shift+F7 back to walk-in"))
        self.badge = CustomerBadgeView(self)
        self.total_label = QLabel(self)
        self.total_label.setObjectName("cartTotal")
        self.total_label.setTextFormat(Qt.TextFormat.RichText)
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.total_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.total_label.setStyleSheet("background: #10263b; color: white; padding: 10px;"
                                       " border-radius: 6px;")
        self.total_label.setMinimumHeight(120)

        self.pay_button = self._button(self.tr("Pay (F12)"), "payButton", big=True)
        self.pay_button.setStyleSheet("QPushButton { background: #2e7d32; color: white;"
                                      " font-size: 20pt; font-weight: bold; border-radius: 6px; }"
                                      " QPushButton:disabled { background: #9e9e9e; }")
        self.discount_button = self._button(self.tr("Discount (F6)"), "discountButton")
        self.park_button = self._button(self.tr("Park (F8)"), "parkButton")
        self.parked_button = self._button(self.tr("Parked sales (F9)"), "parkedSales")
        self.quote_button = self._button(self.tr("Quote (F10)"), "quoteButton")
        self.find_quote_button = self._button(self.tr("Find quote (Shift+F10)"), "findQuoteButton")
        self.deliver_button = self._button(self.tr("Deliver (F11)"), "deliverButton")
        self.return_button = self._button(self.tr("Return (Ctrl+R)"), "returnButton")
        self.reprint_button = self._button(self.tr("Reprint (Ctrl+P)"), "reprintButton")

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search_edit)
        left_layout.addWidget(self.message_label)
        splitter = QSplitter(Qt.Orientation.Vertical, left)
        splitter.addWidget(self.results_view)
        splitter.addWidget(self.cart_view)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        left_layout.addWidget(splitter, 1)

        right = QWidget(self)
        right.setMinimumWidth(300)
        right.setMaximumWidth(360)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.customer_button)
        right_layout.addWidget(self.badge)
        right_layout.addWidget(self.total_label)
        grid = QGridLayout()
        buttons = (self.discount_button, self.park_button, self.parked_button,
                   self.quote_button, self.find_quote_button, self.deliver_button,
                   self.return_button, self.reprint_button)
        for position, button in enumerate(buttons):
            grid.addWidget(button, position // 2, position % 2)
        right_layout.addLayout(grid)
        right_layout.addStretch(1)
        right_layout.addWidget(self.pay_button)

        left.setMinimumWidth(660)  # docks may not squeeze the cart below a readable width
        layout = QHBoxLayout(self)
        layout.addWidget(left, 1)
        layout.addWidget(right)
        self.setFocusProxy(self.search_edit)
        self.keys = CounterKeys(self)
        for widget in (self.search_edit, self.results_view, self.cart_view):
            widget.installEventFilter(self.keys)

    def _table_style(self, view: QTableView) -> None:
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setAlternatingRowColors(True)
        view.verticalHeader().hide()
        view.setTabKeyNavigation(False)
        view.setWordWrap(False)

    def _button(self, text: str, name: str, *, big: bool = False) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard stays in the search field
        button.setMinimumHeight(72 if big else 40)
        return button

    def _build_actions(self) -> None:
        """One QAction per command: shortcut, button and the main window's Sale menu."""
        specs = (
            ("payAction", self.tr("&Pay"), "F12", self.pay, self.pay_button),
            ("discountAction", self.tr("&Discount"), "F6", self.ask_discount,
             self.discount_button),
            ("customerAction", self.tr("&Customer"), "F7", self.pick_customer,
             self.customer_button),
            ("walkInAction", self.tr("&Walk-in customer"), "Shift+F7", self.clear_customer, None),
            ("parkAction", self.tr("P&ark sale"), "F8", self.park_current_sale, self.park_button),
            ("parkedAction", self.tr("Parked &sales"), "F9", self.show_parked,
             self.parked_button),
            ("quoteAction", self.tr("Save as &quote"), "F10", self.save_quote, self.quote_button),
            ("findQuoteAction", self.tr("&Find quote"), "Shift+F10", self.find_quote,
             self.find_quote_button),
            ("deliverAction", self.tr("&Deliver"), "F11", self.deliver, self.deliver_button),
            ("returnAction", self.tr("&Return"), "Ctrl+R", self.start_return, self.return_button),
            ("reprintAction", self.tr("Re&print last receipt"), "Ctrl+P", self.reprint_last,
             self.reprint_button),
            ("newSaleAction", self.tr("&Empty the cart"), "Ctrl+Shift+Del", self.discard_cart,
             None),
        )
        for name, text, shortcut, slot, button in specs:
            action = QAction(text, self)
            action.setObjectName(name)
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _=False, s=slot: self._run_command(s))
            self.addAction(action)
            self.actions_by_name[name] = action
            if button is not None:
                button.clicked.connect(action.trigger)

    def _run_command(self, slot) -> None:
        """Commands need a logged-in user (a locked workstation ignores the keys)."""
        if self.session.actor is not None and self.isEnabled():
            slot()

    def sale_actions(self) -> list[QAction]:
        """The panel's commands, for the main window's Sale menu (one shortcut each)."""
        return list(self.actions_by_name.values())

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
        if self._committing:
            self.show_message(self.tr("A sale is being saved: try again in a moment."),
                              _WARN_STYLE)
            return
        if not self.cart.is_empty() and not self._park_silently():
            return
        self.cart.load(draft)
        self.refresh()
        self.focus_main_field()

    def start_phone_order(self, customer_id: int, call_id: int) -> None:
        """An empty phone-order cart for the caller; paying offers delivery first."""
        if self._committing:
            self.show_message(self.tr("A sale is being saved: try again in a moment."),
                              _WARN_STYLE)
            return
        if not self.cart.is_empty() and not self._park_silently():
            return
        self.cart.clear()
        self.cart.customer_id = customer_id
        self.cart.channel = "phone"
        self.cart.call_id = call_id
        self.cart.deliver_by_default = True
        self.refresh()
        self.show_message(self.tr("Phone order: paying offers delivery (F11)."), _INFO_STYLE)
        self.focus_main_field()

    def park_current_sale(self) -> bool:
        """F8: park a non-empty cart; returns whether it parked."""
        return flows.park_current(self)

    def resume_parked(self, parked_id: int) -> None:
        """Resume a parked sale (the current cart, if any, is parked first)."""
        flows.resume_parked(self, parked_id)

    def confirm_close(self) -> bool:
        """Asked before the app closes: park, discard or cancel — nothing vanishes silently."""
        return flows.confirm_close(self)

    # -- search ------------------------------------------------------------------------------
    def _on_text_edited(self, text: str) -> None:
        self._quantity_buffer = ""
        if not text.strip():
            self._search_timer.stop()
            self.results_model.set_rows([])
            return
        self._search_timer.start()

    def run_search(self, text: str | None = None) -> list[ProductRow]:
        """Search now (the debounce timer calls this); skips prefixes known to find nothing."""
        self._search_timer.stop()
        query = (self.search_edit.text() if text is None else text).strip()
        folded = query.casefold()
        if not query or any(folded.startswith(prefix) for prefix in self._empty_prefixes):
            self.results_model.set_rows([])
            return []
        try:
            rows = self.services.catalog.search(query, 50)
        except CounterAppError as exc:
            self.show_message(error_text(exc), _ERROR_STYLE)
            return []
        if not rows:
            self._empty_prefixes.append(folded)
            del self._empty_prefixes[:-50]
        self.results_model.set_rows(rows)
        if rows:
            self.results_view.selectRow(0)
        return rows

    def enter_code(self) -> None:
        """Enter in the search field: an exact barcode or SKU adds one unit at once."""
        self._search_timer.stop()
        text = self.search_edit.text().strip()
        if not text:
            return
        quantity, code = 1, text
        match = _QUANTITY_CODE.match(text)
        if match:
            quantity, code = int(match.group(1)), match.group(2).strip()
        try:
            product = self.services.catalog.lookup_code(code)
        except CounterAppError as exc:
            self.show_message(error_text(exc), _ERROR_STYLE)
            return
        if product is None:
            self.show_message(self.tr("No product has the barcode or SKU “%1”. Nothing was "
                                      "added; pick from the list (↓) or check the code.")
                              .replace("%1", code[:60]), _ERROR_STYLE)
            self.run_search(code)
            self.search_edit.selectAll()
            return
        if quantity > 0:
            self.add_product(product, quantity)
        self.search_edit.clear()
        self.results_model.set_rows([])

    def _add_result(self, row: int) -> None:
        product = self.results_model.row_at(row)
        if product is None:
            return
        self.add_product(product, 1)
        self.search_edit.clear()
        self.results_model.set_rows([])
        self.focus_main_field()

    # -- cart editing ------------------------------------------------------------------------
    def add_product(self, product: ProductRow, quantity: int = 1) -> None:
        """Add units of ``product`` (one line per product) and re-price."""
        if self._committing:
            return
        snapshot = self.cart.snapshot()
        position = self.cart.add(product.id, quantity)
        if self.refresh(snapshot):
            self.select_line(position)
            line = self.cart_model.row_at(position)
            if line is not None and line.backorder:
                self.show_message(self.tr("Only %1 of “%2” in stock: the line is marked and "
                                          "you will confirm the backorder when paying.")
                                  .replace("%1", str(line.stock)).replace("%2", line.name),
                                  _WARN_STYLE)
            else:
                self.show_message(self.tr("Added %1 × %2").replace("%1", str(quantity))
                                  .replace("%2", product.name), _INFO_STYLE)

    def selected_line(self) -> int:
        """The selected cart line, else the last one, else -1."""
        index = self.cart_view.currentIndex()
        if index.isValid():
            return index.row()
        return self.cart_model.rowCount() - 1

    def select_line(self, position: int) -> None:
        """Make ``position`` the current cart line."""
        if 0 <= position < self.cart_model.rowCount():
            self.cart_view.selectRow(position)
            self.cart_view.setCurrentIndex(self.cart_model.index(position, COL_QUANTITY))
            self.cart_view.scrollTo(self.cart_model.index(position, 0))

    def change_quantity(self, delta: int) -> None:
        """+ / − on the selected line."""
        position = self.selected_line()
        if position < 0 or self._committing:
            return
        snapshot = self.cart.snapshot()
        self.cart.change_quantity(position, delta)
        if self.refresh(snapshot):
            self.select_line(position)

    def set_quantity(self, position: int, quantity: int) -> None:
        """Set a line's quantity (0 removes it)."""
        if position < 0 or self._committing:
            return
        snapshot = self.cart.snapshot()
        self.cart.set_quantity(position, quantity)
        if self.refresh(snapshot):
            self.select_line(min(position, self.cart_model.rowCount() - 1))

    def remove_line(self) -> None:
        """Delete: take the selected line out of the cart."""
        position = self.selected_line()
        if position < 0 or self._committing:
            return
        snapshot = self.cart.snapshot()
        self.cart.remove(position)
        if self.refresh(snapshot):
            self.select_line(min(position, self.cart_model.rowCount() - 1))

    def _on_quantity_edited(self, row: int, quantity: int) -> None:
        QTimer.singleShot(0, lambda: self.set_quantity(row, quantity))

    def discard_cart(self) -> None:
        """Empty the cart after asking (nothing disappears silently)."""
        if self.cart.is_empty() or self._committing:
            return
        answer = QMessageBox.question(self, self.tr("Empty the cart"),
                                      self.tr("Remove every line of this sale?"))
        if answer == QMessageBox.StandardButton.Yes:
            self.cart.clear()
            self.refresh()
            self.focus_main_field()

    def refresh(self, snapshot: dict | None = None) -> bool:
        """Re-price the cart through the service and show it; rolls back on a refusal."""
        priced = None
        if not self.cart.is_empty() or self.cart.customer_id is not None:
            try:
                priced = self.services.sales.price_cart(self.cart.draft())
            except CounterAppError as exc:
                if snapshot is not None:
                    self.cart.restore(snapshot)
                self.show_message(error_text(exc), _ERROR_STYLE)
                return False
        self.priced = priced
        self.cart_model.set_rows(priced.lines if priced else ())
        self.total_label.setText(totals_html(self, priced))
        self.badge.show_customer(priced.customer if priced else None)
        self.customer_button.setText(
            self.tr("Customer: %1 (F7)").replace("%1", priced.customer.name.replace("&", "&&"))
            if priced and priced.customer else self.tr("Walk-in customer – attach (F7)"))
        self.refresh_buttons()
        return True

    def refresh_buttons(self) -> None:
        """Commands that need lines are off on an empty cart and while committing."""
        enabled = not self.cart.is_empty() and not self._committing
        for name in ("payAction", "parkAction", "quoteAction", "deliverAction",
                     "discountAction"):
            action = self.actions_by_name.get(name)
            if action is not None:
                action.setEnabled(enabled)
        for button in (self.pay_button, self.park_button, self.quote_button,
                       self.deliver_button, self.discount_button):
            button.setEnabled(enabled)

    def show_message(self, text: str, style: str = _INFO_STYLE) -> None:
        """A one-line message under the search field."""
        self.message_label.setStyleSheet(style)
        self.message_label.setText(text)

    def _park_silently(self) -> bool:
        return flows.park_current(self, quiet=True)

    # -- commands (the heavier flows live in flows.py) ---------------------------------------
    def pay(self) -> None:
        """F12: take the payment (phone orders go through delivery first)."""
        flows.pay(self)

    def deliver(self) -> None:
        """F11: the cart becomes a delivery order."""
        flows.deliver(self)

    def ask_discount(self) -> None:
        """F6: line or cart discount, with a senior's approval beyond the role's limit."""
        flows.ask_discount(self)

    def pick_customer(self) -> None:
        """F7: attach a customer found by name, phone or VAT number."""
        flows.pick_customer(self)

    def clear_customer(self) -> None:
        """Shift+F7: back to the anonymous walk-in."""
        if self.cart.customer_id is None:
            return
        snapshot = self.cart.snapshot()
        self.cart.customer_id = None
        self.refresh(snapshot)

    def show_parked(self) -> None:
        """F9: the list of parked sales; Enter resumes one."""
        flows.show_parked(self)

    def save_quote(self) -> None:
        """F10: save the cart as a quote valid until a date, then print it."""
        flows.save_quote(self)

    def find_quote(self) -> None:
        """Shift+F10: find a quote and load it at the quoted prices."""
        flows.find_quote(self)

    def start_return(self) -> None:
        """Ctrl+R: refund lines of an earlier receipt."""
        flows.start_return(self)

    def reprint_last(self) -> None:
        """Ctrl+P: print the last receipt again."""
        if self.last_sale_number:
            flows.print_document(self, "receipt", self.last_sale_number)
