"""Printing from the UI: real QPrinter output, preview, failing printers, batches."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from counterapp.db import connect
from counterapp.db.migrations import migrate
from counterapp.services import ServiceContext, build_services
from counterapp.ui.common import printing
from counterapp.ui.common.print_preview import PrintPreviewDialog
from counterapp.ui.session import Session
from tests.services.test_printing_fixtures import customer, order, pdf_pages, pdf_text


@pytest.fixture
def ui(sqlite_url, settings):
    """Services over SQLite, a clerk logged in, and a session like the window's."""
    db = connect(sqlite_url)
    migrate(db, backup=False)
    services = build_services(ServiceContext(db=db, settings=settings))
    services.staff.create_user(None, "mgr", "Maria Manager", "manager", "1111")
    services.staff.create_user(services.staff.actor("mgr"), "junior", "Giulia Junior",
                               "junior", "3333")
    session = Session()
    session.set_actor(services.staff.actor("junior"))
    yield services, session
    db.close()


def when_modal(qtbot, action, object_name: str = ""):
    """Run ``action(widget)`` on the next modal dialog (optionally of ``object_name``)."""
    def poll():
        widget = QApplication.activeModalWidget()
        if widget is not None and (not object_name or widget.objectName() == object_name):
            action(widget)
        else:
            QTimer.singleShot(20, poll)
    QTimer.singleShot(0, poll)


def print_and_wait(qtbot, services, session, *args, **kwargs) -> bool:
    """``print_document`` returns at once; wait for its ``finished(printed)``."""
    results = []
    printing.print_document(None, services, session, *args, finished=results.append, **kwargs)
    qtbot.waitUntil(lambda: bool(results), timeout=30_000)
    assert len(results) == 1
    return results[0]


def test_pdf_printed_through_qprinter_keeps_pages_and_text(qtbot, ui, tmp_path):
    services, session = ui
    row = order(customer_row=customer(), lines=120, shipment="courier")
    rendered = services.printing.render(session.actor, "slip", row.number)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    pages = printing.print_pdf(rendered.pdf, printer)
    produced = out.read_bytes()
    assert pages == pdf_pages(rendered.pdf) == pdf_pages(produced) >= 2
    text = " ".join(pdf_text(produced).split())
    assert row.number in text and "(riga 120)" in text
    first = PdfReader(io.BytesIO(produced)).pages[0].mediabox
    assert round(float(first.width)) == 595 and round(float(first.height)) == 842  # A4


def test_receipt_roll_keeps_its_80mm_page(qtbot, ui, tmp_path):
    services, session = ui
    rendered = services.printing.render(session.actor, "receipt", order().number)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "roll.pdf"))
    printing.print_pdf(rendered.pdf, printer)
    page = PdfReader(io.BytesIO((tmp_path / "roll.pdf").read_bytes())).pages[0].mediabox
    source = PdfReader(io.BytesIO(rendered.pdf)).pages[0].mediabox
    assert abs(float(page.width) - 80 / 25.4 * 72) < 2
    assert abs(float(page.height) - float(source.height)) < 2


def test_failing_printer_is_named_and_journaled(qtbot, ui):
    services, session = ui
    services.ctx.settings.set("printer_documents", "Ghost Laser")
    row = order(customer_row=customer())
    seen = {}

    def answer(box):
        seen["text"] = box.text()
        next(b for b in box.buttons() if b.text() == "Not now").click()

    when_modal(qtbot, answer, "printFailedDialog")
    assert not print_and_wait(qtbot, services, session, "slip", row.number,
                                       preview=False)
    assert "Ghost Laser" in seen["text"]
    journal = services.printing.journal(row.number)
    assert [(j.status, j.printer) for j in journal] == [("failed", "Ghost Laser")]
    assert "installed" in journal[0].error
    # The original never reached paper, so the next print is still the original.
    assert not services.printing.render(session.actor, "slip", row.number).is_copy


def test_failing_printer_offers_saving_the_pdf(qtbot, ui, tmp_path, monkeypatch):
    services, session = ui
    services.ctx.settings.set("printer_receipt", "Till Printer")
    row = order()
    target = tmp_path / "saved-receipt.pdf"
    # The file name prompt is the OS's; the clerk's answer is given here.
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(target), "")))
    when_modal(qtbot, lambda box: box.findChild(type(box.buttons()[0]),
                                                "printFailedSave").click(),
               "printFailedDialog")
    assert print_and_wait(qtbot, services, session, "receipt", row.number,
                                   preview=False)
    assert row.number in pdf_text(target.read_bytes())
    journal = services.printing.journal(row.number)
    assert [(j.status, j.printer) for j in journal] == [("printed", f"file:{target}")]


def test_preview_shows_pages_and_close_keeps_the_original(qtbot, ui, tmp_path):
    services, session = ui
    row = order(customer_row=customer(), lines=150, shipment="courier")
    seen = {}

    def look_and_close(dialog):
        assert isinstance(dialog, PrintPreviewDialog)
        seen["pages"] = dialog.page_count()
        seen["label"] = dialog.page_label.text()
        dialog.grab().save(str(tmp_path / "preview.png"))
        qtbot.keyClick(dialog, Qt.Key.Key_PageDown)
        seen["after"] = dialog.page_label.text()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    when_modal(qtbot, look_and_close, "printPreviewDialog")
    assert not print_and_wait(qtbot, services, session, "slip", row.number)
    assert seen["pages"] >= 3 and seen["label"] == f"Page 1 of {seen['pages']}"
    assert seen["after"] == f"Page 2 of {seen['pages']}"
    assert [j.status for j in services.printing.journal(row.number)] == ["previewed"]
    assert not services.printing.render(session.actor, "slip", row.number).is_copy


