"""The month figure at the counter and the dashboard panel, on the real main window.

- the counter's figure changes after a keyboard-only sale (and a click opens the dashboard)
- a senior's leaderboard lists exactly their mentees
- a junior's month commands (close, plans, quotas, statements) are disabled with the reason
- the chart renders offscreen (grabbed to PNG, not blank)
- a manager closes last month from the panel; a second close says who closed it and when
- F5 opens it, Enter on a leaderboard row shows that rep's month, F2 goes back; it fits
  1280×720 in English and Italian
- the figure drops after a return made with the counter's return dialog (Ctrl+R), and
  rises when the queue says a delivery order was delivered
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QToolButton,
)

from counterapp.db.models import Product, Shipment
from counterapp.domain.commission import month_of, previous_month
from counterapp.services.delivery import DeliveryRequest
from counterapp.ui.common import palette
from counterapp.ui.dashboard.controller import month_name
from counterapp.ui.window_layout import DASHBOARD
from tests.conftest import TEST_PINS
from tests.services.performance_fixtures import sell
from tests.services.shipping_fixtures import make_carrier, make_customer
from tests.ui.test_counter import (
    _stop_pollers,  # noqa: F401 (an autouse fixture)
    expect_receipt_preview,
    open_payment,
    press,
    receipt_closed,
    scan,
    top_level,
)
from tests.ui.test_counter import counter as _counter  # noqa: F401 (the fixture "counter")
from tests.ui.window_helpers import off_screen, ui_language


@pytest.fixture
def logged_in(_counter):  # noqa: F811 (the imported fixture, by the name it is imported as)
    """test_counter's window factory: ``logged_in(login)`` → (window, counter panel)."""
    return _counter


def _more_staff(services) -> None:
    """Beyond test_counter's seed (mgr, senior, junior mentored by senior): a second
    junior nobody mentors and an account manager."""
    services.staff.create_user(None, "luca", "Luca Nuovo", "junior", TEST_PINS["junior"])
    services.staff.create_user(None, "am", "Andrea Account", "account-manager",
                               TEST_PINS["am"])


def _figure(window) -> QPushButton:
    return window.findChild(QPushButton, "monthFigure")


def _leaderboard_logins(panel) -> set[str]:
    table = panel.findChild(QTableView, "leaderboardTable")
    return {row.login for row in table.model().sourceModel().rows()}


def test_counter_figure_changes_after_a_keyboard_only_sale(qtbot, logged_in):
    window, panel = logged_in("junior")
    mgr = window.services.staff.actor("mgr")
    month = month_of(window.services.ctx.now())
    window.services.performance.set_quota(mgr, "junior", month, "1000")
    window.month_figure.refresh()
    figure = _figure(window)
    qtbot.waitUntil(lambda: "of €1,000.00 (0%)" in figure.text())
    assert figure.isVisible()

    scan(qtbot, panel, "8001234567895")  # 10.00 with VAT: 8.20 net
    dialog = open_payment(qtbot, panel)
    preview = expect_receipt_preview(qtbot)
    with qtbot.waitSignal(panel.sale_completed):
        qtbot.keyClick(dialog.findChild(type(dialog.focusWidget()), "tenderedAmount"),
                       Qt.Key.Key_Return)
    receipt_closed(qtbot, panel, preview)
    qtbot.waitUntil(lambda: "€8.20 of €1,000.00 (1%)" in figure.text())

    qtbot.mouseClick(figure, Qt.MouseButton.LeftButton)
    assert window.dashboard_panel.isVisible() and not panel.isVisible()


def test_senior_sees_exactly_their_mentees(qtbot, logged_in):
    window, _panel = logged_in("senior")
    _more_staff(window.services)
    window.focus_panel(DASHBOARD)
    dashboard = window.dashboard_panel
    qtbot.waitUntil(lambda: dashboard.controller.state.value.rows != ())
    assert _leaderboard_logins(dashboard) == {"junior"}
    assert not dashboard.month_picker.isEnabled()


