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


def test_import_bad_file_exits_2_and_writes_nothing(manager, files):
    sqlite_url = manager
    good, bad, tmp = files
    result = _run_as_manager(sqlite_url, "import", "customers", str(bad))
    assert result.returncode == 2, result.stderr
    assert "line 4, column vat_number: '00743110158' is not a valid partita IVA" in result.stdout
    assert "line 5, column code: code A1 is also on line 2" in result.stdout
    assert "Traceback" not in result.stderr
    out = tmp / "out.csv"
    assert _run(sqlite_url, "export", "customers", "--out", str(out)).returncode == 0
    assert len(list(csv.reader(out.open(encoding="utf-8")))) == 1  # header only


def test_valid_rows_only_and_export(manager, files):
    sqlite_url = manager
    good, bad, tmp = files
    result = _run_as_manager(sqlite_url, "import", "customers", str(bad), "--valid-rows-only")
    assert result.returncode == 0, result.stderr
    assert "2 of 4 rows imported: 2 created, 0 updated" in result.stdout
    again = _run_as_manager(sqlite_url, "import", "customers", str(good))
    assert again.returncode == 0 and "0 created, 2 updated" in again.stdout
    out = tmp / "customers.csv"
    result = _run(sqlite_url, "export", "customers", "--out", str(out), "--since", "2000-01-01")
    assert result.returncode == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [r["code"] for r in rows] == ["A1", "A2"]
    assert rows[0]["name"] == "Rossi & Figli" and rows[0]["city"] == "Milano"


def test_bad_usage_exits_2(manager, files):
    sqlite_url = manager
    good, _, tmp = files
    assert _run(sqlite_url, "export", "customers", "--out", str(tmp / "x.csv"),
                "--since", "yesterday").returncode == 2
    assert _run_as_manager(sqlite_url, "import", "customers",
                           str(tmp / "missing.csv")).returncode == 2
    assert _run_as_manager(sqlite_url, "import", "widgets", str(good)).returncode == 2
    assert _run(sqlite_url, "import", "customers", str(good)).returncode == 2  # no --user


def test_a_juniors_import_and_full_export_exit_2(manager, files):
    good, _, tmp = files
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COUNTERAPP_PIN=MGR_PIN,
               COUNTERAPP_NEW_PIN="7391")
    added = subprocess.run([PY, "-m", "counterapp", "--database", manager, "user", "add",
                            "luca", "--name", "Luca", "--role", "junior", "--user", "mgr"],
                           capture_output=True, text=True, env=env, timeout=120)
    assert added.returncode == 0, added.stderr
    env["COUNTERAPP_PIN"] = "7391"
    for args in (["import", "customers", str(good)],
                 ["export", "customers", "--out", str(tmp / "all.csv")]):
        result = subprocess.run([PY, "-m", "counterapp", "--database", manager, *args,
                                 "--user", "luca"], capture_output=True, text=True, env=env,
                                timeout=120)
        assert result.returncode == 2, (args, result.stderr)
        assert "your role may not" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp / "all.csv").exists()
    mine = subprocess.run([PY, "-m", "counterapp", "--database", manager, "export", "products",
                           "--out", str(tmp / "p.csv"), "--user", "luca"],
                          capture_output=True, text=True, env=env, timeout=120)
    assert mine.returncode == 0, mine.stderr


# -- real files from the command line (issue #16, parts 5 and 7) -------------------------------
MGR_PIN = "5823"


@pytest.fixture
def manager(sqlite_url):
    """A manager ``mgr`` the import commands act as (``--user mgr`` + ``COUNTERAPP_PIN``)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COUNTERAPP_NEW_PIN=MGR_PIN)
    result = subprocess.run([PY, "-m", "counterapp", "--database", sqlite_url, "user", "add",
                             "mgr", "--name", "Maria", "--role", "manager"],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    return sqlite_url


def _run_as_manager(db_url, *args):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COUNTERAPP_PIN=MGR_PIN)
    return subprocess.run([PY, "-m", "counterapp", "--database", db_url, *args, "--user", "mgr"],
                          capture_output=True, text=True, env=env, timeout=120)


def test_cli_imports_an_italian_excel_file(manager, tmp_path):
    path = tmp_path / "listino.csv"
    path.write_bytes(("sku;name;vat_rate;price;stock\r\n"
                      "CAF-1;Caffè Perù;22;1.234,56;1.000\r\n"
                      "ZUC-1;Zucchero;10;1,5;12\r\n").encode("cp1252"))
    result = _run_as_manager(manager, "import", "products", str(path))
    assert result.returncode == 0, result.stderr
    assert "2 of 2 rows imported: 2 created, 0 updated" in result.stdout
    out = tmp_path / "out.csv"
    assert _run(manager, "export", "products", "--out", str(out)).returncode == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [(r["name"], r["price"], r["stock"]) for r in rows] == [
        ("Caffè Perù", "1234.56", "1000"), ("Zucchero", "1.50", "12")]


def test_cli_broken_quote_hides_nothing(manager, tmp_path):
    rows = [f"C{n:04d},Cliente {n},Milano" for n in range(1, 1002)]
    rows[1] = 'C0002,"Rossi" SRL,Milano'  # line 3
    path = tmp_path / "big.csv"
    path.write_text("code,name,city\n" + "\n".join(rows) + "\n", encoding="utf-8")
    strict = _run_as_manager(manager, "import", "customers", str(path))
    assert strict.returncode == 2 and "line 3: malformed CSV" in strict.stdout
    assert "nothing imported: 1 problem(s) in 1001 rows" in strict.stderr
    result = _run_as_manager(manager, "import", "customers", str(path), "--valid-rows-only")
    assert result.returncode == 0, result.stderr
    assert "line 3: malformed CSV" in result.stdout
    assert "1000 of 1001 rows imported: 1000 created, 0 updated" in result.stdout


def test_cli_overflow_and_truncated_report(manager, tmp_path):
    path = tmp_path / "p.csv"
    path.write_text("sku,name,vat_rate,price,stock\nS1,Huge,22,1.00,99999999999999999999\n"
                    + "".join(f"B{n},Bad,22,x,1\n" for n in range(1500)), encoding="utf-8")
    result = _run_as_manager(manager, "import", "products", str(path))
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr and "Overflow" not in result.stderr
    assert "line 2, column stock: is too large" in result.stdout
    assert result.stdout.splitlines()[-1] == "… and 501 more problems"
    assert "nothing imported: 1501 problem(s) in 1501 rows" in result.stderr


def test_cli_export_neutralises_formulas_and_import_reads_them_back(manager, tmp_path):
    names = ['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", "@SUM(1)", "-2+3"]
    source = tmp_path / "c.csv"
    with source.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["code", "name"])
        writer.writerows([f"X{n}", name] for n, name in enumerate(names))
    assert _run_as_manager(manager, "import", "customers", str(source)).returncode == 0
    out = tmp_path / "out.csv"
    assert _run(manager, "export", "customers", "--out", str(out)).returncode == 0
    exported = [r["name"] for r in csv.DictReader(out.open(encoding="utf-8"))]
    assert exported == ["'" + name for name in names]
    again = _run_as_manager(manager, "import", "customers", str(out))
    assert again.returncode == 0 and "0 created, 4 updated" in again.stdout
    second = tmp_path / "second.csv"
    assert _run(manager, "export", "customers", "--out", str(second)).returncode == 0
    assert second.read_bytes() == out.read_bytes()
