"""The counter when the database fails under it: a message by cause, the cart kept, no sale.

- the write lock is held by another workstation past the busy timeout: the payment dialog
  says "Database unreachable, retrying…" and the sale goes through, once, when the lock is
  released (the checkout is retried with the same sale UUID);
- the database file was deleted: the dialog says so in words, the cart stays, nothing is
  reported as sold.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

from counterapp.db import connect
from counterapp.db.models import Order
from tests.ui.test_counter import (  # noqa: F401 (fixtures)
    _stop_pollers,
    counter,
    expect_receipt_preview,
    open_payment,
    scan,
)


def _message(dialog) -> str:
    return dialog.findChild(QLabel, "paymentMessage").text()


@pytest.mark.slow
def test_a_busy_database_shows_retrying_and_sells_once_when_free(qtbot, counter,  # noqa: F811
                                                                  sqlite_url):
    window, panel = counter("junior")
    scan(qtbot, panel, "8001234567895")
    dialog = open_payment(qtbot, panel)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "tenderedAmount"), "10")
    other = connect(sqlite_url, bind=False)  # another workstation holds the write lock
    other.execute_sql("BEGIN IMMEDIATE")
    try:
        preview = expect_receipt_preview(qtbot)
        dialog.findChild(QPushButton, "confirmPayment").click()
        # The first attempt waits out the 10 s busy timeout, then the retry says so.
        qtbot.waitUntil(lambda: "retrying" in _message(dialog), timeout=30_000)
        assert "Error" not in _message(dialog)
        assert Order.select().count() == 0
        with qtbot.waitSignal(panel.sale_completed, timeout=30_000):
            other.execute_sql("COMMIT")
    finally:
        if other.connection().in_transaction:
            other.execute_sql("ROLLBACK")
        other.close()
    qtbot.waitUntil(lambda: bool(preview))  # the receipt came after the commit, as always
    assert Order.select().where(Order.kind == "sale").count() == 1


def test_a_deleted_database_file_is_said_in_words_and_sells_nothing(qtbot,
                                                                      counter,  # noqa: F811
                                                                      sqlite_url):
    window, panel = counter("junior")
    scan(qtbot, panel, "8001234567895")
    dialog = open_payment(qtbot, panel)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "tenderedAmount"), "10")
    Path(sqlite_url.removeprefix("sqlite://")).unlink()
    with qtbot.assertNotEmitted(panel.sale_completed):
        dialog.findChild(QPushButton, "confirmPayment").click()
        qtbot.waitUntil(lambda: "deleted or replaced" in _message(dialog))
    assert "Error" not in _message(dialog) and "Traceback" not in _message(dialog)
    assert dialog.isVisible()
    assert panel.cart_model.rowCount() == 1
