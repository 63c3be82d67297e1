"""Workstation settings: typed values, defaults, a damaged file, the database URL order."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from counterapp.settings import (
    OPTIONS,
    Settings,
    data_dir,
    default_database_url,
    resolve_database_url,
)


def test_defaults_when_there_is_no_file(tmp_path):
    settings = Settings(tmp_path / "none.json")
    for key, option in OPTIONS.items():
        assert settings.get(key) == option.default
    assert settings.get("discount_limit_junior") == Decimal("5")


def test_values_are_written_at_once_and_read_back_typed(tmp_path):
    path = tmp_path / "config" / "settings.json"
    settings = Settings(path)
    settings.set("auto_lock_minutes", 10)
    settings.set("discount_limit_senior", Decimal("12.5"))
    assert json.loads(path.read_text())["auto_lock_minutes"] == 10
    again = Settings(path)
    assert again.get("auto_lock_minutes") == 10
    assert again.get("discount_limit_senior") == Decimal("12.5")
    assert again.discount_limits()["senior"] == Decimal("12.5")


def test_unknown_keys_and_wrong_types_are_refused(tmp_path):
    settings = Settings(tmp_path / "s.json")
    with pytest.raises(KeyError):
        settings.set("no_such_setting", 1)
    with pytest.raises(ValueError):
        settings.set("auto_lock_minutes", "often")
    with pytest.raises(KeyError):
        settings.get("no_such_setting")


def test_a_bad_value_in_the_file_falls_back_to_the_default(tmp_path):
    path = tmp_path / "s.json"
    path.write_text(json.dumps({"auto_lock_minutes": "soon", "search_debounce_ms": 80}))
    settings = Settings(path)
    assert settings.get("auto_lock_minutes") == 5
    assert settings.get("search_debounce_ms") == 80


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", ""])
def test_a_damaged_file_is_ignored(tmp_path, content):
    path = tmp_path / "s.json"
    path.write_text(content)
    assert Settings(path).get("auto_lock_minutes") == 5


def test_database_url_resolution_order(tmp_path, monkeypatch):
    settings = Settings(tmp_path / "s.json")
    assert resolve_database_url(None, settings) == default_database_url()
    assert default_database_url().startswith("sqlite:///")
    assert default_database_url().endswith("counterapp.db")
    assert str(data_dir()) in default_database_url()
    settings.set("database_url", "sqlite:////from/settings.db")
    assert resolve_database_url(None, settings) == "sqlite:////from/settings.db"
    monkeypatch.setenv("COUNTERAPP_DATABASE", "sqlite:////from/env.db")
    assert resolve_database_url(None, settings) == "sqlite:////from/env.db"
    assert resolve_database_url("sqlite:////from/cli.db", settings) == "sqlite:////from/cli.db"
