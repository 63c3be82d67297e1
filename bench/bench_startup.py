"""Cold start to the login screen, on the small and on the large demo shop.

Each run is a fresh Python process (nothing cached in memory) that imports
``counterapp.app``, builds the main window offscreen with ``build_main_window(url)``,
shows it and waits until ``loginDialog`` is visible; the time is counted from just before
the process is spawned. The large shop has 100× the products and customers of the small
one: start-up must not scan them, so both medians must be about the same.

``python -m bench.bench_startup --screenshot DIR`` also saves what the window shows after
logging in on each data set (to look at, not to measure).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]
if str(REPOSITORY) not in sys.path:
    sys.path.insert(0, str(REPOSITORY))

from bench.dataset import large_database_url, small_database_url  # noqa: E402

RUNS = 7
TARGET_MS = 2500.0  # from double-click to the PIN prompt
# The large shop may cost this much more than the small one (noise, a bigger file to open).
GROWTH_ALLOWANCE = 1.25

_CHILD = r"""
import sys, time
spawned = float(sys.argv[1]); url = sys.argv[2]; shot = sys.argv[3]; user = sys.argv[4] or None
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(["counterapp"])
from counterapp.app import build_main_window
window = build_main_window(url, user=user)
window.show()
def probe():
    if user:
        if window.isVisible():
            print("READY", time.time() - spawned, flush=True)
            # Let the panels' background loads land before the picture is taken.
            QTimer.singleShot(2500, lambda: (window.grab().save(shot), app.quit()))
            return
    else:
        for widget in app.topLevelWidgets():
            if widget.objectName() == "loginDialog" and widget.isVisible():
                print("READY", time.time() - spawned, flush=True)
                if shot:
                    window.grab().save(shot)
                app.quit()
                return
    QTimer.singleShot(2, probe)
QTimer.singleShot(0, probe)
app.exec()
"""


def _environment(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", COUNTERAPP_DATA_DIR=str(home / "data"),
               COUNTERAPP_CONFIG_DIR=str(home / "config"), PYTHONDONTWRITEBYTECODE="0")
    env.pop("COUNTERAPP_DATABASE", None)
    return env


def start_once(url: str, *, screenshot: str = "", user: str = "", timeout: float = 120) -> float:
    """Seconds from spawning a fresh process to the visible login dialog (or logged-in window)."""
    with tempfile.TemporaryDirectory(prefix="counterapp-start-") as home:
        spawned = time.time()
        done = subprocess.run(
            [sys.executable, "-c", _CHILD, repr(spawned), url, screenshot, user],
            cwd=REPOSITORY, env=_environment(Path(home)), capture_output=True, text=True,
            timeout=timeout, check=False)
    for line in done.stdout.splitlines():
        if line.startswith("READY "):
            return float(line.split()[1])
    tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
    raise RuntimeError(f"start-up did not reach the login screen: {tail}")


def measure(url: str, runs: int = RUNS) -> dict:
    """Median and p95 of ``runs`` cold starts (one warm-up start first, not counted)."""
    start_once(url)  # the first start after a build pays for the OS file cache; not a cold app
    times = sorted(start_once(url) * 1000 for _ in range(runs))
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    return {"median_ms": statistics.median(times), "p95_ms": p95, "target_ms": TARGET_MS,
            "runs": runs, "all_ms": [round(t, 1) for t in times]}


def run() -> dict:
    """Cold start on both data sets; the large one must not be slower beyond noise."""
    small = measure(small_database_url())
    large = measure(large_database_url())
    ratio = large["median_ms"] / small["median_ms"]
    results = {
        "cold_start_small": small,
        "cold_start_large": large,
        "large_vs_small": {"median_ratio": round(ratio, 3), "target_ratio": GROWTH_ALLOWANCE,
                           "ok": ratio <= GROWTH_ALLOWANCE},
    }
    small["ok"] = small["p95_ms"] <= TARGET_MS
    large["ok"] = large["p95_ms"] <= TARGET_MS
    print(f"{'data set':<12} {'median ms':>10} {'p95 ms':>10} {'target':>8}")
    for name in ("small", "large"):
        row = results[f"cold_start_{name}"]
        print(f"{name:<12} {row['median_ms']:>10.0f} {row['p95_ms']:>10.0f} {TARGET_MS:>8.0f}")
    print(f"large / small median: {ratio:.2f} (allowed ≤ {GROWTH_ALLOWANCE})")
    return results


if __name__ == "__main__":
    if "--screenshot" in sys.argv:
        folder = Path(sys.argv[sys.argv.index("--screenshot") + 1])
        folder.mkdir(parents=True, exist_ok=True)
        for label, url in (("small", small_database_url()), ("large", large_database_url())):
            start_once(url, screenshot=str(folder / f"start-{label}-login.png"))
            start_once(url, screenshot=str(folder / f"start-{label}-admin.png"), user="admin")
            print(f"saved {folder}/start-{label}-*.png")
    else:
        print(json.dumps(run(), indent=2))
