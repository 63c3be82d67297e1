"""The counter controller's receipt device steps: the receipt or fiscal document after a
sale or a return, the "fiscal document pending" notice with its Retry, the drawer.

A mixin of ``CounterController``. With the PDF device nothing changes: the view prints the
PDF receipt as before. With an ESC/POS or an RT fiscal printer the device is driven through
``services.devices`` on the injected runner (network I/O never on the UI thread); the sale
is already committed and nothing here can undo it. When the RT printer refuses or cannot
be reached, ``fiscal_pending`` holds the order and the reason in the clerk's words until a
Retry prints it (the service never prints a document twice).
"""

from __future__ import annotations

from dataclasses import dataclass

from counterapp.domain.errors import CounterAppError
from counterapp.services.devices import ReceiptOutcome
from counterapp.services.devices.display import change_text, scanned_text
from counterapp.settings import QT_TRANSLATE_NOOP
from counterapp.ui.counter.controller_texts import ERROR, OK, WARNING

C = "CounterFiscal"
FISCAL_PRINTED = (C, QT_TRANSLATE_NOOP("CounterFiscal", "Documento commerciale %1 printed."))
FISCAL_PENDING = (C, QT_TRANSLATE_NOOP(
    "CounterFiscal", "Sale %1 is saved, but its fiscal document is pending: %2"))
FISCAL_MANUAL = (C, QT_TRANSLATE_NOOP(
    "CounterFiscal", "Sale %1: the fiscal printer did not answer and has printed another "
                     "document since. Check the printer's journal before printing it again."))
RECEIPT_FAILED = (C, QT_TRANSLATE_NOOP(
    "CounterFiscal", "The receipt of %1 was not printed: %2. It is saved: Ctrl+P prints it "
                     "again."))
RETRYING = (C, QT_TRANSLATE_NOOP("CounterFiscal", "Sending %1 to the fiscal printer…"))
# Why a device did not print (services.devices.base.REASONS), in the clerk's words.
REASON_TEXTS = {
    "paper_out": (C, QT_TRANSLATE_NOOP("CounterFiscal", "the printer is out of paper")),
    "cover_open": (C, QT_TRANSLATE_NOOP("CounterFiscal", "the printer's cover is open")),
    "closure_due": (C, QT_TRANSLATE_NOOP(
        "CounterFiscal", "the daily closure is due: run Tools > Daily closure (Z) first")),
    "offline": (C, QT_TRANSLATE_NOOP(
        "CounterFiscal", "the printer cannot be reached (switched off or network down)")),
    "timeout": (C, QT_TRANSLATE_NOOP("CounterFiscal", "the printer did not answer in time")),
    "refused": (C, QT_TRANSLATE_NOOP("CounterFiscal", "the printer refused the document")),
    "unknown": (C, QT_TRANSLATE_NOOP("CounterFiscal", "the outcome is unknown")),
}


@dataclass(frozen=True)
class FiscalNotice:
    """A sale whose fiscal document is pending: what the bar says, and whether Retry helps."""

    order_number: str
    text: str
    can_retry: bool = True


class FiscalSteps:
    """Receipt device steps (mixed into ``CounterController``; see the module docstring)."""

    def show_on_display(self, state) -> None:
        """The customer display follows the cart: the line just scanned and the total."""
        priced = state.priced
        if self.display is None or priced is None or not priced.lines:
            return
        line = priced.lines[-1]
        self.display.show(scanned_text(line.name, line.gross, priced.gross))

    def display_change(self, gross, change) -> None:
        """After the sale: the total and the change on the customer display."""
        if self.display is not None:
            self.display.show(change_text(gross, change or 0))

    def receipt_mode(self) -> str:
        """This workstation's ``receipt_after_sale``: ``print``, ``preview`` or ``none``."""
        mode = self.services.ctx.settings.get("receipt_after_sale")
        return mode if mode in ("print", "preview", "none") else "print"

    def print_receipt(self, number: str) -> None:
        """The PDF receipt as the workstation wants it: straight to the receipt printer
        (a preview when none is set), always a preview, or not at all (Ctrl+P reprints)."""
        mode = self.receipt_mode()
        if mode != "none":
            self.host.print_document("receipt", number, preview=mode == "preview")

    def receipt_after_sale(self, number: str) -> None:
        """The receipt of a committed sale or return on this workstation's device."""
        try:
            name, _fiscal = self.services.devices.describe()
        except CounterAppError as exc:  # a receipt_device the settings file holds wrongly
            self._receipt_error(number, exc)
            name = "pdf"
        if name == "pdf":
            self.print_receipt(number)
            return
        actor, devices = self.actor, self.services.devices
        self.runner(lambda: devices.print_after_sale(actor, number),
                    success=self._receipt_done,
                    failure=lambda exc: self._receipt_error(number, exc), title="receipt")

    def retry_fiscal(self) -> None:
        """Retry the pending fiscal document the bar shows (the service never prints twice)."""
        pending = self.fiscal_pending.value
        if pending is None or not pending.can_retry:
            return
        number, actor, devices = pending.order_number, self.actor, self.services.devices
        self.say(self.texts.say(RETRYING, number))
        self.runner(lambda: devices.retry(actor, number), success=self._receipt_done,
                    failure=lambda exc: self._receipt_error(number, exc), title="fiscal retry")

    def reason_text(self, reason: str, message: str) -> str:
        """Why a device did not print, in the clerk's words (the detail after it)."""
        words = REASON_TEXTS.get(reason)
        text = self.texts.say(words) if words else reason
        return f"{text} ({message})" if message and reason in ("refused", "unknown") else text

    def _receipt_done(self, outcome: ReceiptOutcome) -> None:
        number = outcome.order_number
        if outcome.status == "pdf":
            self.print_receipt(number)
        elif outcome.status == "printed":
            if self.fiscal_pending.value and self.fiscal_pending.value.order_number == number:
                self.fiscal_pending.set(None)
            if outcome.fiscal_number:
                self.say(self.texts.say(FISCAL_PRINTED, outcome.fiscal_number), OK)
        elif outcome.status == "manual":
            text = self.texts.say(FISCAL_MANUAL, number)
            self.fiscal_pending.set(FiscalNotice(number, text, can_retry=False))
            self.say(text, ERROR)
        elif outcome.status == "pending":
            text = self.texts.say(FISCAL_PENDING, number,
                                  self.reason_text(outcome.reason, outcome.message))
            self.fiscal_pending.set(FiscalNotice(number, text))
            self.say(text, WARNING)
        else:
            self.say(self.texts.say(RECEIPT_FAILED, number,
                                    self.reason_text(outcome.reason, outcome.message)), WARNING)

    def _receipt_error(self, number: str, exc: BaseException) -> None:
        self.say(self.texts.say(RECEIPT_FAILED, number, self.texts.error_text(exc)), WARNING)
