"""Print documents from any panel: render, preview, print on a real printer or save a PDF.

``print_document`` is what a button calls ("Print slip", "Receipt", "DDT"); ``print_batch``
prints many orders without freezing the window. A printer that fails is named to the
clerk, the failure goes into the print journal, and another printer or a PDF file is
offered at once — an order is never left unprinted silently.

Rendering runs in a worker through ``counterapp.ui.operation``; nothing here waits for it
in a nested event loop: the preview and the printing go on in its success callback, and
``print_document``/``print_batch`` say the end through their ``finished`` callback.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from counterapp.services.printing import DOC_TYPES, RenderedDocument
from counterapp.ui.common.actions import make_action
from counterapp.ui.common.i18n import translate
from counterapp.ui.common.messages import error_text, show_error
from counterapp.ui.common.print_preview import (
    PrintFailed,
    PrintPreviewDialog,
    ReprintDialog,
    load_pdf,
    paint_pdf,
    printer_label,
)
from counterapp.ui.operation import Cancelled, Operation, run_in_background

log = logging.getLogger(__name__)

# Titles of the documents, for window titles and messages.
DOCUMENT_TITLES = {
    "slip": QT_TRANSLATE_NOOP("Printing", "Order slip"),
    "packing": QT_TRANSLATE_NOOP("Printing", "Packing slip"),
    "delivery-note": QT_TRANSLATE_NOOP("Printing", "Delivery note (DDT)"),
    "receipt": QT_TRANSLATE_NOOP("Printing", "Receipt"),
    "quote": QT_TRANSLATE_NOOP("Printing", "Quote"),
    "manifest": QT_TRANSLATE_NOOP("Printing", "Courier manifest"),
    "run-sheet": QT_TRANSLATE_NOOP("Printing", "Driver's run sheet"),
}


def document_title(doc_type: str) -> str:
    """The translated name of a document type."""
    return translate("Printing", DOCUMENT_TITLES.get(doc_type, doc_type))


def default_printer_name(settings, doc_type: str) -> str:
    """The printer chosen in the settings for ``doc_type`` ("" = the system default).

    Receipts go to the receipt printer, everything else to the documents printer,
    unless a printer of its own is set for the type.
    """
    key = "printer_" + ("manifest" if doc_type == "run-sheet" else doc_type.replace("-", "_"))
    own = ""
    try:
        own = settings.get(key)
    except KeyError:  # a document type without a printer option of its own
        pass
    if own:
        return own
    return settings.get("printer_receipt" if doc_type == "receipt" else "printer_documents")


def make_printer(name: str) -> QPrinter:
    """A high-resolution ``QPrinter`` on the printer called ``name`` (system default if "")."""
    info = QPrinterInfo.printerInfo(name) if name else QPrinterInfo.defaultPrinter()
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution) if not info.isNull() \
        else QPrinter(QPrinter.PrinterMode.HighResolution)
    if name and info.isNull():
        # Not installed here: Qt falls back to PDF output, paint_pdf refuses it and the
        # failure names the printer the settings asked for.
        printer.requested_name = name
    return printer


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Paint ``pdf`` on ``printer`` page by page; raises ``PrintFailed``; returns pages."""
    document, buffer = load_pdf(pdf)
    try:
        return paint_pdf(document, printer)
    finally:
        document.close()
        buffer.close()


