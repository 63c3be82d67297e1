"""What the queue controller needs of its view: the paged table and the host.

``QueueRows`` is the lazily paged Qt model as the controller uses it (``QueueModel``; the
plain-pytest tests use a list over the same service query); ``QueueHost`` is the view's
side (``view_host.QueueDialogs``): selecting rows, questions, previews, printers, signals.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any, Protocol

from counterapp.services.printing import RenderedDocument
from counterapp.services.shipping_queue import QueueFilter, QueueRow

__all__ = ["QueueHost", "QueueRows"]


class QueueRows(Protocol):
    """The paged table model as the controller uses it (``QueueModel``)."""

    filters: QueueFilter
    sort_key: tuple[str, bool]

    @property
    def total(self) -> int:
        """Shipments matching, loaded or not."""

    @property
    def loaded(self) -> int:
        """Rows fetched so far (the view's rows)."""

    def set_query(self, filters: QueueFilter | None = None,
                  sort: tuple[str, bool] | None = None) -> None:
        """Count and fetch the first page for these parameters."""

    def refresh(self) -> bool:
        """Re-read the rows shown; True when they were replaced (the selection is gone)."""

    def load_until(self, row: int) -> None:
        """Fetch pages until view row ``row`` is loaded."""

    def row_at(self, row: int) -> QueueRow | None:
        """The shipment in view row ``row``."""

    def row_of(self, shipment_id: int) -> int:
        """The view row of a loaded shipment, or -1."""


class QueueHost(Protocol):
    """What the controller asks of its view."""

    def select_rows(self, rows: Sequence[int], *, add: bool) -> None:
        """Select these view rows (after clearing the selection unless ``add``), scroll there."""

    def clear_search(self) -> None:
        """Empty the search field (a scanned slip was found), ready for the next scan."""

    def ask_delivered(self, orders: list[str], now: dt.datetime) -> dt.datetime | None:
        """When were these orders delivered? ``None`` when cancelled."""

    def ask_reschedule(self, order: str, suggested: dt.date) -> tuple[dt.date, str] | None:
        """A new promised date and a note; ``None`` when cancelled."""

    def confirm_tracking_later(self, orders: list[str], *, can_type: bool) -> bool:
        """Courier ``orders`` have no tracking number: True dispatches them now (the
        number is added later); False goes back (to the tracking field when ``can_type``)."""

    def ask_note(self, title: str, intro: str) -> str | None:
        """A reason for the history; ``None`` when cancelled."""

    def choose(self, title: str, label: str, names: list[str]) -> int | None:
        """Pick one of ``names``; its index, ``None`` when cancelled."""

    def tell(self, title: str, text: str) -> None:
        """An information message."""

    def show_document(self, rendered: RenderedDocument) -> None:
        """Preview a rendered manifest or run sheet, then print, save or discard it."""

    def print_batch(self, doc_type: str, numbers: list[str],
                    finished: Callable[[list[str], list[tuple[str, str]], bool], None]) -> bool:
        """Print ``doc_type`` of these orders (chosen printer); False when the clerk
        cancelled the printer dialog. ``finished(printed, failed, cancelled)`` at the end."""

    def fill_carriers(self, options: list[tuple[str, tuple[str, Any] | None]]) -> None:
        """Refill the carrier filter with (label, value) pairs; show the choice's value."""

    def open_delivery_check(self) -> None:
        """The late-deliveries dialog."""

    def open_on_time_stats(self) -> None:
        """The on-time delivery dialog."""

    def open_carriers(self) -> bool:
        """The carriers and drivers dialog; True when something was saved."""

    def shipments_changed(self, ids: list[int]) -> None:
        """This workstation changed these shipments."""

    def notify(self, text: str) -> None:
        """A short message for the status bar."""
