"""``python -m bench``: run every ``bench/bench_*.py``, print one table, save the figures.

Each module's ``run()`` returns a dict. Entries that are dicts with ``median_*`` (and
optionally ``p95_*``, ``target_*``, ``ok``) become table rows; anything else is kept in
the JSON only. A module that fails is reported and the others still run. Everything is
saved to ``bench/results/<date>.json``. ``python -m bench startup customers`` runs only
the named modules.
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
import pkgutil
import sys
import time
import traceback
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
REPOSITORY = BENCH_DIR.parent
if str(REPOSITORY) not in sys.path:
    sys.path.insert(0, str(REPOSITORY))


def modules(only: list[str] | None = None) -> list[str]:
    """Names of the benchmark modules (``bench_*``), optionally only the named ones."""
    names = sorted(m.name for m in pkgutil.iter_modules([str(BENCH_DIR)])
                   if m.name.startswith("bench_"))
    if only:
        wanted = {n if n.startswith("bench_") else f"bench_{n}" for n in only}
        names = [n for n in names if n in wanted]
    return names


def _pick(entry: dict, prefix: str):
    """The first ``prefix*`` figure of an entry and its unit (``median_ms`` → ms)."""
    for key, value in entry.items():
        if key.startswith(prefix) and isinstance(value, int | float) and not isinstance(value, bool):
            unit = key[len(prefix):].lstrip("_") or ""
            return float(value), unit
    return None, ""


def rows_of(module: str, figures, prefix: str = "") -> list[dict]:
    """Table rows found in one module's result (nested one or two levels deep)."""
    rows = []
    if not isinstance(figures, dict):
        return rows
    for name, entry in figures.items():
        if not isinstance(entry, dict):
            continue
        median, unit = _pick(entry, "median")
        if median is None:
            rows.extend(rows_of(module, entry, f"{prefix}{name}."))
            continue
        p95, _ = _pick(entry, "p95")
        target, _ = _pick(entry, "target")
        ok = entry.get("ok", entry.get("pass", entry.get("passed")))
        if ok is None and target is not None:
            ok = (p95 if p95 is not None else median) <= target
        rows.append({"module": module.removeprefix("bench_"), "name": f"{prefix}{name}",
                     "median": median, "p95": p95, "target": target, "unit": unit,
                     "ok": ok})
    return rows


def _fmt(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:,.1f}" if value < 10_000 else f"{value:,.0f}"


def print_table(rows: list[dict], failures: dict[str, str]) -> None:
    """One aligned table of every figure, then the modules that failed."""
    print()
    print(f"{'benchmark':<48} {'median':>10} {'p95':>10} {'target':>10} {'unit':<5} result")
    print("-" * 94)
    for row in rows:
        verdict = {True: "pass", False: "FAIL", None: ""}[None if row["ok"] is None
                                                          else bool(row["ok"])]
        name = f"{row['module']}: {row['name']}"[:48]
        print(f"{name:<48} {_fmt(row['median']):>10} {_fmt(row['p95']):>10} "
              f"{_fmt(row['target']):>10} {row['unit']:<5} {verdict}")
    for module, error in failures.items():
        print(f"{module.removeprefix('bench_') + ': module failed':<48} {error}")


def main(argv: list[str] | None = None) -> int:
    """Run the benchmarks; exit 1 when a module failed or a figure missed its target."""
    argv = sys.argv[1:] if argv is None else argv
    results: dict[str, object] = {}
    failures: dict[str, str] = {}
    rows: list[dict] = []
    for name in modules(argv):
        print(f"== {name}", flush=True)
        started = time.perf_counter()
        try:
            module = importlib.import_module(f"bench.{name}")
            figures = module.run()
        except Exception as exc:  # noqa: BLE001 (one broken benchmark must not stop the rest)
            traceback.print_exc()
            failures[name] = f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
            results[name] = {"error": failures[name]}
            continue
        results[name] = figures
        rows.extend(rows_of(name, figures))
        print(f"   ({time.perf_counter() - started:.1f} s)", flush=True)
    print_table(rows, failures)
    out_dir = BENCH_DIR / "results"
    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir / f"{dt.date.today().isoformat()}.json"
    payload = {"run_at": dt.datetime.now().replace(microsecond=0).isoformat(),
               "python": sys.version.split()[0], "table": rows, "failures": failures,
               "results": results}
    out.write_text(json.dumps(payload, indent=2, default=str) + "\n", encoding="utf-8")
    print(f"\nsaved to {out.relative_to(REPOSITORY)}")
    missed = any(row["ok"] is False for row in rows)
    return 1 if failures or missed else 0


if __name__ == "__main__":
    sys.exit(main())
