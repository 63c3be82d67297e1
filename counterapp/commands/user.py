"""``counterapp user add|list``."""

from __future__ import annotations

from counterapp.commands.common import services_for


def register(subparsers, common) -> None:
    """Add the ``user`` command."""
    parser = subparsers.add_parser("user", parents=[common], help="manage staff users")
    sub = parser.add_subparsers(dest="user_command", required=True)
    add = sub.add_parser("add", parents=[common], help="create a user")
    add.add_argument("login")
    add.add_argument("--name", required=True)
    add.add_argument("--role", required=True,
                     choices=["junior", "senior", "account-manager", "manager"])
    add.add_argument("--pin", required=True)
    add.add_argument("--mentor")
    add.set_defaults(handler=_add)
    listing = sub.add_parser("list", parents=[common], help="list users")
    listing.set_defaults(handler=_list)


def _add(args, database) -> int:
    services = services_for(database)
    row = services.staff.create_user(None, args.login, args.name, args.role, args.pin,
                                     args.mentor)
    print(f"created {row.login} ({row.role.value})")
    return 0


def _list(args, database) -> int:
    services = services_for(database)
    for row in services.staff.list_users():
        state = "locked" if row.locked else ("active" if row.active else "inactive")
        print(f"{row.login}\t{row.display_name}\t{row.role.value}\t{state}")
    return 0
