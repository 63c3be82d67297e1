"""Demo history: orders with lines and payments, stock movements, shipments and their events."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from decimal import Decimal

from counterapp.db.demo.world import (
    _SHIPMENT_COLUMNS,
    ORDER_PREFIX,
    ORDER_SERIES,
    _add_business_days,
    _tracking_number,
)
from counterapp.db.models import (
    AuditEntry,
    Call,
    Customer,
    DocumentSequence,
    Order,
    OrderLine,
    Payment,
    Shipment,
    ShipmentEvent,
    StockMovement,
)
from counterapp.db.models.audit import chain_rows
from counterapp.domain.vat import line_amounts


class History:
    """Generator steps for the months of sales behind the shop."""

    # history --------------------------------------------------------------------------------
    def _order_times(self) -> list[dt.datetime]:
        """Opening hours of the last months: Monday–Friday, Saturday mornings, none on Sunday."""
        rng = self.rng
        days = []
        first = self.today - dt.timedelta(days=30 * self.size.months)
        day = first
        while day <= self.today:
            if day.weekday() < 6:
                days.append(day)
            day += dt.timedelta(days=1)
        weights = [0.4 if d.weekday() == 5 else 1.0 for d in days]
        picked = rng.choices(days, weights=weights, k=self.size.orders)
        times = []
        for day in picked:
            close = 12 * 60 + 30 if day.weekday() == 5 else 18 * 60 + 30
            minute = rng.randint(8 * 60 + 30, close)
            moment = dt.datetime.combine(day, dt.time(minute // 60, minute % 60, rng.randint(0, 59)))
            if moment > self.now:
                moment = self.now - dt.timedelta(minutes=rng.randint(1, 240))
            times.append(moment)
        times.sort()
        return times

    def history(self) -> None:
        rng = self.rng
        times = self._order_times()
        buyers = [c for c in self.customer_info if c[6] > 0]
        buyer_cum, total = [], 0.0
        for c in buyers:
            total += c[6]
            buyer_cum.append(total)
        b2b_buyers = [c for c in buyers if c[1] == "b2b"]
        standing_customers = rng.sample(b2b_buyers, k=min(len(b2b_buyers),
                                                          max(3, len(b2b_buyers) // 50)))
        self.standing_customers = standing_customers
        seq = {s.year: s.last_number for s in
               DocumentSequence.select().where(DocumentSequence.series == ORDER_SERIES)}
        first_numbers = dict(seq)
        ids = {m: self.out.next_id(m) for m in (Order, OrderLine, Shipment, Call)}
        keep_stock_movements = self.size.orders <= 50_000
        phones_by_order: dict[int, tuple] = {}
        self.phone_orders: list[tuple] = []  # (order id, customer info, rep, created_at)
        self.balances: dict[int, Decimal] = {}
        totals = {"orders": 0, "lines": 0, "shipments": 0}
        batch = 20_000
        rep_logins = self.reps
        rep_weights = [3 if self.roles[r] == "junior" else 4 if self.roles[r] == "senior"
                       else 2 if self.roles[r] == "account-manager" else 1 for r in rep_logins]
        for start in range(0, len(times), batch):
            orders, lines, payments, moves, ships, events, audits = [], [], [], [], [], [], []
            for created in times[start:start + batch]:
                oid = ids[Order]
                ids[Order] += 1
                seq[created.year] = seq.get(created.year, 0) + 1
                number = f"{ORDER_PREFIX}{created.year}-{seq[created.year]:06d}"
                roll = rng.random()
                channel = "counter" if roll < 0.55 else "phone" if roll < 0.92 else "standing"
                if channel == "standing":
                    customer = rng.choice(standing_customers)
                elif channel == "counter" and rng.random() < 0.45:
                    customer = None  # walk-in consumer
                else:
                    customer = rng.choices(buyers, cum_weights=buyer_cum)[0]
                if channel == "phone" and customer is None:
                    customer = rng.choice(b2b_buyers)
                b2b = customer is not None and customer[1] == "b2b"
                if customer and customer[0] in (self.managed or {}) and rng.random() < 0.5:
                    rep = self.managed[customer[0]]
                else:
                    rep = rng.choices(rep_logins, weights=rep_weights)[0]
                rep_id = self.user_ids[rep]
                n_lines = min(9, max(1, int(rng.expovariate(1 / 2.2)) + 1))
                picked = rng.choices(range(len(self.product_info)), cum_weights=self.product_cum,
                                     k=n_lines)
                net = vat_total = gross = Decimal(0)
                weight = 0
                for line_no, index in enumerate(picked, start=1):
                    pid, sku, name, price, vat, exemption, cost, grams, stock = self.product_info[index]
                    quantity = rng.randint(1, 12 if b2b else 4)
                    discount = Decimal(rng.choice((5, 10))) if rng.random() < 0.08 else Decimal(0)
                    if b2b:
                        unit = self.net_price(customer[2], index)
                        amounts = line_amounts(unit, quantity, vat, price_includes_vat=False,
                                               discount_pct=discount)
                    else:
                        unit = price
                        amounts = line_amounts(unit, quantity, vat, price_includes_vat=True,
                                               discount_pct=discount)
                    net += amounts.net
                    vat_total += amounts.vat
                    gross += amounts.gross
                    weight += grams * quantity
                    lines.append((ids[OrderLine], oid, line_no, pid, sku, name, quantity, unit,
                                  discount, vat, exemption, amounts.net, amounts.vat,
                                  amounts.gross, cost * quantity, stock == 0))
                    ids[OrderLine] += 1
                    if keep_stock_movements:
                        moves.append((pid, -quantity, "sale", oid, rep_id, created))
                status = "completed"
                shipment = None
                address = customer[3] if customer else None
                if address and rng.random() < (0.62 if b2b else 0.35):
                    shipment = self._shipment(ids[Shipment], oid, created, customer, address,
                                              weight, rep_id)
                    ids[Shipment] += 1
                    ships.append(shipment[0])
                    events.extend(shipment[1])
                    status = {"delivered": "completed", "cancelled": "cancelled"}.get(
                        shipment[0][19], "open")
                if status != "cancelled":
                    if b2b:
                        payments.append((oid, "account", gross, None, None, created))
                        if (self.now - created).days < 60:
                            self.balances[customer[0]] = self.balances.get(customer[0], 0) + gross
                    elif rng.random() < 0.45:
                        tendered = (gross / 5).to_integral_value(rounding="ROUND_CEILING") * 5
                        payments.append((oid, "cash", gross, tendered, tendered - gross, created))
                    else:
                        payments.append((oid, "card", gross, None, None, created))
                paid = gross if status != "cancelled" else Decimal(0)
                orders.append((oid, number, str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                               "sale", channel, customer[0] if customer else None, rep_id,
                               status, created, not b2b, Decimal(0), net, vat_total, gross, paid,
                               ""))
                audits.append((created, rep_id, "sale", "order", number,
                               customer[0] if customer else None, gross, "",
                               json.dumps({"number": number, "gross": str(gross),
                                           "channel": channel}, sort_keys=True)))
                if channel == "phone":
                    self.phone_orders.append((oid, customer, rep_id, created))
            self.out.insert(Order, ["id", "number", "uuid", "kind", "channel", "customer", "rep",
                                    "status", "created_at", "prices_include_vat", "cart_discount",
                                    "net", "vat", "gross", "paid", "notes"], orders, "orders",
                            report=False)
            self.out.insert(OrderLine, ["id", "order", "line_no", "product", "sku", "description",
                                        "quantity", "unit_price", "discount", "vat_rate",
                                        "vat_exemption", "net", "vat", "gross", "cost",
                                        "backorder"], lines, "lines", report=False)
            self.out.insert(Payment, ["order", "method", "amount", "tendered", "change",
                                      "created_at"], payments, "payments", report=False)
            self.out.insert(StockMovement, ["product", "quantity", "reason", "order", "user",
                                            "created_at"], moves, "stock", report=False)
            self.out.insert(Shipment, _SHIPMENT_COLUMNS, ships, "shipments", report=False)
            self.out.insert(ShipmentEvent, ["shipment", "from_status", "to_status", "user", "at",
                                            "note"], events, "events", report=False)
            with self.db.atomic():  # the chain head is read and moved in one transaction
                audit_columns, audits = chain_rows(
                    self.db, ["at", "user", "action", "entity", "entity_id", "customer",
                              "amount", "before", "after"], audits)
                self.out.insert(AuditEntry, audit_columns, audits, "audit", report=False)
            totals["orders"] += len(orders)
            totals["lines"] += len(lines)
            totals["shipments"] += len(ships)
            if self.out.progress:
                self.out.progress(totals["orders"], len(times), "orders")
        del phones_by_order
        with self.db.atomic():
            for year, last in seq.items():
                if year in first_numbers:
                    DocumentSequence.update(last_number=last).where(
                        (DocumentSequence.series == ORDER_SERIES)
                        & (DocumentSequence.year == year)).execute()
                else:
                    DocumentSequence.insert(series=ORDER_SERIES, year=year,
                                            last_number=last).execute()
            # Customers' open balance: what they bought on account in the last two months.
            for customer_id, balance in self.balances.items():
                Customer.update(balance=balance).where(Customer.id == customer_id).execute()
        self.totals = totals

    def _shipment(self, sid, oid, created, customer, address, weight, rep_id):
        """One shipment row and its status history, realistic for the order's age."""
        rng = self.rng
        street, postcode, city, province = address
        drivers = [d for d in self.drivers if province in d.provinces.split(",")]
        rush = rng.random() < 0.06
        if drivers and rng.random() < 0.6:
            method, carrier, driver = "in_house", None, rng.choice(drivers)
            cutoff, transit = driver.cutoff_time, 1
            pickup = dt.time(12, 0)
        else:
            carrier = rng.choices([c for c, _w in self.carriers],
                                  weights=[w for _c, w in self.carriers])[0]
            method, driver = "courier", None
            cutoff, pickup = carrier.cutoff_time, carrier.pickup_time
            transit = carrier.express_transit_days if rush else carrier.transit_days
        if isinstance(cutoff, str):
            cutoff = dt.time.fromisoformat(cutoff)
        if isinstance(pickup, str):
            pickup = dt.time.fromisoformat(pickup)
        leaves = created.date() if created.time() < cutoff and created.weekday() < 5 else \
            _add_business_days(created.date(), 1)
        promised = leaves if (rush and method == "in_house") else _add_business_days(leaves, transit)
        age = (self.today - created.date()).days
        if age == 0:
            status = rng.choices(("new", "picking", "packed", "dispatched"), (45, 25, 20, 10))[0]
        elif age == 1:
            status = rng.choices(("new", "packed", "dispatched", "delivered"), (8, 12, 45, 35))[0]
        elif age <= 5:
            status = rng.choices(("dispatched", "delivered", "failed"), (28, 68, 4))[0]
        elif age <= 14:
            # The few still "dispatched" here are the late, undelivered ones to chase.
            status = rng.choices(("delivered", "dispatched", "failed", "returned", "cancelled"),
                                 (900, 40, 25, 15, 20))[0]
        else:
            # Old shipments are settled: delivered, sent back or cancelled.
            status = rng.choices(("delivered", "returned", "cancelled"), (960, 20, 20))[0]
        dispatched_at = delivered_at = None
        if status in ("dispatched", "delivered", "failed", "returned"):
            dispatched_at = dt.datetime.combine(leaves, pickup)
            if dispatched_at > self.now:
                dispatched_at = self.now
            if dispatched_at < created:
                dispatched_at = created + dt.timedelta(minutes=rng.randint(20, 90))
        if status == "delivered":
            on_time = rng.random() < 0.88
            day = promised - dt.timedelta(days=rng.choice((0, 0, 0, 1))) if on_time else \
                _add_business_days(promised, rng.choice((1, 1, 2, 3)))
            delivered_at = dt.datetime.combine(day, dt.time(rng.randint(9, 17), rng.randint(0, 59)))
            if delivered_at <= dispatched_at:
                delivered_at = dispatched_at + dt.timedelta(hours=rng.randint(2, 6))
            if delivered_at > self.now:
                status, delivered_at = "dispatched", None
        tracking = ""
        if method == "courier" and dispatched_at is not None:
            tracking = _tracking_number(carrier.code, rng)
        name = customer[7]
        phone = customer[4][0] if customer[4] else ""
        row = (sid, oid, method, carrier.id if carrier else None, driver.id if driver else None,
               name, street, postcode, city, province, "IT", phone, promised, rush,
               True if rush else None, "Richiesta urgente del cliente" if rush else "",
               1 + weight // 20_000, weight, tracking, status, dispatched_at,
               rep_id if dispatched_at else None, delivered_at, created)
        chain = {"new": [], "picking": ["picking"], "packed": ["picking", "packed"],
                 "dispatched": ["picking", "packed", "dispatched"],
                 "delivered": ["picking", "packed", "dispatched", "delivered"],
                 "failed": ["picking", "packed", "dispatched", "failed"],
                 "returned": ["picking", "packed", "dispatched", "failed", "returned"],
                 "cancelled": ["cancelled"]}[status]
        events, previous, moment = [], "new", created
        for step in chain:
            if step == "dispatched":
                moment = dispatched_at
            elif step == "delivered":
                moment = delivered_at
            else:
                moment = min(self.now, moment + dt.timedelta(minutes=rng.randint(5, 90)))
            events.append((sid, previous, step, rep_id if step != "delivered" else None, moment,
                           ""))
            previous = step
        return row, events
