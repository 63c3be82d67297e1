"""``counterapp settings get|set`` as a script runs them (CONTRACT.md): workstation settings
in this workstation's settings file, shop settings (company.*) in the database, managers
only, bad keys and values refused with exit 2 and nothing changed."""

from __future__ import annotations

import os
import subprocess
import sys

from counterapp.db.models import AuditEntry
from counterapp.services import company
from counterapp.settings import Settings, config_dir
from tests.conftest import TEST_PINS

PY = sys.executable


def _run(db_url, *args, user=None):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    extra = []
    if user:
        env["COUNTERAPP_PIN"] = TEST_PINS[user]
        extra = ["--user", user]
    return subprocess.run([PY, "-m", "counterapp", "--database", db_url, *args, *extra],
                          capture_output=True, text=True, env=env, timeout=120)


def _workstation() -> Settings:
    return Settings(config_dir() / "settings.json")


def test_set_and_get_a_workstation_setting_and_the_shop_letterhead(services, staff, db_url):
    done = _run(db_url, "settings", "set", "receipt_after_sale", "preview", user="mgr")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "receipt_after_sale=preview"
    assert _workstation().get("receipt_after_sale") == "preview"
    read = _run(db_url, "settings", "get", "receipt_after_sale")
    assert (read.returncode, read.stdout.strip()) == (0, "preview")

    done = _run(db_url, "settings", "set", "auto_lock_minutes", "12", user="mgr")
    assert done.returncode == 0, done.stderr
    assert _workstation().get("auto_lock_minutes") == 12

    done = _run(db_url, "settings", "set", "company.address",
                r"Via Verdi 3\n10121 Torino (TO)", user="mgr")
    assert done.returncode == 0, done.stderr
    with services.ctx.db.atomic():
        assert company.load_settings().address == "Via Verdi 3\n10121 Torino (TO)"
    read = _run(db_url, "settings", "get", "company.address")
    assert read.stdout.strip() == r"Via Verdi 3\n10121 Torino (TO)"
    listed = _run(db_url, "settings", "get")
    assert "receipt_after_sale=preview" in listed.stdout.splitlines()
    assert r"company.address=Via Verdi 3\n10121 Torino (TO)" in listed.stdout.splitlines()
    changes = AuditEntry.select().where(AuditEntry.action == "settings_changed").count()
    assert changes == 3


def test_refusals_exit_2_and_change_nothing(services, staff, db_url):
    junior = _run(db_url, "settings", "set", "receipt_after_sale", "none", user="junior")
    assert junior.returncode == 2
    bad = _run(db_url, "settings", "set", "receipt_after_sale", "loud", user="mgr")
    assert bad.returncode == 2 and "receipt_after_sale" in bad.stderr
    assert "print, preview, none" in bad.stderr
    range_ = _run(db_url, "settings", "set", "auto_lock_minutes", "ten", user="mgr")
    assert range_.returncode == 2 and "auto_lock_minutes" in range_.stderr
    unknown = _run(db_url, "settings", "get", "colour")
    assert unknown.returncode == 2 and "colour" in unknown.stderr
    no_user = _run(db_url, "settings", "set", "language", "it")
    assert no_user.returncode == 2
    wrong_url = _run(db_url, "settings", "set", "database_url", "sqlite:////nowhere/x.db",
                     user="mgr")
    assert wrong_url.returncode == 2 and "database_url" in wrong_url.stderr
    assert not _workstation().path.exists() or _workstation().get("receipt_after_sale") == "print"
    assert _workstation().get("language") == ""
    assert AuditEntry.select().where(AuditEntry.action == "settings_changed").count() == 0
