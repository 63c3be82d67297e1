"""``counterapp fiscal …``: the RT fiscal printer of this workstation from the command line.

``fiscal close --user LOGIN`` runs the daily closure (Z report) on the printer named by the
workstation's ``receipt_device`` setting, journaled and audited as from Tools → Daily
closure (Z); the PIN comes from ``COUNTERAPP_PIN``. ``fiscal pending`` lists the sales whose
fiscal document is still to be issued, and ``fiscal retry ORDER --user LOGIN`` sends one
again (never twice: see services/devices/service.py).

Exit 0 when done; 1 when the printer refused or could not be reached (the reason on
stderr); 2 for bad input or a refused permission.
"""

from __future__ import annotations

import sys

from counterapp.commands.common import acting_actor, add_user_argument, services_for
from counterapp.services.devices import DeviceError


def register(subparsers, common) -> None:
    """Add ``fiscal close``, ``fiscal pending`` and ``fiscal retry``."""
    fiscal = subparsers.add_parser("fiscal", parents=[common],
                                   help="the RT fiscal printer (daily closure, pending documents)")
    actions = fiscal.add_subparsers(dest="fiscal_action", required=True)
    close = actions.add_parser("close", parents=[common],
                               help="the fiscal printer's daily closure (Z report)")
    add_user_argument(close)
    close.set_defaults(handler=_close)
    pending = actions.add_parser("pending", parents=[common],
                                 help="sales whose fiscal document is still to be issued")
    pending.set_defaults(handler=_pending)
    retry = actions.add_parser("retry", parents=[common],
                               help="issue a pending fiscal document (never twice)")
    retry.add_argument("order", help="the sale or return number")
    add_user_argument(retry)
    retry.set_defaults(handler=_retry)


def _close(args, database) -> int:
    services = services_for(database)
    actor = acting_actor(args, services)
    try:
        closure = services.devices.daily_closure(actor)
    except DeviceError as exc:
        print(f"counterapp: the fiscal printer did not close the day ({exc.reason}): {exc}",
              file=sys.stderr)
        return 1
    z = f"{closure.z_number:04d}" if closure.z_number is not None else "?"
    print(f"Z {z} closed on {closure.printer_serial or closure.device} "
          f"at {closure.closed_at.isoformat(sep=' ')}")
    return 0


def _pending(args, database) -> int:
    del args
    services = services_for(database)
    for row in services.devices.pending():
        print(f"{row.order_number} {row.kind} {row.gross} {row.created_at.isoformat(sep=' ')} "
              f"{row.status} {row.reason} {row.message}".rstrip())
    return 0


def _retry(args, database) -> int:
    services = services_for(database)
    actor = acting_actor(args, services)
    outcome = services.devices.retry(actor, args.order)
    if outcome.status == "printed":
        print(f"{outcome.order_number} {outcome.fiscal_number} {outcome.printer_serial}")
        return 0
    print(f"counterapp: {outcome.order_number} still {outcome.status} ({outcome.reason}): "
          f"{outcome.message}", file=sys.stderr)
    return 1
