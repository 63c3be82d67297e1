"""Smoke-test a frozen CounterApp against a fresh SQLite file; exit 1 on the first failure.

    python installer/smoke.py                        # the bundle in dist/
    python installer/smoke.py --cli /usr/bin/counterapp --gui /usr/bin/counterapp

Runs in a throw-away directory (its own data and config directories, Italian UI, Qt's
offscreen platform), the way a shop's first day would:

1. ``--version`` prints this source tree's version;
2. ``demo --size small`` creates and fills the database (the only command here that writes);
3. ``export orders`` writes the contract's columns and some rows;
4. ``print slip`` of an exported order writes a PDF that pypdf reads back with the number;
5. the GUI with ``COUNTERAPP_SMOKE_SCREENSHOT`` logs in as the demo manager and saves a grab
   of the main window, which must be window-sized and not blank.

Also prints the bundle size and ``--help`` timed frozen and in the venv (10 runs each).
Needs the venv's Python (pypdf, Pillow).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from counterapp import __version__  # noqa: E402

BUNDLE = ROOT / "dist" / f"counterapp-{__version__}"
EXE = ".exe" if sys.platform == "win32" else ""
ORDER_COLUMNS = ("number,created_at,channel,customer_code,customer_name,customer_kind,rep,"
                 "status,net,vat,gross,paid").split(",")
MAX_BUNDLE_MB = 200


class SmokeFailure(Exception):
    """A step's output was not what a working bundle prints."""


def run(cmd: list[str], env: dict[str, str], cwd: Path, timeout: int = 300) -> str:
    """Run one command; its stdout, or SmokeFailure with both streams."""
    started = time.monotonic()
    result = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True,
                            timeout=timeout, stdin=subprocess.DEVNULL)
    took = time.monotonic() - started
    shown = " ".join(Path(cmd[0]).name if i == 0 else c for i, c in enumerate(cmd))
    print(f"  {took:5.2f} s  {shown}")
    if result.returncode != 0:
        raise SmokeFailure(f"{shown} exited {result.returncode}\nstdout: {result.stdout}\n"
                           f"stderr: {result.stderr}")
    return result.stdout


def check_png(path: Path) -> str:
    """The grab must exist, be window-sized and show more than a flat background."""
    if not path.exists():
        raise SmokeFailure(f"no screenshot at {path}")
    with Image.open(path) as image:
        width, height = image.size
        colours = image.convert("RGB").getcolors(maxcolors=1 << 20) or []
    if width < 800 or height < 500:
        raise SmokeFailure(f"screenshot is {width}x{height}, expected the main window")
    # A blank or failed paint is one or two colours; a drawn window has text, tables, icons.
    if len(colours) < 64:
        raise SmokeFailure(f"screenshot looks blank: {len(colours)} colours")
    share = max(count for count, _c in colours) / (width * height)
    if share > 0.95:
        raise SmokeFailure(f"screenshot looks blank: one colour covers {share:.0%}")
    return f"{width}x{height}, {len(colours)} colours"


