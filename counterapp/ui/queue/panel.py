"""The shipping queue panel: find, filter and move orders to delivery.

Flow: the queue lists open shipments by promised date (rush and late rows stand out) →
a clerk scans an order slip into ``queueSearch`` (Enter selects that order; scan the
next slip to add it to the selection) or filters and selects rows → ``dispatchButton``
hands them over (with a ``trackingNumber`` for one courier parcel), ``deliveredButton``
confirms delivery → every change is saved at once with optimistic locking; changes made
at other workstations show up within a couple of seconds (a cheap change-token poll).

This widget is the thin view of ``controller.QueueController``: it paints the controller's
``QueueState``, forwards keys, clicks and the table's selection, and owns the widgets
(built by ``panel_layout``), the timers and the signals. Its answers to the controller's
questions are in ``view_host.QueueDialogs``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from counterapp.services import Services
from counterapp.services.shipping_queue import QueueRow
from counterapp.ui.common.actions import make_action
from counterapp.ui.common.background import qt_runner
from counterapp.ui.common.controller import ControllerTexts
from counterapp.ui.common.formatting import ui_locale
from counterapp.ui.common.i18n import translate, translate_n
from counterapp.ui.common.messages import error_text
from counterapp.ui.queue import panel_layout
from counterapp.ui.queue.controller import FilterChoice, QueueController, QueueState
from counterapp.ui.queue.dialogs import DeliveredDialog, NoteDialog, RescheduleDialog
from counterapp.ui.queue.queue_model import COLUMNS, QueueModel
from counterapp.ui.queue.view_host import QueueDialogs
from counterapp.ui.session import Session

SEARCH_DELAY_MS = 250


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
        self.dialogs = QueueDialogs(self)
        self.controller = QueueController(
            services, session, self.model, self.dialogs, runner=qt_runner(self),
            texts=ControllerTexts(translate, error_text, ui_locale, translate_n))
        self.model.on_sort = self.controller.sort_by
        panel_layout.build(self)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply_filters)
        self.poll_timer = QTimer(self)
        self.poll_timer.setObjectName("queuePollTimer")
        self.poll_timer.setInterval(max(200, services.ctx.settings.get("poll_interval_ms")))
        self.poll_timer.timeout.connect(self.poll)
        self._connect()
        self.controller.state.subscribe(self._paint)
        self._paint(self.controller.state.value)
        session.user_changed.connect(self._on_user_changed)
        self._on_user_changed(session.actor)

    def _connect(self) -> None:
        controller = self.controller
        self.search.textEdited.connect(lambda _text: self.search_timer.start())
        self.search.textEdited.connect(lambda _text: controller.search_typed())
        self.search.installEventFilter(self)
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
        for status, action in self.status_actions.items():
            action.triggered.connect(lambda _=False, s=status: self.change_status(s))
        for doc_type, action in self.print_actions.items():
            action.triggered.connect(lambda _=False, d=doc_type: controller.print_selected(d))
        self.history_action.triggered.connect(self.show_history)
        for keys, slot in (("Ctrl+Shift+S", self.dispatch_selected),
                           ("Ctrl+Shift+V", self.deliver_selected),
                           ("Ctrl+Shift+P", self.print_selected)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        """Down in ``queueSearch`` goes into the table (its current row, else the first)."""
        if (watched is self.search and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Down
                and self.model.rowCount()):
            self.table.setFocus()
            if not self.table.selectionModel().hasSelection():
                self.table.selectRow(0)
            return True
        return super().eventFilter(watched, event)

    def focus_main_field(self) -> None:
        """F4: the search field, ready for a scanner."""
        self.search.setFocus()
        self.search.selectAll()

    # -- painting ---------------------------------------------------------------------------
    def _paint(self, state: QueueState) -> None:
        self._show_choice(state.choice)
        self.detail.setText(state.detail)
        self.error_label.setText(state.error)
        for widget in (self.dispatch_button, self.delivered_button, self.more_button):
            widget.setEnabled(state.can_act)
        self.print_button.setEnabled(state.can_act and not state.busy)
        self.tracking.setEnabled(state.tracking_enabled)

    def _show_choice(self, choice: FilterChoice) -> None:
        """The filter widgets as the controller has them (silently: no query per widget).

        The search field is left alone: the clerk may be typing into it; the controller
        empties it through ``clear_search`` when a scan found its order.
        """
        combos = ((self.status_filter, choice.status), (self.method_filter, choice.method),
                  (self.carrier_filter, choice.carrier))
        boxes = ((self.rush_only, choice.rush_only), (self.late_only, choice.late_only),
                 (self.mine_only, choice.mine_only))
        for combo, value in combos:
            if combo.currentData() != value:
                combo.blockSignals(True)
                combo.setCurrentIndex(max(combo.findData(value), 0))
                combo.blockSignals(False)
        for box, value in boxes:
            if box.isChecked() != value:
                box.blockSignals(True)
                box.setChecked(value)
                box.blockSignals(False)

    def _update_count(self, *_args) -> None:
        self.count_label.setText(self.tr("%1 of %2").replace("%1", str(self.model.rowCount()))
                                 .replace("%2", str(self.model.total)))

    # -- forwarding -------------------------------------------------------------------------
    def _on_user_changed(self, _actor) -> None:
        if self.controller.user_changed():
            self.poll_timer.start()
        else:
            self.poll_timer.stop()

    def current_filters(self) -> FilterChoice:
        """The filters as the widgets show them."""
        return FilterChoice(
            status=self.status_filter.currentData() or "",
            method=self.method_filter.currentData() or "",
            carrier=self.carrier_filter.currentData(),
            rush_only=self.rush_only.isChecked(), late_only=self.late_only.isChecked(),
            mine_only=self.mine_only.isChecked(), search=self.search.text())

    def apply_filters(self) -> None:
        """Run the query for the filters shown (SQL WHERE/ORDER BY/LIMIT)."""
        self.search_timer.stop()
        self.controller.set_filters(self.current_filters())

    def poll(self) -> None:
        """Refresh the rows shown when another workstation (or panel) changed data."""
        self.controller.poll()

    def refresh(self) -> None:
        """Re-read the visible rows, keeping the selection."""
        self.controller.refresh()

    def scan_entered(self) -> None:
        """Enter in ``queueSearch``: select a scanned order, or filter by the text."""
        self.search_timer.stop()
        self.controller.scan(self.current_filters())
        self.search.setFocus()

    def selected_rows(self) -> list[QueueRow]:
        """The selected shipments, top to bottom."""
        return self.controller.selected_rows()

    def _selection_changed(self, *_args) -> None:
        rows = [index.row() for index in self.table.selectionModel().selectedRows()]
        self.controller.set_selection(rows)

    def dispatch_selected(self) -> None:
        """Dispatch the selected orders (one transaction; a conflict changes nothing)."""
        if self.controller.dispatch(self.tracking.text()):
            self.tracking.clear()

    def deliver_selected(self) -> None:
        """Ask when, then mark the selected orders delivered."""
        self.controller.deliver()

    def change_status(self, status: str) -> None:
        """Picking, packed, failed, rescheduled, returned or cancelled for the selection."""
        self.controller.change_status(status)

    def show_history(self) -> None:
        """The selected order's status history in a message box."""
        self.controller.history()

    def print_selected(self) -> None:
        """Print the order slips of the selection (rendered off the UI thread)."""
        self.controller.print_selected("slip")

    # -- Shipping menu ----------------------------------------------------------------------
    def menu_actions(self) -> list[QAction]:
        """The actions of the main window's Shipping menu."""
        controller = self.controller
        specs = (
            (self.tr("Courier &manifest…"), "manifestAction", controller.print_manifest),
            (self.tr("Driver's &run sheet…"), "runSheetAction", controller.print_run_sheet),
            (self.tr("&Late deliveries check…"), "deliveryCheckAction",
             controller.open_delivery_check),
            (self.tr("&On-time delivery…"), "onTimeStatsAction", controller.open_on_time_stats),
            (self.tr("&Carriers and drivers…"), "carriersDriversAction",
             controller.edit_carriers),
        )
        return [make_action(self, text, object_name=name, slot=slot) for text, name, slot in specs]

    def settings_changed(self) -> None:
        """Carriers or drivers were edited: refill the filter and the rows."""
        self.controller.settings_changed()


# The dialogs are the view host's; named here too for scripts that patch their ``ask``.
__all__ = ["COLUMNS", "DeliveredDialog", "NoteDialog", "QueuePanel", "RescheduleDialog"]
