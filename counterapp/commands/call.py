"""``counterapp call incoming NUMBER``: a softphone tells CounterApp who is ringing.

The number goes to the running window of this user and database (a local socket); when no
window runs, the GUI starts detached on the same database and shows the call after login.
"""

from __future__ import annotations

from counterapp.domain.phone import normalize_phone


def register(subparsers, common) -> None:
    """Add the ``call`` command."""
    parser = subparsers.add_parser("call", parents=[common],
                                   help="tell the running CounterApp about a phone call")
    sub = parser.add_subparsers(dest="call_command", required=True)
    incoming = sub.add_parser("incoming", parents=[common],
                              help="a call is ringing from NUMBER: show the caller's account")
    incoming.add_argument("number", metavar="NUMBER")
    incoming.set_defaults(handler=_incoming)


def _incoming(args, database) -> int:
    # Validate first: a garbage number is exit 2 with one line naming "number".
    number = normalize_phone(args.number, field="number")
    from counterapp.settings import Settings, resolve_database_url  # noqa: PLC0415
    from counterapp.ui.single_instance import launch_gui, send_incoming_call  # noqa: PLC0415

    url = resolve_database_url(database, Settings())
    if send_incoming_call(url, number):
        return 0
    launch_gui(url, number)
    print(f"CounterApp was not running: starting it; the call from {number} shows after login")
    return 0
