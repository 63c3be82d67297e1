"""Standing orders as CSV: the contract's columns, a round trip, and a file with bad rows."""

from __future__ import annotations

import csv

import pytest

from counterapp.db.models import AuditEntry, StandingOrder
from counterapp.services.standing_orders import StandingLineInput
from counterapp.services.standing_orders_csv import EXPORT_COLUMNS
from tests.services.test_standing_orders import T0, Clock, _input, build_shop


@pytest.fixture
def shop(services, staff):
    services.ctx.clock = Clock(T0)
    return build_shop(services)


def _fields(row):
    return (row.customer_code, row.rep_login, row.rrule, row.start_date,
            row.needs_confirmation, row.delivery_method,
            tuple((line.sku, line.quantity) for line in row.lines), row.notes)


def test_export_then_import_round_trip(services, staff, shop, tmp_path):
    first = services.standing.create(staff["am"], _input(
        shop, needs_confirmation=True, notes="=HYPERLINK(\"http://x\") ; citofonare Rossi"))
    second = services.standing.create(staff["am"], _input(
        shop, rrule="FREQ=MONTHLY;BYMONTHDAY=-1", delivery_method="", rep_login="senior",
        lines=(StandingLineInput(shop["sugar"], 3),), notes="-2 pacchi"))
    services.standing.pause(staff["am"], second.id)
    out = tmp_path / "standing.csv"
    assert services.standing.export_csv(out, actor=staff["am"]) == 2
    rows = list(csv.reader(out.open(encoding="utf-8")))
    assert rows[0] == EXPORT_COLUMNS
    assert rows[1] == ["BAR01", "am", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", "2026-11-24", "yes",
                       "courier", "CAFFE1:4;ZUCC:10",
                       "'=HYPERLINK(\"http://x\") ; citofonare Rossi", str(first.id),
                       "2026-11-24", "yes"]
    assert rows[2][6:] == ["ZUCC:3", "'-2 pacchi", str(second.id), "", "no"]
    report = services.standing.import_csv(out, actor=staff["mgr"])
    assert report.written and report.created == 2 and report.problems == []
    assert report.unknown_columns == []
    copies = services.standing.list_standing()[2:]
    assert [_fields(c) for c in copies] == [_fields(first), _fields(services.standing.get(
        second.id))]
    assert AuditEntry.select().where(AuditEntry.action == "import_standing").count() == 1


def test_an_italian_excel_file_is_read(services, staff, shop, tmp_path):
    path = tmp_path / "standing.csv"
    path.write_bytes(("customer;rep;rrule;start;needs_confirmation;delivery_method;lines;notes\r\n"
                      "bar01;;\"FREQ=WEEKLY;BYDAY=TU\";2026-12-01;sì;in_house;\"caffe1:2;ZUCC:1\";"
                      "Caffè\r\n").encode("cp1252"))
    report = services.standing.import_csv(path, actor=staff["mgr"])
    assert report.written, report.lines()
    [row] = services.standing.list_standing()
    # Excel quotes the cells holding the delimiter; an empty rep is the account manager.
    assert (row.rep_login, row.needs_confirmation, row.delivery_method, row.notes) == (
        "am", True, "in_house", "Caffè")
    assert [(line.sku, line.quantity) for line in row.lines] == [("CAFFE1", 2), ("ZUCC", 1)]


def test_a_bad_row_is_named_by_line_and_column_and_nothing_is_imported(services, staff, shop,
                                                                       tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text(
        "customer,rep,rrule,start,needs_confirmation,delivery_method,lines,notes\n"
        "BAR01,,FREQ=WEEKLY;BYDAY=TU,2026-12-01,no,courier,CAFFE1:2,ok\n"
        "NOPE,,FREQ=WEEKLY;BYDAY=TU,2026-12-01,no,courier,CAFFE1:2,\n"
        "BAR01,,FREQ=HOURLY,2026-12-01,no,courier,CAFFE1:2,\n"
        "BAR01,,FREQ=WEEKLY;BYDAY=TU,1/12/2026,no,courier,CAFFE1:2,\n"
        "BAR01,,FREQ=WEEKLY;BYDAY=TU,2026-12-01,maybe,courier,CAFFE1:2,\n"
        "BAR01,,FREQ=WEEKLY;BYDAY=TU,2026-12-01,no,drone,CAFFE1:2,\n"
        "BAR01,,FREQ=WEEKLY;BYDAY=TU,2026-12-01,no,courier,CAFFE1:two,\n"
        "BAR01,,FREQ=WEEKLY;BYDAY=TU,2026-12-01,no,courier,NOSUCH:1,\n"
        "BAR01,ghost,FREQ=WEEKLY;BYDAY=TU,2026-12-01,no,courier,CAFFE1:1,\n",
        encoding="utf-8")
    report = services.standing.import_csv(path, actor=staff["mgr"])
    assert not report.written and report.created == 0
    assert [(line, column) for line, column, _reason in report.problems] == [
        (3, "customer"), (4, "rrule"), (5, "start"), (6, "needs_confirmation"),
        (7, "delivery_method"), (8, "lines"), (9, "lines"), (10, "rep")]
    assert "line 3, column customer: unknown customer code 'NOPE'" in report.lines()
    assert StandingOrder.select().count() == 0  # not even the good first row
