"""The queue controller's words, marked for lupdate (no Qt: ``settings.QT_TRANSLATE_NOOP``).

Contexts stay those of the widgets the words came from (``QueuePanel``, ``QueuePaperwork``,
``QueueModel``), so the Italian catalogue keeps its translations. The view hands the
controller ``ControllerTexts`` (Qt's ``translate``, the one error wording, the UI locale);
tests keep its English defaults.
"""

from __future__ import annotations

from counterapp.settings import QT_TRANSLATE_NOOP

P = "QueuePanel"
W = "QueuePaperwork"
M = "QueueModel"

STATUS_LABELS = {
    "new": QT_TRANSLATE_NOOP("QueueModel", "New"),
    "picking": QT_TRANSLATE_NOOP("QueueModel", "Picking"),
    "packed": QT_TRANSLATE_NOOP("QueueModel", "Packed"),
    "dispatched": QT_TRANSLATE_NOOP("QueueModel", "Dispatched"),
    "delivered": QT_TRANSLATE_NOOP("QueueModel", "Delivered"),
    "failed": QT_TRANSLATE_NOOP("QueueModel", "Delivery failed"),
    "rescheduled": QT_TRANSLATE_NOOP("QueueModel", "Rescheduled"),
    "returned": QT_TRANSLATE_NOOP("QueueModel", "Returned"),
    "cancelled": QT_TRANSLATE_NOOP("QueueModel", "Cancelled"),
}

NO_ORDER = (P, QT_TRANSLATE_NOOP("QueuePanel", "No order %1"))
# Counts are numerus strings ``(context, plural, English singular)`` for
# ControllerTexts.say_n; lupdate sees them in counterapp.ui.common.plurals.
SELECTED = (P, "%n orders selected", "%n order selected")
DETAIL = (P, QT_TRANSLATE_NOOP("QueuePanel", "Order %1 – %2 – promised %3"))
RUSH_NOT_POSSIBLE = (P, QT_TRANSLATE_NOOP("QueuePanel", "Rush not possible: %1"))
RUSH_FOLLOW_UP = (P, QT_TRANSLATE_NOOP(
    "QueuePanel", "A follow-up call to the customer is in %1's call list."))
TRACKING = (P, QT_TRANSLATE_NOOP("QueuePanel", "Tracking: %1"))
DISPATCHED = (P, "%n orders dispatched", "%n order dispatched")
DELIVERED = (P, "%n orders delivered", "%n order delivered")
MOVED = (P, "%n orders: %1", "%n order: %1")
RESCHEDULE = (P, QT_TRANSLATE_NOOP("QueuePanel", "Reschedule"))
RESCHEDULE_ONE = (P, QT_TRANSLATE_NOOP("QueuePanel", "Reschedule one order at a time."))
WHY = (P, QT_TRANSLATE_NOOP("QueuePanel", "Why? (shown in the order's history)"))
HISTORY_OF = (P, QT_TRANSLATE_NOOP("QueuePanel", "History of %1"))
ANY_CARRIER = (P, QT_TRANSLATE_NOOP("QueuePanel", "Any carrier or driver"))
DRIVER = (P, QT_TRANSLATE_NOOP("QueuePanel", "Driver: %1"))
BUSY = (P, QT_TRANSLATE_NOOP("QueuePanel", "Another queue operation is running: try again "
                                           "in a moment."))
PRINTED = (P, QT_TRANSLATE_NOOP("QueuePanel", "%1 printed"))
NOT_PRINTED = (P, QT_TRANSLATE_NOOP("QueuePanel", "%1 printed, %2 not printed: %3"))

MANIFEST = (W, QT_TRANSLATE_NOOP("QueuePaperwork", "Manifest"))
NO_COURIER = (W, QT_TRANSLATE_NOOP("QueuePaperwork", "No courier service is set up."))
COURIER = (W, QT_TRANSLATE_NOOP("QueuePaperwork", "Courier"))
RUN_SHEET = (W, QT_TRANSLATE_NOOP("QueuePaperwork", "Run sheet"))
NO_DRIVER = (W, QT_TRANSLATE_NOOP("QueuePaperwork", "No in-house driver is set up."))
DRIVER_LABEL = (W, QT_TRANSLATE_NOOP("QueuePaperwork", "Driver"))
