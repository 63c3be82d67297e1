"""The queue controller's paperwork and the Shipping menu's entries (``PaperworkSteps``).

Order slips, packing slips and delivery notes of the selection go to the printing kit's
batch (rendered in a worker, painted on the printer as each arrives); the courier manifest
and the driver's run sheet render through the injected ``BackgroundRunner`` and are then
previewed by the view. One ``BusyGuard`` (the controller's) keeps a second batch or render
from starting while one runs. This was ``paperwork.py``; ``QueueController`` inherits it
and shares its public attributes (services, session, host, runner, texts, guard).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from counterapp.services.printing import RenderedDocument
from counterapp.ui.queue import controller_texts as t

PAPERWORK = ("slip", "packing", "delivery-note")  # documents printed for the selection


class PaperworkSteps:
    """Printing for the selection, manifest, run sheet, and the menu's dialogs."""

    # -- paperwork -------------------------------------------------------------------------------
    def print_selected(self, doc_type: str = "slip") -> None:
        """Order slips, packing slips or delivery notes of the selection (rendered off the
        UI thread by the printing kit, one per order as it is ready)."""
        if doc_type not in PAPERWORK:
            raise ValueError(doc_type)
        rows = self._ready()
        if not rows or not self.guard.begin("print"):
            return
        self._publish()
        try:
            started = self.host.print_batch(doc_type, [r.order_number for r in rows],
                                            self.printed)
        except Exception as exc:  # noqa: BLE001 (a printer that cannot start is shown)
            self.guard.end()
            self.error = self.texts.error_text(exc)
            self._publish()
            return
        if not started:
            self.guard.end()
            self._publish()

    def printed(self, printed: list[str], failed: list[tuple[str, str]],
                cancelled: bool) -> None:
        """The end of ``print_selected``: what was printed, what was not and why."""
        self.guard.end()
        if cancelled and not printed and not failed:  # the printer dialog was cancelled
            self._publish()
            return
        if failed:
            reasons = "; ".join(f"{number}: {reason}" if number else reason
                                for number, reason in failed[:20])
            self.error = self.texts.say(t.NOT_PRINTED, len(printed), len(failed), reasons)
        else:
            self.error = ""
        self.host.notify(self.texts.say(t.PRINTED, len(printed)))
        self._publish()

    def print_manifest(self) -> None:
        """Choose a courier, render today's pickup manifest and preview it."""
        actor, say = self.session.actor, self.texts.say
        carriers = self.services.carriers.carriers(include_inactive=False)
        if actor is None or not carriers:
            self.host.tell(say(t.MANIFEST), say(t.NO_COURIER))
            return
        index = self.host.choose(say(t.MANIFEST), say(t.COURIER),
                                 [f"{c.name} ({c.code})" for c in carriers])
        if index is None:
            return
        code, today = carriers[index].code, self.services.ctx.now().date()
        self._render(lambda: self.services.printing.render_manifest(actor, code, today),
                     say(t.MANIFEST))

    def print_run_sheet(self, day: dt.date | None = None) -> None:
        """Choose a driver, render the day's run sheet and preview it."""
        actor, say = self.session.actor, self.texts.say
        drivers = self.services.carriers.drivers(include_inactive=False)
        if actor is None or not drivers:
            self.host.tell(say(t.RUN_SHEET), say(t.NO_DRIVER))
            return
        index = self.host.choose(say(t.RUN_SHEET), say(t.DRIVER_LABEL), [d.name for d in drivers])
        if index is None:
            return
        driver_id, day = drivers[index].id, day or self.services.ctx.now().date()
        self._render(lambda: self.services.printing.render_run_sheet(actor, driver_id, day),
                     say(t.RUN_SHEET))

    def _render(self, work: Callable[[], RenderedDocument], title: str) -> None:
        if not self.guard.begin("render"):
            self.host.notify(self.texts.say(t.BUSY))
            return
        self._publish()

        def success(rendered: RenderedDocument) -> None:
            self.guard.end()
            self.error = ""
            self._publish()
            self.host.show_document(rendered)

        def failure(exc: BaseException) -> None:
            self.guard.end()
            self.error = f"{title}: {self.texts.error_text(exc)}"
            self._publish()

        self.runner(work, success=success, failure=failure, title=title)

    # -- the Shipping menu's other entries -------------------------------------------------------
    def open_delivery_check(self) -> None:
        """The late-deliveries check (its follow-up tasks are created there)."""
        if self.session.actor is not None:
            self.host.open_delivery_check()

    def open_on_time_stats(self) -> None:
        """The on-time delivery rate."""
        if self.session.actor is not None:
            self.host.open_on_time_stats()

    def edit_carriers(self) -> None:
        """Carriers and drivers (managers save; the service refuses others)."""
        if self.session.actor is not None and self.host.open_carriers():
            self.settings_changed()

    def settings_changed(self) -> None:
        """Carriers or drivers were edited: refill the carrier filter and the rows."""
        if self.session.actor is None:
            return
        self.host.fill_carriers(self.carrier_options())
        self.apply()
