"""``counterapp audit verify``: check the audit log's hash chain.

Prints ``audit log intact: N entries`` (and the last hash, worth writing down: a later run
must show the same hash at the same entry) and exits 0; otherwise names the first break —
the entry's id and time and what did not match — and any protecting trigger that is gone,
on stderr, and exits 2. ``--anchor N:HASH`` (from an earlier run) also checks that the log
still passes through that point. It only reads hashes and counts, so it needs no ``--user``.
"""

from __future__ import annotations

import datetime as dt
import sys

from counterapp.commands.common import services_for
from counterapp.domain.errors import ValidationError


def register(subparsers, common) -> None:
    """Add the ``audit`` command."""
    parser = subparsers.add_parser("audit", parents=[common], help="the audit log")
    sub = parser.add_subparsers(dest="audit_command", required=True)
    verify = sub.add_parser("verify", parents=[common],
                            help="check the audit log's hash chain and report the first break")
    verify.add_argument("--anchor", metavar="N:HASH",
                        help="an earlier run's entry count and last hash: the log must still "
                             "pass through it")
    verify.set_defaults(handler=_verify)


def _anchor(text: str | None) -> tuple[int, str] | None:
    if not text:
        return None
    count, _, digest = text.partition(":")
    if not count.strip().isdigit() or int(count) < 1 or len(digest.strip()) != 64:
        raise ValidationError("anchor", f"'{text}' is not N:HASH (an entry count and a "
                                        "64-digit hash printed by an earlier 'audit verify')")
    return int(count), digest.strip()


def _verify(args, database) -> int:
    anchor = _anchor(args.anchor)
    services = services_for(database)
    try:
        report = services.audit.verify(anchor)
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
    print(f"audit log intact: {report.entries} entries (last hash {report.head_hash or '-'}; "
          f"check later with --anchor {report.entries}:{report.head_hash})"
          if report.entries else "audit log intact: 0 entries")
    return 0