def test_junior_month_commands_are_disabled_with_the_reason(qtbot, logged_in):
    window, _panel = logged_in("junior")
    window.focus_panel(DASHBOARD)
    for name in ("closeMonthButton", "reopenMonthButton", "plansButton", "quotasButton",
                 "statementButton", "allStatementsButton", "exportPerformanceButton"):
        button = window.dashboard_panel.findChild(QToolButton, name)
        assert button.isVisible() and not button.isEnabled(), name
        assert "\n" in button.toolTip(), (name, button.toolTip())  # the reason, under the text
    public = window.dashboard_panel.findChild(QCheckBox, "leaderboardPublic")
    assert public.isChecked() and not public.isEnabled() and "\n" in public.toolTip()
    manager = logged_in("mgr")[0]
    assert manager.dashboard_panel.findChild(QToolButton, "plansButton").isEnabled()
    assert manager.dashboard_panel.findChild(QCheckBox, "leaderboardPublic").isEnabled()


def test_the_chart_renders_offscreen(qtbot, logged_in, tmp_path):
    window, _panel = logged_in("junior")
    services = window.services
    month = month_of(services.ctx.now())
    services.performance.set_quota(services.staff.actor("mgr"), "junior", month, "500")
    junior = services.staff.actor("junior")
    sell(services, junior, Product.get(Product.sku == "TRA-800").id, 1, uuid="chart")
    window.resize(1280, 720)
    window.focus_panel(DASHBOARD)
    chart = window.dashboard_panel.chart
    summary = window.dashboard_panel.summary
    # The figures read after the sale (the login's first read may still be on its way).
    qtbot.waitUntil(lambda: "Attainment: 14.6%" in summary.text())  # 73.00 of 500.00
    assert "Next tier" not in summary.text()  # no plan: one band
    qtbot.waitUntil(lambda: chart.isVisible() and chart.width() > 300)
    image = chart.grab().toImage()
    path = tmp_path / "chart.png"
    assert image.save(str(path)) and path.stat().st_size > 2000
    line = QColor(palette.BADGE)
    colours, hits = set(), 0
    for x in range(0, image.width(), 3):
        for y in range(0, image.height(), 3):
            pixel = image.pixelColor(x, y)
            colours.add(pixel.rgb())
            hits += abs(pixel.red() - line.red()) + abs(pixel.green() - line.green()) \
                + abs(pixel.blue() - line.blue()) < 40
    assert len(colours) > 20 and hits > 10, (len(colours), hits)


def test_manager_closes_last_month_twice(qtbot, logged_in, monkeypatch):
    window, _panel = logged_in("mgr")
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *args, **kwargs: QMessageBox.StandardButton.Yes))
    dashboard = window.dashboard_panel
    window.focus_panel(DASHBOARD)
    last = previous_month(month_of(window.services.ctx.now()))
    qtbot.waitUntil(lambda: dashboard.month_picker.count() == 12)
    dashboard.month_picker.setFocus()
    index = dashboard.month_picker.findData(last)
    dashboard.month_picker.setCurrentIndex(index)
    dashboard.month_picker.activated.emit(index)
    opened = month_name(last, "en_GB", year=True) + " is open"
    qtbot.waitUntil(lambda: dashboard.status_label.text().startswith(opened))
    qtbot.waitUntil(lambda: not dashboard.controller.guard.busy)
    button = dashboard.findChild(QToolButton, "closeMonthButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "closed:" in dashboard.message.text())
    qtbot.waitUntil(lambda: "closed by Maria Manager" in dashboard.status_label.text())
    qtbot.waitUntil(button.isEnabled)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "already closed by mgr" in dashboard.message.text())


