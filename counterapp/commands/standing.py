"""``counterapp standing run [--date YYYY-MM-DD] --user LOGIN``: make the standing orders due.

For cron or the Windows Task Scheduler: the PIN comes from ``COUNTERAPP_PIN``. Idempotent
(a run already made, here or on another workstation, is never made again); prints one line
per order made and exits 0, also when a run failed or waits for its confirmation call
(those are told to the reps as tasks, and summed up on stderr).
"""

from __future__ import annotations

import datetime as dt
import sys

from counterapp.commands.common import acting_actor, add_user_argument, services_for
from counterapp.domain.errors import ValidationError


def register(subparsers, common) -> None:
    """Add ``standing run``."""
    standing = subparsers.add_parser("standing", parents=[common], help="standing orders")
    actions = standing.add_subparsers(dest="standing_action", required=True)
    run = actions.add_parser("run", parents=[common],
                             help="make the standing orders due up to a date (default today)")
    run.add_argument("--date", help="make the runs due up to this date (YYYY-MM-DD)")
    add_user_argument(run)
    run.set_defaults(handler=_run)


def _run(args, database) -> int:
    up_to = None
    if args.date:
        try:
            up_to = dt.date.fromisoformat(args.date)
        except ValueError:
            raise ValidationError("--date", f"'{args.date}' is not a date (YYYY-MM-DD)") from None
    services = services_for(database)
    actor = acting_actor(args, services)
    report = services.standing.run_due(actor, up_to, on_made=_print_made)
    if report.waiting or report.failed:
        print(f"{len(report.waiting)} run(s) waiting for confirmation, "
              f"{len(report.failed)} failed (the reps have tasks)", file=sys.stderr)
    return 0


def _print_made(made) -> None:
    """One line per order, printed as soon as it is committed (a killed run shows its work)."""
    flags = [flag for flag, on in (("price changed", made.price_changed),
                                   ("short of stock", made.shortage)) if on]
    print(f"{made.order_number} standing order {made.standing_order_id} "
          f"{made.customer_code} {made.run_date.isoformat()} {made.gross}"
          + (f" ({', '.join(flags)})" if flags else ""), flush=True)
