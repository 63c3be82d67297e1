"""What the Settings dialog changes: the shop's letterhead and this workstation's options.

Shop settings (the letterhead every workstation prints) live in the database; workstation
settings (language, printers, receipt after a sale, auto-lock, database URL, backup
folder, limits) in this workstation's settings file. Both are a manager's to change
(``Action.CHANGE_SETTINGS``) and every change is audited. A database URL is opened and
checked to be a CounterApp database before it is stored: a typo must not leave the
workstation unable to start.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from counterapp.db.database import connect, describe_url
from counterapp.domain.errors import DatabaseUnavailable, ValidationError
from counterapp.domain.permissions import Action
from counterapp.services import audit, company
from counterapp.services.company import CompanySettings
from counterapp.services.context import Actor, ServiceContext, authorize
from counterapp.services.devices.config import check_device, check_display, parse_departments
from counterapp.settings import OPTIONS

LANGUAGES = ("", "it", "en")
RECEIPT_MODES = ("print", "preview", "none")
RECEIPT_PAPERS = ("80mm", "58mm", "A4")
# Whole-number options and their sensible range (a 0-minute auto-lock means never).
INT_RANGES = {"auto_lock_minutes": (0, 480), "search_debounce_ms": (0, 2000),
              "poll_interval_ms": (200, 60000)}
CHOICES = {"language": LANGUAGES, "receipt_after_sale": RECEIPT_MODES,
           "receipt_paper": RECEIPT_PAPERS}
# Layout the window keeps for itself; not for the dialog.
INTERNAL = frozenset({"window_state", "window_geometry"})
EDITABLE = tuple(key for key in OPTIONS if key not in INTERNAL)


def check_database_url(url: str) -> str:
    """``url`` if it opens and holds a CounterApp database, else ``ValidationError``.

    Nothing is created: a missing SQLite file is refused, and the models stay bound to
    the database in use.
    """
    url = url.strip()
    if not url:
        return url  # empty: the default database in the user data folder
    try:
        db = connect(url, bind=False, create=False)
    except DatabaseUnavailable as exc:
        raise ValidationError("database_url", str(exc)) from None
    try:
        ours = db.table_exists("schema_migrations")
    except Exception as exc:  # noqa: BLE001 (any driver error means: cannot use it)
        raise ValidationError("database_url", f"'{describe_url(url)}' cannot be read: "
                              f"{exc}") from None
    finally:
        db.close()
    if not ours:
        raise ValidationError("database_url", f"'{describe_url(url)}' is not a CounterApp "
                              "database")
    return url


def clean_workstation_value(key: str, value: Any) -> Any:
    """``value`` for option ``key`` as it will be stored, or ``ValidationError`` naming it."""
    if key not in EDITABLE:
        raise ValidationError(key, "not a setting of this dialog")
    option = OPTIONS[key]
    if key in INT_RANGES:
        low, high = INT_RANGES[key]
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise ValidationError(key, f"a whole number from {low} to {high}")
        return value
    if option.type is Decimal:
        try:
            number = Decimal(str(value))
        except InvalidOperation:
            raise ValidationError(key, "a percentage from 0 to 100") from None
        if not number.is_finite() or not Decimal(0) <= number <= Decimal(100):
            raise ValidationError(key, "a percentage from 0 to 100")
        return number
    if not isinstance(value, str) or any(ord(c) < 32 for c in value):
        raise ValidationError(key, "text on one line")
    value = value.strip()
    if key in CHOICES and value not in CHOICES[key]:
        raise ValidationError(key, "one of " + ", ".join(c or "(system)" for c in CHOICES[key]))
    if key == "backup_folder" and value and not Path(value).is_absolute():
        raise ValidationError(key, "a full folder path (or empty for the default)")
    if key == "database_url":
        return check_database_url(value)
    if key in ("receipt_device", "customer_display") and value:
        return check_device(value, field=key) if key == "receipt_device" else \
            check_display(value)
    if key == "fiscal_departments":
        parse_departments(value)
    return value


class SettingsAdminService:
    """Read and (managers) change the shop's and this workstation's settings."""

    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def workstation(self) -> dict[str, Any]:
        """Every option the dialog shows, with its current value."""
        return {key: self.ctx.settings.get(key) for key in EDITABLE}

    def company(self) -> CompanySettings:
        """The shop's letterhead."""
        with self.ctx.db.atomic():
            return company.load_settings()

    def check_database_url(self, url: str) -> str:
        """Open ``url`` and check it is a CounterApp database (``ValidationError`` if not)."""
        return check_database_url(url)

    def save(self, actor: Actor, workstation: Mapping[str, Any],
             letterhead: Mapping[str, str]) -> None:
        """Store the changed options; managers only, all or nothing.

        Every value is checked first (the database URL is opened); a bad one raises
        ``ValidationError`` naming it and nothing is stored. The letterhead and the audit
        entry are one transaction; the settings file is written after it commits.
        """
        authorize(self.ctx, actor, Action.CHANGE_SETTINGS)
        settings = self.ctx.settings
        cleaned = {key: clean_workstation_value(key, value) for key, value in workstation.items()}
        changed = {key: value for key, value in cleaned.items() if settings.get(key) != value}
        with self.ctx.db.atomic():
            before = company.load_settings()
            letter = company.clean_changes(letterhead)
            letter = {k: v for k, v in letter.items() if getattr(before, k) != v}
            company.store(letter)
            if changed or letter:
                audit.record(actor, "settings_changed", entity="settings",
                             entity_id="workstation+shop",
                             before={**{k: str(settings.get(k)) for k in changed},
                                     **{f"company.{k}": getattr(before, k) for k in letter}},
                             after={**{k: str(v) for k, v in changed.items()},
                                    **{f"company.{k}": v for k, v in letter.items()}},
                             at=self.ctx.now())
        for key, value in changed.items():
            settings.set(key, value)
