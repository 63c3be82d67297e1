"""``counterapp import`` / ``export`` as a user runs them: exit codes, report lines, files."""

from __future__ import annotations

import csv
import os
import subprocess
import sys

import pytest

PY = sys.executable
GOOD = "code,name,vat_number,city\nA1,Rossi & Figli,00743110157,Milano\nA2,Bianchi,,Roma\n"
BAD = GOOD + "A3,Bad Vat,00743110158,Roma\nA1,Dup,,Roma\n"


def _run(db_url, *args):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([PY, "-m", "counterapp", "--database", db_url, *args],
                          capture_output=True, text=True, env=env, timeout=120)


@pytest.fixture
def files(tmp_path):
    good, bad = tmp_path / "good.csv", tmp_path / "bad.csv"
    good.write_text(GOOD, encoding="utf-8")
    bad.write_text(BAD, encoding="utf-8")
    return good, bad, tmp_path


def test_import_bad_file_exits_2_and_writes_nothing(sqlite_url, files):
    good, bad, tmp = files
    result = _run(sqlite_url, "import", "customers", str(bad))
    assert result.returncode == 2, result.stderr
    assert "line 4, column vat_number: '00743110158' is not a valid partita IVA" in result.stdout
    assert "line 5, column code: code A1 is also on line 2" in result.stdout
    assert "Traceback" not in result.stderr
    out = tmp / "out.csv"
    assert _run(sqlite_url, "export", "customers", "--out", str(out)).returncode == 0
    assert len(list(csv.reader(out.open(encoding="utf-8")))) == 1  # header only


def test_valid_rows_only_and_export(sqlite_url, files):
    good, bad, tmp = files
    result = _run(sqlite_url, "import", "customers", str(bad), "--valid-rows-only")
    assert result.returncode == 0, result.stderr
    assert "2 of 4 rows imported: 2 created, 0 updated" in result.stdout
    again = _run(sqlite_url, "import", "customers", str(good))
    assert again.returncode == 0 and "0 created, 2 updated" in again.stdout
    out = tmp / "customers.csv"
    result = _run(sqlite_url, "export", "customers", "--out", str(out), "--since", "2000-01-01")
    assert result.returncode == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [r["code"] for r in rows] == ["A1", "A2"]
    assert rows[0]["name"] == "Rossi & Figli" and rows[0]["city"] == "Milano"


def test_bad_usage_exits_2(sqlite_url, files):
    good, _, tmp = files
    assert _run(sqlite_url, "export", "customers", "--out", str(tmp / "x.csv"),
                "--since", "yesterday").returncode == 2
    assert _run(sqlite_url, "import", "customers", str(tmp / "missing.csv")).returncode == 2
    assert _run(sqlite_url, "import", "widgets", str(good)).returncode == 2
