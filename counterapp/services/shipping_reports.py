"""On-time delivery statistics of shipments and their CSV export."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from counterapp.db.models import (
    Carrier,
    Customer,
    Driver,
    Shipment,
    User,
)
from counterapp.db.values import as_date, as_datetime
from counterapp.domain import delivery as rules
from counterapp.domain.errors import ValidationError
from counterapp.services.context import ServiceContext
from counterapp.services.csv_cells import SafeWriter
from counterapp.services.shipping_queue import with_parties

STATS_GROUPS = ("period", "method", "carrier", "driver", "rep", "account")

@dataclass(frozen=True)
class OnTimeRow:
    """On-time delivery rate of one group (period, method, carrier, driver, rep, account)."""

    key: str
    label: str
    delivered: int
    on_time: int

    @property
    def late(self) -> int:
        """Deliveries after the promised day."""
        return self.delivered - self.on_time

    @property
    def rate(self) -> Decimal:
        """On-time share in percent, one decimal (0 when nothing was delivered)."""
        if not self.delivered:
            return Decimal("0.0")
        return (Decimal(self.on_time) * 100 / self.delivered).quantize(Decimal("0.1"),
                                                                        ROUND_HALF_UP)



class ShippingReportService:
    """On-time delivery rates by period, method, carrier, driver, rep or account."""

    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def on_time_stats(self, group_by: str, date_from: dt.date, date_to: dt.date,
                      period: str = "month") -> list[OnTimeRow]:
        """On-time rate of shipments delivered between the two dates (inclusive).

        ``group_by`` ∈ period, method, carrier, driver, rep, account; ``period`` (for
        "period") ∈ day, week, month.
        """
        if group_by not in STATS_GROUPS:
            raise ValidationError("group_by", f"one of {', '.join(STATS_GROUPS)}")
        if date_to < date_from:
            raise ValidationError("date_to", "the end is before the start")
        start = dt.datetime.combine(date_from, dt.time())
        end = dt.datetime.combine(date_to + dt.timedelta(days=1), dt.time())
        query = (with_parties(Shipment.select(Shipment.delivered_at, Shipment.promised_date,
                                               Shipment.method, Carrier.name, Driver.name,
                                               User.login, Customer.name))
                 .where((Shipment.status == rules.DELIVERED)
                        & (Shipment.delivered_at >= start) & (Shipment.delivered_at < end)))
        groups: dict[str, list[int]] = {}
        for delivered, promised, method, carrier, driver, rep, customer in query.tuples():
            delivered = as_datetime(delivered)
            key = {
                "period": _period_key(delivered.date(), period),
                "method": method,
                "carrier": carrier or "",
                "driver": driver or "",
                "rep": rep,
                "account": customer or "",
            }[group_by]
            if group_by in ("carrier", "driver") and not key:
                continue
            counts = groups.setdefault(key, [0, 0])
            counts[0] += 1
            counts[1] += int(bool(rules.on_time(as_date(promised), delivered)))
        return [OnTimeRow(key=key, label=key, delivered=c[0], on_time=c[1])
                for key, c in sorted(groups.items())]

    @staticmethod
    def on_time_csv(rows: Sequence[OnTimeRow], group_by: str) -> str:
        """The stats as CSV text (header row, comma, rate with one decimal)."""
        out = io.StringIO()
        writer = SafeWriter(out)
        writer.writerow([group_by, "delivered", "on_time", "late", "on_time_rate"])
        for row in rows:
            writer.writerow([row.label, row.delivered, row.on_time, row.late, f"{row.rate}"])
        return out.getvalue()

def _period_key(day: dt.date, period: str) -> str:
    if period == "day":
        return day.isoformat()
    if period == "week":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    return f"{day.year}-{day.month:02d}"
