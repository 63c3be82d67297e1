"""``counterapp fiscal close|pending|retry`` as a script runs them, against the simulator;
and the orders export's ``fiscal_number`` column."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from decimal import Decimal

from counterapp.db.models import FiscalJournal, Order, Product
from counterapp.services.cart import CartDraft, CartLineInput, PaymentInput
from counterapp.settings import Settings, config_dir
from tests.conftest import TEST_PINS
from tests.fiscal_simulator import FiscalSimulator

PY = sys.executable


def _run(db_url, *args, user=None):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    extra = []
    if user:
        env["COUNTERAPP_PIN"] = TEST_PINS[user]
        extra = ["--user", user]
    return subprocess.run([PY, "-m", "counterapp", "--database", db_url, *args, *extra],
                          capture_output=True, text=True, env=env, timeout=120)


def _sale(services, actor, uuid):
    product = Product.get_or_none(Product.sku == "VIT") or Product.create(
        sku="VIT", name="Viti", price=Decimal("6.90"), vat_rate=Decimal("22"), stock=99,
        cost=Decimal("1"))
    draft = CartDraft(lines=(CartLineInput(product.id, 1),))
    return services.checkout.checkout(actor, draft, [PaymentInput("card", Decimal("6.90"))],
                                      sale_uuid=uuid)


def test_fiscal_close_pending_retry_and_the_export(services, staff, db_url, tmp_path):
    with FiscalSimulator() as sim:
        # the workstation's own settings file, which the command reads
        Settings(config_dir() / "settings.json").set("receipt_device", f"epson-rt:{sim.url}")
        services.ctx.settings.set("receipt_device", f"epson-rt:{sim.url}")
        printed = _sale(services, staff["senior"], "cli-1")
        services.devices.print_after_sale(staff["senior"], printed.number)
        sim.fail("paper_out")
        pending = _sale(services, staff["senior"], "cli-2")
        services.devices.print_after_sale(staff["senior"], pending.number)

        listed = _run(db_url, "fiscal", "pending")
        assert listed.returncode == 0, listed.stderr
        assert listed.stdout.split()[0] == pending.number and "paper_out" in listed.stdout

        refused = _run(db_url, "fiscal", "retry", pending.number, user="senior")
        assert refused.returncode == 1 and "paper_out" in refused.stderr
        sim.fail(None)
        retried = _run(db_url, "fiscal", "retry", pending.number, user="senior")
        assert retried.returncode == 0, retried.stderr
        assert retried.stdout.split()[1] == "0001-0002"

        assert _run(db_url, "fiscal", "close", user="junior").returncode == 2
        closed = _run(db_url, "fiscal", "close", user="senior")
        assert closed.returncode == 0, closed.stderr
        assert closed.stdout.startswith(f"Z 0001 closed on {sim.serial}")
        assert [d.kind for d in sim.journal] == ["sale", "sale", "z_report"]
        assert FiscalJournal.select().where(FiscalJournal.kind == "closure").count() == 1

        sim.fail("offline")
        down = _run(db_url, "fiscal", "close", user="senior")
        assert down.returncode == 1 and "offline" in down.stderr

    out = tmp_path / "orders.csv"
    services.csv.export("orders", out, actor=staff["mgr"])
    rows = {r["number"]: r for r in csv.DictReader(out.open(encoding="utf-8"))}
    assert rows[printed.number]["fiscal_number"] == "0001-0001"
    assert rows[pending.number]["fiscal_number"] == "0001-0002"
    assert Order.get(Order.number == pending.number).fiscal_status == "printed"
