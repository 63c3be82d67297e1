"""Printing through the service on the small demo shop: what a clerk waits for.

* ``slip_1_page``: ``PrintingService.render("slip")`` of a one-page order — read the order,
  build the document, render, journal. Target median ≤ 40 ms.
* ``slip_5_pages``: the same for an order long enough for five pages. Target ≤ 250 ms.
* ``batch_100``: ``print_batch`` of 100 slips (rendered in a worker thread, written to PDF
  files on the UI thread) while a 10 ms ``QTimer`` heartbeat on the UI thread records the
  longest stall. Target total ≤ 4 s; the stall shows whether the window stays live.

Runs on a private copy of the small data set (printing writes journal rows and DDT
numbers). ``python -m bench.bench_printing`` prints the table.
"""

from __future__ import annotations

import io
import os
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]
if str(REPOSITORY) not in sys.path:
    sys.path.insert(0, str(REPOSITORY))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from peewee import fn  # noqa: E402
from pypdf import PdfReader  # noqa: E402

from bench.dataset import fresh_copy, remove_copy, small_database_url  # noqa: E402
from counterapp.db import connect  # noqa: E402
from counterapp.db.models import Order, OrderLine, User  # noqa: E402
from counterapp.services import ServiceContext, build_services  # noqa: E402
from counterapp.settings import Settings  # noqa: E402

TARGETS_MS = {"slip_1_page": 40.0, "slip_5_pages": 250.0, "batch_100": 4000.0}
REPEATS = 15


def _pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def _median_ms(action, repeats: int = REPEATS) -> tuple[float, float]:
    action()
    wall, cpu = [], []
    for _ in range(repeats):
        started, cpu_started = time.perf_counter(), time.process_time()
        action()
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - cpu_started) * 1000)
    return statistics.median(wall), statistics.median(cpu)


def _long_order(template: Order, line_count: int) -> str:
    """A copy of ``template`` with its lines repeated up to ``line_count`` lines."""
    lines = list(OrderLine.select().where(OrderLine.order == template.id))
    copy = Order.create(number=f"BENCH-{uuid.uuid4().hex[:8]}", uuid=str(uuid.uuid4()),
                        kind="sale", channel=template.channel, customer=template.customer_id,
                        rep=template.rep_id, status="completed", net=0, vat=0, gross=0)
    net = vat = gross = 0
    for index in range(line_count):
        line = lines[index % len(lines)]
        OrderLine.create(order=copy, line_no=index + 1, product=line.product_id, sku=line.sku,
                         description=line.description, quantity=line.quantity,
                         unit_price=line.unit_price, discount=line.discount,
                         vat_rate=line.vat_rate, net=line.net, vat=line.vat, gross=line.gross)
        net, vat, gross = net + line.net, vat + line.vat, gross + line.gross
    copy.net, copy.vat, copy.gross = net, vat, gross
    copy.save()
    return copy.number


def _batch(services, actor, numbers: list[str]) -> dict:
    from PySide6.QtCore import QElapsedTimer, QTimer  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from counterapp.ui.common.printing import print_batch  # noqa: PLC0415
    from counterapp.ui.session import Session  # noqa: PLC0415

    app = QApplication.instance() or QApplication([])
    session = Session()
    session.set_actor(actor)
    clock = QElapsedTimer()
    clock.start()
    beats = {"last": 0, "longest": 0}

    def beat() -> None:
        now = clock.elapsed()
        beats["longest"] = max(beats["longest"], now - beats["last"])
        beats["last"] = now

    heartbeat = QTimer()
    heartbeat.setInterval(10)
    heartbeat.timeout.connect(beat)
    heartbeat.start()
    results = []
    out_dir = Path(tempfile.mkdtemp(prefix="counterapp-bench-print-"))
    started = time.perf_counter()
    print_batch(None, services, session, "slip", numbers, out_dir=out_dir,
                finished=results.append)
    while not results:
        app.processEvents()
        time.sleep(0.001)
    total_ms = (time.perf_counter() - started) * 1000
    heartbeat.stop()
    # Let the finished operation's deferred deletions run before the objects go away.
    for leftover in (heartbeat, session):
        leftover.deleteLater()
    app.sendPostedEvents(None, 0)
    app.processEvents()
    written = len(list(out_dir.glob("*.pdf")))
    for path in out_dir.glob("*.pdf"):
        path.unlink()
    out_dir.rmdir()
    return {"total_ms": total_ms, "longest_stall_ms": float(beats["longest"]),
            "printed": len(results[0].printed), "failed": len(results[0].failed),
            "files": written}


