"""File ▸ Print in the real main window: pick a document, scan an order number, preview."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from counterapp.ui.operation import running_operations
from tests.conftest import TEST_PINS
from tests.services.test_printing_fixtures import customer, order


def _modal(name):
    widget = QApplication.activeModalWidget()
    return widget if widget is not None and widget.objectName() == name else None


def test_print_menu_reprints_by_order_number(qtbot, app_window):
    probe = app_window()
    probe.services.staff.create_user(None, "mgr", "Maria Manager", "manager", TEST_PINS["mgr"])
    window = app_window(user="mgr")
    row = order(customer_row=customer(), shipment="courier")
    window.services.printing.render(window.session.actor, "delivery-note", row.number)
    seen = {}

    def preview():
        dialog = _modal("printPreviewDialog")
        if dialog is None:
            QTimer.singleShot(20, preview)
            return
        seen["title"] = dialog.windowTitle()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    def ask():
        dialog = _modal("reprintDialog")
        if dialog is None:
            QTimer.singleShot(20, ask)
            return
        combo = dialog.type_combo
        combo.setCurrentIndex(combo.findData("delivery-note"))
        qtbot.keyClicks(dialog.number_edit, f"  {row.number} ")
        QTimer.singleShot(0, preview)
        qtbot.keyClick(dialog.number_edit, Qt.Key.Key_Return)

    QTimer.singleShot(0, ask)
    window.findChild(QAction, "printSlipAction").trigger()
    # The render runs in a worker; the preview and the rest follow when it is done.
    qtbot.waitUntil(lambda: "title" in seen and not running_operations(), timeout=30_000)
    assert "DDT 20" in seen["title"] and "copy" in seen["title"]
    journal = window.services.printing.journal(row.number)
    assert [(j.is_copy, j.status) for j in journal] == [(True, "previewed"), (False, "printed")]
