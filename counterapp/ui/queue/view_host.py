"""The queue view's answers to its controller: Qt dialogs, previews, printers, signals.

``QueueDialogs`` implements ``controller.QueueHost`` for a ``QueuePanel``: it selects rows
in the table, asks the clerk (delivered when, a new date, why), previews a manifest or run
sheet, prints a batch through the printing kit, opens the Shipping menu's dialogs and
emits the panel's signals. It uses only the panel's public members.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QInputDialog, QMessageBox

from counterapp.services.printing import RenderedDocument
from counterapp.ui.common.i18n import translate
from counterapp.ui.common.messages import show_error
from counterapp.ui.queue.dialogs import DeliveredDialog, NoteDialog, RescheduleDialog

Flag = QItemSelectionModel.SelectionFlag


class QueueDialogs:
    """``QueueHost`` for ``panel`` (a ``QueuePanel``)."""

    def __init__(self, panel):
        self.panel = panel

    # -- the table and the search field ---------------------------------------------------
    def select_rows(self, rows: Sequence[int], *, add: bool) -> None:
        """Select (and scroll to) these rows; the selection model tells the controller."""
        panel = self.panel
        selection = panel.table.selectionModel()
        if not add:
            selection.clearSelection()
        for row in rows:
            index = panel.model.index(row, 0)
            selection.select(index, Flag.Select | Flag.Rows)
            selection.setCurrentIndex(index, Flag.NoUpdate)
            panel.table.scrollTo(index)

    def clear_search(self) -> None:
        """The scanned slip was found: the field is ready for the next one."""
        self.panel.search.clear()

    def fill_carriers(self, options: list[tuple[str, Any]]) -> None:
        """Refill the carrier filter without firing a query per item."""
        combo = self.panel.carrier_filter
        combo.blockSignals(True)
        combo.clear()
        for label, value in options:
            combo.addItem(label, value)
        combo.setCurrentIndex(max(combo.findData(self.panel.controller.choice.carrier), 0))
        combo.blockSignals(False)

    # -- questions --------------------------------------------------------------------------
    def ask_delivered(self, orders: list[str], now: dt.datetime) -> dt.datetime | None:
        """The delivered-at dialog."""
        return DeliveredDialog.ask(self.panel, orders, now)

    def ask_reschedule(self, order: str, suggested: dt.date) -> tuple[dt.date, str] | None:
        """The reschedule dialog."""
        return RescheduleDialog.ask(self.panel, order, suggested)

    def confirm_tracking_later(self, orders: list[str], *, can_type: bool) -> bool:
        """``trackingLaterDialog``: dispatch now and add the tracking number later, or go
        back and type it (the keyboard lands in ``trackingNumber`` when it can)."""
        panel = self.panel
        names = ", ".join(orders[:10]) + (" …" if len(orders) > 10 else "")
        text = translate("QueuePanel", "No tracking number for the courier parcel of %1. "
                                       "Dispatch now and add the number later?")
        box = QMessageBox(QMessageBox.Icon.Question,
                          translate("QueuePanel", "No tracking number"),
                          text.replace("%1", names), QMessageBox.StandardButton.NoButton, panel)
        box.setObjectName("trackingLaterDialog")
        later = box.addButton(translate("QueuePanel", "Dispatch, number &later"),
                              QMessageBox.ButtonRole.AcceptRole)
        later.setObjectName("trackingLaterButton")
        back = box.addButton(translate("QueuePanel", "&Type the number") if can_type
                             else translate("QueuePanel", "Cancel"),
                             QMessageBox.ButtonRole.RejectRole)
        back.setObjectName("trackingTypeButton")
        box.setDefaultButton(back)  # Enter must not send a parcel without its number
        box.setEscapeButton(back)
        box.exec()
        chosen = box.clickedButton() is later
        box.deleteLater()
        if not chosen and can_type:
            panel.tracking.setFocus()
        return chosen

    def ask_note(self, title: str, intro: str) -> str | None:
        """A reason for a failed or cancelled delivery."""
        return NoteDialog.ask(self.panel, title, intro)

    def choose(self, title: str, label: str, names: list[str]) -> int | None:
        """One of ``names`` from a list."""
        name, ok = QInputDialog.getItem(self.panel, title, label, names, 0, False)
        return names.index(name) if ok and name in names else None

    def tell(self, title: str, text: str) -> None:
        """An information box."""
        QMessageBox.information(self.panel, title, text)

    # -- paper ------------------------------------------------------------------------------
    def show_document(self, rendered: RenderedDocument) -> None:
        """Preview a rendered manifest or run sheet, then print it, save it or discard it."""
        from PySide6.QtPrintSupport import QPrintDialog  # noqa: PLC0415

        from counterapp.ui.common.print_preview import PrintPreviewDialog  # noqa: PLC0415
        from counterapp.ui.common.printing import make_printer, print_pdf, save_pdf  # noqa: PLC0415

        panel = self.panel
        dialog = PrintPreviewDialog(rendered.pdf, rendered.document_number, panel)
        dialog.exec()
        choice = dialog.choice
        dialog.deleteLater()
        try:
            if choice == "save":
                save_pdf(panel, rendered)
            elif choice == "print":
                printer = make_printer("")
                if QPrintDialog(printer, panel).exec() == QPrintDialog.DialogCode.Accepted:
                    print_pdf(rendered.pdf, printer)
            else:
                panel.services.printing.discard(panel.session.actor, rendered.job_id)
        except Exception as exc:  # noqa: BLE001 (printer errors are shown, never lost)
            show_error(panel, exc)

    def print_batch(self, doc_type: str, numbers: list[str],
                    finished: Callable[[list[str], list[tuple[str, str]], bool], None]) -> bool:
        """The printing kit's batch: rendered in a worker, painted here as each arrives."""
        from counterapp.ui.common.printing import print_batch  # noqa: PLC0415

        panel = self.panel
        operation = print_batch(
            panel, panel.services, panel.session, doc_type, numbers,
            finished=lambda result: finished(result.printed, result.failed, result.cancelled))
        return operation is not None

    # -- the Shipping menu's dialogs ---------------------------------------------------------
    def open_delivery_check(self) -> None:
        """The late-deliveries view."""
        from counterapp.ui.queue.delivery_check import DeliveryCheckDialog  # noqa: PLC0415

        dialog = DeliveryCheckDialog(self.panel.services, self.panel.session, self.panel)
        dialog.exec()
        dialog.deleteLater()

    def open_on_time_stats(self) -> None:
        """The on-time delivery rate view."""
        from counterapp.ui.queue.stats import OnTimeStatsDialog  # noqa: PLC0415

        dialog = OnTimeStatsDialog(self.panel.services, self.panel)
        dialog.exec()
        dialog.deleteLater()

    def open_carriers(self) -> bool:
        """Carriers and drivers; True when something was saved."""
        from counterapp.ui.queue.carriers_dialog import CarriersDriversDialog  # noqa: PLC0415

        dialog = CarriersDriversDialog(self.panel.services, self.panel.session, self.panel)
        dialog.exec()
        dialog.deleteLater()
        return dialog.changed

    # -- signals ----------------------------------------------------------------------------
    def shipments_changed(self, ids: list[int]) -> None:
        """The panel's ``shipments_changed`` signal."""
        self.panel.shipments_changed.emit(ids)

    def notify(self, text: str) -> None:
        """The panel's ``notification`` signal (the status bar)."""
        self.panel.notification.emit(text)
