"""``counterapp demo [--size small|large] [--force]``."""

from __future__ import annotations

import sys

from counterapp.db import connect
from counterapp.db.migrations import migrate
from counterapp.settings import Settings, resolve_database_url


def register(subparsers, common) -> None:
    """Add the ``demo`` command."""
    parser = subparsers.add_parser("demo", parents=[common], help="fill with demo data")
    parser.add_argument("--size", choices=["small", "large"], default="small")
    parser.add_argument("--force", action="store_true",
                        help="add demo data even if the database is not empty")
    parser.set_defaults(handler=_demo)


def _demo(args, database) -> int:
    from counterapp.db.demo import DEMO_USERS, database_is_empty, generate  # noqa: PLC0415
    from counterapp.domain.errors import ValidationError  # noqa: PLC0415

    # Connect and migrate without building the GUI's services: no Qt import, faster start.
    # ``demo`` may make a new shop: it is one of the few commands that create the file.
    db = connect(resolve_database_url(database, Settings()), create=True)
    migrate(db)
    if not database_is_empty() and not args.force:
        raise ValidationError("database", "is not empty; use --force to add demo data anyway")

    def progress(done: int, total: int, label: str) -> None:
        width = 30
        filled = int(width * done / total) if total else width
        sys.stderr.write(f"\r{label:<12} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()

    summary = generate(args.size, progress=progress if sys.stderr.isatty() else None)
    db.close()
    print(summary)
    print("Demo logins (login / PIN / role):")
    for login, name, role, pin, _mentor in DEMO_USERS:
        print(f"  {login:<10} {pin}  {role:<16} {name}")
    return 0
