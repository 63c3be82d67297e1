"""``counterapp standing run``, ``import standing`` and ``export standing`` as cron runs them."""

from __future__ import annotations

import csv
import datetime as dt
import os
import subprocess
import sys
from decimal import Decimal

from counterapp.db import connect
from counterapp.db.models import Customer, Order, Product, User
from counterapp.services import ServiceContext, build_services
from counterapp.settings import Settings
from tests.services.shipping_fixtures import make_carrier, make_customer

PY = sys.executable
PINS = {"boss": "1357", "newbie": "2468"}


def _cli(url, *args, pin=None):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if pin:
        env["COUNTERAPP_PIN"] = pin
    return subprocess.run([PY, "-m", "counterapp", "--database", url, *args],
                          capture_output=True, text=True, env=env, timeout=120)


def _shop(url):
    db = connect(url)
    services = build_services(ServiceContext(db=db, settings=Settings(None)))
    services.staff.create_user(None, "boss", "Boss", "manager", PINS["boss"])
    boss = services.staff.actor("boss")
    services.staff.create_user(boss, "newbie", "New", "junior", PINS["newbie"])
    make_carrier("BRT")
    Product.create(sku="CAF", name="Caffè", price=Decimal("24.40"), vat_rate=Decimal("22"),
                   stock=500)
    Product.create(sku="TAZ", name="Tazzine", price=Decimal("6.10"), vat_rate=Decimal("22"),
                   stock=500)
    bar = make_customer("Bar Sport", code="BAR1", manager="boss")
    Customer.update(credit_limit=Decimal("50000")).where(Customer.id == bar.id).execute()
    assert User.select().count() == 2
    db.close()


def test_import_run_and_export_standing_orders(sqlite_url, tmp_path):
    _shop(sqlite_url)
    today = dt.date.today()
    path = tmp_path / "standing.csv"
    path.write_text("customer,rep,rrule,start,needs_confirmation,delivery_method,lines,notes\n"
                    f"BAR1,,FREQ=DAILY,{today.isoformat()},no,courier,CAF:2;TAZ:6,\n"
                    f"BAR1,boss,FREQ=WEEKLY;BYDAY=MO,{today.isoformat()},yes,,CAF:1,\n",
                    encoding="utf-8")
    refused = _cli(sqlite_url, "import", "standing", str(path), "--user", "newbie",
                   pin=PINS["newbie"])
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    imported = _cli(sqlite_url, "import", "standing", str(path), "--user", "boss",
                    pin=PINS["boss"])
    assert imported.returncode == 0, imported.stderr
    assert "2 of 2 rows imported: 2 created, 0 updated" in imported.stdout

    # Up to a week ahead: the daily one runs on each working day; the confirmed-by-call one
    # waits (and is said so on stderr), never making an order.
    up_to = today + dt.timedelta(days=7)
    run = _cli(sqlite_url, "standing", "run", "--date", up_to.isoformat(), "--user", "boss",
               pin=PINS["boss"])
    assert run.returncode == 0, run.stderr
    made = run.stdout.splitlines()
    assert made and all(" standing order 1 BAR1 " in line for line in made)
    again = _cli(sqlite_url, "standing", "run", "--date", up_to.isoformat(), "--user", "boss",
                 pin=PINS["boss"])
    assert again.returncode == 0 and again.stdout == ""
    db = connect(sqlite_url)
    assert Order.select().where(Order.channel == "standing").count() == len(made)
    db.close()

    out = tmp_path / "out.csv"
    exported = _cli(sqlite_url, "export", "standing", "--out", str(out))
    assert exported.returncode == 0, exported.stderr
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [(r["customer"], r["rep"], r["lines"], r["needs_confirmation"], r["active"])
            for r in rows] == [("BAR1", "boss", "CAF:2;TAZ:6", "no", "yes"),
                               ("BAR1", "boss", "CAF:1", "yes", "yes")]
    assert all(r["next_run"] and r["id"] for r in rows)


def test_bad_usage_exits_2(sqlite_url, tmp_path):
    _shop(sqlite_url)
    bad_date = _cli(sqlite_url, "standing", "run", "--date", "31/12/2026", "--user", "boss",
                    pin=PINS["boss"])
    assert bad_date.returncode == 2 and "--date" in bad_date.stderr
    junior = _cli(sqlite_url, "standing", "run", "--user", "newbie", pin=PINS["newbie"])
    assert junior.returncode == 2 and "Traceback" not in junior.stderr
    path = tmp_path / "bad.csv"
    path.write_text("customer,rrule,start,lines\nBAR1,FREQ=DAILY,2026-01-01,CAF:x\n",
                    encoding="utf-8")
    bad = _cli(sqlite_url, "import", "standing", str(path), "--user", "boss", pin=PINS["boss"])
    assert bad.returncode == 2
    assert "line 2, column lines: 'CAF:x': the quantity is not a whole number" in bad.stdout
