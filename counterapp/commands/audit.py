"""``counterapp audit verify``: check the audit log's hash chain.

Prints ``audit log intact: N entries`` (and the last hash, worth writing down: a later run
must show the same hash at the same entry) and exits 0; otherwise names the first break —
the entry's id and time and what did not match — and any protecting trigger that is gone,
on stderr, and exits 2. It only reads hashes and counts, so it needs no ``--user``.
"""

from __future__ import annotations

import datetime as dt
import sys

from counterapp.commands.common import services_for


def register(subparsers, common) -> None:
    """Add the ``audit`` command."""
    parser = subparsers.add_parser("audit", parents=[common], help="the audit log")
    sub = parser.add_subparsers(dest="audit_command", required=True)
    verify = sub.add_parser("verify", parents=[common],
                            help="check the audit log's hash chain and report the first break")
    verify.set_defaults(handler=_verify)


def _verify(args, database) -> int:
    del args
    services = services_for(database)
    try:
        report = services.audit.verify()
    finally:
        services.ctx.db.close()
    if report.problem:
        where = ""
        if report.break_id is not None:
            at = (report.break_at.isoformat() if isinstance(report.break_at, dt.datetime)
                  else str(report.break_at or ""))
            where = f"entry {report.break_id} ({at}): " if at else f"entry {report.break_id}: "
        print(f"audit log broken after {report.entries} intact entries: {where}"
              f"{report.problem}", file=sys.stderr)
    if report.missing_triggers:
        print("audit log unprotected: trigger(s) missing: "
              + ", ".join(report.missing_triggers), file=sys.stderr)
    if not report.intact:
        return 2
    print(f"audit log intact: {report.entries} entries (last hash {report.head_hash or '-'})")
    return 0
