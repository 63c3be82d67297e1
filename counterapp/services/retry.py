"""Run an idempotent operation again while the database is briefly unreachable (any layer above db).

Only for operations that are safe to repeat: a checkout carries its sale UUID, so a
second attempt after a commit whose answer was lost finds the first sale and returns it.
Anything else surfaces ``DatabaseRetryable`` to the user, who decides.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TypeVar

from counterapp.domain.errors import DatabaseRetryable

log = logging.getLogger(__name__)

T = TypeVar("T")

RETRY_BUDGET_S = 10.0
FIRST_DELAY_S = 0.05
MAX_DELAY_S = 1.0


def retry_transient(operation: Callable[[], T], *,
                    on_retry: Callable[[DatabaseRetryable], None] | None = None,
                    budget_s: float = RETRY_BUDGET_S,
                    sleep: Callable[[float], None] = time.sleep,
                    clock: Callable[[], float] = time.monotonic) -> T:
    """``operation()``, repeated with backoff (50 ms doubling to 1 s) on ``DatabaseRetryable``.

    Gives up once ``budget_s`` seconds have passed and raises the last error, but always
    tries a second time: an SQLite attempt may itself have waited out the whole busy
    timeout (10 s), and one retry after it is what "retry on busy" means. ``on_retry`` is
    told before each wait (the UI says "database unreachable, retrying…"). The 1 s cap
    means a server back after a restart is found within a second.
    """
    deadline = clock() + budget_s
    delay = FIRST_DELAY_S
    attempt = 0
    while True:
        try:
            return operation()
        except DatabaseRetryable as exc:
            attempt += 1
            remaining = deadline - clock()
            if remaining <= 0 and attempt > 1:
                log.warning("giving up after %d attempts: %s", attempt, exc)
                raise
            log.info("attempt %d failed, retrying: %s", attempt, exc)
            if on_retry is not None:
                on_retry(exc)
            sleep(max(0.0, min(delay, remaining)))
            delay = min(delay * 2, MAX_DELAY_S)
