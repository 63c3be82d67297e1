"""Every place that takes money as text reads it by the one rule (#13 "Done when").

"1.234,56" is 1234.56 (Italian grouping), "1.000" is 1000.00 (a money amount never has
three decimals, so the dot groups thousands), "1,5" is 1.50 (decimal comma), and "1e3"
is refused with the field named and nothing written. Walked here: the payment dialog's
tendered amount, the customer dialog's credit limit, the products CSV's price and the
customers CSV's credit_limit (service and ``counterapp import``), the quotas CSV's
target and the plans CSV's base_pay. (The discount dialog takes a percentage, not money:
it is checked for the decimal comma and the exponent only.)
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit

from counterapp.db.models import CommissionPlan, Customer, Product, Quota
from counterapp.domain.errors import ValidationError
from counterapp.domain.money import parse_money
from counterapp.ui.counter.discount_dialog import DiscountDialog
from counterapp.ui.counter.payment_dialog import PaymentDialog
from counterapp.ui.customers.customer_dialog import CustomerDialog
from tests.conftest import TEST_PINS
from tests.ui import test_customers

ui_services = test_customers.ui_services  # SQLite services with mgr, senior, junior, am

TEXTS = [("1.234,56", Decimal("1234.56")), ("1.000", Decimal("1000.00")),
         ("1,5", Decimal("1.50")), ("1e3", None)]
MONTH = dt.date.today().strftime("%Y-%m")


def _csv(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(("typed", "expected"), TEXTS)
def test_the_one_parser(typed, expected):
    if expected is None:
        with pytest.raises(ValidationError) as refused:
            parse_money("amount", typed)
        assert refused.value.field == "amount"
    else:
        assert parse_money("amount", typed) == expected


@pytest.mark.parametrize(("typed", "expected"), TEXTS)
def test_payment_dialog_tendered(qtbot, typed, expected):
    dialog = PaymentDialog(Decimal("5000.00"), None)
    qtbot.addWidget(dialog)
    field = dialog.findChild(QLineEdit, "tenderedAmount")
    qtbot.keyClicks(field, typed)
    tendered = [line.tendered for line in dialog.controller.state.lines]
    message = dialog.findChild(QLabel, "paymentMessage").text()
    if expected is None:
        assert message != "" and Decimal("1000") not in tendered
    else:
        assert tendered == [expected] and message == ""


@pytest.mark.parametrize(("typed", "expected"), [("1,5", Decimal("1.5")), ("1e3", None)])
def test_discount_dialog_percentage(qtbot, typed, expected):
    dialog = DiscountDialog("Nastro", Decimal(0), Decimal(0), Decimal(50))
    qtbot.addWidget(dialog)
    dialog.pct_edit.setText(typed)
    dialog.pct_edit.returnPressed.emit()
    assert (dialog.pct if dialog.result() else None) == expected


@pytest.mark.parametrize(("typed", "expected"), TEXTS)
def test_customer_dialog_credit_limit(qtbot, ui_services, typed, expected):
    dialog = CustomerDialog(ui_services, ui_services.staff.actor("mgr"))
    qtbot.addWidget(dialog)
    dialog.findChild(QLineEdit, "customerName").setText("Mario Bianchi")
    credit = dialog.findChild(QLineEdit, "customerCreditLimit")
    credit.clear()
    qtbot.keyClicks(credit, typed)
    dialog.save()
    if expected is None:
        assert dialog.detail is None and Customer.select().count() == 0
        assert dialog.findChild(QLabel, "credit_limitError").text() != ""
    else:
        assert ui_services.customers.get(dialog.detail.id).credit_limit == expected


@pytest.mark.parametrize(("typed", "expected"), TEXTS)
def test_csv_imports_price_and_credit_limit(ui_services, tmp_path, typed, expected):
    mgr = ui_services.staff.actor("mgr")
    products = _csv(tmp_path, "p.csv", f"sku;name;price;vat_rate\nA-1;Nastro;{typed};22\n")
    customers = _csv(tmp_path, "c.csv", f"code;name;credit_limit\nC1;Rossi;{typed}\n")
    product_report = ui_services.csv.import_products(products, actor=mgr)
    customer_report = ui_services.csv.import_customers(customers, actor=mgr)
    if expected is None:
        assert not product_report.ok and "column price" in "\n".join(product_report.lines())
        assert not customer_report.ok
        assert "column credit_limit" in "\n".join(customer_report.lines())
        assert Product.select().count() == 0 and Customer.select().count() == 0
    else:
        assert product_report.ok and customer_report.ok
        assert Product.get(Product.sku == "A-1").price == expected
        assert Customer.get(Customer.code == "C1").credit_limit == expected


@pytest.mark.parametrize(("typed", "expected"), TEXTS)
def test_performance_imports_target_and_base_pay(ui_services, tmp_path, typed, expected):
    mgr = ui_services.staff.actor("mgr")
    start = dt.date.today().replace(day=1).isoformat()
    quotas = _csv(tmp_path, "q.csv", f"rep;month;target\njunior;{MONTH};{typed}\n")
    plans = _csv(tmp_path, "pl.csv", "role;rep;valid_from;base_pay;basis;tiers;quota_bonus;"
                 f"new_account_bonus\njunior;;{start};{typed};net;0:3;0;0\n")
    quota_report = ui_services.performance.import_quotas(quotas, actor=mgr)
    plan_report = ui_services.performance.import_plans(plans, actor=mgr)
    if expected is None:
        assert "column target" in "\n".join(quota_report.lines())
        assert "column base_pay" in "\n".join(plan_report.lines())
        assert Quota.select().count() == 0 and CommissionPlan.select().count() == 0
    else:
        assert quota_report.ok and plan_report.ok, quota_report.lines() + plan_report.lines()
        assert Quota.get().target == expected
        assert CommissionPlan.get().base_pay == expected


def test_cli_import_reads_the_same_amounts(ui_services, sqlite_url, tmp_path):
    rows = "".join(f"A-{i};Nastro {i};{typed};22\n" for i, (typed, _) in enumerate(TEXTS[:3]))
    good = _csv(tmp_path, "good.csv", "sku;name;price;vat_rate\n" + rows)
    bad = _csv(tmp_path, "bad.csv", "sku;name;price;vat_rate\nB-1;Colla;1e3;22\n")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COUNTERAPP_PIN=TEST_PINS["mgr"])

    def run(path):
        return subprocess.run([sys.executable, "-m", "counterapp", "--database", sqlite_url,
                               "import", "products", str(path), "--user", "mgr"],
                              capture_output=True, text=True, env=env, timeout=120)

    refused = run(bad)
    assert refused.returncode == 2 and "line 2, column price" in refused.stdout
    done = run(good)
    assert done.returncode == 0, done.stdout + done.stderr
    assert {p.sku: p.price for p in Product.select()} == {
        f"A-{i}": expected for i, (_, expected) in enumerate(TEXTS[:3])}
