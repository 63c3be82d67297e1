"""The Shipping menu's entries: manifest, run sheet, late-delivery check, on-time rate,
carriers and drivers. Documents render off the UI thread, then show in the preview."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from counterapp.ui.common.messages import show_error
from counterapp.ui.operation import run_in_background


def _tr(text: str) -> str:
    return QCoreApplication.translate("QueuePaperwork", text)


def _show_document(parent: QWidget, services, session, rendered) -> None:
    """Preview a rendered manifest/run sheet, then print it or save it."""
    from counterapp.ui.common.print_preview import PrintPreviewDialog  # noqa: PLC0415
    from counterapp.ui.common.printing import make_printer, print_pdf, save_pdf  # noqa: PLC0415

    dialog = PrintPreviewDialog(rendered.pdf, rendered.document_number, parent)
    dialog.exec()
    choice = dialog.choice
    dialog.deleteLater()
    try:
        if choice == "save":
            save_pdf(parent, rendered)
        elif choice == "print":
            from PySide6.QtPrintSupport import QPrintDialog  # noqa: PLC0415

            printer = make_printer("")
            if QPrintDialog(printer, parent).exec() == QPrintDialog.DialogCode.Accepted:
                print_pdf(rendered.pdf, printer)
        else:
            services.printing.discard(session.actor, rendered.job_id)
    except Exception as exc:  # noqa: BLE001 (printer errors are shown, never lost)
        show_error(parent, exc)


def _render(parent: QWidget, services, session, work, title: str) -> None:
    def success(rendered) -> None:
        _show_document(parent, services, session, rendered)

    def failure(exc: BaseException) -> None:
        show_error(parent, exc, title)

    parent._paperwork_operation = run_in_background(  # keep it alive until it finishes
        lambda _progress: work(), parent=parent, success=success, failure=failure,
        title=title)


def print_manifest(parent: QWidget, services, session) -> None:
    """Choose a courier, render today's pickup manifest and preview it."""
    actor = session.actor
    carriers = services.carriers.carriers(include_inactive=False)
    if actor is None or not carriers:
        QMessageBox.information(parent, QCoreApplication.translate("QueuePaperwork", "Manifest"), QCoreApplication.translate("QueuePaperwork", "No courier service is set up."))
        return
    names = [f"{c.name} ({c.code})" for c in carriers]
    name, ok = QInputDialog.getItem(parent, QCoreApplication.translate("QueuePaperwork", "Manifest"), QCoreApplication.translate("QueuePaperwork", "Courier"), names, 0, False)
    if not ok:
        return
    carrier = carriers[names.index(name)]
    today = services.ctx.now().date()
    _render(parent, services, session,
            lambda: services.printing.render_manifest(actor, carrier.code, today),
            QCoreApplication.translate("QueuePaperwork", "Manifest"))


def print_run_sheet(parent: QWidget, services, session, day: dt.date | None = None) -> None:
    """Choose a driver, render the day's run sheet and preview it."""
    actor = session.actor
    drivers = services.carriers.drivers(include_inactive=False)
    if actor is None or not drivers:
        QMessageBox.information(parent, QCoreApplication.translate("QueuePaperwork", "Run sheet"), QCoreApplication.translate("QueuePaperwork", "No in-house driver is set up."))
        return
    names = [d.name for d in drivers]
    name, ok = QInputDialog.getItem(parent, QCoreApplication.translate("QueuePaperwork", "Run sheet"), QCoreApplication.translate("QueuePaperwork", "Driver"), names, 0, False)
    if not ok:
        return
    driver = drivers[names.index(name)]
    day = day or services.ctx.now().date()
    _render(parent, services, session,
            lambda: services.printing.render_run_sheet(actor, driver.id, day),
            QCoreApplication.translate("QueuePaperwork", "Run sheet"))


def open_delivery_check(parent: QWidget, services, session) -> None:
    """The late-deliveries view."""
    from counterapp.ui.queue.delivery_check import DeliveryCheckDialog  # noqa: PLC0415

    if session.actor is None:
        return
    dialog = DeliveryCheckDialog(services, session, parent)
    dialog.exec()
    dialog.deleteLater()


def open_on_time_stats(parent: QWidget, services, session) -> None:
    """The on-time delivery rate view."""
    from counterapp.ui.queue.stats import OnTimeStatsDialog  # noqa: PLC0415

    if session.actor is None:
        return
    dialog = OnTimeStatsDialog(services, parent)
    dialog.exec()
    dialog.deleteLater()


def open_carrier_settings(parent: QWidget, services, session) -> None:
    """Carriers and drivers (managers edit; others are refused by the service)."""
    from counterapp.ui.queue.carriers_dialog import CarriersDriversDialog  # noqa: PLC0415

    if session.actor is None:
        return
    dialog = CarriersDriversDialog(services, session, parent)
    dialog.exec()
    dialog.deleteLater()
    if dialog.changed and hasattr(parent, "settings_changed"):
        parent.settings_changed()
