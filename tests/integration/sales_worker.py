"""A workstation in a box: real services doing real sales, for the concurrency and crash tests.

``python sales_worker.py batch URL WORKER COUNT`` — waits for a line on stdin (so every
worker starts at the same moment), then commits COUNT sales and prints
``sale <uuid> <number> <lines>`` after each commit.

``python sales_worker.py forkserver URL`` — imports everything once, then for every
``spawn`` line on stdin forks a fresh child process that opens the database and sells in a
loop, printing ``pid <pid>`` first and ``sale <uuid> <number> <lines>`` after each commit; the
parent prints ``dead <pid>`` when the child is gone (killed with SIGKILL by the test).
Forking spares the 1–2 s of imports per restart, so 50+ kills fit in a few seconds; each
child is still a separate process with its own connection, killed at a random moment.

Each report is one ``write`` of one short line, flushed after the commit returned.
"""

from __future__ import annotations

import os
import random
import sys
import uuid
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from counterapp.db import connect  # noqa: E402
from counterapp.db.models import Product  # noqa: E402
from counterapp.services import Services, build_services  # noqa: E402
from counterapp.services.cart import CartDraft, CartLineInput, PaymentInput  # noqa: E402
from counterapp.services.context import ServiceContext  # noqa: E402
from counterapp.services.staff import StaffService  # noqa: E402
from counterapp.settings import Settings  # noqa: E402

CLERK = "clerk"


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def _open(url: str) -> tuple[Services, object, list[int]]:
    db = connect(url)
    ctx = ServiceContext(db=db, settings=Settings(None))
    actor = StaffService(ctx).actor(CLERK)
    product_ids = [p.id for p in Product.select(Product.id).order_by(Product.id)]
    return build_services(ctx), actor, product_ids


def _one_sale(services: Services, actor, product_ids: list[int], rng: random.Random,
              sale_uuid: str) -> None:
    lines = tuple(CartLineInput(rng.choice(product_ids), rng.randint(1, 3))
                  for _ in range(rng.randint(1, 4)))
    draft = CartDraft(lines=lines)
    total = services.pricing.price_cart(draft).gross
    if rng.random() < 0.5:
        payments = [PaymentInput("card", total)]
    else:
        payments = [PaymentInput("cash", total, total + Decimal(rng.randint(0, 2000)) / 100)]
    result = services.checkout.checkout(actor, draft, payments, sale_uuid=sale_uuid, confirm_backorder=True)
    _say(f"sale {result.uuid} {result.number} {len(lines)}")


def batch(url: str, worker: str, count: int) -> None:
    """COUNT sales as fast as possible, after the go line."""
    services, actor, product_ids = _open(url)
    rng = random.Random(worker)
    _say("ready")
    sys.stdin.readline()
    for n in range(count):
        _one_sale(services, actor, product_ids, rng, f"w{worker}-{n:04d}")
    services.ctx.db.close()
    _say("done")


def forkserver(url: str) -> None:
    """Fork a selling child per ``spawn`` line; report its death."""
    _say("ready")
    for command in sys.stdin:
        if command.strip() != "spawn":
            break
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:  # the child: a fresh process that sells until it is killed
            try:
                services, actor, product_ids = _open(url)
                rng = random.Random()
                _say(f"pid {os.getpid()}")
                while True:
                    _one_sale(services, actor, product_ids, rng, str(uuid.uuid4()))
            finally:
                os._exit(1)
        os.waitpid(pid, 0)
        _say(f"dead {pid}")


if __name__ == "__main__":
    if sys.argv[1] == "batch":
        batch(sys.argv[2], sys.argv[3], int(sys.argv[4]))
    else:
        forkserver(sys.argv[2])
