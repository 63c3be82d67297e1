"""The per-rep, per-day summary equals a full recomputation from the orders, on both engines.

``performance_summary.month_totals`` (what the leaderboard, the month figure and "my month"
read) is compared with ``recompute_month_totals`` (the month's orders aggregated in SQL,
itself held to ``domain.commission.credit`` by tests/services/test_performance.py): on the
shared two-month shop (counter, phone, standing, delivery, a lead, a return after the month,
a managed account) under both crediting rules, after a seeded random sequence of sales,
deliveries (some dated back), shipments sent back and returns, and after the migration's backfill.
"""

from __future__ import annotations

import datetime as dt
import importlib
import random
from decimal import Decimal

import pytest

from counterapp.db.models import AuditEntry, Product, Shipment
from counterapp.domain.commission import CREDIT_ACCOUNT_MANAGER, CREDIT_TAKER, month_of
from counterapp.domain.customers import CustomerInput
from counterapp.domain.errors import PermissionDenied, ValidationError
from counterapp.services import performance_summary as summary
from counterapp.services.delivery import DeliveryRequest
from counterapp.services.performance import PerformanceOptions
from tests.services.performance_fixtures import Clock, build_shop, refund, sell
from tests.services.shipping_fixtures import make_carrier, make_customer

D = Decimal
RULES = (CREDIT_TAKER, CREDIT_ACCOUNT_MANAGER)
FIRST = ("sale", "delivery", "deliver", "delivery", "cancel", "return")


def _rows(db) -> list[tuple]:
    return sorted(tuple(r) for r in db.execute_sql(
        "SELECT taker_id, COALESCE(manager_id, 0), day, kind, orders, net, cost, returns, delivered, "
        "on_time FROM rep_day_credit WHERE orders <> 0 OR net <> 0 OR cost <> 0").fetchall())


def _assert_equal(services, months, staff_ids) -> None:
    db = services.ctx.db
    for month in months:
        for rule in RULES:
            expected = summary.recompute_month_totals(db, month, rule)
            assert summary.month_totals(db, month, rule) == expected, (month, rule)
            for rep_id in staff_ids:
                mine = summary.recompute_month_totals(db, month, rule, rep_id)
                assert summary.month_totals(db, month, rule, rep_id) == mine, (month, rule)


def _ids(staff) -> list[int]:
    return [actor.id for actor in staff.values()]


@pytest.mark.parametrize("rule", RULES)
def test_the_shop_s_figures_come_from_the_summary_and_equal_a_recomputation(
        services, staff, rule):
    shop = build_shop(services, staff)
    mgr = shop["mgr"]
    services.performance.set_options(mgr, PerformanceOptions(credit_rule=rule))
    _assert_equal(services, ("2026-10", "2026-11", "2026-12"), _ids(staff))
    db = services.ctx.db
    for month in ("2026-11", "2026-12"):
        expected = summary.recompute_month_totals(db, month, rule)
        board = services.performance.leaderboard(mgr, month)
        assert any(row.credited_net for row in board)
        for row in board:
            want = expected.get(row.user_id, summary.Totals())
            assert (row.credited_net, row.returns_net, row.margin, row.orders, row.delivered,
                    row.on_time) == (want.net, want.returns, want.margin, want.orders,
                                     want.delivered, want.on_time), (month, row.login)
    # The figures really are read from the summary: emptied, the board is empty.
    with db.atomic():
        db.execute_sql("DELETE FROM rep_day_credit")
    assert not any(row.credited_net for row in services.performance.leaderboard(mgr, "2026-11"))


def test_the_migration_backfill_and_a_rebuild_equal_the_rows_kept_by_the_writes(
        services, staff):
    build_shop(services, staff)
    db = services.ctx.db
    kept = _rows(db)
    assert {row[3] for row in kept} == {"sale", "delivered", "return"}
    with db.atomic():
        db.execute_sql("DELETE FROM rep_day_credit")
        importlib.import_module("counterapp.db.migrations.m0601_performance_summary").up(
            db, None)
    assert _rows(db) == kept
    with db.atomic():
        summary.rebuild(db)
    assert _rows(db) == kept


