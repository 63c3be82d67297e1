"""A manager's workstation closing a month: ``python month_close_worker.py URL MONTH``.

Prints ``ready`` once connected, waits for a line on stdin (so every worker closes at the
same moment), then closes MONTH as ``mgr`` and prints ``closed <now|already> <by>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from counterapp.db import connect  # noqa: E402
from counterapp.services import build_services  # noqa: E402
from counterapp.services.context import ServiceContext  # noqa: E402
from counterapp.settings import Settings  # noqa: E402


def main(url: str, month: str) -> int:
    """Connect, wait for ``go``, close the month once."""
    services = build_services(ServiceContext(db=connect(url), settings=Settings(None)))
    actor = services.staff.actor("mgr")
    services.performance.month_status(month)  # the connection is open before the race
    sys.stdout.write("ready\n")
    sys.stdout.flush()
    sys.stdin.readline()
    result = services.performance.close_month(actor, month)
    sys.stdout.write(f"closed {'now' if result.closed_now else 'already'} {result.closed_by}\n")
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
