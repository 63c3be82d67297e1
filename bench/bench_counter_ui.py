"""Counter panel responsiveness on the large demo shop, in an offscreen QApplication.

* ``keystroke → results painted``: the search slot called directly (the debounce is
  excluded), then ``QApplication.processEvents`` so the results table is repainted; p95
  over realistic typed prefixes.
* ``scan → line painted``: a barcode entered in ``productSearch`` (Enter), re-priced by the
  service and repainted in the cart; p95.
* ``50 sales``: a scripted run (3 scans, pay exact cash, receipt rendered and previewed,
  preview closed) while a 10 ms ``QTimer`` heartbeat records the longest stall of the UI
  thread. Target < 100 ms. ``no_receipt_*``: 20 more sales without the receipt, which
  tells the counter's own stalls (checkout runs off the UI thread) from the printing
  helper's. Measured causes, both fixed: the first receipt parsed the DejaVu TTF fonts
  (~80 ms holding the GIL, now done at start-up), and the window repainted the cleared
  cart while the render worker held the GIL, so every Python callback of the paint waited
  its turn (the helper now paints before it starts the render).

``python -m bench.bench_counter_ui [--small]`` prints the table and writes
``bench/results/counter_ui.json``; a bench runner calls ``run()``.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPOSITORY = Path(__file__).resolve().parents[1]
if str(REPOSITORY) not in sys.path:
    sys.path.insert(0, str(REPOSITORY))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from counterapp.db.models import Product, User  # noqa: E402
from counterapp.settings import Settings  # noqa: E402

RESULTS_FILE = REPOSITORY / "bench" / "results" / "counter_ui.json"
STALL_TARGET_MS = 100.0
SALES = 50
BARE_SALES = 20
SEARCHES = 60
SCANS = 60


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, int(round(0.95 * len(ordered))) - 1)]


def _dataset(small: bool) -> str:
    from bench.dataset import fresh_copy, large_database_url, small_database_url  # noqa: PLC0415

    return fresh_copy(small_database_url() if small else large_database_url())


def _window(url: str):
    from counterapp.app import build_main_window  # noqa: PLC0415

    settings = Settings(Path(tempfile.mkdtemp(prefix="counterapp-bench-settings-"))
                        / "settings.json")
    settings.set("auto_lock_minutes", 0)
    window = build_main_window(url, settings=settings)
    manager = User.select().where((User.role == "manager") & User.active).first()
    login = manager.login if manager is not None else None
    if login is None:
        window.services.staff.create_user(None, "benchmgr", "Bench Manager", "manager", "1111")
        login = "benchmgr"
    window.set_actor(window.services.staff.actor(login))
    window.resize(1400, 900)
    window.show()
    QApplication.processEvents()
    return window


def _terms(rng: random.Random) -> list[str]:
    names = [p.name for p in Product.select(Product.name).where(Product.active)
             .order_by(Product.id).limit(5000)]
    terms = []
    for name in rng.sample(names, min(SEARCHES, len(names))):
        word = name.split()[0]
        terms.append(word[: rng.randint(2, max(2, len(word)))].lower())
    return terms


def _barcodes(rng: random.Random, count: int) -> list[str]:
    rows = [p.barcode for p in Product.select(Product.barcode)
            .where(Product.active & Product.barcode.is_null(False) & (Product.stock > 200)
                   & (Product.vat_rate > 0))
            .order_by(Product.id).limit(5000)]
    if not rows:
        rows = [p.barcode for p in Product.select(Product.barcode)
                .where(Product.active & Product.barcode.is_null(False) & (Product.vat_rate > 0))
                .order_by(Product.id).limit(5000)]
    return [rng.choice(rows) for _ in range(count)]


def measure_search(panel, terms: list[str]) -> list[float]:
    """Milliseconds from the search slot to the repainted results, per term."""
    times = []
    for term in terms:
        panel.controller.empty_prefixes.clear()
        started = time.perf_counter()
        panel.run_search(term)
        QApplication.processEvents()
        times.append((time.perf_counter() - started) * 1000)
    panel.results_model.set_rows([])
    return times


def measure_scans(panel, codes: list[str]) -> list[float]:
    """Milliseconds from Enter on a barcode to the line repainted in the cart."""
    times = []
    for number, code in enumerate(codes):
        if number % 10 == 0:
            panel.controller.discard_cart()
            QApplication.processEvents()
        panel.search_edit.setText(code)
        started = time.perf_counter()
        panel.enter_code()
        QApplication.processEvents()
        times.append((time.perf_counter() - started) * 1000)
    panel.controller.discard_cart()
    return times


def scripted_sales(panel, codes: list[str], *, sales: int = SALES,
                   receipts: bool = True) -> dict:
    """Sell ``sales`` times with the event loop running; the longest UI-thread stall.

    With ``receipts=False`` the receipt is not rendered (to tell the counter's own stalls
    from those of the printing helper).
    """
    if not receipts:
        panel.dialogs.print_now = lambda doc_type, number: closed.append(number)
    heartbeat = QTimer()
    heartbeat.setInterval(10)
    last = [time.perf_counter()]
    stalls: list[float] = []

    def beat() -> None:
        now = time.perf_counter()
        stalls.append((now - last[0]) * 1000 - 10)
        last[0] = now

    heartbeat.timeout.connect(beat)
    closer = QTimer()
    closer.setInterval(10)

    closed = []

    def close_previews() -> None:
        """The clerk closes each receipt preview and says yes to selling beyond stock."""
        for widget in QApplication.topLevelWidgets():
            if not widget.isVisible():
                continue
            if widget.objectName() == "printPreviewDialog":
                widget.reject()
                closed.append(widget)
            elif isinstance(widget, QMessageBox):
                yes = widget.button(QMessageBox.StandardButton.Yes)
                (yes or widget.defaultButton()).click()

    closer.timeout.connect(close_previews)
    steps = []
    completed = []
    panel.sale_completed.connect(completed.append)
    codes = iter(codes)
    for _sale in range(sales):
        for _scan in range(3):
            steps.append(lambda: (panel.search_edit.setText(next(codes)), panel.enter_code()))
        steps.append(panel.controller.pay)
        steps.append(lambda: panel.payment_dialog.confirm() if panel.payment_dialog else None)
        steps.append(("wait for the receipt", _sale + 1))
    loop = QEventLoop()
    started = time.perf_counter()

    step_started = [time.perf_counter()]

    def step() -> None:
        if not steps:
            loop.quit()
            return
        if isinstance(steps[0], tuple):  # the sale committed and its receipt closed
            wanted = steps[0][1]
            waited = time.perf_counter() - step_started[0]
            if (len(completed) < wanted or len(closed) < wanted) and waited < 10:
                QTimer.singleShot(5, step)
                return
            steps.pop(0)
        else:
            steps.pop(0)()
        step_started[0] = time.perf_counter()
        QTimer.singleShot(5, step)

    heartbeat.start()
    closer.start()
    last[0] = time.perf_counter()
    QTimer.singleShot(0, step)
    loop.exec()
    heartbeat.stop()
    closer.stop()
    if not receipts:
        del panel.dialogs.print_now  # the class's own method again
    elapsed = time.perf_counter() - started
    return {"sales": len(completed), "seconds": round(elapsed, 2),
            "longest_stall_ms": round(max(stalls, default=0.0), 1),
            "stalls_over_100ms": sum(1 for s in stalls if s > STALL_TARGET_MS)}


def run(small: bool = False) -> dict:
    """Measure and print; returns the figures (milliseconds)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    del app
    url = _dataset(small)
    window = _window(url)
    panel = window.counter_panel
    rng = random.Random(7)
    terms = _terms(rng)
    codes = _barcodes(rng, SCANS + (SALES + BARE_SALES) * 3)
    search_times = measure_search(panel, terms)
    scan_times = measure_scans(panel, codes[:SCANS])
    run_figures = scripted_sales(panel, codes[SCANS:SCANS + SALES * 3])
    bare_figures = scripted_sales(panel, codes[SCANS + SALES * 3:], sales=BARE_SALES,
                                  receipts=False)
    figures = {
        "dataset": "small" if small else "large",
        "search_to_paint_p95_ms": round(_p95(search_times), 1),
        "search_to_paint_median_ms": round(statistics.median(search_times), 1),
        "scan_to_paint_p95_ms": round(_p95(scan_times), 1),
        "scan_to_paint_median_ms": round(statistics.median(scan_times), 1),
        **{f"run_{key}": value for key, value in run_figures.items()},
        **{f"no_receipt_{key}": value for key, value in bare_figures.items()},
        "stall_target_ms": STALL_TARGET_MS,
    }
    window.counter_panel.cart.clear()
    window.hide()  # not close(): the bench must not stop on the "parked sales" question
    window.services.ctx.db.close()
    try:
        from bench.dataset import remove_copy  # noqa: PLC0415

        remove_copy(url)
    except ImportError:
        pass
    print(f"{'measure':<32}{'value':>12}")
    for key, value in figures.items():
        print(f"{key:<32}{value!s:>12}")
    RESULTS_FILE.parent.mkdir(parents=True, exist_ok=True)
    RESULTS_FILE.write_text(json.dumps(figures, indent=2) + "\n")
    return figures


if __name__ == "__main__":
    run(small="--small" in sys.argv)
