"""``counterapp call incoming NUMBER``: a softphone tells CounterApp who is ringing.

Usually handled before this module loads (``counterapp.launcher``); the full command line
gets here with ``--help`` or extra options, and ends in the same
``instance_client.call_incoming``: one validation of the number, one hand-over.
"""

from __future__ import annotations

from counterapp.instance_client import call_incoming


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
    return call_incoming(args.number, database)
