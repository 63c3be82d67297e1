"""Translatable labels of the phone panel's fixed values (purposes, outcomes, task kinds)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

PURPOSE_LABELS = {
    "order": QT_TRANSLATE_NOOP("PhoneLabels", "Order"),
    "inquiry": QT_TRANSLATE_NOOP("PhoneLabels", "Inquiry"),
    "account_update": QT_TRANSLATE_NOOP("PhoneLabels", "Account update"),
    "complaint": QT_TRANSLATE_NOOP("PhoneLabels", "Complaint"),
    "other": QT_TRANSLATE_NOOP("PhoneLabels", "Other"),
}

OUTCOME_LABELS = {
    "ordered": QT_TRANSLATE_NOOP("PhoneLabels", "Ordered"),
    "information_given": QT_TRANSLATE_NOOP("PhoneLabels", "Information given"),
    "account_updated": QT_TRANSLATE_NOOP("PhoneLabels", "Account updated"),
    "callback_requested": QT_TRANSLATE_NOOP("PhoneLabels", "Callback requested"),
    "no_answer": QT_TRANSLATE_NOOP("PhoneLabels", "No answer"),
    "voicemail": QT_TRANSLATE_NOOP("PhoneLabels", "Voicemail"),
    "wrong_number": QT_TRANSLATE_NOOP("PhoneLabels", "Wrong number"),
    "not_interested": QT_TRANSLATE_NOOP("PhoneLabels", "Not interested"),
}

KIND_LABELS = {
    "callback": QT_TRANSLATE_NOOP("PhoneLabels", "Callback"),
    "follow_up": QT_TRANSLATE_NOOP("PhoneLabels", "Follow-up"),
    "standing_confirm": QT_TRANSLATE_NOOP("PhoneLabels", "Standing order"),
    "campaign": QT_TRANSLATE_NOOP("PhoneLabels", "Campaign"),
}

DIRECTION_LABELS = {
    "inbound": QT_TRANSLATE_NOOP("PhoneLabels", "Inbound"),
    "outbound": QT_TRANSLATE_NOOP("PhoneLabels", "Outbound"),
}

SHIPMENT_LABELS = {
    "new": QT_TRANSLATE_NOOP("PhoneLabels", "received"),
    "picking": QT_TRANSLATE_NOOP("PhoneLabels", "being picked"),
    "packed": QT_TRANSLATE_NOOP("PhoneLabels", "packed"),
    "dispatched": QT_TRANSLATE_NOOP("PhoneLabels", "dispatched"),
    "failed": QT_TRANSLATE_NOOP("PhoneLabels", "delivery failed"),
    "rescheduled": QT_TRANSLATE_NOOP("PhoneLabels", "rescheduled"),
}


# Older words for the same outcome or purpose (imported or demo data).
_ALIASES = {
    "order": "ordered", "callback": "callback_requested", "info_given": "information_given",
    "info": "inquiry",
}


def label(table: dict[str, str], key: str) -> str:
    """The translated label of ``key`` (the key, readable, when it is not one of ours)."""
    text = table.get(key) or table.get(_ALIASES.get(key, ""))
    return QCoreApplication.translate("PhoneLabels", text) if text else key.replace("_", " ")


def duration_text(seconds: int) -> str:
    """``mm:ss`` (``h:mm:ss`` past an hour) — the call timer's format."""
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


def money_text(value) -> str:
    """An amount in the UI language (the one formatter, as the counter and the paper)."""
    from counterapp.domain.formatting import format_money  # noqa: PLC0415 (Babel on first use)
    from counterapp.ui.common.formatting import ui_locale  # noqa: PLC0415

    return format_money(value, ui_locale())
