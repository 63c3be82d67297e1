"""The shipping queue panel: find, filter and move orders to delivery.

Flow: the queue lists open shipments by promised date (rush and late rows stand out) →
a clerk scans an order slip into ``queueSearch`` (Enter selects that order; scan the
next slip to add it to the selection) or filters and selects rows → ``dispatchButton``
hands them over (with a ``trackingNumber`` for one courier parcel), ``deliveredButton``
confirms delivery → every change is saved at once with optimistic locking; changes made
at other workstations show up within a couple of seconds (a cheap change-token poll).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from counterapp.services import Services
from counterapp.services.shipping_queue import STATUS_OPEN, QueueFilter, QueueRow
from counterapp.ui.common.messages import error_text, show_error
from counterapp.ui.queue.dialogs import DeliveredDialog, NoteDialog, RescheduleDialog
from counterapp.ui.queue.queue_model import (
    COL_PROMISED,
    COLUMNS,
    STATUS_LABELS,
    QueueModel,
    status_label,
)
from counterapp.ui.session import Session

SEARCH_DELAY_MS = 250
ERROR_STYLE = "color: #9b1c1c;"


def _tr(text: str) -> str:
    return QCoreApplication.translate("QueuePanel", text)


class QueuePanel(QWidget):
    """The order and shipping queue.

    Signals:
        shipments_changed(list): this workstation changed these shipment ids.
        notification(str): a short message for the status bar.
    """

    shipments_changed = Signal(list)
    notification = Signal(str)

    def __init__(self, services: Services, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.session = session
        self.setObjectName("queuePanel")
        self.model = QueueModel(services.shipping_queue, parent=self)
        self._token = None
        self._loaded = False
        self._build()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.poll_timer = QTimer(self)
        self.poll_timer.setObjectName("queuePollTimer")
        self.poll_timer.setInterval(max(200, services.ctx.settings.get("poll_interval_ms")))
        self.poll_timer.timeout.connect(self.poll)
        self._connect()
        session.user_changed.connect(self._on_user_changed)
        self._on_user_changed(session.actor)

    # -- layout -----------------------------------------------------------------------------
    def _build(self) -> None:
        self.search = QLineEdit(self)
        self.search.setObjectName("queueSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Order no., customer or tracking no. – scan a slip and press Enter"))
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.addItem(self.tr("Open"), STATUS_OPEN)
        self.status_filter.addItem(self.tr("All statuses"), "")
        for status, label in STATUS_LABELS.items():
            self.status_filter.addItem(QCoreApplication.translate("QueueModel", label), status)
        self.method_filter = QComboBox(self)
        self.method_filter.setObjectName("methodFilter")
        self.method_filter.addItem(self.tr("Any method"), "")
        self.method_filter.addItem(self.tr("Courier"), "courier")
        self.method_filter.addItem(self.tr("In-house"), "in_house")
        self.carrier_filter = QComboBox(self)
        self.carrier_filter.setObjectName("carrierFilter")
        self.rush_only = QCheckBox(self.tr("Rush only"), self)
        self.rush_only.setObjectName("rushOnly")
        self.late_only = QCheckBox(self.tr("Late only"), self)
        self.late_only.setObjectName("lateOnly")
        self.mine_only = QCheckBox(self.tr("My customers"), self)
        self.mine_only.setObjectName("mineOnly")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("queueCount")
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for widget in (self.status_filter, self.method_filter, self.carrier_filter,
                       self.rush_only, self.late_only, self.mine_only):
            filters.addWidget(widget)
        filters.addWidget(self.count_label)

        self.table = QTableView(self)
        self.table.setObjectName("queueTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(COL_PROMISED, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        for column, width in enumerate((110, 190, 70, 125, 85, 85, 160, 80, 120, 95, 50, 55)):
            self.table.setColumnWidth(column, width)

        self.detail = QLabel(self)
        self.detail.setObjectName("queueDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("queueError")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)

        self.tracking = QLineEdit(self)
        self.tracking.setObjectName("trackingNumber")
        self.tracking.setPlaceholderText(self.tr("Tracking number (one courier order)"))
        self.dispatch_button = QPushButton(self.tr("Dispatch (Ctrl+Shift+S)"), self)
        self.dispatch_button.setObjectName("dispatchButton")
        self.delivered_button = QPushButton(self.tr("Delivered… (Ctrl+Shift+V)"), self)
        self.delivered_button.setObjectName("deliveredButton")
        self.print_button = QPushButton(self.tr("Print slips (Ctrl+Shift+P)"), self)
        self.print_button.setObjectName("printSlipButton")
        self.more_button = QToolButton(self)
        self.more_button.setObjectName("queueMoreButton")
        self.more_button.setText(self.tr("Status"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.status_menu = QMenu(self.more_button)
        self.status_actions: dict[str, QAction] = {}
        for status, text in (("picking", self.tr("Picking")), ("packed", self.tr("Packed")),
                             ("failed", self.tr("Delivery failed…")),
                             ("rescheduled", self.tr("Reschedule…")),
                             ("returned", self.tr("Returned to us")),
                             ("cancelled", self.tr("Cancel delivery…"))):
            action = self.status_menu.addAction(text)
            action.setObjectName(f"status_{status}")
            action.triggered.connect(lambda _=False, s=status: self.change_status(s))
            self.status_actions[status] = action
        self.status_menu.addSeparator()
        self.history_action = self.status_menu.addAction(self.tr("History…"))
        self.history_action.triggered.connect(self.show_history)
        self.more_button.setMenu(self.status_menu)
        actions = QHBoxLayout()
        actions.addWidget(self.tracking, 2)
        for widget in (self.dispatch_button, self.delivered_button, self.print_button,
                       self.more_button):
            actions.addWidget(widget)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.error_label)
        layout.addLayout(actions)
        self._update_buttons()

    def _connect(self) -> None:
        self.search.textEdited.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self.scan_entered)
        for combo in (self.status_filter, self.method_filter, self.carrier_filter):
            combo.currentIndexChanged.connect(self.apply_filters)
        for box in (self.rush_only, self.late_only, self.mine_only):
            box.toggled.connect(self.apply_filters)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.reloaded.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)
        self.dispatch_button.clicked.connect(self.dispatch_selected)
        self.delivered_button.clicked.connect(self.deliver_selected)
        self.print_button.clicked.connect(self.print_selected)
        self.tracking.returnPressed.connect(self.dispatch_selected)
        for keys, slot in (("Ctrl+Shift+S", self.dispatch_selected),
                           ("Ctrl+Shift+V", self.deliver_selected),
                           ("Ctrl+Shift+P", self.print_selected)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def focus_main_field(self) -> None:
        """F4: the search field, ready for a scanner."""
        self.search.setFocus()
        self.search.selectAll()

    # -- loading and filters ------------------------------------------------------------------
    def _on_user_changed(self, actor) -> None:
        if actor is None:
            self.poll_timer.stop()
            return
        self._fill_carrier_filter()
        self.apply_filters()
        self._token = self.services.shipping_queue.change_token()
        self.poll_timer.start()

    def _fill_carrier_filter(self) -> None:
        current = self.carrier_filter.currentData()
        self.carrier_filter.blockSignals(True)
        self.carrier_filter.clear()
        self.carrier_filter.addItem(self.tr("Any carrier or driver"), None)
        for carrier in self.services.carriers.carriers(include_inactive=False):
            self.carrier_filter.addItem(carrier.name, ("carrier", carrier.code))
        for driver in self.services.carriers.drivers(include_inactive=False):
            self.carrier_filter.addItem(self.tr("Driver: %1").replace("%1", driver.name),
                                        ("driver", driver.id))
        index = self.carrier_filter.findData(current)
        self.carrier_filter.setCurrentIndex(max(index, 0))
        self.carrier_filter.blockSignals(False)

    def current_filters(self) -> QueueFilter:
        """The filters as the widgets show them."""
        choice = self.carrier_filter.currentData()
        actor = self.session.actor
        return QueueFilter(
            status=self.status_filter.currentData() or "",
            method=self.method_filter.currentData() or "",
            carrier_code=choice[1] if choice and choice[0] == "carrier" else "",
            driver_id=choice[1] if choice and choice[0] == "driver" else None,
            rush_only=self.rush_only.isChecked(), late_only=self.late_only.isChecked(),
            mine_user_id=actor.id if actor is not None and self.mine_only.isChecked() else None,
            search=self.search.text().strip())

    def apply_filters(self) -> None:
        """Run the query for the current filters (SQL WHERE/ORDER BY/LIMIT)."""
        if self.session.actor is None:
            return
        self._search_timer.stop()
        try:
            self.model.set_query(self.current_filters())
        except Exception as exc:  # noqa: BLE001 (a broken connection must not kill the panel)
            self.error_label.setText(error_text(exc))
            return
        self._loaded = True
        self._selection_changed()

    def _update_count(self, *_args) -> None:
        self.count_label.setText(self.tr("%1 of %2").replace("%1", str(self.model.rowCount()))
                                 .replace("%2", str(self.model.total)))

    def poll(self) -> None:
        """Refresh the rows shown when another workstation (or panel) changed data."""
        if self.session.actor is None or not self._loaded:
            return
        try:
            token = self.services.shipping_queue.change_token()
        except Exception:  # noqa: BLE001 (the next tick tries again)
            return
        if token != self._token:
            self._token = token
            self.refresh()

    def refresh(self) -> None:
        """Re-read the visible rows, keeping the selection."""
        selected = [row.id for row in self.selected_rows()]
        if self.model.refresh():
            self._select_ids(selected)
        self._selection_changed()
        self._update_count()

    def _select_ids(self, ids: list[int]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        for shipment_id in ids:
            row = self.model.row_of(shipment_id)
            if row >= 0:
                self._select_row(row, add=True)

    def _select_row(self, row: int, *, add: bool) -> None:
        flags = (self.table.selectionModel().SelectionFlag.Select
                 | self.table.selectionModel().SelectionFlag.Rows)
        if not add:
            flags |= self.table.selectionModel().SelectionFlag.Clear
        index = self.model.index(row, 0)
        self.table.selectionModel().select(index, flags)
        self.table.selectionModel().setCurrentIndex(
            index, self.table.selectionModel().SelectionFlag.NoUpdate)
        self.table.scrollTo(index)

    # -- scanning -------------------------------------------------------------------------------
    def scan_entered(self) -> None:
        """Enter in ``queueSearch``: an exact order or tracking number selects that order
        (added to the selection, so slips can be scanned one after another); anything else
        filters at once."""
        code = self.search.text().strip()
        if not code:
            self.apply_filters()
            return
        found = self.services.shipping_queue.find(code)
        if found is None:
            self.apply_filters()
            if self.model.rowCount() == 1:
                self._select_row(0, add=False)
            else:
                self.notification.emit(self.tr("No order %1").replace("%1", code)
                                       if self.model.rowCount() == 0 else "")
            return
        add = bool(self.selected_rows()) and not self.model.filters.search
        self.search.clear()
        filters = self.current_filters()
        if filters != self.model.filters:
            self.model.set_query(filters)
        position = self.services.shipping_queue.queue_position(filters, self.model.sort_key, found.id)
        if position is None:
            # Hidden by the filters: show every status, keep nothing else in the way.
            self._reset_filters()
            filters = self.current_filters()
            self.model.set_query(filters)
            add = False
            position = self.services.shipping_queue.queue_position(filters, self.model.sort_key,
                                                             found.id)
        if position is None:
            return
        self.model.load_until(position)
        row = self.model.row_of(found.id)
        if row < 0:  # the loaded rows predate the order (the poll has not run yet)
            self.model.set_query(filters)
            self.model.load_until(position)
            row = self.model.row_of(found.id)
        if row >= 0:
            self._select_row(row, add=add)
        self.search.setFocus()

    def _reset_filters(self) -> None:
        for widget in (self.status_filter, self.method_filter, self.carrier_filter,
                       self.rush_only, self.late_only, self.mine_only):
            widget.blockSignals(True)
        self.status_filter.setCurrentIndex(self.status_filter.findData(""))
        self.method_filter.setCurrentIndex(0)
        self.carrier_filter.setCurrentIndex(0)
        for box in (self.rush_only, self.late_only, self.mine_only):
            box.setChecked(False)
        for widget in (self.status_filter, self.method_filter, self.carrier_filter,
                       self.rush_only, self.late_only, self.mine_only):
            widget.blockSignals(False)

    # -- selection ------------------------------------------------------------------------------
    def selected_rows(self) -> list[QueueRow]:
        """The selected shipments, top to bottom."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [r for r in (self.model.row_at(i) for i in rows) if r is not None]

    def _selection_changed(self, *_args) -> None:
        rows = self.selected_rows()
        self._update_buttons()
        if len(rows) != 1:
            self.detail.setText(self.tr("%1 orders selected").replace("%1", str(len(rows)))
                                if rows else "")
            return
        row = rows[0]
        parts = [self.tr("Order %1 – %2 – promised %3").replace("%1", row.order_number)
                 .replace("%2", status_label(row.status))
                 .replace("%3", row.promised_date.strftime("%d/%m/%Y")
                          if row.promised_date else "–")]
        if row.rush and row.rush_feasible is False:
            parts.append(self.tr("Rush not possible: %1").replace("%1", row.rush_reason))
        if row.tracking_url:
            parts.append(self.tr("Tracking: %1").replace("%1", row.tracking_url))
        self.detail.setText("\n".join(parts))

    def _update_buttons(self) -> None:
        rows = self.selected_rows()
        has = bool(rows) and self.session.actor is not None
        self.dispatch_button.setEnabled(has)
        self.delivered_button.setEnabled(has)
        self.print_button.setEnabled(has)
        self.more_button.setEnabled(has)
        self.tracking.setEnabled(len(rows) == 1 and rows[0].method == "courier")

    # -- operations -----------------------------------------------------------------------------
    def _done(self, rows: list[QueueRow], message: str) -> None:
        self.error_label.clear()
        self.notification.emit(message)
        self.shipments_changed.emit([r.id for r in rows])
        self._token = None  # our own write: refresh now, not at the next tick
        self.poll()

    def _failed(self, exc: BaseException) -> None:
        self.error_label.setText(error_text(exc))
        self.refresh()  # a conflict means the rows on screen are stale

    def dispatch_selected(self) -> None:
        """Dispatch the selected orders (one transaction; a conflict changes nothing)."""
        rows = self.selected_rows()
        actor = self.session.actor
        if not rows or actor is None:
            return
        try:
            done = self.services.shipping.dispatch(actor, [(r.id, r.version) for r in rows],
                                                   self.tracking.text())
        except Exception as exc:  # noqa: BLE001 (every service error is shown)
            self._failed(exc)
            return
        self.tracking.clear()
        self._done(done, self.tr("%1 orders dispatched").replace("%1", str(len(done))))

    def deliver_selected(self) -> None:
        """Ask when, then mark the selected orders delivered."""
        rows = self.selected_rows()
        actor = self.session.actor
        if not rows or actor is None:
            return
        when = DeliveredDialog.ask(self, [r.order_number for r in rows],
                                   self.services.ctx.now())
        if when is None:
            return
        try:
            done = self.services.shipping.mark_delivered(
                actor, [(r.id, r.version) for r in rows], when)
        except Exception as exc:  # noqa: BLE001
            self._failed(exc)
            return
        self._done(done, self.tr("%1 orders delivered").replace("%1", str(len(done))))

    def change_status(self, status: str) -> None:
        """Picking, packed, failed, rescheduled, returned or cancelled for the selection."""
        rows = self.selected_rows()
        actor = self.session.actor
        if not rows or actor is None:
            return
        try:
            if status == "rescheduled":
                if len(rows) != 1:
                    raise_message = self.tr("Reschedule one order at a time.")
                    QMessageBox.information(self, self.tr("Reschedule"), raise_message)
                    return
                answer = RescheduleDialog.ask(self, rows[0].order_number,
                                              self.services.ctx.now().date())
                if answer is None:
                    return
                done = [self.services.shipping.reschedule(actor, rows[0].id, rows[0].version,
                                                          answer[0], answer[1])]
            else:
                note = ""
                if status in ("failed", "cancelled"):
                    note = NoteDialog.ask(self, status_label(status),
                                          self.tr("Why? (shown in the order's history)"))
                    if note is None:
                        return
                done = [self.services.shipping.set_status(actor, r.id, r.version, status, note)
                        for r in rows]
        except Exception as exc:  # noqa: BLE001
            self._failed(exc)
            return
        self._done(done, self.tr("%1 orders: %2").replace("%1", str(len(done)))
                   .replace("%2", status_label(status)))

    def show_history(self) -> None:
        """The selected order's status history in a message box."""
        rows = self.selected_rows()
        if len(rows) != 1:
            return
        events = self.services.shipping_queue.events(rows[0].id)
        lines = [f"{e.at:%d/%m/%Y %H:%M}  {status_label(e.from_status) if e.from_status else '–'}"
                 f" → {status_label(e.to_status)}  {e.user}  {e.note}" for e in events]
        QMessageBox.information(self, self.tr("History of %1").replace("%1", rows[0].order_number),
                                "\n".join(lines))

    def print_selected(self) -> None:
        """Print the order slips of the selection (rendered off the UI thread)."""
        rows = self.selected_rows()
        if not rows or self.session.actor is None:
            return
        from counterapp.ui.common.printing import print_batch  # noqa: PLC0415

        try:
            self._print_operation = print_batch(self, self.services, self.session, "slip",
                                                [r.order_number for r in rows])
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)

    # -- Shipping menu ----------------------------------------------------------------------------
    def menu_actions(self) -> list[QAction]:
        """The actions of the main window's Shipping menu."""
        from counterapp.ui.queue import paperwork  # noqa: PLC0415 (dialogs load on demand)

        specs = (
            (self.tr("Courier &manifest…"), "manifestAction",
             lambda: paperwork.print_manifest(self, self.services, self.session)),
            (self.tr("Driver's &run sheet…"), "runSheetAction",
             lambda: paperwork.print_run_sheet(self, self.services, self.session)),
            (self.tr("&Late deliveries check…"), "deliveryCheckAction",
             lambda: paperwork.open_delivery_check(self, self.services, self.session)),
            (self.tr("&On-time delivery…"), "onTimeStatsAction",
             lambda: paperwork.open_on_time_stats(self, self.services, self.session)),
            (self.tr("&Carriers and drivers…"), "carriersDriversAction",
             lambda: paperwork.open_carrier_settings(self, self.services, self.session)),
        )
        actions = []
        for text, name, slot in specs:
            action = QAction(text, self)
            action.setObjectName(name)
            action.triggered.connect(slot)
            actions.append(action)
        return actions

    def settings_changed(self) -> None:
        """Carriers or drivers were edited: refill the filter and the rows."""
        self._fill_carrier_filter()
        self.apply_filters()


__all__ = ["QueuePanel", "COLUMNS"]
