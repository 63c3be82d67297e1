"""A workstation running the standing orders, for the concurrency and crash tests.

``python standing_worker.py URL NOW UP_TO`` — opens real services on URL with the clock
stopped at NOW (ISO date-time), prints ``ready``, waits for a line on stdin (so several
workers start together), runs ``StandingOrderService.run_due(manager, UP_TO)`` and prints
``made <standing id> <run date> <order number>`` after each order's commit, then
``done <already made>``.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from counterapp.db import connect  # noqa: E402
from counterapp.services import ServiceContext, build_services  # noqa: E402
from counterapp.settings import Settings  # noqa: E402

MANAGER = "boss"


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main(url: str, now: str, up_to: str) -> None:
    """One ``run_due`` after the go line."""
    stopped = dt.datetime.fromisoformat(now)
    services = build_services(ServiceContext(db=connect(url), settings=Settings(None),
                                             clock=lambda: stopped))
    actor = services.staff.actor(MANAGER)
    _say("ready")
    sys.stdin.readline()
    report = services.standing.run_due(
        actor, dt.date.fromisoformat(up_to),
        on_made=lambda made: _say(f"made {made.standing_order_id} "
                                  f"{made.run_date.isoformat()} {made.order_number}"))
    services.ctx.db.close()
    _say(f"done {report.already_made}")


if __name__ == "__main__":
    main(*sys.argv[1:4])
