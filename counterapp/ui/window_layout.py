"""Where the three panels sit: side by side when the screen has room, one at a time when not.

Wide (a 1920×1080 counter PC): the counter with the shipping queue under it, the phone as
a full-height column on the right, in splitters a clerk can drag (and collapse). Stacked
(1400×900): the counter over the queue, the phone on its own page. Single (1280×720):
only the current panel, full size. F2/F3/F4 or the switcher in the menu bar's corner
change the page. The dashboard (F5) is never beside the others: it takes the whole
area while it is in front, in every arrangement. The area's minimum size is the largest single panel's, so the window
always fits a small screen; each roomier arrangement is used only when every panel in it
gets at least its own minimum.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import QSplitter, QTabBar, QVBoxLayout, QWidget

COUNTER, PHONE, QUEUE, DASHBOARD = "counter", "phone", "queue", "dashboard"
PANEL_KEYS = (COUNTER, PHONE, QUEUE, DASHBOARD)
WIDE, STACKED, SINGLE = "wide", "stacked", "single"
# Stacked only when the counter keeps this much above its minimum: its search results
# need the room for about 8 rows.
RESULTS_ROOM = 150


def switcher_titles() -> tuple[str, str, str, str]:
    """The switcher's tab titles, in ``PANEL_KEYS`` order (translated)."""
    return (QCoreApplication.translate("PanelArea", "Counter (F2)"),
            QCoreApplication.translate("PanelArea", "Phone (F3)"),
            QCoreApplication.translate("PanelArea", "Queue (F4)"),
            QCoreApplication.translate("PanelArea", "Dashboard (F5)"))


class PanelArea(QWidget):
    """The counter, phone and queue panels, laid out for the room the window has, and the
    dashboard on its own page.

    Signals:
        current_changed(str): the panel in front changed (``counter``, ``phone``, ``queue``).
    """

    current_changed = Signal(str)

    def __init__(self, counter: QWidget, phone: QWidget, queue: QWidget, dashboard: QWidget,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("panelArea")
        self.panels = {COUNTER: counter, PHONE: phone, QUEUE: queue, DASHBOARD: dashboard}
        self.left = QSplitter(Qt.Orientation.Vertical, self)
        self.left.setObjectName("counterQueueSplitter")
        self.left.addWidget(counter)
        self.left.addWidget(queue)
        self.left.setStretchFactor(0, 3)
        self.left.setStretchFactor(1, 2)
        self.outer = QSplitter(Qt.Orientation.Horizontal, self)
        self.outer.setObjectName("panelSplitter")
        self.outer.addWidget(self.left)
        self.outer.addWidget(phone)
        self.outer.setStretchFactor(0, 7)
        self.outer.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.outer)
        layout.addWidget(dashboard)
        self.switcher = QTabBar()  # the window puts it in the menu bar's corner
        self.switcher.setObjectName("panelSwitcher")
        self.switcher.setDrawBase(False)
        self.switcher.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for title in switcher_titles():
            self.switcher.addTab(title)
        self.switcher.currentChanged.connect(lambda index: self.show_panel(PANEL_KEYS[index]))
        self.current = COUNTER
        self.mode = ""
        self._apply(SINGLE)

    # -- sizes -------------------------------------------------------------------------------
    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        """The largest single panel: one at a time always fits."""
        size = QSize(0, 0)
        for panel in self.panels.values():
            size = size.expandedTo(panel.minimumSizeHint())
        return size

    def wide_size(self) -> QSize:
        """The room side by side needs: counter over queue, beside the phone column."""
        counter, phone, queue = (self.panels[k].minimumSizeHint()
                                 for k in (COUNTER, PHONE, QUEUE))
        handle = self.outer.handleWidth()
        return QSize(max(counter.width(), queue.width()) + handle + phone.width(),
                     max(counter.height() + handle + queue.height(), phone.height()))

    def mode_for(self, size: QSize) -> str:
        """The roomiest arrangement whose panels all get their minimum within ``size``."""
        wide = self.wide_size()
        if size.width() >= wide.width() and size.height() >= wide.height():
            return WIDE
        counter, queue = self.panels[COUNTER].minimumSizeHint(), self.panels[QUEUE].minimumSizeHint()
        stacked_height = counter.height() + RESULTS_ROOM + self.left.handleWidth() + queue.height()
        if size.height() >= stacked_height:
            return STACKED
        return SINGLE

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self._apply(self.mode_for(event.size()))
        super().resizeEvent(event)

    # -- which panel -------------------------------------------------------------------------
    def show_panel(self, key: str) -> None:
        """Bring ``key``'s panel forward: shown (with its neighbour when stacked), un-collapsed."""
        self.current = key
        self._show_current()
        self._uncollapse(key)
        self.switcher.blockSignals(True)
        self.switcher.setCurrentIndex(PANEL_KEYS.index(key))
        self.switcher.blockSignals(False)
        self.current_changed.emit(key)

    def panel_of(self, widget: QWidget | None) -> str | None:
        """Which panel ``widget`` (the focus, say) belongs to, or ``None``."""
        while widget is not None:
            for key, panel in self.panels.items():
                if widget is panel:
                    return key
            widget = widget.parentWidget()
        return None

    def shown_keys(self) -> set[str]:
        """The panels the current arrangement shows."""
        if self.current == DASHBOARD:
            return {DASHBOARD}
        if self.mode == WIDE:
            return {COUNTER, PHONE, QUEUE}
        if self.mode == STACKED and self.current != PHONE:
            return {COUNTER, QUEUE}
        return {self.current}

    def _apply(self, mode: str) -> None:
        if mode == self.mode:
            return
        self.mode = mode
        self._show_current()

    def _show_current(self) -> None:
        shown = self.shown_keys()
        for key, panel in self.panels.items():
            panel.setVisible(key in shown)
        self.left.setVisible(bool(shown & {COUNTER, QUEUE}))
        self.outer.setVisible(DASHBOARD not in shown)
        # Side by side the switcher is only needed to come back from the dashboard.
        self.switcher.setVisible(self.mode != WIDE or self.current == DASHBOARD)

    def _uncollapse(self, key: str) -> None:
        # A panel dragged shut (splitter size 0) opens again at a third of the room.
        if key == DASHBOARD:
            return
        if key == PHONE:
            _open(self.outer, 1)
        else:
            _open(self.outer, 0)
            _open(self.left, int(key == QUEUE))

    # -- remembered between starts -----------------------------------------------------------
    def save_state(self) -> str:
        """Both splitters' positions, for the settings file."""
        return ";".join(bytes(s.saveState().toBase64()).decode() for s in (self.outer, self.left))

    def restore_state(self, text: str) -> None:
        """Put the splitters back where ``save_state`` found them (bad text is ignored)."""
        parts = text.split(";")
        if len(parts) == 2:
            for splitter, part in zip((self.outer, self.left), parts, strict=True):
                splitter.restoreState(QByteArray.fromBase64(part.encode()))


def _open(splitter: QSplitter, index: int) -> None:
    sizes = splitter.sizes()
    total = sum(sizes)
    if sizes[index] == 0 and total > 0:
        sizes[index] = total // 3
        sizes[1 - index] = total - sizes[index]
        splitter.setSizes(sizes)
