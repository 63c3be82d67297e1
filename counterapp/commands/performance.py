"""``counterapp month close|reopen|statement``: a manager closes a month; anyone prints the
statement they may see.

- ``month close YYYY-MM --user LOGIN``: freeze the month (manager). A second close, or one
  racing from another workstation, changes nothing and exits 0 saying who closed it when.
- ``month reopen YYYY-MM --user LOGIN [--reason TEXT]``: make it live again (manager).
- ``month statement YYYY-MM [--rep LOGIN] --out FILE.pdf --user LOGIN``: a rep's commission
  statement (their own; a senior's mentee's; anyone's for a manager).
- ``month rebuild-summary --user LOGIN``: recompute the per-rep, per-day credit summary
  the figures read from the orders (manager; a repair after data was changed behind the
  app's back); prints how many summary rows differed.

The PIN comes from ``COUNTERAPP_PIN`` or a prompt (``commands.common.acting_actor``).
``import quotas|plans`` and ``export performance`` live with the other CSV commands
(``commands/io.py``).
"""

from __future__ import annotations

from pathlib import Path

from counterapp.commands.common import acting_actor, add_user_argument, services_for
from counterapp.domain.errors import ValidationError


def register(subparsers, common) -> None:
    """Add the ``month`` command."""
    month = subparsers.add_parser("month", parents=[common],
                                  help="close or reopen a month, print commission statements")
    actions = month.add_subparsers(dest="month_action", required=True, metavar="ACTION")
    close = actions.add_parser("close", parents=[common], help="freeze a month (manager)")
    close.add_argument("month", metavar="YYYY-MM")
    add_user_argument(close)
    close.set_defaults(handler=_close)
    reopen = actions.add_parser("reopen", parents=[common],
                                help="reopen a closed month (manager)")
    reopen.add_argument("month", metavar="YYYY-MM")
    reopen.add_argument("--reason", default="", help="why (kept in the audit log)")
    add_user_argument(reopen)
    reopen.set_defaults(handler=_reopen)
    statement = actions.add_parser("statement", parents=[common],
                                   help="a rep's commission statement as PDF")
    statement.add_argument("month", metavar="YYYY-MM")
    statement.add_argument("--rep", default="", metavar="LOGIN",
                           help="whose statement (default: the acting user's)")
    statement.add_argument("--out", required=True, metavar="FILE.pdf")
    add_user_argument(statement)
    statement.set_defaults(handler=_statement)
    repair = actions.add_parser("rebuild-summary", parents=[common],
                                help="recompute the credit summary from the orders (manager)")
    add_user_argument(repair)
    repair.set_defaults(handler=_rebuild_summary)


def _close(args, database) -> int:
    services = services_for(database)
    actor = acting_actor(args, services)
    result = services.performance.close_month(actor, args.month)
    print(result.message())
    return 0


def _reopen(args, database) -> int:
    services = services_for(database)
    actor = acting_actor(args, services)
    services.performance.reopen_month(actor, args.month, args.reason)
    print(f"{args.month} reopened")
    return 0


def _rebuild_summary(args, database) -> int:
    services = services_for(database)
    actor = acting_actor(args, services)
    changed = services.performance.rebuild_summary(actor)
    print(f"credit summary rebuilt from the orders: {changed} rows differed")
    return 0


def _statement(args, database) -> int:
    services = services_for(database)
    actor = acting_actor(args, services)
    pdf = services.performance.statement_pdf(actor, args.rep or None, args.month)
    out = Path(args.out).expanduser().resolve()
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = out.with_name(out.name + ".part")
        tmp.write_bytes(pdf)
        tmp.replace(out)
    except OSError as exc:
        raise ValidationError("--out", f"cannot write {out}: {exc.strerror}") from None
    print(f"statement {args.month} {args.rep or actor.login} -> {out}")
    return 0
