"""The queue panel's widgets and their layout (object names are the users' contract).

``build(panel)`` creates every widget as a public attribute of the ``QueuePanel`` it is
given (search and filters, the table, detail and error lines, tracking field, command
buttons and the status menu) and lays them out; the panel module keeps the forwarding
and the painting.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
)

from counterapp.services.shipping_queue import STATUS_OPEN
from counterapp.ui.common import palette
from counterapp.ui.common.i18n import translate
from counterapp.ui.queue.controller_texts import STATUS_LABELS
from counterapp.ui.queue.queue_model import COL_PROMISED

COLUMN_WIDTHS = (110, 190, 70, 125, 85, 85, 90, 80, 120, 95, 50, 55)  # rush: "URGENTE" fits in 90


def build(panel) -> None:
    """Create the widgets of ``panel`` (a ``QueuePanel``) and lay them out."""
    filters = _filters(panel)
    _table(panel)
    panel.detail = QLabel(panel)
    panel.detail.setObjectName("queueDetail")
    panel.detail.setWordWrap(True)
    panel.detail.setTextFormat(Qt.TextFormat.PlainText)
    panel.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    panel.error_label = QLabel(panel)
    panel.error_label.setObjectName("queueError")
    panel.error_label.setStyleSheet(palette.message_style("error"))
    panel.error_label.setWordWrap(True)
    actions = _actions(panel)
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(4, 4, 4, 4)
    layout.addLayout(filters)
    layout.addWidget(panel.table, 1)
    layout.addWidget(panel.detail)
    layout.addWidget(panel.error_label)
    layout.addLayout(actions)


def _filters(panel) -> QHBoxLayout:
    panel.search = QLineEdit(panel)
    panel.search.setObjectName("queueSearch")
    panel.search.setClearButtonEnabled(True)
    # Short enough for the queue's width at 1280 px in Italian; the whole hint in the tooltip.
    panel.search.setPlaceholderText(translate("QueuePanel", "Order, customer, tracking no."))
    panel.search.setToolTip(translate(
        "QueuePanel", "Order no., customer or tracking no. – scan a slip and press Enter; "
                      "Down goes to the table"))
    panel.status_filter = QComboBox(panel)
    panel.status_filter.setObjectName("statusFilter")
    panel.status_filter.addItem(translate("QueuePanel", "Open"), STATUS_OPEN)
    panel.status_filter.addItem(translate("QueuePanel", "All statuses"), "")
    for status, label in STATUS_LABELS.items():
        panel.status_filter.addItem(translate("QueueModel", label), status)
    panel.method_filter = QComboBox(panel)
    panel.method_filter.setObjectName("methodFilter")
    panel.method_filter.addItem(translate("QueuePanel", "Any method"), "")
    panel.method_filter.addItem(translate("QueuePanel", "Courier"), "courier")
    panel.method_filter.addItem(translate("QueuePanel", "In-house"), "in_house")
    panel.carrier_filter = QComboBox(panel)
    panel.carrier_filter.setObjectName("carrierFilter")
    panel.rush_only = QCheckBox(translate("QueuePanel", "Rush only"), panel)
    panel.rush_only.setObjectName("rushOnly")
    panel.late_only = QCheckBox(translate("QueuePanel", "Late only"), panel)
    panel.late_only.setObjectName("lateOnly")
    panel.mine_only = QCheckBox(translate("QueuePanel", "My customers"), panel)
    panel.mine_only.setObjectName("mineOnly")
    panel.count_label = QLabel(panel)
    panel.count_label.setObjectName("queueCount")
    row = QHBoxLayout()
    row.addWidget(panel.search, 3)
    for widget in (panel.status_filter, panel.method_filter, panel.carrier_filter,
                   panel.rush_only, panel.late_only, panel.mine_only, panel.count_label):
        row.addWidget(widget)
    return row


def _table(panel) -> None:
    panel.table = table = QTableView(panel)
    table.setObjectName("queueTable")
    table.setModel(panel.model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setSortingEnabled(True)
    table.horizontalHeader().setSortIndicator(COL_PROMISED, Qt.SortOrder.AscendingOrder)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(24)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    for column, width in enumerate(COLUMN_WIDTHS):
        # Never narrower than the header's text and sort arrow (Italian "Data promessa").
        text = str(panel.model.headerData(column, Qt.Orientation.Horizontal))
        table.setColumnWidth(column, max(width, header.fontMetrics().horizontalAdvance(text) + 22))


def _actions(panel) -> QHBoxLayout:
    panel.tracking = QLineEdit(panel)
    panel.tracking.setObjectName("trackingNumber")
    panel.tracking.setPlaceholderText(
        translate("QueuePanel", "Tracking number (one courier order)"))
    panel.dispatch_button = QPushButton(
        translate("QueuePanel", "Dispatch (Ctrl+Shift+S)"), panel)
    panel.dispatch_button.setObjectName("dispatchButton")
    panel.delivered_button = QPushButton(
        translate("QueuePanel", "Delivered… (Ctrl+Shift+V)"), panel)
    panel.delivered_button.setObjectName("deliveredButton")
    panel.print_button = QPushButton(
        translate("QueuePanel", "Print slips (Ctrl+Shift+P)"), panel)
    panel.print_button.setObjectName("printSlipButton")
    panel.more_button = QToolButton(panel)
    panel.more_button.setObjectName("queueMoreButton")
    panel.more_button.setText(translate("QueuePanel", "Status"))
    panel.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    panel.status_menu = QMenu(panel.more_button)
    panel.status_actions: dict[str, QAction] = {}
    for status, text in (("picking", translate("QueuePanel", "Picking")),
                         ("packed", translate("QueuePanel", "Packed")),
                         ("failed", translate("QueuePanel", "Delivery failed…")),
                         ("rescheduled", translate("QueuePanel", "Reschedule…")),
                         ("returned", translate("QueuePanel", "Returned to us")),
                         ("cancelled", translate("QueuePanel", "Cancel delivery…"))):
        action = panel.status_menu.addAction(text)
        action.setObjectName(f"status_{status}")
        panel.status_actions[status] = action
    panel.status_menu.addSeparator()
    panel.print_actions: dict[str, QAction] = {}
    for doc_type, text, name in (
            ("packing", translate("QueuePanel", "Print packing slips"), "printPackingSelected"),
            ("delivery-note", translate("QueuePanel", "Print delivery notes (DDT)"),
             "printDeliveryNotesSelected")):
        action = panel.status_menu.addAction(text)
        action.setObjectName(name)
        panel.print_actions[doc_type] = action
    panel.status_menu.addSeparator()
    panel.history_action = panel.status_menu.addAction(translate("QueuePanel", "History…"))
    panel.history_action.setObjectName("queueHistoryAction")
    panel.more_button.setMenu(panel.status_menu)
    row = QHBoxLayout()
    row.addWidget(panel.tracking, 2)
    for widget in (panel.dispatch_button, panel.delivered_button, panel.print_button,
                   panel.more_button):
        row.addWidget(widget)
    return row
