"""The Deliver dialog promises before saving (issue 12, item 4).

A Sunday rush: the dialog shows the promised date and why before OK is pressed, offers
the earliest feasible date, and the saved shipment carries it — with no popup after saving.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLabel, QLineEdit, QPushButton

from counterapp.db.models import Carrier
from counterapp.ui.counter.delivery_dialog import DeliveryDialog
from tests.ui import test_counter as base
from tests.ui.test_counter import (
    expect_receipt_preview,
    press,
    receipt_closed,
    scan,
    top_level,
    when_shown,
)
from tests.ui.test_counter_flows import business_customer

counter = base.counter
_stop_pollers = base._stop_pollers
SUNDAY = dt.datetime(2026, 11, 29, 10, 0)
TUESDAY = dt.date(2026, 12, 1)


def _brt() -> None:
    Carrier.create(code="BRT", name="BRT", pickup_time=dt.time(17, 0),
                   cutoff_time=dt.time(16, 0), transit_days=1, express_transit_days=1)


def test_sunday_rush_is_promised_before_saving_and_the_earliest_date_is_kept(qtbot, counter):
    window, panel = counter("junior")
    window.services.ctx.clock = lambda: SUNDAY
    _brt()
    panel.cart.customer_id = business_customer().id
    scan(qtbot, panel, "8005555555557")
    seen = {}

    def fill(dialog):
        try:
            look_and_confirm(dialog)
        except Exception as exc:  # noqa: BLE001 (reported below; a modal must not hang)
            seen["error"] = exc
            dialog.reject()

    def look_and_confirm(dialog):
        rush = dialog.findChild(QCheckBox, "rushCheck")
        promised = dialog.findChild(QLabel, "promisedDate")
        reason = dialog.findChild(QLabel, "promiseReason")
        rush.click()  # the box, not the middle of its long label
        assert rush.isChecked()
        assert "cannot be met" in reason.text(), reason.text()
        seen["before"] = (promised.text(), reason.text())
        earliest = dialog.findChild(QPushButton, "earliestDateButton")
        seen["offer"] = earliest.text()
        qtbot.mouseClick(earliest, Qt.MouseButton.LeftButton)
        seen["after"] = (promised.text(), reason.text(),
                         dialog.findChild(QDateEdit, "requestedDate").date().toPython())
        qtbot.mouseClick(dialog.findChild(QPushButton, "confirmDelivery"),
                         Qt.MouseButton.LeftButton)

    when_shown(qtbot, "deliveryDialog", fill)
    press(qtbot, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: "error" in seen or (panel.payment_dialog is not None
                                                and panel.payment_dialog.isVisible()))
    assert "error" not in seen, seen
    promised, reason = seen["before"]
    assert "01/12/2026" in promised
    assert "Today is not a working day" in reason and "30/11/2026" in reason
    assert "2026-12-01" not in reason  # dates as the locale writes them
    assert seen["offer"] == "Earliest: 01/12/2026"
    promised, reason, requested = seen["after"]
    assert requested == TUESDAY and "01/12/2026" in promised
    assert "Delivery on 01/12/2026 is possible." == reason

    dialog = panel.payment_dialog
    preview = expect_receipt_preview(qtbot)
    with qtbot.waitSignal(panel.sale_completed) as completed:
        qtbot.mouseClick(dialog.findChild(QPushButton, "payAccount"), Qt.MouseButton.LeftButton)
        qtbot.keyClick(dialog.findChild(QLineEdit, "tenderedAmount"), Qt.Key.Key_Return)
    assert top_level("deliveryPromise") is None
    receipt_closed(qtbot, panel, preview)
    shipment = window.services.shipping_queue.find(completed.args[0])
    assert shipment.promised_date == TUESDAY
    assert shipment.rush and shipment.rush_feasible is not False
    assert top_level("deliveryPromise") is None  # the promise was made in the dialog


def test_promise_follows_the_method_and_a_missing_carrier_is_said(qtbot, services):
    services.ctx.clock = lambda: dt.datetime(2026, 11, 23, 10, 0)  # a Monday
    dialog = DeliveryDialog(services, None, SUNDAY.date())
    qtbot.addWidget(dialog)
    reason = dialog.findChild(QLabel, "promiseReason")
    assert "courier" in reason.text().lower()  # no courier service is set up yet
    _brt()
    dialog.update_promise()
    assert dialog.findChild(QLabel, "promisedDate").text() == "<b>24/11/2026</b>"
    assert reason.text() == "Delivery on 24/11/2026 is possible."
    assert not dialog.findChild(QPushButton, "earliestDateButton").isVisible()
    method = dialog.findChild(QComboBox, "deliveryMethod")
    method.setCurrentIndex(method.findData("in_house"))
    assert "driver" in reason.text().lower()  # none set up: the service says so