def run() -> dict:
    """Measure, print the table and return the figures."""
    url = fresh_copy(small_database_url())
    db = connect(url)
    try:
        services = build_services(ServiceContext(
            db=db, settings=Settings(Path(tempfile.mkdtemp()) / "settings.json")))
        user = User.select().where(User.active == True).order_by(User.id).first()  # noqa: E712
        actor = services.staff.actor(user.login)
        counts = (OrderLine.select(OrderLine.order, fn.COUNT(OrderLine.id).alias("n"))
                  .group_by(OrderLine.order).order_by(fn.COUNT(OrderLine.id).desc()))
        biggest = Order.get_by_id(counts.first().order_id)
        small = (Order.select().join(OrderLine).where(Order.kind == "sale")
                 .group_by(Order.id).having(fn.COUNT(OrderLine.id).between(3, 8))
                 .order_by(Order.id).first()) or biggest
        one_page = small.number
        line_count = 150
        five_pages = _long_order(biggest, line_count)
        while _pages(services.printing.render(actor, "slip", five_pages).pdf) < 5:
            line_count += 25
            five_pages = _long_order(biggest, line_count)
        results: dict = {"load_average_1min": os.getloadavg()[0]}
        slip = services.printing.render(actor, "slip", one_page)
        median, cpu = _median_ms(lambda: services.printing.render(actor, "slip", one_page))
        results["slip_1_page"] = {"pages": _pages(slip.pdf), "median_ms": median,
                                  "median_cpu_ms": cpu}
        pages = _pages(services.printing.render(actor, "slip", five_pages).pdf)
        median, cpu = _median_ms(lambda: services.printing.render(actor, "slip", five_pages),
                                 repeats=7)
        results["slip_5_pages"] = {"pages": pages, "lines": line_count, "median_ms": median,
                                   "median_cpu_ms": cpu}
        numbers = [o.number for o in Order.select(Order.number).where(Order.kind == "sale")
                   .order_by(Order.id.desc()).limit(100)]
        results["batch_100"] = _batch(services, actor, numbers)
    finally:
        db.close()
        remove_copy(url)
    print_table(results)
    return results


def print_table(results: dict) -> None:
    """The figures against their targets."""
    print(f"{'benchmark':<14} {'pages':>5} {'median ms':>10} {'cpu ms':>8} {'target':>8}  ok")
    for key in ("slip_1_page", "slip_5_pages"):
        row = results[key]
        ok = "yes" if row["median_ms"] <= TARGETS_MS[key] else "NO"
        print(f"{key:<14} {row['pages']:>5} {row['median_ms']:>10.1f} "
              f"{row['median_cpu_ms']:>8.1f} {TARGETS_MS[key]:>8.0f}  {ok}")
    batch = results["batch_100"]
    ok = "yes" if batch["total_ms"] <= TARGETS_MS["batch_100"] else "NO"
    print(f"{'batch_100':<14} {batch['printed']:>5} {batch['total_ms']:>10.0f} {'':>8} "
          f"{TARGETS_MS['batch_100']:>8.0f}  {ok}   longest UI stall "
          f"{batch['longest_stall_ms']:.0f} ms, {batch['failed']} failed")
    print(f"load average {results['load_average_1min']:.2f}")


if __name__ == "__main__":
    run()
