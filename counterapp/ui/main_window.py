"""The one window: the counter, phone and shipping queue panels, and the menus around them.

This module builds the menus and wires the panels' signals in ``_connect_signals``; where
the panels sit (side by side, or one at a time on a small screen) is ``window_layout``'s
business. It holds no business logic. While nobody is logged in, a lock page replaces the
panels, so no customer name or order shows behind the login.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox, QStackedWidget

from counterapp import __version__
from counterapp.domain.permissions import Action
from counterapp.services import Actor, Services
from counterapp.settings import Settings
from counterapp.ui.common import palette
from counterapp.ui.common.actions import make_action
from counterapp.ui.common.crash_dialog import open_log_folder
from counterapp.ui.common.printing import install_print_menu
from counterapp.ui.counter.panel import CounterPanel
from counterapp.ui.customers.actions import customer_actions
from counterapp.ui.dashboard.figure import MonthFigureButton
from counterapp.ui.dashboard.panel import DashboardPanel
from counterapp.ui.help.key_card import KeyCard
from counterapp.ui.login import FirstRunDialog, LoginDialog
from counterapp.ui.phone.panel import PhonePanel
from counterapp.ui.queue.panel import QueuePanel
from counterapp.ui.session import Session
from counterapp.ui.settings.dialog import SettingsDialog
from counterapp.ui.standing.auto_run import StandingAutoRun
from counterapp.ui.tools_menu import tools_actions
from counterapp.ui.window_layout import COUNTER, DASHBOARD, PHONE, QUEUE, PanelArea

_IDLE_EVENTS = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                QEvent.Type.Wheel}


class _IdleWatcher(QObject):
    """Restarts the auto-lock timer on any key or mouse activity in the application."""

    def __init__(self, timer: QTimer, parent: QObject | None = None):
        super().__init__(parent)
        self._timer = timer

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() in _IDLE_EVENTS and self._timer.isActive():
            self._timer.start()
        return False


class MainWindow(QMainWindow):
    """The CounterApp main window.

    Signals:
        logged_in(object): an ``Actor`` logged in (first login or switch user).
        locked(): the workstation was locked (Ctrl+L or idle).
        closing(): the window accepted a close (the app's last chance for its daily backup).
    """

    logged_in = Signal(object)
    locked = Signal()
    closing = Signal()

    def __init__(self, services: Services, settings: Settings, database_label: str):
        super().__init__()
        self.services = services
        self.settings = settings
        self.session = Session(self)
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("CounterApp"))
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks
                            | QMainWindow.DockOption.AllowNestedDocks)

        self.counter_panel = CounterPanel(services, self.session, self)
        self.phone_panel = PhonePanel(services, self.session, self)
        self.queue_panel = QueuePanel(services, self.session, self)
        self.dashboard_panel = DashboardPanel(services, self.session, self)
        self.panel_area = PanelArea(self.counter_panel, self.phone_panel, self.queue_panel,
                                    self.dashboard_panel, self)
        self.lock_page = QLabel(self.tr("Locked. Log in to go on (Ctrl+L)."), self)
        self.lock_page.setObjectName("lockScreen")
        self.lock_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.lock_page.setStyleSheet("font-size: 16pt; " + palette.message_style("muted"))
        self.central = QStackedWidget(self)
        self.central.setObjectName("centralStack")
        self.central.addWidget(self.panel_area)
        self.central.addWidget(self.lock_page)
        self.setCentralWidget(self.central)

        self.user_label = QLabel(self)
        self.user_label.setObjectName("statusUser")
        # A long database path must not widen the window: elided, the whole URL in the tip.
        self.database_label = QLabel(self)
        self.database_label.setObjectName("statusDatabase")
        self.database_label.setToolTip(database_label)
        self.database_label.setText(self.database_label.fontMetrics().elidedText(
            database_label, Qt.TextElideMode.ElideMiddle, 300))
        # The rep's month, live after each sale, return and delivery; a click: the dashboard.
        self.month_figure = MonthFigureButton(services, self.session, self)
        self.statusBar().addPermanentWidget(self.month_figure)
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.database_label)

        self._idle_timer = QTimer(self)
        self._idle_timer.setSingleShot(True)
        self._idle_timer.timeout.connect(self.lock)
        self._idle_watcher = _IdleWatcher(self._idle_timer, self)
        QApplication.instance().installEventFilter(self._idle_watcher)

        self._login_dialog: LoginDialog | None = None
        self._build_menus()
        self.menuBar().setCornerWidget(self.panel_area.switcher, Qt.Corner.TopRightCorner)
        self._connect_signals()
        # Standing orders due are made at the first login and every hour (off the UI thread).
        self.standing_runs = StandingAutoRun(services, self.session, self)
        self.standing_runs.notification.connect(
            lambda text: self.statusBar().showMessage(text, 15000))
        self._restore_layout()
        if not settings.get("window_geometry"):
            self.resize(1400, 900)
        self._first_layout_pending = not settings.get("window_state")
        self._on_user_changed(None)

    # -- layout ----------------------------------------------------------------------------
    def _action(self, text: str, shortcut: str | QKeySequence | None, slot, name: str,
                permission: Action = Action.EVERYDAY) -> QAction:
        # Every entry follows the logged-in user: disabled, with the reason, when their role
        # may not use it (and while locked).
        return make_action(self, text, shortcut=shortcut, slot=slot, object_name=name,
                           permission=permission, session=self.session)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.switch_user_action = self._action(self.tr("&Switch user"), "Ctrl+L",
                                               self.switch_user, "switchUserAction")
        file_menu.addAction(self.switch_user_action)
        install_print_menu(self, file_menu)  # File ▸ Print ▸ any document of an order
        file_menu.addSeparator()
        file_menu.addAction(make_action(self, self.tr("&Quit"),
                                        shortcut=QKeySequence.StandardKey.Quit,
                                        slot=self.close, object_name="quitAction"))
        self.view_menu = bar.addMenu(self.tr("&View"))
        for text, key, panel, name in ((self.tr("&Counter"), "F2", COUNTER, "focusCounterAction"),
                                       (self.tr("&Phone"), "F3", PHONE, "focusPhoneAction"),
                                       (self.tr("Shipping &queue"), "F4", QUEUE,
                                        "focusQueueAction")):
            self.view_menu.addAction(self._action(
                text, key, lambda p=panel: self.focus_panel(p), name))
        # F5 in this window only: a dialog's own F5 (Refresh) stays the dialog's.
        self.view_menu.addAction(make_action(
            self, self.tr("&Dashboard"), shortcut="F5", slot=lambda: self.focus_panel(DASHBOARD),
            object_name="focusDashboardAction", permission=Action.EVERYDAY,
            session=self.session, context=Qt.ShortcutContext.WindowShortcut))
        self.sale_menu = bar.addMenu(self.tr("&Sale"))
        for action in self.counter_panel.sale_actions():  # one shortcut each, owned by the panel
            self.sale_menu.addAction(action)
        self.sale_menu.addSeparator()
        self.sale_menu.addAction(make_action(
            self, self.tr("Cart &keys: + − N* Del…"), object_name="cartKeysAction",
            slot=lambda: self.show_key_card(COUNTER)))
        # "&Phone" (Alt+P): "P&hone" took Alt+H from Help.
        self.phone_menu = bar.addMenu(self.tr("&Phone"))
        for action in self.phone_panel.phone_actions():  # owned by the phone panel
            self.phone_menu.addAction(action)
        self.shipping_menu = bar.addMenu(self.tr("Sh&ipping"))
        for action in self.queue_panel.menu_actions():  # owned by the queue panel
            self.shipping_menu.addAction(action)
        self.customers_menu = bar.addMenu(self.tr("C&ustomers"))
        for action in customer_actions(self, self.services, self.session):
            self.customers_menu.addAction(action)
        self.tools_menu = bar.addMenu(self.tr("&Tools"))
        for action in tools_actions(self, self.services, self.session):
            self.tools_menu.addAction(action)
        self.tools_menu.addSeparator()
        self.settings_action = self._action(self.tr("S&ettings…"), "Ctrl+,", self.open_settings,
                                            "settingsAction", Action.CHANGE_SETTINGS)
        self.tools_menu.addAction(self.settings_action)
        self.help_menu = bar.addMenu(self.tr("&Help"))
        # F1 only in this window: a dialog's own F1 (if any) is not ours to take.
        self.help_menu.addAction(make_action(
            self, self.tr("&Keyboard shortcuts"), shortcut="F1",
            slot=lambda: self.show_key_card(), object_name="keyboardShortcutsAction",
            context=Qt.ShortcutContext.WindowShortcut))
        self.help_menu.addAction(make_action(self, self.tr("Open &log folder"),
                                             slot=lambda: open_log_folder(),
                                             object_name="openLogFolderAction"))
        self.help_menu.addAction(make_action(self, self.tr("&About CounterApp"),
                                             slot=self._about, object_name="aboutAction"))
        for menu in (file_menu, self.view_menu, self.sale_menu, self.phone_menu,
                     self.shipping_menu, self.customers_menu, self.tools_menu, self.help_menu):
            menu.setToolTipsVisible(True)  # a disabled entry says why

    def _connect_signals(self) -> None:
        """Every wire between panels is made here and only here."""
        self.session.user_changed.connect(self._on_user_changed)
        phone, counter = self.phone_panel, self.counter_panel
        phone.park_sale_requested.connect(
            lambda: phone.set_sale_parked(counter.park_current_sale()))
        phone.resume_parked_requested.connect(counter.resume_parked)
        phone.phone_order_requested.connect(counter.start_phone_order)
        phone.draft_requested.connect(counter.load_draft)
        counter.phone_order_completed.connect(phone.phone_order_completed)
        phone.notification.connect(lambda text: self.statusBar().showMessage(text, 15000))
        self.queue_panel.notification.connect(
            lambda text: self.statusBar().showMessage(text, 15000))
        figure = self.month_figure
        counter.sale_completed.connect(figure.refresh)
        counter.returned.connect(figure.refresh)
        self.queue_panel.shipments_changed.connect(figure.refresh)
        figure.clicked.connect(lambda: self.focus_panel(DASHBOARD))
        self.panel_area.switcher.tabBarClicked.connect(
            lambda index: QTimer.singleShot(0, lambda: self.focus_panel(self.panel_area.current)))

    def show_incoming_call(self, number: str) -> None:
        """A call rings (softphone, ``counterapp call incoming``): come forward, show it."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()
        self.panel_area.show_panel(PHONE)
        self.phone_panel.incoming_call(number)

    def focus_panel(self, key: str) -> None:
        """F2/F3/F4: bring that panel forward (the only one shown on a small screen), focus it."""
        self.panel_area.show_panel(key)
        self.panel_area.panels[key].focus_main_field()

    def show_key_card(self, panel: str | None = None) -> None:
        """F1: the keys of ``panel``, else of the one with the keyboard, else the one in front."""
        area = self.panel_area
        key = panel or area.panel_of(QApplication.focusWidget()) or area.current
        actions = {COUNTER: self.counter_panel.sale_actions,
                   PHONE: self.phone_panel.phone_actions,
                   QUEUE: self.queue_panel.menu_actions,
                   DASHBOARD: self.dashboard_panel.menu_actions}[key]()
        KeyCard(key, actions, self).exec()

    def open_settings(self) -> None:
        """Tools ▸ Settings (managers): the shop's and this workstation's settings."""
        actor = self.session.actor
        if actor is None:
            return
        at_start = ("language", "database_url")  # read once, when CounterApp starts
        before = [self.settings.get(key) for key in at_start]
        dialog = SettingsDialog(self.services, self.settings, self.session, self)
        if dialog.exec() == SettingsDialog.DialogCode.Accepted:
            self._restart_idle_timer(actor)
            if [self.settings.get(key) for key in at_start] != before:
                self.statusBar().showMessage(self.tr(
                    "Settings saved. The language and the database change at the next start."),
                    15000)

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About CounterApp"),
                          self.tr("CounterApp %1 – inside-sales counter workstation")
                          .replace("%1", __version__))

    def _restore_layout(self) -> None:
        geometry = self.settings.get("window_geometry")
        state = self.settings.get("window_state")
        if geometry:
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode()))
        if state:
            self.panel_area.restore_state(state)

    def save_layout(self) -> None:
        """Remember the panels' splitters and the geometry for the next start."""
        self.settings.set("window_geometry", bytes(self.saveGeometry().toBase64()).decode())
        self.settings.set("window_state", self.panel_area.save_state())

    # -- users -----------------------------------------------------------------------------
    def set_actor(self, actor: Actor | None) -> None:
        """Log ``actor`` in (or lock with ``None``)."""
        self.session.set_actor(actor)

    def _on_user_changed(self, actor: Actor | None) -> None:
        self._set_user_label(actor)
        # Locked: the lock page replaces the panels, so nothing behind the login is readable.
        self.central.setCurrentWidget(self.panel_area if actor is not None else self.lock_page)
        self.central.setEnabled(actor is not None)
        self._restart_idle_timer(actor)
        if actor is not None:
            self.logged_in.emit(actor)

    def _restart_idle_timer(self, actor: Actor | None) -> None:
        minutes = self.settings.get("auto_lock_minutes")
        if actor is not None and minutes > 0:
            self._idle_timer.start(minutes * 60 * 1000)
        else:
            self._idle_timer.stop()

    def _set_user_label(self, actor: Actor | None) -> None:
        if actor is None:
            self.user_label.setText(self.tr("Locked – log in"))
        else:
            self.user_label.setText(self.tr("User: %1 (%2)").replace("%1", actor.display_name)
                                    .replace("%2", actor.login))

    def _first_layout(self) -> None:
        # First start: the queue needs room for a dozen rows, the phone for the call list.
        area = self.panel_area
        area.outer.setSizes([int(area.width() * 0.7), int(area.width() * 0.3)])
        area.left.setSizes([int(area.height() * 0.62), int(area.height() * 0.38)])

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self._first_layout_pending:
            self._first_layout_pending = False
            QTimer.singleShot(0, self._first_layout)
        if self.session.actor is None and self._login_dialog is None:
            QTimer.singleShot(0, self.require_login)

    def require_login(self) -> None:
        """Show the first-run dialog (no users yet) or the PIN login, window-modal."""
        if self._login_dialog is not None:
            self._login_dialog.raise_()
            return
        if self.services.staff.count_users() == 0:
            first = FirstRunDialog(self.services, self)
            if first.exec() != FirstRunDialog.DialogCode.Accepted:
                return
        dialog = LoginDialog(self.services, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: self._login_done(dialog))
        dialog.rejected.connect(lambda: self._login_closed(dialog))
        self._login_dialog = dialog
        dialog.open()

    def _login_done(self, dialog: LoginDialog) -> None:
        self._login_dialog = None
        self.set_actor(dialog.actor)
        dialog.deleteLater()
        # The clerk goes straight on typing: the window gets the keyboard back.
        self.activateWindow()
        self.focus_panel(self.panel_area.current)

    def _login_closed(self, dialog: LoginDialog) -> None:
        self._login_dialog = None
        dialog.deleteLater()

    def switch_user(self) -> None:
        """Ctrl+L: lock now and ask who is next at the counter."""
        self.lock()

    def lock(self) -> None:
        """Lock the workstation (idle timeout or Ctrl+L); open work stays where it is."""
        self.set_actor(None)
        self.locked.emit()
        if self.isVisible():
            self.require_login()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        for panel in (self.counter_panel, self.phone_panel, self.queue_panel):
            confirm = getattr(panel, "confirm_close", None)
            if confirm is not None and not confirm():
                event.ignore()
                return
        self.save_layout()
        QApplication.instance().removeEventFilter(self._idle_watcher)
        self.closing.emit()
        super().closeEvent(event)
