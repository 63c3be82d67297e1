"""Every workstation setting, declared once with its type, default and label.

Values live in a JSON file in the user's config directory (platformdirs). Tests and the
command line point ``Settings`` at another file. Shop-wide settings that all workstations
must agree on (company header, cut-offs) live in the database instead (``SharedSetting``).
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import platformdirs

log = logging.getLogger(__name__)

APP_NAME = "CounterApp"
APP_AUTHOR = "CounterApp"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (lupdate looks for this name)
    """Mark ``text`` for translation without translating it (the UI translates labels)."""
    return text


@dataclass(frozen=True)
class Option:
    """One setting: key, Python type, default and a translatable label."""

    key: str
    type: type
    default: Any
    label: str


OPTIONS: dict[str, Option] = {o.key: o for o in (
    Option("database_url", str, "", QT_TRANSLATE_NOOP("Settings", "Database URL")),
    Option("language", str, "", QT_TRANSLATE_NOOP("Settings", "Language (empty: system)")),
    Option("auto_lock_minutes", int, 5,
           QT_TRANSLATE_NOOP("Settings", "Lock the workstation after idle minutes")),
    Option("discount_limit_junior", Decimal, Decimal("5"),
           QT_TRANSLATE_NOOP("Settings", "Discount limit of entry-level reps (%)")),
    Option("discount_limit_senior", Decimal, Decimal("15"),
           QT_TRANSLATE_NOOP("Settings", "Discount limit of senior reps (%)")),
    Option("discount_limit_account_manager", Decimal, Decimal("15"),
           QT_TRANSLATE_NOOP("Settings", "Discount limit of account managers (%)")),
    Option("discount_limit_manager", Decimal, Decimal("100"),
           QT_TRANSLATE_NOOP("Settings", "Discount limit of managers (%)")),
    Option("approval_limit_senior", Decimal, Decimal("25"),
           QT_TRANSLATE_NOOP("Settings", "Discount a senior rep may approve for others (%)")),
    Option("search_debounce_ms", int, 120,
           QT_TRANSLATE_NOOP("Settings", "Search delay after a keystroke (ms)")),
    Option("window_state", str, "", QT_TRANSLATE_NOOP("Settings", "Window layout")),
    Option("window_geometry", str, "", QT_TRANSLATE_NOOP("Settings", "Window position")),
    Option("printer_receipt", str, "", QT_TRANSLATE_NOOP("Settings", "Receipt printer")),
    Option("printer_documents", str, "", QT_TRANSLATE_NOOP("Settings", "Printer for slips and notes")),
    Option("receipt_paper", str, "80mm", QT_TRANSLATE_NOOP("Settings", "Receipt paper (80mm or A4)")),
    # After a sale: "print" (to the receipt printer; a preview when none is set), "preview"
    # (always ask) or "none" (reprint with Ctrl+P when a customer wants one).
    Option("receipt_after_sale", str, "print",
           QT_TRANSLATE_NOOP("Settings", "Receipt after a sale")),
    Option("poll_interval_ms", int, 1000,
           QT_TRANSLATE_NOOP("Settings", "Check for other workstations' changes every (ms)")),
    # Printer per document type; empty: the receipt printer for receipts, else the
    # documents printer (printer_receipt / printer_documents above).
    Option("printer_slip", str, "", QT_TRANSLATE_NOOP("Settings", "Printer for order slips")),
    Option("printer_packing", str, "",
           QT_TRANSLATE_NOOP("Settings", "Printer for packing slips")),
    Option("printer_delivery_note", str, "",
           QT_TRANSLATE_NOOP("Settings", "Printer for delivery notes (DDT)")),
    Option("printer_quote", str, "", QT_TRANSLATE_NOOP("Settings", "Printer for quotes")),
    Option("printer_manifest", str, "",
           QT_TRANSLATE_NOOP("Settings", "Printer for courier manifests and run sheets")),
    # Receipt devices of this workstation (services/devices/config.py, docs/hardware.md):
    # pdf, escpos:tcp://HOST:PORT, escpos:usb:VID:PID, escpos:serial:/dev/..., escpos:file:
    # /dev/... or epson-rt:http://HOST[:PORT]; ESC/POS paper follows receipt_paper (58mm too).
    Option("receipt_device", str, "pdf", QT_TRANSLATE_NOOP("Settings", "Receipt device")),
    Option("fiscal_departments", str, "22:1;10:2;5:3;4:4;0:5",
           QT_TRANSLATE_NOOP("Settings", "Fiscal printer department per VAT rate (VAT:dept)")),
    Option("receipt_logo", str, "", QT_TRANSLATE_NOOP("Settings", "Logo on ESC/POS receipts")),
    Option("customer_display", str, "",
           QT_TRANSLATE_NOOP("Settings", "Customer display (empty: none)")),
    # Empty: the "backups" folder in the user data directory (services/backup.py).
    Option("backup_folder", str, "",
           QT_TRANSLATE_NOOP("Settings", "Folder for the automatic daily backups")),
)}


def data_dir() -> Path:
    """Where the default database and logs live."""
    override = os.environ.get("COUNTERAPP_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def config_dir() -> Path:
    """Where the settings file lives."""
    override = os.environ.get("COUNTERAPP_CONFIG_DIR")
    return Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def log_dir() -> Path:
    """Where the log file is written."""
    return data_dir() / "logs"


def default_database_url() -> str:
    """``sqlite:///…/counterapp.db`` in the user data directory."""
    return f"sqlite:///{(data_dir() / 'counterapp.db').resolve()}"


class Settings:
    """Typed access to the settings file; unknown keys are refused, bad values fall back."""

    def __init__(self, path: Path | None = None):
        self.path = path or config_dir() / "settings.json"
        self._values: dict[str, Any] = {}
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            if isinstance(raw, dict):
                self._values = raw
        except FileNotFoundError:
            pass
        except (OSError, ValueError) as exc:
            log.warning("ignoring unreadable settings file %s: %s", self.path, exc)

    def get(self, key: str) -> Any:
        """The value of ``key`` converted to its declared type, or its default."""
        option = OPTIONS[key]
        if key not in self._values:
            return option.default
        try:
            return option.type(self._values[key])
        except (TypeError, ValueError, ArithmeticError):
            return option.default

    def set(self, key: str, value: Any) -> None:
        """Change ``key`` and write the file at once (small file, rare writes)."""
        option = OPTIONS[key]
        option.type(value)  # refuse a value of the wrong type before it is stored
        self._values[key] = str(value) if option.type is Decimal else value
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self._values, indent=2, sort_keys=True), encoding="utf-8")
        os.replace(tmp, self.path)

    def approval_limits(self) -> dict[str, Decimal]:
        """Per-role discount a senior or manager may approve on the spot for someone else."""
        return {"junior": Decimal("0"), "senior": self.get("approval_limit_senior"),
                "account-manager": Decimal("0"), "manager": Decimal("100")}

    def discount_limits(self) -> dict[str, Decimal]:
        """Per-role discount limits keyed by role value."""
        return {
            "junior": self.get("discount_limit_junior"),
            "senior": self.get("discount_limit_senior"),
            "account-manager": self.get("discount_limit_account_manager"),
            "manager": self.get("discount_limit_manager"),
        }


def resolve_database_url(cli_value: str | None, settings: Settings) -> str:
    """``--database``, else ``COUNTERAPP_DATABASE``, else the settings file, else the default."""
    return (cli_value or os.environ.get("COUNTERAPP_DATABASE") or settings.get("database_url")
            or default_database_url())
