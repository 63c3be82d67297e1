"""What every subcommand needs: open the services on the chosen database, and who is acting.

A command that changes data takes ``add_user_argument(parser)`` and calls
``acting_actor(args, services)`` before it does anything; the services then check that
user's role exactly as in the GUI.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from counterapp.domain.errors import ValidationError
from counterapp.domain.permissions import Role
from counterapp.services import Actor, Services, open_services
from counterapp.settings import Settings, resolve_database_url


def services_for(database: str | None, *, create: bool = False) -> Services:
    """Connect (``--database``, env, settings, default), migrate, build services.

    A missing SQLite file is refused (``DatabaseMissing``: exit 2, one line naming the
    path) unless ``create``, which only ``user add --create`` and ``restore --create`` pass.
    """

    settings = Settings()
    return open_services(resolve_database_url(database, settings), settings, create=create)


# -- who is acting (CONTRACT.md "Additions (second round)" → "Who is acting") -------------------
PIN_ENV = "COUNTERAPP_PIN"
NEW_PIN_ENV = "COUNTERAPP_NEW_PIN"


def add_user_argument(parser: argparse.ArgumentParser, *, required: bool = True) -> None:
    """``--user LOGIN`` on a command that changes data; the PIN never comes from argv."""
    parser.add_argument(
        "--user", metavar="LOGIN", required=required,
        help=f"who is acting; their PIN is read from {PIN_ENV} or asked for at a prompt")


def read_pin(env: str, prompt: str, *, field: str, confirm: bool = False) -> str:
    """A PIN from the environment variable ``env``, else typed at a hidden prompt.

    Without a terminal and without the variable it is refused (exit 2) instead of waiting
    on a prompt nobody sees.
    """
    pin = os.environ.get(env)
    if pin:
        return pin
    if not sys.stdin.isatty():
        raise ValidationError(field, f"no PIN: set {env} or run the command in a terminal")
    pin = getpass.getpass(prompt)
    if confirm and getpass.getpass("again: ") != pin:
        raise ValidationError(field, "the two PINs differ")
    return pin


def warn_pin_on_command_line() -> None:
    """``--pin`` still works for a while; say once why it should not be used."""
    print(f"counterapp: warning: --pin shows the PIN to everyone on this machine (ps, shell "
          f"history); use {NEW_PIN_ENV}/{PIN_ENV} or the prompt", file=sys.stderr)


def acting_actor(args: argparse.Namespace, services: Services) -> Actor:
    """The user named by ``--user``, logged in with their PIN (``COUNTERAPP_PIN`` or a prompt).

    Wrong PINs count toward that user's delay and lock as at the GUI's login; a wrong or
    missing PIN is ``AuthenticationFailed`` / ``ValidationError`` (exit 2).
    """
    login = getattr(args, "user", None)
    if not login:
        raise ValidationError("--user", "name the user who is acting: --user LOGIN")
    pin = read_pin(PIN_ENV, f"PIN of {login}: ", field=PIN_ENV)
    return services.staff.login(login, pin)


def database_reader() -> Actor:
    """Who reads when ``export`` names no ``--user`` (CONTRACT.md keeps that form working).

    The command line opens the database with the credentials it was given (the SQLite
    file, the PostgreSQL URL): whoever runs it can read every table with ``sqlite3`` or
    ``psql`` anyway, so reading through us grants nothing new. It is never used for a
    command that changes data; with ``--user`` the export is checked against that user.
    """
    return Actor(id=0, login="", display_name="command line (database credentials)",
                 role=Role.MANAGER)
