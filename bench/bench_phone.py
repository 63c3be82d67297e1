"""Phone panel speed on the large demo shop (50,000 customers), offscreen.

* ``lookup``: ``CallService.lookup`` p50/p95 for customers' numbers typed the way people
  say them (national with spaces, ``+39``, ``0039``, dots). Target p95 ≤ 2 ms.
* ``card``: ``CallService.caller_card`` p95 (what the panel paints).
* ``panel``: number typed in ``incomingNumber`` + Enter → caller card painted (the panel
  repaints it synchronously, then emits ``caller_shown``; the call record is written
  after), p95. Target ≤ 50 ms. Each call is then ended (not timed).
* ``command``: ``python -m counterapp call incoming NUMBER`` as a subprocess → the caller
  card painted in the running window, process start included, p95. Target ≤ 250 ms.
* ``command_fast``: the same through ``instance_client.fast_main`` (what the launcher
  tries before loading the whole command line).
* ``script``: the same through the INSTALLED console script (``counterapp`` next to the
  interpreter, as ``pip install`` makes it), which is what a softphone runs. Target ≤ 250 ms.

``python -m bench.bench_phone`` prints the table.
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]
if str(REPOSITORY) not in sys.path:
    sys.path.insert(0, str(REPOSITORY))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bench.dataset import (  # noqa: E402
    fresh_copy,
    large_database_url,
    remove_copy,
    small_database_url,
)  # noqa: E402
from counterapp.db.models import PhoneNumber, User  # noqa: E402
from counterapp.settings import Settings  # noqa: E402

TARGETS_MS = {"lookup": 2.0, "panel": 50.0, "command": 250.0, "command_fast": 250.0,
              "script": 250.0}
LOOKUPS = 1000
PANEL_CALLS = 100
COMMAND_CALLS = 20


def _shield_none() -> None:
    """Work around a PySide6 6.12 bug on Python 3.11: every call of a void Qt method
    (``processEvents``, ``setText``, ``repaint`` …) drops one reference to ``None`` (and
    bool methods to ``True``/``False``); the process aborts ("none_dealloc") once they run
    out. Python 3.12+ has immortal constants.
    """
    if sys.version_info < (3, 12):
        import ctypes  # noqa: PLC0415

        for constant in (None, True, False):
            ctypes.c_ssize_t.from_address(id(constant)).value += 1 << 30


def _ms(samples: list[float]) -> dict:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return {"n": len(ordered), "p50_ms": round(statistics.median(ordered), 3),
            "p95_ms": round(p95, 3), "max_ms": round(ordered[-1], 3)}


def _spoken(e164: str, rng: random.Random) -> str:
    """An Italian number the way a person types it."""
    if not e164.startswith("+39"):
        return e164
    national = e164[3:]  # Italian numbers keep their leading 0 (land lines) or 3 (mobiles)
    style = rng.randrange(4)
    if style == 0:
        return f"{national[:2]} {national[2:6]} {national[6:]}"
    if style == 1:
        return "+39 " + national
    if style == 2:
        return "0039" + national
    return ".".join((national[:3], national[3:6], national[6:]))


def _end(panel) -> None:
    panel.outcome_combo.setCurrentIndex(panel.outcome_combo.findData("information_given"))
    if not panel.end_call():
        raise RuntimeError(panel.call_error.text())


def _installed_script() -> str:
    """The ``counterapp`` console script of this interpreter's environment."""
    folder = Path(sys.executable).parent
    script = folder / ("counterapp.exe" if os.name == "nt" else "counterapp")
    if not script.exists():
        raise RuntimeError(f"no installed script at {script}: run pip install -e . first")
    return str(script)


