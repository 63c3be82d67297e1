"""The counter panel's widgets and their layout (object names are the users' contract).

``build(panel)`` creates every widget as a public attribute of the ``CounterPanel`` it is
given (search field, results, cart, customer button, badge, total, command buttons) and
lays them out; the panel module keeps the commands and the painting.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from counterapp.ui.common import palette
from counterapp.ui.counter.badge import CustomerBadgeView
from counterapp.ui.counter.cart_model import (
    COL_DISCOUNT,
    COL_NAME,
    COL_QUANTITY,
    COL_SKU,
    COL_STOCK,
    COL_TOTAL,
    COL_UNIT_PRICE,
    COL_VAT,
)
from counterapp.ui.counter.keys import CounterKeys
from counterapp.ui.counter.results_model import COL_NAME as RESULT_NAME

# The panel's strings keep their "CounterPanel" context in the catalogue.
translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


def build(panel) -> None:
    """Create the panel's widgets as public attributes of ``panel`` and lay them out."""
    search_font = QFont()
    search_font.setPointSize(16)
    panel.search_edit = QLineEdit(panel)
    panel.search_edit.setObjectName("productSearch")
    panel.search_edit.setFont(search_font)
    panel.search_edit.setMinimumHeight(42)
    panel.search_edit.setClearButtonEnabled(True)
    panel.search_edit.setPlaceholderText(
        translate("CounterPanel", "Scan a barcode or type a product name or SKU (F2)"))
    panel.search_edit.textEdited.connect(panel.on_text_edited)
    panel.search_edit.returnPressed.connect(panel.enter_code)
    panel.message_label = QLabel(panel)
    panel.message_label.setObjectName("searchMessage")
    panel.message_label.setWordWrap(True)

    panel.results_view = QTableView(panel)
    panel.results_view.setObjectName("searchResults")
    panel.results_view.setModel(panel.results_model)
    _table_style(panel.results_view)
    header = panel.results_view.horizontalHeader()
    header.setSectionResizeMode(RESULT_NAME, QHeaderView.ResizeMode.Stretch)
    panel.results_view.doubleClicked.connect(lambda index: panel.add_result(index.row()))
    # The results show only while there are some: the cart gets the room otherwise.
    panel.results_view.hide()
    panel.results_model.modelReset.connect(
        lambda: panel.results_view.setVisible(panel.results_model.rowCount() > 0))

    panel.cart_view = QTableView(panel)
    panel.cart_view.setObjectName("cartTable")
    panel.cart_view.setModel(panel.cart_model)
    _table_style(panel.cart_view)
    panel.cart_view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.SelectedClicked)
    cart_font = QFont()
    cart_font.setPointSize(12)
    panel.cart_view.setFont(cart_font)
    panel.cart_view.verticalHeader().setDefaultSectionSize(34)
    header = panel.cart_view.horizontalHeader()
    header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(40)
    for column, width in ((COL_SKU, 84), (COL_QUANTITY, 44), (COL_UNIT_PRICE, 90),
                          (COL_DISCOUNT, 58), (COL_VAT, 50), (COL_TOTAL, 100),
                          (COL_STOCK, 50)):
        # Never narrower than the header's own text ("Giacenza", "Prezzo unitario").
        panel.cart_view.setColumnWidth(column, max(width, header.sectionSizeHint(column)))

    panel.customer_button = QPushButton(translate("CounterPanel", "Customer (F7)"), panel)
    panel.customer_button.setObjectName("customerPicker")
    panel.customer_button.setToolTip(translate("CounterPanel", "Attach a customer (F7); Shift+F7 back to walk-in"))
    panel.badge = CustomerBadgeView(panel)
    panel.total_label = QLabel(panel)
    panel.total_label.setObjectName("cartTotal")
    panel.total_label.setTextFormat(Qt.TextFormat.RichText)
    panel.total_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    panel.total_label.setFrameShape(QFrame.Shape.StyledPanel)
    panel.total_label.setStyleSheet(f"background: {palette.TOTAL_PANEL}; color: white;"
                                   " padding: 10px; border-radius: 6px;")
    panel.total_label.setMinimumHeight(120)

    panel.pay_button = _button(panel, translate("CounterPanel", "Pay (F12)"), "payButton", big=True)
    panel.pay_button.setStyleSheet(f"QPushButton {{ background: {palette.PAY}; color: white;"
                                  " font-size: 20pt; font-weight: bold; border-radius: 6px; }"
                                  f" QPushButton:disabled {{ background: {palette.DISABLED}; }}")
    panel.discount_button = _button(panel, translate("CounterPanel", "Discount (F6)"), "discountButton")
    panel.park_button = _button(panel, translate("CounterPanel", "Park (F8)"), "parkButton")
    panel.parked_button = _button(panel, translate("CounterPanel", "Parked sales (F9)"), "parkedSales")
    panel.quote_button = _button(panel, translate("CounterPanel", "Quote (F10)"), "quoteButton")
    panel.find_quote_button = _button(panel, translate("CounterPanel", "Find quote (Shift+F10)"), "findQuoteButton")
    panel.deliver_button = _button(panel, translate("CounterPanel", "Deliver (F11)"), "deliverButton")
    panel.return_button = _button(panel, translate("CounterPanel", "Return (Ctrl+R)"), "returnButton")
    panel.reprint_button = _button(panel, translate("CounterPanel", "Reprint (Ctrl+P)"), "reprintButton")

    left = QWidget(panel)
    left_layout = QVBoxLayout(left)
    left_layout.setContentsMargins(0, 0, 0, 0)
    left_layout.addWidget(panel.search_edit)
    left_layout.addWidget(panel.message_label)
    splitter = QSplitter(Qt.Orientation.Vertical, left)
    splitter.addWidget(panel.results_view)
    splitter.addWidget(panel.cart_view)
    # While a search shows results they get most of the room (8+ rows at 1280x720); the
    # cart has it all again when they hide.
    splitter.setStretchFactor(0, 3)
    splitter.setStretchFactor(1, 2)
    left_layout.addWidget(splitter, 1)

    right = QWidget(panel)
    right.setMinimumWidth(300)
    right.setMaximumWidth(360)
    right_layout = QVBoxLayout(right)
    right_layout.setContentsMargins(0, 0, 0, 0)
    right_layout.addWidget(panel.customer_button)
    right_layout.addWidget(panel.badge)
    right_layout.addWidget(panel.total_label)
    grid = QGridLayout()
    buttons = (panel.discount_button, panel.park_button, panel.parked_button,
               panel.quote_button, panel.find_quote_button, panel.deliver_button,
               panel.return_button, panel.reprint_button)
    for position, button in enumerate(buttons):
        grid.addWidget(button, position // 2, position % 2)
    right_layout.addLayout(grid)
    right_layout.addStretch(1)
    right_layout.addWidget(panel.pay_button)

    left.setMinimumWidth(660)  # docks may not squeeze the cart below a readable width
    layout = QHBoxLayout(panel)
    layout.addWidget(left, 1)
    layout.addWidget(right)
    panel.setFocusProxy(panel.search_edit)
    panel.keys = CounterKeys(panel)
    for widget in (panel.search_edit, panel.results_view, panel.cart_view):
        widget.installEventFilter(panel.keys)

def _table_style(view: QTableView) -> None:
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.setTabKeyNavigation(False)
    view.setWordWrap(False)

def _button(panel, text: str, name: str, *, big: bool = False) -> QPushButton:
    button = QPushButton(text, panel)
    button.setObjectName(name)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard stays in the search field
    button.setMinimumHeight(72 if big else 40)
    return button