@pytest.mark.parametrize("seed", [7, 2026])
def test_a_random_sequence_keeps_the_summary_equal_to_a_recomputation(services, staff, seed):
    rng = random.Random(seed)
    clock = Clock(dt.datetime(2026, 10, 28, 9, 0))
    services.ctx.clock = clock
    make_carrier("BRT")
    products = [Product.create(sku=f"P{i}", name=f"Prodotto {i}", price=D(price),
                               vat_rate=D("22"), stock=10_000, cost=D(cost)).id
                for i, (price, cost) in enumerate([("12.20", "6.00"), ("3.05", "2.90"),
                                                   ("99.00", "40.13")])]
    customers = [None, make_customer("Bar Centrale", code="BAR", manager="am").id,
                 make_customer("Ferramenta Neri", code="FER", manager="senior").id,
                 make_customer("Rossi SRL", code="ROS").id]
    actors = list(staff.values())
    sales: list[str] = []
    pending: list[int] = []  # shipments not yet delivered
    months = set()
    done_kinds = set()
    for step in range(50):
        clock.now += dt.timedelta(hours=rng.choice([0, 1, 5, 19, 30, 70]))
        actor = rng.choice(actors)
        # Every kind of event once first, then at random.
        action = (FIRST[step] if step < len(FIRST) else rng.choice(
            ["sale", "sale", "delivery", "deliver", "deliver", "return", "cancel"]))
        uid = f"{seed}-{step}"
        if action == "sale":
            done = sell(services, actor, rng.choice(products), rng.randint(1, 4),
                        customer=rng.choice(customers), channel=rng.choice(
                            ["counter", "phone", "standing"]), uuid=uid)
            sales.append(done.number)
            done_kinds.add(action)
        elif action == "delivery":
            done = sell(services, actor, rng.choice(products), rng.randint(1, 3),
                        customer=rng.choice(customers[1:]), uuid=uid,
                        delivery=DeliveryRequest(method="courier", carrier_code="BRT"))
            shipment = Shipment.get(Shipment.order == done.order_id)
            services.shipping.dispatch(actor, [(shipment.id, shipment.version)],
                                       tracking_later=True)
            pending.append(shipment.id)
            sales.append(done.number)
            done_kinds.add(action)
        elif action == "deliver" and pending:
            shipment = Shipment.get_by_id(pending.pop(rng.randrange(len(pending))))
            # Sometimes confirmed late, dated back to the day before (maybe last month).
            back = rng.choice([dt.timedelta(0), dt.timedelta(hours=20)])
            when = max(clock.now - back, shipment.dispatched_at)
            services.shipping.mark_delivered(actor, [(shipment.id, shipment.version)], when)
            done_kinds.add(action)
        elif action == "cancel" and pending:
            # Failed, then back to the shop: a returned shipment never counts.
            shipment_id = pending.pop(rng.randrange(len(pending)))
            for status in ("failed", "returned"):
                shipment = Shipment.get_by_id(shipment_id)
                services.shipping.set_status(actor, shipment_id, shipment.version, status)
            done_kinds.add(action)
        elif action == "return" and sales:
            try:
                # Whoever refunds, the sale's taker is credited; big ones need a manager.
                refunder = actor if actor.role in ("manager", "senior") else staff["mgr"]
                refund(services, refunder, rng.choice(sales), 1, uid)
                done_kinds.add(action)
            except ValidationError:
                pass  # already all returned, or a delivery not delivered
        months.add(month_of(clock.now))
        _assert_equal(services, sorted(months), [a.id for a in actors])
    assert len(months) >= 2
    assert done_kinds == {"sale", "delivery", "deliver", "return", "cancel"}
    db = services.ctx.db
    kept = _rows(db)
    with db.atomic():
        summary.rebuild(db)
    assert _rows(db) == kept


def test_the_demo_shop_s_summary_equals_a_recomputation(services):
    # The demo writes its orders behind the services' back; without the fill at its end the
    # figures of a first `make run` would all be zero.
    from counterapp.db import demo  # noqa: PLC0415

    demo.generate("tiny")
    db = services.ctx.db
    months = sorted({row[0][:7] for row in db.execute_sql(
        "SELECT day FROM rep_day_credit").fetchall()})
    assert months
    _assert_equal(services, months, [])
    assert any(summary.month_totals(db, m, CREDIT_TAKER) for m in months)


def test_a_new_account_manager_moves_the_account_s_figures_as_a_recomputation_does(
        services, staff, tmp_path):
    """Under the account-manager rule the figures follow the customer's current manager
    (as the full recomputation from the orders does): assigning, merging and importing a
    new manager each recompute that account's rows."""
    shop = build_shop(services, staff)
    mgr, months, ids = shop["mgr"], ("2026-11", "2026-12"), _ids(staff)
    db = services.ctx.db
    before = summary.month_totals(db, "2026-11", CREDIT_ACCOUNT_MANAGER)
    services.customers.assign_account_manager(mgr, shop["managed"], "senior")
    _assert_equal(services, months, ids)
    moved = summary.month_totals(db, "2026-11", CREDIT_ACCOUNT_MANAGER)
    assert moved != before and staff["senior"].id in moved
    # A duplicate managed by "am", with an order, merged into the account "senior" manages.
    duplicate = make_customer("Bar Centrale (doppio)", code="BAR02", manager="am").id
    sell(services, staff["junior"], shop["mug"], 2, customer=duplicate, uuid="dup")
    _assert_equal(services, months, ids)
    services.customers.merge(mgr, shop["managed"], duplicate)
    _assert_equal(services, months, ids)
    # The CSV import gives the account back to "am".
    csv = tmp_path / "customers.csv"
    csv.write_text("code,kind,name,vat_number,account_manager\n"
                   "BAR01,b2b,Bar Centrale & Figli <SNC>,IT00743110157,am\n",
                   encoding="utf-8")
    report = services.csv.import_customers(csv, actor=mgr)
    assert not report.problems
    _assert_equal(services, months, ids)
    assert summary.month_totals(db, "2026-11", CREDIT_ACCOUNT_MANAGER) == before
    # The customer form gives it to "senior" again.
    account = services.customers.get(shop["managed"])
    services.customers.update(mgr, account.id, CustomerInput(
        name=account.name, kind="b2b", code="BAR01", vat_number="IT00743110157",
        account_manager_login="senior"), expected_version=account.version)
    _assert_equal(services, months, ids)
    assert summary.month_totals(db, "2026-11", CREDIT_ACCOUNT_MANAGER) == moved


