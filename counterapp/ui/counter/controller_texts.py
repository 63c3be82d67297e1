"""The counter controller's words, marked for lupdate, and the helpers the view injects.

The controller has no Qt, so it cannot translate by itself: its messages are constants
marked with ``QT_TRANSLATE_NOOP`` here (contexts ``CounterFlows`` and ``CounterPanel``, as
before the controller existed, so the Italian catalogue keeps its translations), and the
view hands it ``ControllerTexts`` (``ui.common.controller``) with Qt's ``translate``, the
one error wording (``ui.common.messages.error_text``) and the UI locale for the formatter.
"""

from __future__ import annotations

from counterapp.settings import QT_TRANSLATE_NOOP
from counterapp.ui.common.controller import ControllerTexts

# The shared class under the name the counter (and, for now, the queue and phone
# controllers) import; its home is ui.common.controller.
CounterTexts = ControllerTexts

# Levels of a notice: the view colours them from ui.common.palette.
OK, WARNING, ERROR = "ok", "warning", "error"

F = "CounterFlows"
P = "CounterPanel"

EMPTY_CART = (F, QT_TRANSLATE_NOOP("CounterFlows", "The cart is empty: scan a product first."))
SALE_SAVED = (F, QT_TRANSLATE_NOOP("CounterFlows", "Sale %1 saved: %2."))
CHANGE_DUE = (F, QT_TRANSLATE_NOOP("CounterFlows", "Change due: %1."))
REPRINT_HINT = (F, QT_TRANSLATE_NOOP("CounterFlows", "Ctrl+P prints the receipt again."))
DELIVERY_SAVED = (F, QT_TRANSLATE_NOOP("CounterFlows", "Delivery order %1 saved."))
PROMISED_FOR = (F, QT_TRANSLATE_NOOP("CounterFlows", "Promised for %1."))
RUSH_IMPOSSIBLE = (F, QT_TRANSLATE_NOOP("CounterFlows", "The rush is not possible: %1"))
NO_REASON = (F, QT_TRANSLATE_NOOP("CounterFlows", "no reason given"))
DISCOUNT_ABOVE_LIMIT = (F, QT_TRANSLATE_NOOP(
    "CounterFlows", "A %1 discount is above your limit: a senior approves it with their PIN."))
DISCOUNT_NOT_APPLIED = (F, QT_TRANSLATE_NOOP("CounterFlows", "The discount was not applied."))
DISCOUNT_APPLIED = (F, QT_TRANSLATE_NOOP("CounterFlows", "Discount applied."))
PARKED = (F, QT_TRANSLATE_NOOP("CounterFlows", "Sale parked (%1, %2). F9 lists parked sales."))
WALK_IN = (F, QT_TRANSLATE_NOOP("CounterFlows", "walk-in"))
RESUMED = (F, QT_TRANSLATE_NOOP("CounterFlows", "Parked sale resumed."))
SAVING_CLOSE = (F, QT_TRANSLATE_NOOP(
    "CounterFlows", "A sale is being saved: close again in a moment."))
QUOTE_SAVED = (F, QT_TRANSLATE_NOOP("CounterFlows", "Quote %1 saved (%2), valid until %3."))
QUOTE_LOADED = (F, QT_TRANSLATE_NOOP(
    "CounterFlows", "Quote %1 loaded at the quoted prices: F12 to sell it."))
RETURN_SAVED = (F, QT_TRANSLATE_NOOP(
    "CounterFlows",
    "Return %1 saved: %2 paid back by the original method. Ctrl+P prints its receipt again."))
NOT_PRINTED = (F, QT_TRANSLATE_NOOP(
    "CounterFlows", "%1 was not printed (%2). It is saved: Ctrl+P prints it again."))
SAVING_TRY_AGAIN = (P, QT_TRANSLATE_NOOP(
    "CounterPanel", "A sale is being saved: try again in a moment."))
PHONE_ORDER = (P, QT_TRANSLATE_NOOP(
    "CounterPanel", "Phone order: paying offers delivery (F11)."))
UNKNOWN_CODE = (P, QT_TRANSLATE_NOOP(
    "CounterPanel", "No product has the barcode or SKU “%1”. Nothing was added; pick from the "
                    "list (↓) or check the code."))
BACKORDER_LINE = (P, QT_TRANSLATE_NOOP(
    "CounterPanel", "Only %1 of “%2” in stock: the line is marked and you will confirm the "
                    "backorder when paying."))
ADDED = (P, QT_TRANSLATE_NOOP("CounterPanel", "Added %1 × %2"))
