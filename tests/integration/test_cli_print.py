"""``counterapp print …`` as a script runs it: PDFs on disk, journal, copies, exit codes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from counterapp.db import connect
from counterapp.services import ServiceContext, build_services
from counterapp.settings import Settings
from tests.services.test_printing_fixtures import customer, order, pdf_text

PY = sys.executable


def _run(db_url, *args):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([PY, "-m", "counterapp", "--database", db_url, "print", *args],
                          capture_output=True, text=True, env=env, timeout=120)


@pytest.fixture
def orders(sqlite_url, tmp_path):
    """A courier order and a counter sale without shipment, written to the database file."""
    db = connect(sqlite_url)
    try:
        shipped = order(customer_row=customer("Rossi & Figli <SRL>"), shipment="courier",
                        tracking="BRT555")
        counter = order()
        quote = order(customer_row=customer(), kind="quote", status="quote", paid=False)
    finally:
        db.close()
    return shipped.number, counter.number, quote.number


def _journal(sqlite_url):
    db = connect(sqlite_url)
    try:
        return build_services(ServiceContext(db=db, settings=Settings(Path("/nonexistent")))) \
            .printing.journal()
    finally:
        db.close()


def test_every_document_type_to_a_file(sqlite_url, orders, tmp_path):
    shipped, counter, quote = orders
    for doc_type, number in (("slip", shipped), ("packing", shipped),
                             ("delivery-note", shipped), ("receipt", counter),
                             ("quote", quote)):
        out = tmp_path / f"{doc_type}.pdf"
        result = _run(sqlite_url, doc_type, number, "--out", str(out))
        assert result.returncode == 0, result.stderr
        assert number in pdf_text(out.read_bytes()) or doc_type == "receipt"
        assert str(out) in result.stdout
    assert "DDT " in pdf_text((tmp_path / "delivery-note.pdf").read_bytes())
    assert "Rossi & Figli <SRL>" in pdf_text((tmp_path / "slip.pdf").read_bytes())
    journal = _journal(sqlite_url)
    assert len(journal) == 5
    assert {j.printer for j in journal} == {f"file:{tmp_path / (j.doc_type + '.pdf')}"
                                            for j in journal}
    assert all(j.status == "printed" and not j.is_copy for j in journal)


def test_second_print_is_a_copy(sqlite_url, orders, tmp_path):
    shipped, _, _ = orders
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    assert _run(sqlite_url, "delivery-note", shipped, "--out", str(first)).returncode == 0
    result = _run(sqlite_url, "delivery-note", shipped, "--out", str(second))
    assert result.returncode == 0 and "(copy)" in result.stdout
    assert "COPIA" in pdf_text(second.read_bytes())
    assert "COPIA" not in pdf_text(first.read_bytes())


def test_unknown_order_exits_2_with_one_line(sqlite_url, orders, tmp_path):
    out = tmp_path / "x.pdf"
    result = _run(sqlite_url, "slip", "V2026-999999", "--out", str(out))
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and "V2026-999999" in result.stderr
    assert "Traceback" not in result.stderr and not out.exists()


def test_delivery_note_without_shipment_exits_2(sqlite_url, orders, tmp_path):
    _, counter, _ = orders
    result = _run(sqlite_url, "delivery-note", counter, "--out", str(tmp_path / "x.pdf"))
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and "shipment" in result.stderr
    assert _journal(sqlite_url) == []


def test_unknown_document_type_is_a_usage_error(sqlite_url, tmp_path):
    result = _run(sqlite_url, "invoice", "V1", "--out", str(tmp_path / "x.pdf"))
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_unwritable_output_exits_1_and_journals_the_failure(sqlite_url, orders, tmp_path):
    shipped, _, _ = orders
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = _run(sqlite_url, "slip", shipped, "--out", str(blocker / "slip.pdf"))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    journal = _journal(sqlite_url)
    assert [j.status for j in journal] == ["failed"]
