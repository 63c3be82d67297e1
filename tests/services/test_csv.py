"""CSV import (validation, all-or-nothing, re-import) and export in the contract's columns."""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal

import pytest

from counterapp.db.models import Customer, Product
from counterapp.domain.customers import AddressInput, CustomerInput, PhoneInput
from counterapp.domain.errors import PermissionDenied
from counterapp.services.csv_io import COLUMNS, ImportCancelled

GOOD_IVA = "00743110157"
OTHER_IVA = "01234567897"


def _write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def _rows(path):
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


CUSTOMERS_OK = (
    "code,kind,name,vat_number,phone,email,city,address,postcode,province,credit_limit\n"
    f"B001,b2b,Rossi & Figli <SRL>,IT{GOOD_IVA},02 1234 5678,info@rossi.it,Milano,"
    "Via Roma 1,20100,MI,1500.00\n"
    "P001,b2c,Anna Bianchi,,+39 333 123 4567,,Roma,Via Po 2,00100,RM,\n"
)


def test_import_customers_and_reimport_updates(services, staff, tmp_path):
    path = _write(tmp_path, "c.csv", CUSTOMERS_OK)
    report = services.csv.import_customers(path, actor=staff["mgr"])
    assert report.ok and report.written
    assert (report.rows_total, report.rows_valid, report.created, report.updated) == (2, 2, 2, 0)
    rossi = services.customers.get_by_code("B001")
    assert rossi.name == "Rossi & Figli <SRL>"  # markup kept literally
    assert rossi.vat_number == GOOD_IVA and rossi.credit_limit == Decimal("1500.00")
    assert rossi.phones[0].e164 == "+390212345678"
    assert rossi.default_address.city == "Milano"
    assert services.customer_search.search("0212345678")[0].code == "B001"
    again = services.csv.import_customers(_write(
        tmp_path, "c2.csv", CUSTOMERS_OK.replace("Anna Bianchi", "Anna Bianchi Verdi")), actor=staff["mgr"])
    assert (again.created, again.updated) == (0, 2)
    assert Customer.select().count() == 2
    assert services.customers.get_by_code("P001").name == "Anna Bianchi Verdi"
    assert len(services.customers.get_by_code("P001").phones) == 1


def test_broken_rows_are_reported_and_nothing_is_written(services, staff, tmp_path):
    huge = "x" * (10 * 1024 * 1024)
    text = ("code,name,vat_number,city,phone,colour\n"
            f"A1,Good One,{GOOD_IVA},Milano,,red\n"          # line 2: fine
            "A2,Bad Vat,00743110158,Roma,,\n"                # line 3: VAT check digit
            "A1,Duplicate,,Roma,,\n"                         # line 4: duplicate code
            "A4,,,Roma,,\n"                                  # line 5: missing name
            f"A5,\"{huge}\",,Roma,,\n"                       # line 6: 10 MB field
            "A6,<b>Bold</b> & Co,,Torino,not-a-phone,\n"     # line 7: bad phone
            "A7,<script>alert(1)</script>,,Bari,,\n")        # line 8: markup, fine
    path = _write(tmp_path, "broken.csv", text)
    report = services.csv.import_customers(path, actor=staff["mgr"])
    assert not report.written and report.created == 0
    assert Customer.select().count() == 0
    by_line = {(line, column) for line, column, _ in report.problems}
    assert by_line == {(3, "vat_number"), (4, "code"), (5, "name"), (6, "name"), (7, "phone")}
    assert report.unknown_columns == ["colour"]
    assert report.rows_total == 7 and report.rows_valid == 2
    messages = "\n".join(report.lines())
    assert "line 6, column name: field is 10,485,760 characters long" in messages
    assert "line 4, column code: code A1 is also on line 2" in messages

    partial = services.csv.import_customers(path, valid_rows_only=True, actor=staff["mgr"])
    assert partial.written and partial.created == 2
    assert services.customers.get_by_code("A7").name == "<script>alert(1)</script>"


