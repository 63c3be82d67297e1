"""SettingsAdminService: managers only, every value checked first, all or nothing, audited."""

from __future__ import annotations

from decimal import Decimal

import pytest

from counterapp.domain.errors import PermissionDenied, ValidationError
from counterapp.settings import Settings


def test_a_manager_saves_workstation_options_and_the_letterhead(services, staff):
    admin = services.settings_admin
    admin.save(staff["mgr"], {"auto_lock_minutes": 9, "receipt_after_sale": "preview",
                              "discount_limit_junior": "7.5", "language": "it"},
               {"name": "Rossi & Figli <SRL>"})
    again = Settings(services.ctx.settings.path)
    assert again.get("auto_lock_minutes") == 9
    assert again.get("receipt_after_sale") == "preview"
    assert again.get("discount_limit_junior") == Decimal("7.5")
    assert admin.company().name == "Rossi & Figli <SRL>"


@pytest.mark.parametrize("key,value", [
    ("auto_lock_minutes", -1), ("auto_lock_minutes", 481), ("auto_lock_minutes", "5"),
    ("receipt_after_sale", "email"), ("language", "de"), ("receipt_paper", "A5"),
    ("discount_limit_senior", "101"), ("discount_limit_senior", "abc"),
    ("backup_folder", "relative/folder"), ("printer_slip", "two\nlines"),
    ("database_url", "sqlite:////no/such/dir/shop.db"), ("window_state", "x"),
])
def test_a_bad_value_is_refused_naming_it_and_nothing_changes(services, staff, key, value):
    admin = services.settings_admin
    with pytest.raises(ValidationError) as refused:
        admin.save(staff["mgr"], {"auto_lock_minutes": 11, key: value}, {"phone": "000"})
    assert refused.value.field == key
    assert Settings(services.ctx.settings.path).get("auto_lock_minutes") == 5
    assert admin.company().phone != "000"


def test_an_empty_company_name_is_refused(services, staff):
    with pytest.raises(ValidationError) as refused:
        services.settings_admin.save(staff["mgr"], {}, {"name": "  "})
    assert refused.value.field == "name"


@pytest.mark.parametrize("login", ["junior", "senior", "am"])
def test_only_managers_change_settings(services, staff, login):
    with pytest.raises(PermissionDenied):
        services.settings_admin.save(staff[login], {"auto_lock_minutes": 1}, {})
    assert services.ctx.settings.get("auto_lock_minutes") == 5
