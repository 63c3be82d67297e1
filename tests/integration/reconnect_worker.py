"""A counter that keeps selling through database outages, as the payment dialog does.

``python reconnect_worker.py URL STOP_FILE`` — opens the services, prints ``ready``, then
sells until STOP_FILE exists, then prints ``done``. Each sale keeps its UUID until it is
acknowledged: pricing and checkout run under ``retry_transient`` (like the counter's
``CounterController.checkout`` in ``ui/counter/controller_checkout.py``) and, when even
that gives up, the same cart with the same UUID is tried again — the clerk pressing Pay
again. Lines printed:

- ``sale <uuid> <number>`` after the checkout returned (acknowledged);
- ``retrying <first line of the error>`` for every ``DatabaseRetryable`` seen.

Any other exception is a bug: it ends the process with a traceback on stderr.
"""

from __future__ import annotations

import random
import sys
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from counterapp.db import connect  # noqa: E402
from counterapp.db.models import Product  # noqa: E402
from counterapp.domain.errors import DatabaseRetryable  # noqa: E402
from counterapp.services.cart import CartDraft, CartLineInput, PaymentInput  # noqa: E402
from counterapp.services.checkout import CheckoutService  # noqa: E402
from counterapp.services.context import ServiceContext  # noqa: E402
from counterapp.services.retry import retry_transient  # noqa: E402
from counterapp.services.sale_pricing import PricingService  # noqa: E402
from counterapp.services.staff import StaffService  # noqa: E402
from counterapp.settings import Settings  # noqa: E402


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def _retrying(exc: DatabaseRetryable) -> None:
    _say("retrying " + str(exc).splitlines()[0])


def main(url: str, stop_file: Path) -> None:
    """Sell until ``stop_file`` appears; see the module docstring."""
    db = connect(url, create=False)
    ctx = ServiceContext(db=db, settings=Settings(None))
    actor = StaffService(ctx).actor("clerk")
    pricing, checkout = PricingService(ctx), CheckoutService(ctx)
    product_ids = [p.id for p in Product.select(Product.id).order_by(Product.id)]
    rng = random.Random()
    _say("ready")
    while not stop_file.exists():
        draft = CartDraft(lines=tuple(CartLineInput(rng.choice(product_ids), rng.randint(1, 3))
                                      for _ in range(rng.randint(1, 3))))
        sale_uuid = str(uuid.uuid4())

        def sell(draft=draft, sale_uuid=sale_uuid):
            total = pricing.price_cart(draft).gross  # a read: always safe to repeat
            return checkout.checkout(actor, draft, [PaymentInput("card", total)],
                                     sale_uuid=sale_uuid, confirm_backorder=True)

        while True:
            try:
                result = retry_transient(sell, on_retry=_retrying)
            except DatabaseRetryable as exc:  # ten seconds were not enough: Pay again
                _retrying(exc)
                continue
            _say(f"sale {result.uuid} {result.number}")
            break
    _say("done")


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]))
