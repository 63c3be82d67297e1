"""Benchmark of the PDF document renderers.

Measures the median time to render a one-page order slip (target ≤ 40 ms), a
five-page order slip (≤ 250 ms), and the total for 100 one-page slips rendered one
after another (a morning's queue printed at once). Prints a table and writes
``bench/results/documents.json``.

Run with ``python bench/bench_documents.py``; a bench runner imports it and calls
``run()``.
"""

from __future__ import annotations

import io
import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]
if str(REPOSITORY) not in sys.path:
    sys.path.insert(0, str(REPOSITORY))

from pypdf import PdfReader  # noqa: E402

from counterapp.documents.data import (  # noqa: E402
    CompanyInfo,
    DeliveryInfo,
    DocumentLine,
    OrderDocument,
    Party,
)
from counterapp.documents.order_slip import render_order_slip  # noqa: E402

RESULTS_FILE = REPOSITORY / "bench" / "results" / "documents.json"
CENT = Decimal("0.01")
TARGETS_MS = {"slip_1_page": 40.0, "slip_5_pages": 250.0}


def make_order(line_count: int) -> OrderDocument:
    """A phone order of ``line_count`` realistic lines, delivered by courier."""
    lines = []
    for index in range(line_count):
        price = Decimal(3 + index % 40) + Decimal("0.90")
        quantity = 1 + index % 6
        net = (price * quantity).quantize(CENT, ROUND_HALF_UP)
        vat = (net * Decimal("22") / 100).quantize(CENT, ROUND_HALF_UP)
        lines.append(
            DocumentLine(
                sku=f"ART-{index:05d}",
                barcode=f"80012345{index:05d}",
                description=f"Articolo di ferramenta numero {index}, confezione da {quantity}",
                quantity=quantity,
                unit_price=price,
                vat_rate=Decimal("22"),
                net=net,
                vat=vat,
                gross=net + vat,
                location=f"{'ABCD'[index % 4]}-{index % 20:02d}-{index % 7:02d}",
            )
        )
    return OrderDocument(
        company=CompanyInfo("Ferramenta Bianchi S.r.l.", ("Via Garibaldi 42", "20121 Milano"),
                            vat_number="IT01234567890"),
        number="2026/000123",
        created_at=datetime(2026, 11, 27, 14, 5),
        customer=Party("Edilizia Esposito & C. S.n.c.", ("Corso Vittorio Emanuele 118",
                                                          "80121 Napoli (NA)")),
        lines=tuple(lines),
        total_net=sum((line.net for line in lines), Decimal("0")),
        total_vat=sum((line.vat for line in lines), Decimal("0")),
        total_gross=sum((line.gross for line in lines), Decimal("0")),
        channel="phone",
        rep_name="Giulia Romano",
        delivery=DeliveryInfo("courier", carrier="BRT", promised_date=date(2026, 11, 30)),
    )


def lines_for_pages(pages: int) -> int:
    """The smallest line count whose slip takes exactly ``pages`` pages."""
    line_count = 1
    while page_count(render_order_slip(make_order(line_count))) < pages:
        line_count += 5
    while page_count(render_order_slip(make_order(line_count))) > pages:
        line_count -= 1
    return line_count


def page_count(pdf: bytes) -> int:
    """Pages in a rendered PDF."""
    return len(PdfReader(io.BytesIO(pdf)).pages)


def median_ms(action: Callable[[], object], repeats: int) -> tuple[float, float]:
    """Median wall and CPU time of ``action`` in milliseconds, after a warm-up call.

    CPU time is reported too because a busy machine (tests running alongside)
    inflates wall time without the renderer getting any slower.
    """
    action()
    wall, cpu = [], []
    for _ in range(repeats):
        wall_start, cpu_start = time.perf_counter(), time.process_time()
        action()
        wall.append((time.perf_counter() - wall_start) * 1000)
        cpu.append((time.process_time() - cpu_start) * 1000)
    return statistics.median(wall), statistics.median(cpu)


def run() -> dict:
    """Run the benchmark, write the JSON results and return them."""
    one_page = make_order(8)
    five_pages = make_order(lines_for_pages(5))
    assert page_count(render_order_slip(one_page)) == 1
    assert page_count(render_order_slip(five_pages)) == 5

    start = time.perf_counter()
    for _ in range(100):
        render_order_slip(one_page)
    sequential_ms = (time.perf_counter() - start) * 1000

    one_wall, one_cpu = median_ms(lambda: render_order_slip(one_page), 30)
    five_wall, five_cpu = median_ms(lambda: render_order_slip(five_pages), 10)
    results = {
        "slip_1_page": {"median_ms": one_wall, "median_cpu_ms": one_cpu,
                        "target_ms": TARGETS_MS["slip_1_page"], "lines": len(one_page.lines)},
        "slip_5_pages": {"median_ms": five_wall, "median_cpu_ms": five_cpu,
                         "target_ms": TARGETS_MS["slip_5_pages"],
                         "lines": len(five_pages.lines)},
        "slips_100_sequential": {"total_ms": sequential_ms, "per_slip_ms": sequential_ms / 100},
        "load_average_1min": os.getloadavg()[0],
    }
    for key, target in TARGETS_MS.items():
        results[key]["ok"] = results[key]["median_ms"] <= target
    RESULTS_FILE.parent.mkdir(parents=True, exist_ok=True)
    RESULTS_FILE.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return results


def print_table(results: dict) -> None:
    """The results as a small aligned table."""
    print(f"{'benchmark':<24} {'lines':>6} {'median ms':>10} {'cpu ms':>8} {'target ms':>10}  ok")
    for key in ("slip_1_page", "slip_5_pages"):
        row = results[key]
        print(f"{key:<24} {row['lines']:>6} {row['median_ms']:>10.1f} {row['median_cpu_ms']:>8.1f}"
              f" {row['target_ms']:>10.0f}  {'yes' if row['ok'] else 'NO'}")
    sequential = results["slips_100_sequential"]
    print(f"{'slips_100_sequential':<24} {'':>6} {sequential['total_ms']:>10.0f} {'':>8} {'':>10}"
          f"  ({sequential['per_slip_ms']:.1f} ms per slip)")
    print(f"load average {results['load_average_1min']:.2f}; "
          f"written to {RESULTS_FILE.relative_to(REPOSITORY)}")


if __name__ == "__main__":
    print_table(run())
