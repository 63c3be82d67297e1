"""Demo calls, tasks, campaigns and standing orders."""

from __future__ import annotations

import datetime as dt
import json

from counterapp.db.demo.world import _OUTCOMES_OTHER
from counterapp.db.models import (
    Call,
    Campaign,
    StandingOrder,
    StandingOrderLine,
    Task,
)
from counterapp.domain import schedule


class CallsAndStanding:
    """Generator steps for the phone desk's history and the standing orders."""

    def calls_and_tasks(self) -> None:
        rng = self.rng
        calls, tasks = [], []
        call_id = self.out.next_id(Call)
        for oid, customer, rep_id, created in self.phone_orders:
            duration = rng.randint(90, 900)
            inbound = rng.random() < 0.75
            number = customer[4][rng.randrange(len(customer[4]))] if customer[4] else self._mobile()
            calls.append((call_id, "inbound" if inbound else "outbound", number, customer[0],
                          rep_id, created - dt.timedelta(seconds=duration),
                          created + dt.timedelta(seconds=rng.randint(10, 60)), "order", "order",
                          "", oid))
            call_id += 1
        contacts = [c for c in self.customer_info if c[4] and c[5] != "inactive"]
        extra = int(len(self.phone_orders) * 1.3) + 20
        span = 30 * self.size.months * 24 * 3600
        reps = self.reps
        outcome_weights = [w for _o, _p, w in _OUTCOMES_OTHER]
        for _ in range(extra):
            customer = rng.choice(contacts) if rng.random() < 0.93 else None
            started = self.now - dt.timedelta(seconds=rng.randint(600, span))
            if started.weekday() == 6 or not 8 <= started.hour < 19:
                started = started.replace(hour=rng.randint(9, 17))
                if started.weekday() == 6:
                    started -= dt.timedelta(days=1)
            outcome, purpose, _w = rng.choices(_OUTCOMES_OTHER, weights=outcome_weights)[0]
            inbound = outcome != "no_answer" and rng.random() < 0.6
            duration = rng.randint(0, 25) if outcome == "no_answer" else rng.randint(40, 720)
            number = (customer[4][rng.randrange(len(customer[4]))] if customer
                      else self._mobile())
            rep_id = self.user_ids[rng.choice(reps)]
            notes = {"callback": "Richiamare per conferma quantità",
                     "complaint": "Lamenta ritardo nella consegna",
                     "quote_sent": "Inviato preventivo via e-mail"}.get(outcome, "")
            calls.append((call_id, "inbound" if inbound else "outbound", number,
                          customer[0] if customer else None, rep_id, started,
                          started + dt.timedelta(seconds=duration), purpose, outcome, notes, None))
            if customer and outcome in ("callback", "quote_sent", "complaint"):
                due = started + dt.timedelta(days=rng.randint(1, 4), hours=rng.randint(0, 3))
                if due.weekday() >= 5:
                    due += dt.timedelta(days=7 - due.weekday())
                # Reps catch up within a week or so: only recent tasks are still overdue.
                done = due < self.now - dt.timedelta(days=1) and (
                    rng.random() < 0.8 or due < self.now - dt.timedelta(days=8))
                kind = "callback" if outcome == "callback" else "follow_up"
                reason = {"callback": "Richiamare il cliente",
                          "quote_sent": "Sentire il cliente per il preventivo",
                          "complaint": "Verificare la consegna e richiamare"}[outcome]
                tasks.append((kind, customer[0], rep_id, due, "done" if done else "open", reason,
                              call_id, rep_id, started, due if done else None))
            call_id += 1
        # A few callbacks due today and tomorrow so the task list is never empty at a demo.
        for login in reps:
            customer = rng.choice(contacts)
            for offset in (-1, 0, 1):
                due = dt.datetime.combine(self.today + dt.timedelta(days=offset),
                                          dt.time(rng.randint(9, 17), rng.choice((0, 15, 30, 45))))
                tasks.append(("callback" if offset else "follow_up", customer[0],
                              self.user_ids[login], due, "open", "Richiamare il cliente",
                              None, self.user_ids[login], self.now - dt.timedelta(days=2), None))
        self.out.insert(Call, ["id", "direction", "number", "customer", "rep", "started_at",
                               "ended_at", "purpose", "outcome", "notes", "order"], calls, "calls")
        self.out.insert(Task, ["kind", "customer", "assigned_to", "due_at", "status", "reason",
                               "call", "created_by", "created_at", "done_at"], tasks, "tasks")

    def _morning(self, days_ago: int) -> dt.datetime:
        """Opening time ``days_ago`` days ago (when a manager sets a campaign up)."""
        return dt.datetime.combine(self.today - dt.timedelta(days=days_ago), dt.time(8, 30))

    def campaigns_and_standing(self) -> None:
        rng = self.rng
        if not Campaign.select().exists():
            self.out.insert(Campaign, ["name", "rule", "params", "script", "active", "created_at"], [
                ("Imprese edili senza ordini da 60 giorni", "b2b_no_order_days",
                 json.dumps({"days": 60}),
                 "Buongiorno, sono {rep} della Ferramenta Brixia: è da un po' che non vi sentiamo. "
                 "Avete cantieri in partenza? Questo mese sul listino Edilizia c'è il 5% in più.",
                 True, self._morning(20)),
                ("Lead da contattare", "leads_not_contacted", json.dumps({"days": 14}),
                 "Buongiorno, la chiamo per presentarle il nostro servizio di consegna in giornata "
                 "su Milano e provincia.", True, self._morning(5)),
            ], "campaigns")
        so_id = self.out.next_id(StandingOrder)
        orders, lines = [], []
        for customer in self.standing_customers:
            interval = rng.choice((7, 14, 30))
            rep = self.managed.get(customer[0]) or rng.choice(self.reps)
            start = self.today + dt.timedelta(days=rng.randint(0, interval))
            # A real schedule (the services run rrule/start; interval_days is the old column):
            # weekly or fortnightly on a weekday, or monthly on the start's day.
            rule = (schedule.monthly_on_day(start.day) if interval == 30 else
                    schedule.weekly([min(start.weekday(), 4)], interval // 7))
            first = schedule.next_runs(rule, start, 1)[0]
            # An account closed since has its standing order ended (a run would only fail).
            status = "ended" if customer[5] == "inactive" else "active"
            orders.append((so_id, customer[0], self.user_ids[rep], interval, first,
                           rng.random() < 0.6, status == "active",
                           "Riordino periodico materiale di consumo",
                           rule, start, start, status, "courier", 1, self.now, self.now))
            for index in rng.sample(range(len(self.product_info)), k=rng.randint(2, 5)):
                lines.append((so_id, self.product_info[index][0], rng.randint(1, 20)))
            so_id += 1
        self.out.insert(StandingOrder, ["id", "customer", "rep", "interval_days", "next_run",
                                        "needs_confirmation", "active", "notes", "rrule",
                                        "start_date", "not_before", "status",
                                        "delivery_method", "version", "created_at",
                                        "updated_at"], orders,
                        "standing orders")
        self.out.insert(StandingOrderLine, ["standing_order", "product", "quantity"], lines,
                        "standing lines")
