"""The counter and the paper read alike: one formatter for money and percentages.

Before, the counter showed "1.234,50 €", the receipt "€ 1.234,50", and the approval dialog
asked about "A 1E+1 % discount".
"""

from __future__ import annotations

import html
import io
import re
import uuid
from decimal import Decimal

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget

from counterapp.db.models import Product
from counterapp.domain.formatting import format_money, format_percent
from counterapp.services.cart import CartDraft, CartLineInput, PaymentInput
from counterapp.ui.counter.parked_dialog import CloseDialog
from tests.conftest import TEST_PINS

BARCODE = "8001234567895"
PRICE = Decimal("1234.50")
NBSP = "\u00a0"


def _seed(url: str, settings) -> None:
    from counterapp.app import open_services  # noqa: PLC0415

    services = open_services(url, settings)
    services.staff.create_user(None, "mgr", "Maria Manager", "manager", TEST_PINS["mgr"])
    services.staff.create_user(None, "senior", "Sergio Senior", "senior", TEST_PINS["senior"])
    services.staff.create_user(None, "junior", "Giulia Junior", "junior", TEST_PINS["junior"],
                               mentor_login="senior")
    Product.create(sku="GEN-5K", barcode=BARCODE, name="Generatore 5 kW", price=PRICE,
                   stock=5, vat_rate=Decimal("22"))
    services.ctx.db.close()


@pytest.fixture
def ui_language():
    """Set the UI locale as ``install_translations`` does from the ``language`` setting."""
    before = QLocale()

    def use(language: str) -> None:
        QLocale.setDefault(QLocale(language))

    yield use
    QLocale.setDefault(before)


@pytest.fixture
def counter(qtbot, app_window, sqlite_url, settings, monkeypatch):
    _seed(sqlite_url, settings)
    monkeypatch.setattr(CloseDialog, "ask", classmethod(lambda cls, *args: "keep"))

    def make(user: str):
        window = app_window(user=user)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        window.counter_panel.focus_main_field()
        return window, window.counter_panel

    return make


def _scan(qtbot, panel, code: str) -> None:
    field = panel.findChild(QLineEdit, "productSearch")
    qtbot.keyClicks(field, code)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def _top_level(name: str) -> QWidget | None:
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == name and widget.isVisible():
            return widget
    return None


def _plain(rich_text: str) -> str:
    """A label's rich text as a person reads it (tags dropped, NBSP as a space)."""
    return html.unescape(re.sub(r"<[^>]+>", " ", rich_text)).replace(NBSP, " ")


def test_counter_total_and_receipt_total_read_the_same_in_italian(qtbot, counter,
                                                                   ui_language):
    ui_language("it_IT")
    window, panel = counter("mgr")
    _scan(qtbot, panel, BARCODE)
    label = panel.findChild(QLabel, "cartTotal")
    qtbot.waitUntil(lambda: "€" in label.text())
    expected = format_money(PRICE, "it").replace(NBSP, " ")
    assert expected == "1.234,50 €"
    on_screen = _plain(label.text())
    assert expected in on_screen

    services = window.services
    product = Product.get(Product.barcode == BARCODE)
    actor = window.session.actor
    sale = services.checkout.checkout(
        actor, CartDraft(lines=(CartLineInput(product.id, 1),)),
        [PaymentInput("cash", PRICE, PRICE)], sale_uuid=str(uuid.uuid4()))
    receipt = services.printing.render(actor, "receipt", sale.number)
    on_paper = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(receipt.pdf)).pages)
    assert expected in on_paper.replace(NBSP, " ")
    # The very same total string, not just the same digits: sign side and separators too.
    money = re.compile(r"€?\s?\d{1,3}(?:[.,]\d{3})*[.,]\d{2}(?:\s€)?")

    def amounts(text: str) -> set[str]:
        return {found.strip() for found in money.findall(text.replace(NBSP, " "))}

    assert expected in amounts(on_screen) & amounts(on_paper)
    assert "€ 1.234,50" not in on_paper  # the paper's old style


@pytest.mark.parametrize(("language", "percent"), [("it_IT", f"10{NBSP}%"), ("en_GB", "10%")])
def test_approval_dialog_says_ten_percent(qtbot, counter, ui_language, language, percent):
    """A junior (limit 5 %) asks for 10 %: the dialog names the discount as the locale
    writes it — never "1E+1 %", never a doubled "%"."""
    ui_language(language)
    _window, panel = counter("junior")
    _scan(qtbot, panel, BARCODE)
    qtbot.waitUntil(lambda: panel.cart_model.rowCount() == 1)
    seen: list[str] = []
    timer = QTimer()
    timer.setInterval(10)

    def read_and_cancel():
        dialog = _top_level("approvalDialog")
        if dialog is None:
            return
        timer.stop()
        seen.extend(label.text() for label in dialog.findChildren(QLabel) if label.text())
        dialog.reject()

    timer.timeout.connect(read_and_cancel)
    timer.start()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: _top_level("discountDialog") is not None)
    field = _top_level("discountDialog").findChild(QLineEdit, "discountPercent")
    qtbot.keyClicks(field, "10")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    text = next(t for t in seen if "discount" in t or "sconto" in t)
    assert format_percent(Decimal("10"), language) == percent
    assert "1E+1" not in text and "% %" not in text.replace(NBSP, " ")
    if language == "en_GB":
        assert text.startswith(f"A {percent} discount is above your limit")
    else:
        assert f" {percent} " in text  # the Italian number in the sentence
    assert panel.cart_model.row_at(0).discount_pct == 0
