"""``counterapp settings get|set``: the settings dialog's options from a script.

Two kinds of setting, as in Tools → Settings:

- workstation settings (``receipt_after_sale``, ``language``, ``printer_receipt``, …) live in
  this workstation's settings file; ``get`` reads them without opening the database;
- shop settings (the letterhead: ``company.name``, ``company.address``, …) live in the
  database and are the same for every workstation.

``set KEY VALUE --user LOGIN`` goes through ``SettingsAdminService.save`` exactly as the
dialog does: managers only (PIN from ``COUNTERAPP_PIN``), the value checked first (a
database URL is opened, a choice must be one of its values), audited, all or nothing.
``get`` without a key lists every setting as ``KEY=VALUE``. ``\\n`` in a value stands for a
line break (the letterhead address). Exit 0 done, 2 for an unknown key, a bad value or a
refused permission.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from counterapp.commands.common import acting_actor, add_user_argument, services_for
from counterapp.domain.errors import ValidationError
from counterapp.services.company import FIELD_NAMES
from counterapp.services.settings_admin import EDITABLE
from counterapp.settings import OPTIONS, Settings

COMPANY = "company."


def register(subparsers, common) -> None:
    """Add ``settings get [KEY]`` and ``settings set KEY VALUE --user LOGIN``."""
    settings = subparsers.add_parser("settings", parents=[common],
                                     help="read or change a workstation or shop setting")
    actions = settings.add_subparsers(dest="settings_action", required=True)
    get = actions.add_parser("get", parents=[common],
                             help="print a setting's value (every setting without KEY)")
    get.add_argument("key", nargs="?", metavar="KEY",
                     help="a workstation setting or company.FIELD (shop letterhead)")
    get.set_defaults(handler=_get)
    put = actions.add_parser("set", parents=[common],
                             help="change a setting (managers; audited)")
    put.add_argument("key", metavar="KEY")
    put.add_argument("value", metavar="VALUE", help="the new value ('' to empty a text)")
    add_user_argument(put)
    put.set_defaults(handler=_set)


def _kind(key: str) -> str:
    """``workstation`` or ``company``; ``ValidationError`` naming an unknown key."""
    if key in EDITABLE:
        return "workstation"
    if key.startswith(COMPANY) and key[len(COMPANY):] in FIELD_NAMES:
        return "company"
    known = ", ".join([*EDITABLE, *(COMPANY + name for name in FIELD_NAMES)])
    raise ValidationError(key, f"not a setting; one of: {known}")


def _shown(value: Any) -> str:
    return str(value).replace("\n", "\\n")


def _typed(key: str, text: str) -> Any:
    """The command-line text as the option's type (the service then checks the range)."""
    kind = OPTIONS[key].type
    if kind is int:
        try:
            return int(text)
        except ValueError:
            raise ValidationError(key, f"a whole number, not {text!r}") from None
    if kind is Decimal:
        try:
            return Decimal(text.strip().replace(",", "."))
        except InvalidOperation:
            raise ValidationError(key, f"a number, not {text!r}") from None
    return text


def _get(args, database) -> int:
    if args.key is not None and _kind(args.key) == "workstation":
        # The settings file only: works even when the database is the thing to repair.
        print(_shown(Settings().get(args.key)))
        return 0
    services = services_for(database)
    admin = services.settings_admin
    letterhead = admin.company()
    if args.key is not None:
        print(_shown(getattr(letterhead, args.key[len(COMPANY):])))
        return 0
    for key, value in admin.workstation().items():
        print(f"{key}={_shown(value)}")
    for name in FIELD_NAMES:
        print(f"{COMPANY}{name}={_shown(getattr(letterhead, name))}")
    return 0


def _set(args, database) -> int:
    kind = _kind(args.key)
    services = services_for(database)
    actor = acting_actor(args, services)
    value = args.value.replace("\\n", "\n")
    admin = services.settings_admin
    if kind == "workstation":
        admin.save(actor, {args.key: _typed(args.key, value)}, {})
        print(f"{args.key}={_shown(services.ctx.settings.get(args.key))}")
    else:
        name = args.key[len(COMPANY):]
        admin.save(actor, {}, {name: value})
        print(f"{args.key}={_shown(getattr(admin.company(), name))}")
    return 0