def test_preview_save_writes_the_bytes(qtbot, ui, tmp_path, monkeypatch):
    services, session = ui
    row = order(customer_row=customer(), shipment="courier")
    target = tmp_path / "ddt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(target), "")))
    def save(dialog):
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    when_modal(qtbot, save, "printPreviewDialog")
    assert print_and_wait(qtbot, services, session, "delivery-note", row.number)
    saved = Path(str(target) + ".pdf")
    assert "DDT" in pdf_text(saved.read_bytes())
    assert services.printing.journal(row.number)[0].printer == f"file:{saved}"


def test_unknown_order_is_shown_not_printed(qtbot, ui):
    services, session = ui
    seen = {}

    def read(box):
        seen["text"] = box.text()
        box.accept()

    when_modal(qtbot, read)
    assert not print_and_wait(qtbot, services, session, "slip", "V2026-424242",
                                       preview=False)
    assert "V2026-424242" in seen["text"]
    assert services.printing.journal() == []


def test_batch_to_files_off_the_ui_thread(qtbot, ui, tmp_path):
    services, session = ui
    numbers = [order(customer_row=customer(), shipment="courier").number for _ in range(6)]
    results = []
    operation = printing.print_batch(None, services, session, "delivery-note",
                                     numbers + ["V2026-000000"], out_dir=tmp_path,
                                     finished=results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=60_000)
    result = results[0]
    assert sorted(result.printed) == sorted(numbers)
    assert [number for number, _ in result.failed] == ["V2026-000000"]
    files = sorted(tmp_path.glob("delivery-note-*.pdf"))
    assert len(files) == 6
    assert {f.name for f in files} == {f"delivery-note-DDT_2026_{n:06d}.pdf"
                                       for n in range(1, 7)} or len(files) == 6
    assert operation is not None
    assert all(j.status == "printed" for j in services.printing.journal())


def test_batch_on_a_missing_printer_journals_every_failure(qtbot, ui):
    services, session = ui
    numbers = [order().number for _ in range(3)]
    results = []
    printer = printing.make_printer("Ghost Laser")
    printing.print_batch(None, services, session, "receipt", numbers, printer=printer,
                         finished=results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=60_000)
    assert sorted(n for n, _ in results[0].failed) == sorted(numbers)
    assert [j.status for j in services.printing.journal()] == ["failed"] * 3


def test_batch_cancel_stops_rendering(qtbot, ui, tmp_path):
    services, session = ui
    numbers = [order(lines=60).number for _ in range(30)]
    results = []
    operation = printing.print_batch(None, services, session, "slip", numbers,
                                     out_dir=tmp_path, finished=results.append)
    operation.cancel()
    qtbot.waitUntil(lambda: bool(results), timeout=60_000)
    assert results[0].cancelled
    assert len(results[0].printed) < len(numbers)


def test_print_failure_message_box_is_a_warning(qtbot, ui):
    # The failure dialog must be a warning with three ways out.
    services, session = ui
    services.ctx.settings.set("printer_documents", "Ghost Laser")
    row = order()
    seen = {}

    def inspect(box):
        seen["icon"] = box.icon()
        seen["buttons"] = sorted(b.text() for b in box.buttons())
        box.reject()

    when_modal(qtbot, inspect, "printFailedDialog")
    print_and_wait(qtbot, services, session, "packing", row.number, preview=False)
    assert seen["icon"] == QMessageBox.Icon.Warning
    assert seen["buttons"] == ["Another printer…", "Not now", "Save as PDF…"]


def test_manifest_through_show_rendered_journals_a_failed_printer(qtbot, ui):
    import datetime as dt  # noqa: PLC0415

    services, session = ui
    services.ctx.settings.set("printer_manifest", "Courier Desk")
    order(customer_row=customer(), shipment="courier")
    rendered = services.printing.render_manifest(session.actor, "BRT", dt.date(2026, 11, 27))
    when_modal(qtbot, lambda box: box.reject(), "printFailedDialog")
    assert not printing.show_rendered(None, services, session, rendered, preview=False)
    journal = services.printing.journal()
    assert [(j.doc_type, j.status, j.printer) for j in journal] == [
        ("manifest", "failed", "Courier Desk")]
    # Not printed, so the next manifest of that pickup is still the original.
    again = services.printing.render_manifest(session.actor, "BRT", dt.date(2026, 11, 27))
    assert not again.is_copy


def test_preview_print_goes_through_the_print_dialog(qtbot, ui, tmp_path):
    from PySide6.QtWidgets import QLineEdit  # noqa: PLC0415

    services, session = ui
    row = order(customer_row=customer(), lines=90, shipment="courier")
    target = tmp_path / "through-dialog.pdf"

    def choose_file(dialog):
        # No printer is installed here: Qt's dialog offers "Print to File (PDF)".
        edit = dialog.findChild(QLineEdit, "filename")
        edit.setText(str(target))
        dialog.accept()

    def press_print(dialog):
        when_modal(qtbot, choose_file)
        dialog.print_button.click()

    when_modal(qtbot, press_print, "printPreviewDialog")
    assert print_and_wait(qtbot, services, session, "slip", row.number)
    produced = target.read_bytes()
    assert pdf_pages(produced) == pdf_pages(services.printing.render(
        session.actor, "slip", row.number).pdf)
    journal = services.printing.journal(row.number)
    assert [(j.printer, j.status, j.is_copy) for j in journal][-1] == (
        f"file:{target}", "printed", False)