def smoke(cli: str, gui: str) -> None:
    """Run the five steps against a fresh database in a temporary directory."""
    with tempfile.TemporaryDirectory(prefix="counterapp-smoke-") as tmp:
        work = Path(tmp)
        (work / "config").mkdir()
        (work / "config" / "settings.json").write_text(json.dumps({"language": "it"}))
        env = {key: value for key, value in os.environ.items()
               if not key.startswith(("COUNTERAPP_", "PYTHON", "QT_"))}
        env.update(COUNTERAPP_DATA_DIR=str(work / "data"),
                   COUNTERAPP_CONFIG_DIR=str(work / "config"), QT_QPA_PLATFORM="offscreen")
        database = ["--database", f"sqlite:///{(work / 'shop.db').as_posix()}"]

        out = run([cli, "--version"], env, work)
        if __version__ not in out:
            raise SmokeFailure(f"--version printed {out!r}, expected {__version__}")
        out = run([cli, *database, "demo", "--size", "small"], env, work)
        if "admin" not in out:
            raise SmokeFailure(f"demo printed no demo logins: {out!r}")
        run([cli, *database, "export", "orders", "--out", "orders.csv"], env, work)
        with open(work / "orders.csv", encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        missing = [c for c in ORDER_COLUMNS if rows and c not in rows[0]]
        if not rows or missing:
            raise SmokeFailure(f"orders.csv: {len(rows)} rows, missing columns {missing}")
        number = rows[0]["number"]
        run([cli, *database, "print", "slip", number, "--out", "slip.pdf"], env, work)
        text = "".join(page.extract_text() or "" for page in PdfReader(work / "slip.pdf").pages)
        if number not in text:
            raise SmokeFailure(f"slip.pdf does not mention {number}: {text[:200]!r}")
        print(f"         {len(rows)} orders exported, slip {number} read back")

        shot = work / "window.png"
        run([gui, *database], dict(env, COUNTERAPP_SMOKE_SCREENSHOT=str(shot)), work)
        print(f"         window grab {check_png(shot)}")


def median_times(commands: list[list[str]], runs: int = 10) -> list[tuple[float, float]]:
    """Median wall and CPU (user + system) seconds of each command over ``runs`` rounds.

    The commands take turns within each round (after one warm-up round), so a load spike
    on a shared machine hits them alike; CPU time is reported because wall time swings.
    """
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for cmd in commands:
        subprocess.run(cmd, env=env, capture_output=True, check=True)
    walls: list[list[float]] = [[] for _ in commands]
    cpus: list[list[float]] = [[] for _ in commands]
    for _ in range(runs):
        for i, cmd in enumerate(commands):
            before = os.times()
            started = time.perf_counter()
            subprocess.run(cmd, env=env, capture_output=True, check=True)
            walls[i].append(time.perf_counter() - started)
            after = os.times()
            cpus[i].append(after.children_user - before.children_user
                           + after.children_system - before.children_system)
    return [(statistics.median(w), statistics.median(c)) for w, c in zip(walls, cpus, strict=True)]


def measure(cli: str) -> None:
    """Print the bundle's size and --help's time frozen and in the venv."""
    if BUNDLE.is_dir():
        size = sum(f.stat().st_size for f in BUNDLE.rglob("*")
                   if f.is_file() and not f.is_symlink()) / 1e6
        print(f"bundle {BUNDLE.name}: {size:.1f} MB (target ≤ {MAX_BUNDLE_MB} MB)")
        if size > MAX_BUNDLE_MB:
            raise SmokeFailure(f"bundle is {size:.1f} MB, over {MAX_BUNDLE_MB} MB")
    (frozen, frozen_cpu), (venv, venv_cpu) = median_times(
        [[cli, "--help"], [sys.executable, "-m", "counterapp", "--help"]])
    print(f"--help, median of 10: frozen {frozen * 1000:.0f} ms wall / {frozen_cpu * 1000:.0f} ms "
          f"CPU, venv {venv * 1000:.0f} ms wall / {venv_cpu * 1000:.0f} ms CPU "
          f"(frozen/venv {frozen / venv:.2f} wall, {frozen_cpu / venv_cpu:.2f} CPU; "
          "target ≤ 1.2)")


def main(argv: list[str] | None = None) -> int:
    """Parse the arguments, run the smoke test, print the measurements."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cli", default=str(BUNDLE / f"counterapp-cli{EXE}"),
                        help="the console executable (default: the bundle in dist/)")
    parser.add_argument("--gui", default=str(BUNDLE / f"counterapp{EXE}"),
                        help="the windowed executable (default: the bundle in dist/)")
    parser.add_argument("--measure", action="store_true",
                        help="also print the bundle size and time --help frozen vs venv")
    args = parser.parse_args(argv)
    started = time.monotonic()
    print(f"smoke test of {args.cli} / {args.gui}")
    try:
        smoke(args.cli, args.gui)
        if args.measure:
            measure(args.cli)
    except (SmokeFailure, subprocess.TimeoutExpired, OSError) as exc:
        print(f"SMOKE TEST FAILED: {exc}", file=sys.stderr)
        return 1
    print(f"smoke test passed in {time.monotonic() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