def _command_calls(app, panel, env, url, prefix, numbers) -> list[float]:
    """Run ``prefix NUMBER --database URL`` per number; ms until the card is painted."""
    timings = []
    for e164 in numbers:
        # Wait in an event loop, not a processEvents() spin (PySide6 on Python 3.11
        # leaks a reference to None per call and eventually aborts).
        loop = QEventLoop()
        panel.caller_shown.connect(loop.quit)
        QTimer.singleShot(20000, loop.quit)
        started = time.perf_counter()
        process = subprocess.Popen([*prefix, e164, "--database", url], cwd=REPOSITORY,
                                   env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        loop.exec()
        timings.append((time.perf_counter() - started) * 1000)
        panel.caller_shown.disconnect(loop.quit)
        process.wait(20)
        app.processEvents()
        panel.controller.answer()  # a softphone's call rings until the rep answers
        if panel.call is None:
            raise RuntimeError("the call did not arrive: "
                               + process.stderr.read().decode(errors="replace"))
        _end(panel)
    return timings


def run(size: str = "large") -> dict:
    """Measure and print; returns the figures (``size="small"`` for a quick check)."""
    _shield_none()
    app = QApplication.instance() or QApplication([])
    url = fresh_copy(large_database_url() if size == "large" else small_database_url())
    from counterapp.app import build_main_window  # noqa: PLC0415
    from counterapp.ui import single_instance  # noqa: PLC0415

    settings = Settings(Path(tempfile.mkdtemp(prefix="counterapp-bench-settings-"))
                        / "settings.json")
    window = build_main_window(url, settings=settings)
    services = window.services
    rng = random.Random(7)
    login = User.select(User.login).where(User.active).order_by(User.id).scalar()
    window.set_actor(services.staff.actor(login))
    numbers = [n for (n,) in PhoneNumber.select(PhoneNumber.e164).tuples()]
    sample = [rng.choice(numbers) for _ in range(LOOKUPS)]
    results: dict = {"customers_with_phones": len({*numbers})}
    try:
        timings, card_timings = [], []
        actor = window.session.actor
        for e164 in sample:
            typed = _spoken(e164, rng)
            started = time.perf_counter()
            found = services.calls.lookup(typed)
            timings.append((time.perf_counter() - started) * 1000)
            if found.matches and len(card_timings) < 200:
                started = time.perf_counter()
                services.calls.caller_card(actor, found.matches[0].customer_id)
                card_timings.append((time.perf_counter() - started) * 1000)
        results["lookup"] = _ms(timings)
        results["card"] = _ms(card_timings)

        window.resize(1400, 900)
        window.show()
        app.processEvents()
        panel = window.phone_panel
        timings, painted = [], []
        panel.caller_shown.connect(lambda _number: painted.append(time.perf_counter()))
        for e164 in sample[:PANEL_CALLS]:
            panel.number_edit.setText(_spoken(e164, rng))
            started = time.perf_counter()
            QTest.keyClick(panel.number_edit, Qt.Key.Key_Return)
            timings.append((painted[-1] - started) * 1000)
            _end(panel)
            app.processEvents()
        results["panel"] = _ms(timings)

        server = single_instance.install(window, url)
        env = dict(os.environ, PYTHONPATH=str(REPOSITORY))
        fast = ("import sys; from counterapp.instance_client import fast_main; "
                "sys.exit(1 if fast_main(sys.argv[1:]) is None else 0)")
        for key, prefix, first in (
                ("command", [sys.executable, "-m", "counterapp", "call", "incoming"],
                 PANEL_CALLS),
                ("command_fast", [sys.executable, "-c", fast], PANEL_CALLS + COMMAND_CALLS),
                ("script", [_installed_script(), "call", "incoming"],
                 PANEL_CALLS + 2 * COMMAND_CALLS)):
            results[key] = _ms(_command_calls(app, panel, env, url, prefix,
                                              sample[first:first + COMMAND_CALLS]))
        server.close()
    finally:
        window.close()
        services.ctx.db.close()
        remove_copy(url)
    print(f"{'measure':<10} {'n':>5} {'p50 ms':>9} {'p95 ms':>9} {'max ms':>9} {'target':>8}")
    for key in ("lookup", "card", "panel", "command", "command_fast", "script"):
        row = results[key]
        target = TARGETS_MS.get(key)
        print(f"{key:<10} {row['n']:>5} {row['p50_ms']:>9.2f} {row['p95_ms']:>9.2f} "
              f"{row['max_ms']:>9.2f} {f'≤ {target:g}' if target else '':>8}")
    return results


if __name__ == "__main__":
    run(sys.argv[1] if len(sys.argv) > 1 else "large")
