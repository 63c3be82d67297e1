"""A workstation that dispatches one shipment, for the concurrent-dispatch test.

``python dispatch_worker.py URL LOGIN SHIPMENT_ID VERSION`` opens the database, prints
``ready``, waits for a line on stdin (so both workers dispatch at the same moment), then
dispatches and prints ``ok`` or ``conflict <message>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from counterapp.db import connect  # noqa: E402
from counterapp.domain.errors import Conflict  # noqa: E402
from counterapp.services.context import ServiceContext  # noqa: E402
from counterapp.services.shipping_status import ShippingService  # noqa: E402
from counterapp.services.staff import StaffService  # noqa: E402
from counterapp.settings import Settings  # noqa: E402


def main(url: str, login: str, shipment_id: int, version: int) -> None:
    """Dispatch once when told to go; report the outcome on stdout."""
    db = connect(url)
    ctx = ServiceContext(db=db, settings=Settings(None))
    actor = StaffService(ctx).actor(login)
    shipping = ShippingService(ctx)
    sys.stdout.write("ready\n")
    sys.stdout.flush()
    sys.stdin.readline()
    try:
        shipping.dispatch(actor, [(shipment_id, version)], tracking_later=True)
    except Conflict as exc:
        sys.stdout.write(f"conflict {exc}\n")
    else:
        sys.stdout.write("ok\n")
    sys.stdout.flush()
    db.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