def test_a_manager_repairs_a_drifted_summary_a_junior_cannot(services, staff):
    shop = build_shop(services, staff)
    db = services.ctx.db
    kept = _rows(db)
    with db.atomic():  # data changed behind the app's back
        db.execute_sql("UPDATE rep_day_credit SET net = net + 100 WHERE kind = 'sale'")
    drifted = _rows(db)
    with pytest.raises(PermissionDenied):
        services.performance.rebuild_summary(staff["junior"])
    assert _rows(db) == drifted
    assert services.performance.rebuild_summary(shop["mgr"]) > 0
    assert _rows(db) == kept
    assert services.performance.rebuild_summary(shop["mgr"]) == 0
    assert AuditEntry.select().where(AuditEntry.action == "performance_summary_rebuilt").count() == 2


def test_the_repair_command(sqlite_url, settings):
    import os  # noqa: PLC0415
    import subprocess  # noqa: PLC0415
    import sys  # noqa: PLC0415

    from tests.conftest import TEST_PINS, _open  # noqa: PLC0415

    opened = _open(sqlite_url, settings)
    opened.staff.create_user(None, "mgr", "Maria Manager", "manager", TEST_PINS["mgr"])
    with opened.ctx.db.atomic():  # a row no order explains
        opened.ctx.db.execute_sql("INSERT INTO rep_day_credit (taker_id, day, kind, orders, net) "
                                  "VALUES (1, '2026-11-02', 'sale', 1, 5000)")
    opened.ctx.db.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COUNTERAPP_PIN=TEST_PINS["mgr"])
    result = subprocess.run([sys.executable, "-m", "counterapp", "--database", sqlite_url,
                             "month", "rebuild-summary", "--user", "mgr"],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "credit summary rebuilt from the orders: 1 rows differed" in result.stdout


def test_a_sale_and_a_delivery_of_one_rep_at_once_are_both_counted_once(services, staff):
    """PostgreSQL: a delivery confirmed while a sale of the same rep and day is uncommitted
    waits for it at the summary, then counts both. (Without the lock the second
    transaction deletes only the rows it can see and both insert theirs: doubled sums.)"""
    import threading  # noqa: PLC0415

    from counterapp.db.database import is_sqlite  # noqa: PLC0415

    db = services.ctx.db
    if is_sqlite(db):
        pytest.skip("SQLite has one writer at a time")
    shop = build_shop(services, staff)
    junior = staff["junior"]
    sell(services, junior, shop["mug"], 3, uuid="race-sale-1")
    order = sell(services, junior, shop["mug"], 1, customer=shop["managed"], uuid="race-ship",
                 delivery=DeliveryRequest(method="courier", carrier_code="BRT"))
    shipment = Shipment.get(Shipment.order == order.order_id)
    services.shipping.dispatch(junior, [(shipment.id, shipment.version)], tracking_later=True)
    shipment = Shipment.get_by_id(shipment.id)
    errors: list[BaseException] = []

    def deliver_in_another_connection() -> None:
        try:
            services.shipping.mark_delivered(junior, [(shipment.id, shipment.version)])
        except BaseException as exc:  # noqa: BLE001 (reported by the main thread)
            errors.append(exc)
        finally:
            db.close()

    other = threading.Thread(target=deliver_in_another_connection)
    with db.atomic():
        sell(services, junior, shop["mug"], 2, uuid="race-sale-2")
        other.start()
        # Commit only once the delivery is seen waiting for a lock (pg_locks is live).
        for _ in range(3000):
            waiting = db.execute_sql("SELECT count(*) FROM pg_locks WHERE NOT granted"
                                     ).fetchone()[0]
            if waiting:
                break
            other.join(0.01)
        assert waiting
    other.join(60)
    assert not errors
    assert Shipment.get_by_id(shipment.id).status == "delivered"
    _assert_equal(services, ("2026-12",), _ids(staff))
