"""The payment dialog as a clerk uses it (#12 item 1): both orders of method and amount,
quick cash, removing a payment line, Enter finishing, the change left on the counter,
the receipt read back, and the workstation's receipt_after_sale setting."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QPushButton, QWidget

from counterapp.db.models import Product
from tests.ui import test_counter as base
from tests.ui.test_counter import (
    expect_receipt_preview,
    open_payment,
    pdf_text,
    receipt_closed,
    scan,
    search_field,
    top_level,
    when_shown,
)
from tests.ui.window_helpers import ui_language

counter = base.counter  # seeded database, window shown, keyboard in the search field
_stop_pollers = base._stop_pollers
BARCODE = "8000000012803"


@pytest.fixture
def till(counter):
    """The counter of a junior with a 12,80 € article in the cart."""
    window, panel = counter("junior")
    Product.create(sku="NAS-1280", barcode=BARCODE, name="Nastro americano 50 m",
                   price=Decimal("12.80"), stock=30, vat_rate=Decimal("22"))
    return window, panel


def plain(text: str) -> str:
    """Amounts as digits with a dot, whatever the locale wrote (7,20 € / €7.20)."""
    return text.replace("\u00a0", " ").replace(",", ".")


def receipt_text(window, number: str) -> str:
    return plain(pdf_text(window.services.printing.render(
        window.session.actor, "receipt", number).pdf)).lower()


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def finish(qtbot, panel, action) -> str:
    """Run ``action`` (which ends the sale), close the receipt preview; the sale number."""
    preview = expect_receipt_preview(qtbot)
    with qtbot.waitSignal(panel.sale_completed) as completed:
        action()
    receipt_closed(qtbot, panel, preview)
    return completed.args[0]


@pytest.mark.parametrize("order", ["cash then 20", "20 then cash"])
def test_both_orders_give_the_exact_change_on_screen_counter_and_receipt(qtbot, till, order):
    window, panel = till
    scan(qtbot, panel, BARCODE)
    dialog = open_payment(qtbot, panel)
    tendered = dialog.findChild(QLineEdit, "tenderedAmount")
    if order == "cash then 20":
        click(qtbot, dialog.findChild(QPushButton, "payCash"))
        qtbot.keyClicks(tendered, "20")
    else:
        qtbot.keyClicks(tendered, "20")
        click(qtbot, dialog.findChild(QPushButton, "payCash"))
    assert "7.20" in plain(dialog.findChild(QLabel, "changeDue").text())
    assert "12.80" in plain(dialog.findChild(QLabel, "amountDue").text())
    assert dialog.findChild(QListWidget, "paymentLines").count() == 1
    number = finish(qtbot, panel, lambda: qtbot.keyClick(tendered, Qt.Key.Key_Return))

    sale = window.services.returns.find_sale(number)
    assert [(p.method, p.amount, p.tendered, p.change) for p in sale.payments] == [
        ("cash", Decimal("12.80"), Decimal("20.00"), Decimal("7.20"))]
    # The change stays big where the total was, until the next scan.
    total = panel.findChild(QLabel, "cartTotal")
    assert "7.20" in plain(total.text())
    text = receipt_text(window, number)
    assert re.search(r"(tendered|contanti ricevuti)\s*20\.00", text), text
    assert re.search(r"(change|resto)\s*7\.20", text), text
    scan(qtbot, panel, BARCODE)
    assert "7.20" not in plain(total.text()) and "12.80" in plain(total.text())


def test_quick_cash_buttons_exact_and_next_notes_one_click_finishes(qtbot, till):
    window, panel = till
    scan(qtbot, panel, BARCODE)
    dialog = open_payment(qtbot, panel)
    buttons = dialog.findChild(QWidget, "quickCash").findChildren(QPushButton)
    assert [plain(b.text()).strip("€ ") for b in buttons] == [
        "12.80", "20.00", "50.00", "100.00"]
    twenty = next(b for b in buttons if "20.00" in plain(b.text()))
    number = finish(qtbot, panel, lambda: click(qtbot, twenty))
    sale = window.services.returns.find_sale(number)
    assert [(p.method, p.tendered, p.change) for p in sale.payments] == [
        ("cash", Decimal("20.00"), Decimal("7.20"))]
    assert "7.20" in plain(panel.findChild(QLabel, "cartTotal").text())


def test_delete_removes_the_selected_payment_line(qtbot, counter):
    window, panel = counter("junior")
    scan(qtbot, panel, "8005555555557")  # 89,00
    dialog = open_payment(qtbot, panel)
    tendered = dialog.findChild(QLineEdit, "tenderedAmount")
    qtbot.keyClicks(tendered, "20")
    click(qtbot, dialog.findChild(QPushButton, "payCash"))  # 20 booked, 69 to pay
    click(qtbot, dialog.findChild(QPushButton, "payCard"))  # the rest by card
    lines = dialog.findChild(QListWidget, "paymentLines")
    assert lines.count() == 2
    # Quick cash follows what is left once the 20 in cash is booked.
    notes = dialog.findChild(QWidget, "quickCash").findChildren(QPushButton)
    assert [plain(b.text()).strip("€ ") for b in notes] == ["69.00", "100.00"]
    lines.setFocus()
    lines.setCurrentRow(0)
    qtbot.keyClick(lines, Qt.Key.Key_Delete)
    assert lines.count() == 1
    assert dialog.remaining() == Decimal("0.00")  # the card line now takes all of it
    number = finish(qtbot, panel, lambda: qtbot.keyClick(tendered, Qt.Key.Key_Return))
    sale = window.services.returns.find_sale(number)
    assert [(p.method, p.amount) for p in sale.payments] == [("card", Decimal("89.00"))]


def test_enter_finishes_once_covered_even_after_the_open_line_was_removed(qtbot, till):
    window, panel = till
    scan(qtbot, panel, BARCODE)
    dialog = open_payment(qtbot, panel)
    tendered = dialog.findChild(QLineEdit, "tenderedAmount")
    click(qtbot, dialog.findChild(QPushButton, "payCard"))
    lines = dialog.findChild(QListWidget, "paymentLines")
    lines.setFocus()
    lines.setCurrentRow(0)
    qtbot.keyClick(lines, Qt.Key.Key_Delete)
    assert lines.count() == 0 and tendered.text() == ""
    tendered.setFocus()
    # Empty field: Enter pays the rest in cash (the method went back to cash) and finishes.
    number = finish(qtbot, panel, lambda: qtbot.keyClick(tendered, Qt.Key.Key_Return))
    sale = window.services.returns.find_sale(number)
    assert [(p.method, p.amount) for p in sale.payments] == [("cash", Decimal("12.80"))]


@pytest.mark.parametrize("mode", ["print", "preview", "none"])
def test_receipt_after_sale_setting(qtbot, till, mode):
    window, panel = till
    window.services.ctx.settings.set("printer_receipt", "Till Printer")
    window.services.ctx.settings.set("receipt_after_sale", mode)
    scan(qtbot, panel, BARCODE)
    dialog = open_payment(qtbot, panel)
    tendered = dialog.findChild(QLineEdit, "tenderedAmount")
    seen = []
    if mode == "preview":
        preview = expect_receipt_preview(qtbot)
    elif mode == "print":
        # Straight to the receipt printer, no preview: the test machine has no "Till
        # Printer", so printing it fails and says so (named, journaled).
        def not_now(box):
            seen.append(box.objectName())
            next(b for b in box.buttons() if "now" in b.text().lower()).click()
        when_shown(qtbot, "printFailedDialog", not_now)
    with qtbot.waitSignal(panel.sale_completed) as completed:
        qtbot.keyClick(tendered, Qt.Key.Key_Return)
    number = completed.args[0]
    if mode == "preview":
        receipt_closed(qtbot, panel, preview)
        assert number in preview[0]
    elif mode == "print":
        qtbot.waitUntil(lambda: bool(seen))
        qtbot.waitUntil(lambda: bool(window.services.printing.journal(number)))
        journal = window.services.printing.journal(number)
        assert [(j.status, j.printer) for j in journal] == [("failed", "Till Printer")]
    else:
        qtbot.waitUntil(lambda: panel.payment_dialog is None)
        assert top_level("printPreviewDialog") is None
        assert window.services.printing.journal(number) == []
    assert search_field(panel).isVisible()


@pytest.mark.parametrize("language", ["en", "it"])
def test_alt_letters_same_keys_in_both_languages_and_unique(qtbot, counter, language):
    with ui_language(language):
        window, panel = counter("junior")
        scan(qtbot, panel, "8005555555557")  # 89,00
        dialog = open_payment(qtbot, panel)
        tendered = dialog.findChild(QLineEdit, "tenderedAmount")
        texts = [b.text() for b in dialog.findChildren(QPushButton)]
        texts += [label.text() for label in dialog.findChildren(QLabel)]
        letters = [t[t.index("&") + 1].lower() for t in texts if "&" in t.replace("&&", "")]
        keys = ["c", "d", "a", "l"]  # the method shortcuts, printed on the buttons
        assert len(set(letters + keys)) == len(letters + keys), (letters, texts)
        sale = [a.text() for a in panel.sale_actions()]
        menu = [t[t.index("&") + 1].lower() for t in sale if "&" in t]
        assert len(menu) == len(set(menu)), sale
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        qtbot.keyClicks(tendered, "20")
        qtbot.keyClick(tendered, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: dialog.remaining() == Decimal("69.00"))
        qtbot.keyClick(tendered, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: dialog.remaining() == Decimal("0.00"))
        assert [(p.method, p.amount) for p in dialog.payments] == [
            ("cash", Decimal("20.00")), ("card", Decimal("69.00"))]
        qtbot.keyClick(tendered, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: panel.payment_dialog is None)
        assert window.isVisible()
