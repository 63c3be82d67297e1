"""A typo in the database URL must not open an empty shop; a deleted file must not eat sales.

Only ``demo``, ``user add --create`` (and ``restore --create``), and the GUI after asking,
create a missing SQLite file; every other command exits 2 with one line naming the path.
A malformed URL is refused, never reinterpreted. A running service whose file is deleted
or replaced refuses every write instead of "committing" into an unlinked inode.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from decimal import Decimal
from pathlib import Path

import pytest

from counterapp.db.database import is_sqlite
from counterapp.db.models import Product
from counterapp.domain.errors import DatabaseWriteFailed
from counterapp.services.cart import CartDraft, CartLineInput, PaymentInput


def _run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COUNTERAPP_PIN="1234",
               COUNTERAPP_NEW_PIN="1234")
    return subprocess.run([sys.executable, "-m", "counterapp", *args], capture_output=True,
                          text=True, env=env, timeout=180, check=False, cwd=cwd)


def _one_line_exit_2(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.mark.parametrize("command", [
    ["user", "list"],
    ["export", "orders", "--out", "{tmp}/orders.csv"],
    ["import", "products", "{tmp}/products.csv", "--user", "boss"],
    ["print", "slip", "V2026-000001", "--out", "{tmp}/slip.pdf"],
    ["user", "add", "boss", "--name", "Boss", "--role", "manager", "--pin", "1234"],
])
def test_commands_refuse_a_missing_file_naming_it(tmp_path, command):
    (tmp_path / "products.csv").write_text("sku,barcode,name,vat_rate,price,stock\n")
    missing = tmp_path / "negozzio.db"  # the shop is negozio.db: a typo
    args = [part.replace("{tmp}", str(tmp_path)) for part in command]
    line = _one_line_exit_2(_run(*args, "--database", f"sqlite:///{missing}"))
    assert str(missing) in line
    assert not missing.exists()
    assert not (tmp_path / "orders.csv").exists()


def test_a_typo_next_to_a_real_shop_changes_nothing(tmp_path, sqlite_template):
    shop = tmp_path / "negozio.db"
    shutil.copy(sqlite_template, shop)
    before = sorted(p.name for p in tmp_path.iterdir())
    line = _one_line_exit_2(_run("export", "orders", "--out", str(tmp_path / "o.csv"),
                                 "--database", f"sqlite:///{tmp_path / 'negozzio.db'}"))
    assert "negozzio.db" in line and "0 orders" not in line
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_demo_creates_the_file_it_is_asked_for(tmp_path):
    target = tmp_path / "new" / "shop.db"
    result = _run("demo", "--database", f"sqlite:///{target}")
    assert result.returncode == 0, result.stderr
    assert target.is_file()


@pytest.mark.parametrize("url", ["sqlite://shop/x.db", "sqlite:/x.db", "sqlite:relative.db",
                                 "sqlite:///{tmp}/x.db?mode=memory", "postgresql://me@localhost/",
                                 "mssql://server/shop"])
def test_malformed_urls_are_refused_and_create_nothing(tmp_path, url):
    url = url.replace("{tmp}", str(tmp_path))
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    at_root = {p: (p.stat().st_mtime_ns if p.exists() else None)
               for p in (Path("/x.db"), Path("/shop"))}
    line = _one_line_exit_2(_run("demo", "--database", url, cwd=cwd))
    assert "URL" in line or "database type" in line
    assert list(cwd.iterdir()) == []
    assert {p: (p.stat().st_mtime_ns if p.exists() else None) for p in at_root} == at_root
    assert not (tmp_path / "x.db").exists()


# --- the GUI asks before it creates ---------------------------------------------------------
def test_gui_asks_naming_the_path_and_quits_without_creating(qtbot, tmp_path, monkeypatch):
    from counterapp import app as app_module

    asked: list[str] = []

    def decline(parent, path):
        asked.append(path)
        return False

    monkeypatch.setattr(app_module, "ask_create_database", decline)
    missing = tmp_path / "negozzio.db"
    assert app_module.run_gui(f"sqlite:///{missing}") == 2
    assert asked == [str(missing)]
    assert not missing.exists()


def test_gui_creates_the_shop_when_the_user_says_so(tmp_path, settings, monkeypatch):
    from counterapp import app as app_module

    monkeypatch.setattr(app_module, "ask_create_database", lambda parent, path: True)
    target = tmp_path / "nuovo.db"
    url = f"sqlite:///{target}"
    assert app_module._prepare_database(url, settings, demo_if_empty=False)
    assert target.is_file()
    services = app_module.open_services(url, settings)  # now it exists: no create needed
    assert services.staff.list_users() == []
    services.ctx.db.close()


def test_gui_does_not_ask_for_an_existing_shop(sqlite_url, settings, monkeypatch):
    from counterapp import app as app_module

    def never(parent, path):
        raise AssertionError("asked for an existing database")

    monkeypatch.setattr(app_module, "ask_create_database", never)
    assert app_module._prepare_database(sqlite_url, settings, demo_if_empty=False)


# --- the file disappears under a running app ----------------------------------------------
def _sell(services, actor, product_id, n):
    draft = CartDraft(lines=(CartLineInput(product_id, 1),))
    total = services.pricing.price_cart(draft).gross
    return services.checkout.checkout(actor, draft, [PaymentInput("card", total)],
                                   sale_uuid=f"gone-{n}")


@pytest.mark.parametrize("how", ["deleted", "replaced"])
def test_a_deleted_or_replaced_file_refuses_every_sale(services, staff, tmp_path, sqlite_template,
                                                        how):
    if not is_sqlite(services.ctx.db):
        pytest.skip("SQLite only: a file to delete")
    path = tmp_path / "counterapp.db"
    product = Product.create(sku="PEN", name="Penna", price=Decimal("1.50"),
                             vat_rate=Decimal("22"), stock=1000)
    assert _sell(services, staff["junior"], product.id, 0).number  # the shop works
    if how == "deleted":
        path.unlink()
    else:
        replacement = tmp_path / "other.db"
        shutil.copy(sqlite_template, replacement)
        os.replace(replacement, path)
    outcomes = []
    for n in range(1, 26):
        with pytest.raises(DatabaseWriteFailed) as info:
            _sell(services, staff["junior"], product.id, n)
        outcomes.append(info.value)
    assert {error.cause for error in outcomes} == {"file_gone"}
    assert str(path) in str(outcomes[0]) and "nothing was saved" in str(outcomes[0])

    # Another thread (a background operation) gets its own connection: refused too.
    errors: list[BaseException] = []

    def other_thread():
        try:
            _sell(services, staff["junior"], product.id, 99)
        except BaseException as exc:  # noqa: BLE001 (collected for the assertion)
            errors.append(exc)
        finally:
            if not services.ctx.db.is_closed():
                services.ctx.db.close()

    worker = threading.Thread(target=other_thread)
    worker.start()
    worker.join()
    assert len(errors) == 1 and isinstance(errors[0], DatabaseWriteFailed)
    assert errors[0].cause == "file_gone"
    if how == "deleted":
        assert not path.exists()  # the new connection did not create an empty shop
