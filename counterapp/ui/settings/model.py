"""What the Settings dialog shows where: its pages, and the choices of the listed options.

Labels come from the one settings registry (``counterapp.settings.OPTIONS``); this module
only places each option on a page and names the choices of the ones that have a few.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

DEVICES = QT_TRANSLATE_NOOP("SettingsDialog", "Devices")
DEVICE_KEYS = ("receipt_device", "fiscal_departments", "receipt_logo", "customer_display")

# (page title, option keys) in the order shown; ``pages`` adds the options not listed.
PAGES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (QT_TRANSLATE_NOOP("SettingsDialog", "This workstation"),
     ("language", "receipt_after_sale", "receipt_paper", "auto_lock_minutes", "database_url",
      "backup_folder")),
    (QT_TRANSLATE_NOOP("SettingsDialog", "Printers"),
     ("printer_receipt", "printer_documents", "printer_slip", "printer_packing",
      "printer_delivery_note", "printer_quote", "printer_manifest")),
    (QT_TRANSLATE_NOOP("SettingsDialog", "Limits and timing"),
     ("discount_limit_junior", "discount_limit_senior", "discount_limit_account_manager",
      "discount_limit_manager", "approval_limit_senior", "search_debounce_ms",
      "poll_interval_ms")),
    # Built by its own module (ui/settings/devices_tab.py), with its Test print button.
    (DEVICES, DEVICE_KEYS),
)

MORE = QT_TRANSLATE_NOOP("SettingsDialog", "More")


def pages(editable: tuple[str, ...]) -> list[tuple[str, tuple[str, ...]]]:
    """``PAGES`` and, on a last page, every ``editable`` option none of them places.

    A new option in the registry thus has a place in the dialog the day it is declared.
    """
    placed = {key for _title, keys in PAGES for key in keys}
    rest = tuple(key for key in editable if key not in placed)
    return [(title, tuple(k for k in keys if k in editable)) for title, keys in PAGES] + (
        [(MORE, rest)] if rest else [])


# Option → (stored value, shown text) for the options with a few choices.
CHOICES: dict[str, tuple[tuple[str, str], ...]] = {
    "language": (("", QT_TRANSLATE_NOOP("SettingsDialog", "As the system")),
                 ("it", "Italiano"), ("en", "English")),
    "receipt_after_sale": (
        ("print", QT_TRANSLATE_NOOP("SettingsDialog", "Print directly (preview if no printer)")),
        ("preview", QT_TRANSLATE_NOOP("SettingsDialog", "Show a preview")),
        ("none", QT_TRANSLATE_NOOP("SettingsDialog", "None (reprint on request)"))),
    "receipt_paper": (("80mm", QT_TRANSLATE_NOOP("SettingsDialog", "80 mm roll")),
                      ("58mm", QT_TRANSLATE_NOOP("SettingsDialog", "58 mm roll")),
                      ("A4", "A4")),
}

# The letterhead's fields (shop page), labelled here: they are database fields, not options.
COMPANY_LABELS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("SettingsDialog", "Company name"),
    "address": QT_TRANSLATE_NOOP("SettingsDialog", "Address (one line per row)"),
    "vat_number": QT_TRANSLATE_NOOP("SettingsDialog", "VAT number"),
    "fiscal_code": QT_TRANSLATE_NOOP("SettingsDialog", "Fiscal code"),
    "phone": QT_TRANSLATE_NOOP("SettingsDialog", "Phone"),
    "email": QT_TRANSLATE_NOOP("SettingsDialog", "E-mail"),
    "logo_path": QT_TRANSLATE_NOOP("SettingsDialog", "Logo file"),
}