def save_pdf(parent: QWidget | None, rendered: RenderedDocument) -> str:
    """Ask where and write the PDF bytes; returns the path, or "" when cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("Printing", "Save as PDF"), rendered.filename,
                                          QCoreApplication.translate("Printing", "PDF documents (*.pdf)"))
    if not path:
        return ""
    if not path.lower().endswith(".pdf"):
        path += ".pdf"
    Path(path).write_bytes(rendered.pdf)
    return path


@contextmanager
def _worker_connection(services):
    """The worker thread's own database connection, closed when its work is done.

    Services open a connection per thread on first use; pool threads outlive the work,
    and an idle PostgreSQL session per finished print job would pile up on the server.
    """
    try:
        yield
    finally:
        db = services.ctx.db
        if not db.is_closed():
            db.close()


def warm_up() -> None:
    """Load the PDF machinery before the first document is printed; call it off the UI thread.

    The first receipt would otherwise pay for ReportLab's TTF parsing (DejaVu fonts) in
    its render, which holds the GIL long enough to stall the window. Cheap after the first
    call.
    """
    from counterapp.documents.fonts import register_fonts  # noqa: PLC0415

    register_fonts()


def _render_off_thread(parent, services, actor, doc_type, order_number, printer_name, *,
                       success: Callable[[RenderedDocument], None],
                       failure: Callable[[BaseException], None]) -> Operation:
    """Render in a worker (slips of 300 lines take a while); the flow goes on in the callbacks.

    Nothing waits here: the window keeps running its own event loop, and ``success`` or
    ``failure`` runs on the UI thread when the worker is done.
    """
    if parent is not None and parent.isVisible():
        # Paint what changed (the cleared cart after a sale) before the render starts:
        # painting calls into Python for every cell and, while ReportLab holds the GIL in
        # the worker, each call waits its turn — the repaint then stretched over the
        # whole render and froze the window for up to 150 ms.
        parent.window().repaint()

    def work(progress):
        del progress
        with _worker_connection(services):
            return services.printing.render(actor, doc_type, order_number,
                                            printer=printer_name)

    return run_in_background(
        work, parent=parent, success=success, failure=failure,
        title=QCoreApplication.translate("Printing", "Preparing %1…").replace(
            "%1", document_title(doc_type)))


def ask_and_print(window, doc_type: str = "slip") -> Operation | None:
    """File ▸ Print: ask for a document type and an order number, then preview and print.

    Returns the render's ``Operation`` (None when the clerk cancelled the question).
    """
    dialog = ReprintDialog({code: document_title(code) for code in DOC_TYPES}, window,
                           doc_type)
    accepted = dialog.exec() == ReprintDialog.DialogCode.Accepted
    doc_type, number = dialog.doc_type(), dialog.order_number()
    dialog.deleteLater()
    if not accepted or not number:
        return None
    return print_document(window, window.services, window.session, doc_type, number)


def install_print_menu(window, menu) -> None:
    """Add the Print submenu to ``menu`` of the main ``window`` (its services and session)."""
    submenu = menu.addMenu(QCoreApplication.translate("Printing", "&Print"))
    submenu.setObjectName("printMenu")
    entries = (
        ("slip", QCoreApplication.translate("Printing", "Order &slip…"), "Ctrl+Alt+P", "printSlipAction"),
        ("packing", QCoreApplication.translate("Printing", "&Packing slip…"), None, "printPackingAction"),
        ("delivery-note", QCoreApplication.translate("Printing", "&Delivery note (DDT)…"), None,
         "printDeliveryNoteAction"),
        ("receipt", QCoreApplication.translate("Printing", "&Receipt…"), None, "printReceiptAction"),
        ("quote", QCoreApplication.translate("Printing", "&Quote…"), None, "printQuoteAction"),
    )
    for doc_type, text, shortcut, name in entries:
        action = make_action(window, text, shortcut=shortcut, object_name=name,
                             context=Qt.ShortcutContext.WindowShortcut,
                             slot=lambda t=doc_type: ask_and_print(window, t))
        window.addAction(action)  # the document can be asked for before a menu opened
        submenu.addAction(action)


class _Printing:
    """One document from the preview to paper (or a file), with failure recovery."""

    def __init__(self, parent, services, session, rendered: RenderedDocument):
        self.parent = parent
        self.services = services
        self.session = session
        self.rendered = rendered

    def record(self, printer: str, error: str) -> None:
        self.services.printing.record_failure(self.session.actor, self.rendered.doc_type,
                                              self.rendered.order_number, printer, error,
                                              job_id=self.rendered.job_id)

    def done(self, printer: str) -> bool:
        self.services.printing.mark_printed(self.session.actor, self.rendered.job_id, printer)
        return True

    def save(self) -> bool:
        try:
            path = save_pdf(self.parent, self.rendered)
        except OSError as exc:
            self.record("file", exc.strerror or str(exc))
            QMessageBox.warning(self.parent, QCoreApplication.translate("Printing", "Save as PDF"),
                                QCoreApplication.translate("Printing", "The PDF could not be saved: %1").replace(
                                    "%1", exc.strerror or str(exc)))
            return self.recover(QCoreApplication.translate("Printing", "file"))
        if not path:
            self.services.printing.discard(self.session.actor, self.rendered.job_id)
            return False
        return self.done("file:" + path)

    def print_with(self, printer: QPrinter, *, ask: bool) -> bool:
        if ask:
            dialog = QPrintDialog(printer, self.parent)
            dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print %1").replace(
                "%1", document_title(self.rendered.doc_type)))
            if dialog.exec() != QPrintDialog.DialogCode.Accepted:
                self.services.printing.discard(self.session.actor, self.rendered.job_id)
                return False
        try:
            print_pdf(self.rendered.pdf, printer)
        except PrintFailed as exc:
            self.record(exc.printer, exc.reason)
            return self.recover(exc.printer, exc.reason)
        return self.done(printer_label(printer))

    def recover(self, printer: str, reason: str = "") -> bool:
        """Name the failed printer and offer another one or a PDF file."""
        box = QMessageBox(self.parent)
        box.setObjectName("printFailedDialog")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("Printing", "Printing failed"))
        box.setText(QCoreApplication.translate("Printing", "%1 %2 was not printed on %3.").replace(
            "%1", document_title(self.rendered.doc_type)).replace(
            "%2", self.rendered.document_number).replace("%3", printer))
        box.setInformativeText((reason + "\n\n" if reason else "") + QCoreApplication.translate("Printing",
            "Choose another printer or save the PDF to print it later."))
        other = box.addButton(QCoreApplication.translate("Printing", "Another printer…"), QMessageBox.ButtonRole.AcceptRole)
        other.setObjectName("printFailedOtherPrinter")
        save = box.addButton(QCoreApplication.translate("Printing", "Save as PDF…"), QMessageBox.ButtonRole.ActionRole)
        save.setObjectName("printFailedSave")
        box.addButton(QCoreApplication.translate("Printing", "Not now"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is other:
            return self.print_with(QPrinter(QPrinter.PrinterMode.HighResolution), ask=True)
        if box.clickedButton() is save:
            return self.save()
        return False


def print_document(parent: QWidget | None, services, session, doc_type: str,
                   order_number: str, *, preview: bool = True,
                   finished: Callable[[bool], None] | None = None,
                   failed: Callable[[BaseException], None] | None = None) -> Operation | None:
    """Render ``doc_type`` of ``order_number`` off the UI thread, then preview and print it.

    Returns at once with the render's ``Operation`` (None when nobody is logged in); the
    rest runs on the UI thread when the render is done, and ``finished(printed)`` comes
    last, True once the document is on paper or in a file. With ``preview`` the clerk
    sees the document and chooses Print (system print dialog, preset to the printer for
    this document type), Save as PDF or Close. Without it the document goes straight to
    the configured printer (the print dialog is shown only when none is configured).
    Errors of the service (unknown order, DDT without shipment) are shown; a failing
    printer is recorded and another printer or a PDF file is offered; any other error
    after the render goes to ``failed`` (shown in a message box without it). When
    ``parent`` is deleted before the render ends, nothing more happens (no callback).
    """
    def done(printed: bool) -> None:
        if finished is not None:
            finished(printed)

    actor = session.actor
    if actor is None:
        done(False)
        return None
    printer_name = default_printer_name(services.ctx.settings, doc_type)

    def rendered(document: RenderedDocument) -> None:
        try:
            printed = show_rendered(parent, services, session, document, preview=preview)
        except Exception as exc:  # noqa: BLE001 (a printing failure must reach the clerk)
            log.exception("printing %s %s failed", doc_type, order_number)
            if failed is not None:
                failed(exc)
            else:
                show_error(parent, exc, document_title(doc_type))
            printed = False
        done(printed)

    def not_rendered(exc: BaseException) -> None:
        if not isinstance(exc, Cancelled):
            show_error(parent, exc, document_title(doc_type))
        done(False)

    return _render_off_thread(parent, services, actor, doc_type, order_number, printer_name,
                              success=rendered, failure=not_rendered)


def show_rendered(parent: QWidget | None, services, session, rendered: RenderedDocument, *,
                  preview: bool = True) -> bool:
    """Preview and print a document already rendered (manifests, run sheets, …).

    The same flow as ``print_document`` after its render: Print / Save as PDF / Close,
    the printer configured for the document type, failures named, journaled and
    recovered. Returns True once the document is on paper or in a file.
    """
    printer_name = default_printer_name(services.ctx.settings, rendered.doc_type)
    job = _Printing(parent, services, session, rendered)
    if preview:
        title = document_title(rendered.doc_type) + " " + rendered.document_number
        if rendered.is_copy:
            title += " – " + QCoreApplication.translate("Printing", "copy")
        dialog = PrintPreviewDialog(rendered.pdf, title, parent)
        dialog.exec()
        choice = dialog.choice
        dialog.deleteLater()
        if choice == "save":
            return job.save()
        if choice != "print":
            services.printing.discard(session.actor, rendered.job_id)
            return False
        return job.print_with(make_printer(printer_name), ask=True)
    return job.print_with(make_printer(printer_name), ask=not printer_name)


@dataclass
class BatchResult:
    """What a batch did: orders printed, and orders that failed with the reason."""

    printed: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    cancelled: bool = False


def print_batch(parent: QWidget | None, services, session, doc_type: str,
                order_numbers: Sequence[str], *, printer: QPrinter | None = None,
                out_dir: str | Path | None = None,
                finished: Callable[[BatchResult], None] | None = None):
    """Render many documents in a worker thread and print each as it arrives.

    Rendering (the slow part) runs off the UI thread; each finished PDF is painted on
    the printer on the UI thread (QPainter on a QPrinter must live there), or written to
    ``out_dir`` as ``<filename>`` when given. A progress bar with Cancel shows the way;
    failures are journaled and listed at the end. Returns the ``Operation`` (None when the
    clerk cancelled the print dialog); ``finished(result)`` is called at the end, unless
    ``parent`` was deleted meanwhile.
    """
    actor = session.actor
    numbers = [n for n in order_numbers if n]
    result = BatchResult()
    printer_name = default_printer_name(services.ctx.settings, doc_type)
    if printer is None and out_dir is None:
        printer = make_printer(printer_name)
        if not printer_name:
            dialog = QPrintDialog(printer, parent)
            if dialog.exec() != QPrintDialog.DialogCode.Accepted:
                result.cancelled = True
                if finished:
                    finished(result)
                return None
    target = ("file:" + str(out_dir)) if out_dir is not None else printer_label(printer)
    progress_dialog = QProgressDialog(
        QCoreApplication.translate("Printing", "Printing %1…").replace("%1", document_title(doc_type)), QCoreApplication.translate("Printing", "Cancel"), 0,
        len(numbers), parent)
    progress_dialog.setObjectName("printBatchProgress")
    progress_dialog.setMinimumDuration(300)
    progress_dialog.setValue(0)

    def output(rendered: RenderedDocument) -> None:
        """On the UI thread: one rendered document to paper or a file."""
        try:
            if out_dir is not None:
                Path(out_dir, rendered.filename).write_bytes(rendered.pdf)
            else:
                print_pdf(rendered.pdf, printer)
        except (PrintFailed, OSError) as exc:
            reason = exc.reason if isinstance(exc, PrintFailed) else str(exc)
            services.printing.record_failure(actor, doc_type, rendered.order_number, target,
                                             reason, job_id=rendered.job_id)
            result.failed.append((rendered.order_number, reason))
            return
        result.printed.append(rendered.order_number)
        progress_dialog.setValue(len(result.printed) + len(result.failed))

    def work(progress):
        with _worker_connection(services):
            for index, number in enumerate(numbers):
                progress.check()
                try:
                    rendered = services.printing.render(actor, doc_type, number,
                                                        printer=target)
                except Exception as exc:  # noqa: BLE001 (one bad order must not stop the rest)
                    progress.report(index + 1, len(numbers),
                                    "!" + number + "\t" + error_text(exc))
                    continue
                progress.report(index + 1, len(numbers), "")
                progress.publish(rendered)
        return None

    def wrap_up(value=None) -> None:
        progress_dialog.reset()
        progress_dialog.deleteLater()
        if isinstance(value, Cancelled):
            result.cancelled = True
        elif isinstance(value, BaseException):
            result.failed.append(("", error_text(value)))
        if finished:
            finished(result)
        elif result.failed:
            QMessageBox.warning(parent, QCoreApplication.translate("Printing", "Printing"), QCoreApplication.translate("Printing",
                "%1 printed, %2 not printed:").replace("%1", str(len(result.printed)))
                .replace("%2", str(len(result.failed))) + "\n" + "\n".join(
                f"{number}: {reason}" for number, reason in result.failed[:20]))

    def on_progress(done: int, total: int, text: str) -> None:
        if text.startswith("!"):
            number, _, reason = text[1:].partition("\t")
            result.failed.append((number, reason))
            progress_dialog.setValue(len(result.printed) + len(result.failed))

    # Connected before control returns to the event loop, so no report is missed.
    operation = run_in_background(work, parent=parent, success=wrap_up, failure=wrap_up,
                                  show_progress=False)
    operation.published.connect(output)
    operation.progressed.connect(on_progress)
    progress_dialog.canceled.connect(operation.cancel)
    operation.result = result
    return operation