def test_counter_figure_drops_after_a_return(qtbot, logged_in):
    window, panel = logged_in("senior")
    services = window.services
    senior = services.staff.actor("senior")
    product = Product.get(Product.sku == "VIT-430").id
    sale = sell(services, senior, product, 3, uuid="to-return")
    figure = _figure(window)
    window.month_figure.refresh()
    qtbot.waitUntil(lambda: "€24.59, no quota" in figure.text())  # 30.00 with 22 % VAT
    panel.focus_main_field()
    press(qtbot, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: top_level("returnDialog") is not None)
    dialog = top_level("returnDialog")
    number = dialog.findChild(QLineEdit, "returnSaleNumber")
    qtbot.keyClicks(number, sale.number)
    qtbot.keyClick(number, Qt.Key.Key_Return)
    spin = dialog.findChild(QSpinBox, "returnQuantity0")
    qtbot.waitUntil(lambda: spin is not None and spin.hasFocus())
    qtbot.keyClicks(spin, "1")
    preview = expect_receipt_preview(qtbot)
    with qtbot.waitSignal(panel.returned):
        qtbot.mouseClick(dialog.findChild(QPushButton, "refundButton"),
                         Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(preview))
    after = services.performance.month_figure(senior).credited_net
    assert after < Decimal("24.59")
    qtbot.waitUntil(lambda: f"€{after}, no quota" in figure.text())


def test_counter_figure_follows_a_delivery_from_the_queue(qtbot, logged_in):
    window, _panel = logged_in("junior")
    services = window.services
    junior = services.staff.actor("junior")
    make_carrier("BRT")
    product = Product.get(Product.sku == "TRA-800").id
    order = sell(services, junior, product, 1, uuid="to-deliver",
                 customer=make_customer("Bar Centrale").id,
                 delivery=DeliveryRequest(method="courier", carrier_code="BRT"))
    figure = _figure(window)
    qtbot.waitUntil(lambda: "€0.00, no quota" in figure.text())  # counts when delivered
    shipment = Shipment.get(Shipment.order == order.order_id)
    services.shipping.dispatch(junior, [(shipment.id, shipment.version)], tracking_later=True)
    shipment = Shipment.get_by_id(shipment.id)
    services.shipping.mark_delivered(junior, [(shipment.id, shipment.version)])
    # What the queue panel says after its own status change (its controller's _done).
    window.queue_panel.shipments_changed.emit([shipment.id])
    qtbot.waitUntil(lambda: "€72.95, no quota" in figure.text())  # 89.00 with 22 % VAT


def test_f5_opens_the_dashboard_and_enter_shows_a_reps_month(qtbot, logged_in):
    window, panel = logged_in("mgr")
    services = window.services
    sell(services, services.staff.actor("junior"), Product.get(Product.sku == "GUA-L").id, 2,
         uuid="for-the-board")
    press(qtbot, Qt.Key.Key_F5)
    dashboard = window.dashboard_panel
    table = dashboard.findChild(QTableView, "leaderboardTable")
    assert dashboard.isVisible() and not panel.isVisible()
    qtbot.waitUntil(lambda: table.hasFocus() and table.model().rowCount() >= 2)
    row = next(r for r in range(table.model().rowCount())
               if table.model().index(r, 0).data() == "Giulia Junior")
    table.setCurrentIndex(table.model().index(row, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dashboard.summary.text().startswith("<b>Giulia Junior</b>"))
    assert "€7.38" in dashboard.summary.text()  # 2 × 4.50 with 22 % VAT
    press(qtbot, Qt.Key.Key_F2)
    assert panel.isVisible() and not dashboard.isVisible()


@pytest.mark.parametrize("language", ["en", "it"])
def test_the_dashboard_fits_1280x720(qtbot, logged_in, language):
    with ui_language(language):
        window, _panel = logged_in("mgr")
        window.resize(QSize(1280, 720))
        qtbot.waitUntil(lambda: window.size() == QSize(1280, 720))
        window.focus_panel(DASHBOARD)
        dashboard = window.dashboard_panel
        qtbot.waitUntil(lambda: dashboard.controller.state.value.summary != ())
        assert {w.objectName() for w in (window.counter_panel, window.phone_panel,
                                         window.queue_panel) if w.isVisible()} == set()
        qtbot.waitUntil(lambda: off_screen(window) == [], timeout=2000)
        assert _figure(window).isVisible()
