"""The customers dialogs driven as a clerk would: search, create, edit, approve, import."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QPushButton, QTableView

from counterapp.domain.customers import AddressInput, CustomerInput, PhoneInput
from counterapp.domain.errors import AuthenticationFailed
from counterapp.domain.permissions import Action
from counterapp.ui.audit.models import AuditModel
from counterapp.ui.audit.viewer import AuditDialog
from counterapp.ui.common.approval import ApprovalDialog
from counterapp.ui.customers.customer_dialog import CustomerDialog
from counterapp.ui.customers.import_dialog import ImportDialog
from counterapp.ui.customers.models import CustomerResultsModel, ValueModel
from counterapp.ui.customers.search_dialog import CustomerSearchDialog
from counterapp.ui.session import Session
from counterapp.ui.staff.models import UsersModel
from counterapp.ui.staff.users_dialog import UsersDialog
from tests.conftest import TEST_PINS


@pytest.fixture
def ui_services(sqlite_url, settings):
    """Services over SQLite (UI tests run on one engine)."""
    from tests.conftest import _open  # noqa: PLC0415

    svc = _open(sqlite_url, settings)
    for login, role in (("mgr", "manager"), ("senior", "senior"), ("junior", "junior"),
                        ("am", "account-manager")):
        svc.staff.create_user(None, login, login.title(), role, TEST_PINS[login])
    yield svc
    svc.ctx.db.close()


@pytest.fixture
def customers(ui_services):
    mgr = ui_services.staff.actor("mgr")
    rossi = ui_services.customers.create(mgr, CustomerInput(
        name="Mario Rossi", code="ROSSI", phones=(PhoneInput("02 1234 5678"),),
        addresses=(AddressInput("Via Roma 1", "Milano"),)))
    for i in range(5):
        ui_services.customers.create(mgr, CustomerInput(name=f"Rossini {i}"))
    return rossi


def _session(services, login):
    session = Session()
    session.set_actor(services.staff.actor(login))
    return session


@pytest.mark.parametrize("typed", ["02 1234 5678", "+39 02 12345678", "0039 0212345678",
                                   "rossi", "ROSSI", "milano"])
def test_search_dialog_finds_and_enter_picks(qtbot, ui_services, customers, typed):
    dialog = CustomerSearchDialog(ui_services, _session(ui_services, "junior"))
    qtbot.addWidget(dialog)
    dialog.show()
    edit = dialog.findChild(QLineEdit, "customerSearch")
    table = dialog.findChild(QTableView, "customerResults")
    qtbot.keyClicks(edit, typed)
    qtbot.waitUntil(lambda: table.model().rowCount() > 0, timeout=3000)
    with qtbot.waitSignal(dialog.customer_picked, timeout=3000) as picked:
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert picked.args == [customers.id]
    assert dialog.customer_id == customers.id


def test_search_dialog_arrow_down_then_enter(qtbot, ui_services, customers):
    dialog = CustomerSearchDialog(ui_services, None)
    qtbot.addWidget(dialog)
    dialog.show()
    edit = dialog.findChild(QLineEdit, "customerSearch")
    qtbot.keyClicks(edit, "rossini")
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # Enter before the debounce fires searches first
    assert dialog.customer_id is not None
    first = dialog.customer_id
    dialog2 = CustomerSearchDialog(ui_services, None, initial_text="rossini")
    qtbot.addWidget(dialog2)
    dialog2.run_search()
    edit2 = dialog2.findChild(QLineEdit, "customerSearch")
    qtbot.keyClick(edit2, Qt.Key.Key_Down)
    qtbot.keyClick(edit2, Qt.Key.Key_Return)
    assert dialog2.customer_id not in (None, first)
    assert "No customer" in _status_after(qtbot, ui_services, "zzzz")


def _status_after(qtbot, services, text):
    dialog = CustomerSearchDialog(services, None, initial_text=text)
    qtbot.addWidget(dialog)
    dialog.run_search()
    return dialog.findChild(QLabel, "customerSearchStatus").text()


def test_create_b2b_customer_with_error_next_to_the_field(qtbot, ui_services):
    dialog = CustomerDialog(ui_services, ui_services.staff.actor("junior"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("b2b"))
    name = dialog.findChild(QLineEdit, "customerName")
    qtbot.keyClicks(name, "Caff")
    name.insert("è <Perù> & Figli")  # QTest.keyClicks cannot type non-ASCII letters
    vat = dialog.findChild(QLineEdit, "customerVatNumber")
    qtbot.keyClicks(vat, "IT 00743110158")
    qtbot.mouseClick(dialog.findChild(QPushButton, "saveCustomerButton"), Qt.MouseButton.LeftButton)
    error = dialog.findChild(QLabel, "vat_numberError")
    assert error.isVisible() and "partita IVA" in error.text()
    assert dialog.detail is None
    vat.clear()
    qtbot.keyClicks(vat, "IT 00743110157")
    dialog.findChild(QPushButton, "add_phones").click()
    dialog.phones_table.item(0, 0).setText("02.1234.5678")
    dialog.findChild(QPushButton, "add_addresses").click()
    for column, value in ((1, "Via Roma 1"), (2, "20100"), (3, "Milano"), (4, "MI")):
        dialog.addresses_table.item(0, column).setText(value)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
    with qtbot.waitSignal(dialog.accepted, timeout=3000):
        qtbot.keyClick(dialog.findChild(QLineEdit, "customerName"), Qt.Key.Key_S,
                       Qt.KeyboardModifier.ControlModifier)
    assert dialog.message.text() == ""
    saved = ui_services.customers.get(dialog.detail.id)
    assert saved.name == "Caffè <Perù> & Figli" and saved.vat_number == "00743110157"
    assert saved.phones[0].e164 == "+390212345678"
    assert saved.default_address.city == "Milano"


def test_bad_phone_row_is_named(qtbot, ui_services, customers):
    dialog = CustomerDialog(ui_services, ui_services.staff.actor("junior"), customers.id)
    qtbot.addWidget(dialog)
    assert dialog.phones_table.item(0, 0).text() == "02 1234 5678"  # national format
    dialog.findChild(QPushButton, "add_phones").click()
    dialog.phones_table.item(1, 0).setText("12ab")
    dialog.save()
    error = dialog.findChild(QLabel, "phonesError")
    assert error.text().startswith("Row 2")
    assert dialog.tabs.currentIndex() == 1


def test_junior_raises_credit_limit_with_manager_approval(qtbot, ui_services, customers,
                                                          monkeypatch):
    junior = ui_services.staff.actor("junior")
    asked = []

    def fake_ask(services, requester, action, **kwargs):
        asked.append((action, kwargs.get("amount")))
        return services.staff.approve("mgr", TEST_PINS["mgr"], action, requester=requester,
                                      amount=kwargs.get("amount"), reason="good payer")

    monkeypatch.setattr(ApprovalDialog, "ask", staticmethod(fake_ask))
    dialog = CustomerDialog(ui_services, junior, customers.id)
    qtbot.addWidget(dialog)
    credit = dialog.findChild(QLineEdit, "customerCreditLimit")
    credit.clear()
    qtbot.keyClicks(credit, "2000")
    dialog.save()
    assert asked == [(Action.CHANGE_CREDIT_LIMIT, Decimal("2000.00"))]
    assert ui_services.customers.get(customers.id).credit_limit == Decimal("2000")
    entry = ui_services.audit.search(ui_services.staff.actor("mgr"), customer_id=customers.id,
                                     action="customer_updated")[0]
    assert (entry.user, entry.approver, entry.reason) == ("junior", "mgr", "good payer")


def test_import_dialog_reports_then_imports_valid_rows(qtbot, ui_services, tmp_path):
    path = tmp_path / "customers.csv"
    path.write_text("code,name,vat_number\nA1,Good,\nA2,Bad,00743110158\nA1,Dup,\n",
                    encoding="utf-8")
    dialog = ImportDialog(ui_services, ui_services.staff.actor("mgr"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.findChild(QLineEdit, "importFile"), str(path))
    with qtbot.waitSignal(dialog.finished_work, timeout=10000):
        qtbot.mouseClick(dialog.findChild(QPushButton, "importButton"), Qt.MouseButton.LeftButton)
    report = dialog.findChild(QPlainTextEdit, "importReport").toPlainText()
    assert "line 3, column vat_number" in report and "line 4, column code" in report
    assert ui_services.customer_search.search("Good") == []
    valid_only = dialog.findChild(QPushButton, "importValidOnlyButton")
    assert valid_only.isVisible()
    with qtbot.waitSignal(dialog.imported, timeout=10000):
        qtbot.mouseClick(valid_only, Qt.MouseButton.LeftButton)
    assert [r.code for r in ui_services.customer_search.search("Good")] == ["A1"]


def test_users_dialog_unlocks(qtbot, ui_services):
    clock = {"now": datetime.datetime(2026, 11, 27, 9, 0)}
    ui_services.ctx.clock = lambda: clock["now"]
    for _ in range(10):  # ten wrong PINs, waiting out each slow-down like a patient clerk
        with pytest.raises(AuthenticationFailed):
            ui_services.staff.login("junior", "0000")
        clock["now"] += datetime.timedelta(minutes=1)
    dialog = UsersDialog(ui_services, ui_services.staff.actor("mgr"))
    qtbot.addWidget(dialog)
    locked = [r for r in dialog.model.rows() if r.locked]
    assert [r.login for r in locked] == ["junior"]
    row = next(i for i in range(dialog.proxy.rowCount())
               if dialog.proxy.index(i, UsersModel.COL_LOGIN).data() == "junior")
    dialog.table.selectRow(row)
    qtbot.mouseClick(dialog.findChild(QPushButton, "unlockButton"), Qt.MouseButton.LeftButton)
    assert not any(r.locked for r in dialog.model.rows())


def test_audit_dialog_lists_and_models_pass_the_tester(qtbot, qtmodeltester, ui_services,
                                                       customers):
    dialog = AuditDialog(ui_services, ui_services.staff.actor("mgr"))
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() >= 6
    qtmodeltester.check(dialog.model)
    results = CustomerResultsModel()
    results.set_rows(ui_services.customer_search.search("ross"))
    qtmodeltester.check(results)
    values = ValueModel()
    values.set_rows(ui_services.customer_reports.most_valuable())
    qtmodeltester.check(values)
    users = UsersModel()
    users.set_rows(ui_services.staff.list_users())
    qtmodeltester.check(users)
    assert isinstance(dialog.model, AuditModel)


def test_main_window_menus_open_the_customer_dialogs(qtbot, app_window, sqlite_url, settings,
                                                     monkeypatch):
    from tests.conftest import _open  # noqa: PLC0415

    seed = _open(sqlite_url, settings)
    seed.staff.create_user(None, "mgr", "Maria Manager", "manager", TEST_PINS["mgr"])
    seed.ctx.db.close()
    window = app_window(user="mgr")
    asked = []
    monkeypatch.setattr(CustomerSearchDialog, "ask",
                        classmethod(lambda cls, *args, **kwargs: asked.append(args) or None))
    find = window.findChild(QAction, "findCustomerAction")
    assert find.shortcut() == QKeySequence("Ctrl+K")
    find.trigger()
    assert len(asked) == 1 and asked[0][0] is window.services
    titles = [a.text() for a in window.menuBar().actions()]
    assert any("ustomers" in t for t in titles)
    for name in ("newCustomerAction", "mostValuableAction", "usersAction", "auditLogAction",
                 "importExportAction"):
        assert window.findChild(QAction, name) is not None, name


def test_most_valuable_dialog_fills_off_the_ui_thread(qtbot, ui_services, customers):
    from counterapp.ui.customers.value_dialog import MostValuableDialog  # noqa: PLC0415

    dialog = MostValuableDialog(ui_services)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "customers" in dialog.status.text(), timeout=5000)
    assert dialog.model.rowCount() == 0  # nobody bought anything yet


def test_search_skips_longer_words_after_an_empty_prefix(qtbot, ui_services, customers):
    dialog = CustomerSearchDialog(ui_services, None)
    qtbot.addWidget(dialog)
    edit = dialog.findChild(QLineEdit, "customerSearch")
    qtbot.keyClicks(edit, "zzz")
    dialog.run_search()
    assert dialog._empty_prefix == "zzz"
    qtbot.keyClicks(edit, "z")
    dialog.run_search()
    assert dialog.model.rowCount() == 0
    edit.clear()
    qtbot.keyClicks(edit, "ross")
    dialog.run_search()
    assert dialog.model.rowCount() == 6
