"""The phone controller's words, marked for lupdate (no Qt: ``settings.QT_TRANSLATE_NOOP``).

Contexts stay those of the widgets the words came from (``PhonePanel``, ``CallListBox``),
so the Italian catalogue keeps its translations. The view hands the controller
``ui.common.controller.ControllerTexts`` (Qt's ``translate``, the one error wording), as
the counter and queue views do; tests keep its English defaults.
"""

from __future__ import annotations

from counterapp.settings import QT_TRANSLATE_NOOP

P = "PhonePanel"
L = "CallListBox"

FINISH_FIRST = (P, QT_TRANSLATE_NOOP("PhonePanel", "Finish the current call first (End call)."))
NO_REPEAT = (P, QT_TRANSLATE_NOOP("PhonePanel", "This customer has no order to repeat."))
ORDER_NOTE = (P, QT_TRANSLATE_NOOP("PhonePanel", "Order %1"))
HANDOVER_LEFT = (P, QT_TRANSLATE_NOOP("PhonePanel", "Handover note left for %1"))
OUTCOME_REQUIRED = (P, QT_TRANSLATE_NOOP("PhonePanel",
                                         "Choose the outcome of the call before ending it."))
NO_NUMBER = (P, QT_TRANSLATE_NOOP("PhonePanel", "No phone number for %1"))
CALLS_OF = (P, QT_TRANSLATE_NOOP("PhonePanel", "Calls of %1"))
DUE_NOW = (L, QT_TRANSLATE_NOOP("CallListBox", "Due now: %1"))
MISSED_CALLBACK = (P, QT_TRANSLATE_NOOP("PhonePanel", "Missed call from %1: call back"))