def test_malformed_csv_and_wrong_encoding(services, staff, tmp_path):
    bad_quotes = _write(tmp_path, "q.csv", 'code,name\nA1,"Rossi" SRL\nA2,Ok\n')
    report = services.csv.import_customers(bad_quotes, actor=staff["mgr"])
    assert not report.written
    assert report.problems[0][0] == 2 and "malformed CSV" in report.problems[0][2]
    latin = _write(tmp_path, "l.csv", "code,name\nA1,Caffè Perù\n", encoding="latin-1")
    report = services.csv.import_customers(latin, actor=staff["mgr"])
    # not UTF-8, so read as Windows-1252 (what Italian Excel saves), of which latin-1 is a part
    assert report.problems == [] and services.customers.get_by_code("A1").name == "Caffè Perù"
    missing = _write(tmp_path, "m.csv", "name,city\nA,B\n")
    assert (1, "code", "required column is missing") in services.csv.import_customers(
        missing, actor=staff["mgr"]).problems
    assert Customer.select().count() == 1


def test_import_products_validation_and_search_text(services, staff, tmp_path):
    text = ("sku,barcode,name,vat_rate,price,stock,description\n"
            "SKU-1,8001234567890,Caffè Moka,22,12.50,10,Tostato\n"
            "SKU-2,,Libro,4%,\"9,90\",,\n"
            "SKU-3,,Bad rate,21,1.00,,\n"
            "SKU-4,,Bad price,22,abc,,\n"
            "SKU-5,,Negative,22,-1,,\n"
            "SKU-1,,Dup,22,1,,\n")
    path = _write(tmp_path, "p.csv", text)
    report = services.csv.import_products(path, actor=staff["mgr"])
    assert {(line, col) for line, col, _ in report.problems} == {
        (4, "vat_rate"), (5, "price"), (6, "price"), (7, "sku")}
    assert Product.select().count() == 0
    report = services.csv.import_products(path, valid_rows_only=True, actor=staff["mgr"])
    assert report.created == 2
    moka = Product.get(Product.sku == "SKU-1")
    assert moka.price == Decimal("12.50") and moka.vat_rate == Decimal("22")
    assert moka.search_text == "caffe moka sku-1 8001234567890 tostato"
    assert Product.get(Product.sku == "SKU-2").price == Decimal("9.90")


def test_import_needs_permission_and_can_be_cancelled(services, staff, tmp_path):
    path = _write(tmp_path, "c.csv", CUSTOMERS_OK)
    with pytest.raises(PermissionDenied):
        services.csv.import_customers(path, actor=staff["senior"])
    seen = []
    with pytest.raises(ImportCancelled):
        services.csv.import_customers(path, actor=staff["mgr"],
                                      progress=lambda d, t: seen.append((d, t)),
                                      cancelled=lambda: True)
    assert Customer.select().count() == 0
    report = services.csv.import_customers(path, actor=staff["mgr"],
                                           progress=lambda d, t: seen.append((d, t)))
    assert report.created == 2 and seen[-1] == (2, 2)


def test_export_customers_and_products_columns(services, staff, tmp_path):
    services.customers.create(staff["mgr"], CustomerInput(
        name="Rossi, \"il Grande\"", code="R1", kind="b2b", vat_number=GOOD_IVA,
        credit_limit=Decimal("100"), account_manager_login="am",
        phones=(PhoneInput("02 1234 5678"),), addresses=(AddressInput("Via Roma 1", "Milano"),)))
    out = tmp_path / "customers.csv"
    assert services.csv.export("customers", out, actor=staff["mgr"]) == 1
    rows = _rows(out)
    assert rows[0] == COLUMNS["customers"]
    assert rows[1] == ["R1", "b2b", "Rossi, \"il Grande\"", GOOD_IVA, "", "+390212345678", "",
                       "Milano", "am", "", "100.00", "0.00", "active"]
    # round trip: the export imports back as an update
    report = services.csv.import_customers(out, actor=staff["mgr"])
    assert report.ok and report.updated == 1
    services.csv.import_products(_write(tmp_path, "p.csv",
                                        "sku,name,vat_rate,price\nS1,Pane,4,2.5\n"), actor=staff["mgr"])
    out = tmp_path / "products.csv"
    services.csv.export("products", out, actor=staff["mgr"])
    assert _rows(out) == [COLUMNS["products"], ["S1", "", "Pane", "4", "2.50", "0"]]
    services.csv.export("products", out, since=dt.date.today() + dt.timedelta(days=2), actor=staff["mgr"])
    assert _rows(out) == [COLUMNS["products"]]


@pytest.mark.parametrize("kind", ["orders", "calls", "tasks"])
def test_export_empty_kinds_have_headers(services, staff, tmp_path, kind):
    out = tmp_path / f"{kind}.csv"
    assert services.csv.export(kind, out, actor=staff["mgr"]) == 0
    assert _rows(out) == [COLUMNS[kind]]
