"""``counterapp user add|list|unlock``.

``user add`` reads the new user's PIN from ``COUNTERAPP_NEW_PIN`` or a prompt; once the
shop has users it needs ``--user`` (a manager, their PIN from ``COUNTERAPP_PIN``). The first
manager of an empty shop is made without ``--user`` (``--create`` makes the file).
"""

from __future__ import annotations

from counterapp.commands.common import (
    NEW_PIN_ENV,
    acting_actor,
    add_user_argument,
    read_pin,
    services_for,
    warn_pin_on_command_line,
)


def register(subparsers, common) -> None:
    """Add the ``user`` command."""
    parser = subparsers.add_parser("user", parents=[common], help="manage staff users")
    sub = parser.add_subparsers(dest="user_command", required=True)
    add = sub.add_parser("add", parents=[common], help="create a user")
    add.add_argument("login")
    add.add_argument("--name", required=True)
    add.add_argument("--role", required=True,
                     choices=["junior", "senior", "account-manager", "manager"])
    add.add_argument("--pin", help=f"deprecated (visible in ps and shell history): set "
                     f"{NEW_PIN_ENV} or type it at the prompt")
    add_user_argument(add, required=False)
    add.add_argument("--mentor")
    add.add_argument("--create", action="store_true",
                     help="create the database file if it does not exist (a new shop)")
    add.set_defaults(handler=_add)
    listing = sub.add_parser("list", parents=[common], help="list users")
    listing.set_defaults(handler=_list)
    unlock = sub.add_parser("unlock", parents=[common],
                            help="unlock a user locked by wrong PINs (a manager)")
    unlock.add_argument("login")
    add_user_argument(unlock)
    unlock.set_defaults(handler=_unlock)


def _add(args, database) -> int:
    services = services_for(database, create=args.create)
    # The first manager of an empty shop has nobody to vouch for them; after that the
    # command line is one more workstation and a manager signs in to add staff.
    actor = acting_actor(args, services) if services.staff.count_users() else None
    if args.pin:
        warn_pin_on_command_line()
        pin = args.pin
    else:
        pin = read_pin(NEW_PIN_ENV, f"PIN for {args.login}: ", field=NEW_PIN_ENV, confirm=True)
    row = services.staff.create_user(actor, args.login, args.name, args.role, pin, args.mentor)
    print(f"created {row.login} ({row.role.value})")
    return 0


def _unlock(args, database) -> int:
    services = services_for(database)
    actor = acting_actor(args, services)
    services.staff.unlock(actor, args.login)
    print(f"unlocked {args.login.strip().lower()}")
    return 0


def _list(args, database) -> int:
    services = services_for(database)
    for row in services.staff.list_users():
        state = "locked" if row.locked else ("active" if row.active else "inactive")
        print(f"{row.login}\t{row.display_name}\t{row.role.value}\t{state}")
    return 0
