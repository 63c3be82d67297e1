"""The counter's keys: ↓/↑ between search, results and cart; + − N* Del on cart lines.

An event filter on the search field, the results and the cart, so the panel module stays
about layout and commands.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView

from counterapp.domain.errors import ValidationError
from counterapp.domain.money import parse_quantity


class CounterKeys(QObject):
    """Key handling for a ``CounterPanel`` (installed on its three main widgets)."""

    def __init__(self, panel):
        super().__init__(panel)
        self.panel = panel

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        panel = self.panel
        if event.type() == QEvent.Type.KeyPress:
            if watched is panel.search_edit:
                return self._search_key(event)
            if watched is panel.results_view:
                return self._results_key(event)
            if watched is panel.cart_view:
                return self._cart_key(event)
        return False

    def _search_key(self, event: QKeyEvent) -> bool:
        panel = self.panel
        key, text = event.key(), panel.search_edit.text()
        if key == Qt.Key.Key_Down and panel.results_model.rowCount():
            panel.search_timer.stop()
            panel.results_view.setFocus()
            panel.results_view.selectRow(0)
            return True
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and panel.cart_model.rowCount():
            panel.cart_view.setFocus()
            panel.select_line(panel.selected_line())
            return True
        if key == Qt.Key.Key_Escape and text:
            panel.search_edit.clear()
            panel.results_model.set_rows([])
            panel.message_label.clear()
            return True
        if not text.strip():
            if event.text() == "+":
                panel.change_quantity(+1)
                return True
            if event.text() == "-":
                panel.change_quantity(-1)
                return True
            if key == Qt.Key.Key_Delete:
                panel.remove_line()
                return True
        if event.text() == "*" and text.strip():
            try:
                quantity = parse_quantity("quantity", text)
            except ValidationError:
                return False  # not a number: the "*" is typed into the search
            panel.set_quantity(panel.selected_line(), quantity)
            panel.search_edit.clear()
            panel.results_model.set_rows([])
            return True
        return False

    def _results_key(self, event: QKeyEvent) -> bool:
        panel = self.panel
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            panel.add_result(panel.results_view.currentIndex().row())
            return True
        if key == Qt.Key.Key_Escape or (key == Qt.Key.Key_Up
                                        and panel.results_view.currentIndex().row() <= 0):
            panel.focus_main_field()
            return True
        return False

    def _cart_key(self, event: QKeyEvent) -> bool:
        panel = self.panel
        key, text = event.key(), event.text()
        if panel.cart_view.state() == QAbstractItemView.State.EditingState:
            return False
        if text == "+":
            panel.change_quantity(+1)
            return True
        if text == "-":
            panel.change_quantity(-1)
            return True
        if key == Qt.Key.Key_Delete:
            panel.remove_line()
            return True
        if text.isascii() and text.isdigit():  # "²".isdigit() too, and int() refuses it
            panel.quantity_buffer = (panel.quantity_buffer + text)[-4:]
            panel.show_message(self.tr("Quantity %1 – press * to set it")
                              .replace("%1", panel.quantity_buffer), "ok")
            return True
        if text == "*" and panel.quantity_buffer:
            panel.set_quantity(panel.selected_line(), int(panel.quantity_buffer))
            panel.quantity_buffer = ""
            panel.message_label.clear()
            return True
        if key == Qt.Key.Key_Escape:
            panel.quantity_buffer = ""
            panel.focus_main_field()
            return True
        return False
