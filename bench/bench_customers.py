"""Customers: search latency on 50,000 customers and the import of 50,000 from CSV.

* ``import``: a 50,000-row customers CSV (names, VAT numbers, phones, addresses) written
  by this benchmark, imported into a fresh SQLite file with ``CsvService.import_customers``.
  Target: well under a minute.
* ``search``: ``CustomerService.search`` p50/p95 for names (prefix and a word inside), codes,
  phone numbers in several formats (and a tail of digits), VAT numbers and cities, on the
  imported set and — when it is already built — on the large demo shop
  (``bench.dataset.large_database_url``). Target: p95 in single-digit milliseconds.

``python -m bench.bench_customers [--rows N]`` prints the table.
"""

from __future__ import annotations

import csv
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]
if str(REPOSITORY) not in sys.path:
    sys.path.insert(0, str(REPOSITORY))

from counterapp.db import connect  # noqa: E402
from counterapp.db.migrations import migrate  # noqa: E402
from counterapp.domain.customers import iva_check_digit  # noqa: E402
from counterapp.domain.phone import format_phone  # noqa: E402
from counterapp.services import ServiceContext, build_services  # noqa: E402
from counterapp.settings import Settings  # noqa: E402

ROWS = 50_000
SEARCH_TARGET_P95_MS = 10.0
FIRST = ["Mario", "Luca", "Giulia", "Anna", "Paolo", "Francesca", "Marco", "Chiara", "Sergio",
         "Elena", "Davide", "Sara", "Nicolò", "Federica", "Andrea", "Martina"]
LAST = ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci",
        "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano",
        "Rizzo", "Lombardi", "Moretti", "Barbieri", "Fontana", "Santoro", "Mariani", "Rinaldi",
        "Caruso", "Ferrara", "Galli", "Martini", "Leone", "Longo", "Gentile", "Martinelli"]
COMPANY = ["Caffè", "Ferramenta", "Tipografia", "Edilizia", "Trasporti", "Ottica", "Farmacia",
           "Panificio", "Officina", "Studio", "Elettrica", "Idraulica", "Cartoleria"]
CITIES = [("Milano", "MI", "20100", "02"), ("Roma", "RM", "00100", "06"),
          ("Torino", "TO", "10100", "011"), ("Napoli", "NA", "80100", "081"),
          ("Bologna", "BO", "40100", "051"), ("Firenze", "FI", "50100", "055"),
          ("Forlì", "FC", "47121", "0543"), ("Bari", "BA", "70100", "080"),
          ("Verona", "VR", "37100", "045"), ("Genova", "GE", "16100", "010")]


def _iva(rng: random.Random) -> str:
    first = f"{rng.randint(1, 9_999_999):07d}{rng.randint(1, 100):03d}"
    return first + iva_check_digit(first)


def write_csv(path: Path, rows: int, seed: int = 7) -> list[dict]:
    """Write ``rows`` customers; returns a sample of them to search for."""
    rng = random.Random(seed)
    sample = []
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["code", "kind", "name", "vat_number", "phone", "email", "city",
                         "address", "postcode", "province", "credit_limit"])
        for i in range(rows):
            city, province, postcode, prefix = rng.choice(CITIES)
            b2b = rng.random() < 0.4
            last = rng.choice(LAST)
            name = (f"{rng.choice(COMPANY)} {last} S.r.l." if b2b
                    else f"{rng.choice(FIRST)} {last}")
            vat = _iva(rng) if b2b else ""
            digits = 10 - len(prefix)
            phone = (f"+39 {prefix} {rng.randint(10 ** (digits - 1), 10 ** digits - 1)}"
                     if rng.random() < 0.7 else
                     f"3{rng.randint(20, 99)} {rng.randint(1_000_000, 9_999_999)}")
            row = dict(code=f"K{i:06d}", kind="b2b" if b2b else "b2c", name=name,
                       vat_number=vat, phone=phone, city=city)
            writer.writerow([row["code"], row["kind"], name, vat, phone, "", city,
                             f"Via {rng.choice(LAST)} {rng.randint(1, 200)}", postcode,
                             province, "1000.00" if b2b else ""])
            if i % 997 == 0:
                sample.append(row)
    return sample


def _services(url: str, settings_dir: Path):
    db = connect(url)
    migrate(db, backup=False)
    return build_services(ServiceContext(db=db, settings=Settings(settings_dir / "s.json")))


def _percentiles(times: list[float]) -> tuple[float, float, float]:
    times = sorted(times)
    p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
    return statistics.median(times), p95, times[-1]


def _measure(services, queries: list[str], repeat: int = 3) -> tuple[float, float, float, float]:
    """(p50, p95, max ms, mean hits) of ``search`` over ``queries``."""
    times, hits = [], []
    for query in queries:
        services.customer_search.search(query)  # warm the page cache for this query
        for _ in range(repeat):
            started = time.perf_counter()
            found = services.customer_search.search(query)
            times.append((time.perf_counter() - started) * 1000)
        hits.append(len(found))
    p50, p95, worst = _percentiles(times)
    return p50, p95, worst, statistics.mean(hits)


def _queries(sample: list[dict]) -> dict[str, list[str]]:
    rng = random.Random(3)
    phones = []
    for row in sample:
        text = row["phone"]
        digits = "".join(c for c in text if c.isdigit())
        national = digits[2:] if text.startswith("+39") else digits
        phones += [text, national, f"0039{national}", format_phone("+39" + national)]
    return {
        "name prefix": [r["name"][:rng.randint(3, 8)] for r in sample],
        "word in name": [r["name"].split()[1][:5].lower() for r in sample],
        "code": [r["code"] for r in sample],
        "phone (formats)": phones,
        "phone tail (6 digits)": [p[-6:] for p in (r["phone"].replace(" ", "") for r in sample)],
        "VAT number": [f"IT{r['vat_number']}" for r in sample if r["vat_number"]],
        "city": [r["city"][:rng.randint(3, 6)] for r in sample],
        "no match": ["zzzz", "qqqq xx", "0000000000"],
    }


def _sample_from_database(services) -> list[dict]:
    """A spread of existing customers of an already-built set (the demo shop)."""
    from counterapp.db.models import Customer  # noqa: PLC0415

    ids = [cid for (cid,) in Customer.select(Customer.id).where(
        Customer.merged_into.is_null()).order_by(Customer.id).tuples()]
    sample = []
    for customer_id in ids[::max(1, len(ids) // 50)]:
        detail = services.customers.get(customer_id)
        phone = detail.phones[0].e164 if detail.phones else ""
        city = detail.default_address.city if detail.default_address else "Milano"
        sample.append(dict(code=detail.code, name=detail.name, vat_number=detail.vat_number,
                           phone=format_phone(phone) if phone else "02 1234 5678", city=city))
    return sample


def _ready_large_set() -> str | None:
    """The large demo set's URL if it is built (an in-place upgrade by new migrations is
    fine); ``None`` when it would have to be generated: that takes many minutes and other
    benchmarks may be building it right now."""
    from bench.dataset import CACHE_DIR, available, large_database_url, schema_key  # noqa: PLC0415

    path, key = CACHE_DIR / "large.db", CACHE_DIR / "large.key"
    lines = key.read_text().split() if key.exists() else []
    ready = path.exists() and (lines == [schema_key()]
                               or (len(lines) > 1 and set(lines[1:]) <= set(available())))
    if ready:
        return large_database_url()
    print("(large demo set not built for this schema: measuring the imported set only)")
    return None


def run(rows: int = ROWS) -> dict:
    """Import ``rows`` customers from CSV, then measure search; prints and returns figures."""
    work = Path(tempfile.mkdtemp(prefix="counterapp-bench-customers-"))
    figures: dict = {}
    try:
        csv_path = work / "customers.csv"
        started = time.perf_counter()
        sample = write_csv(csv_path, rows)
        figures["csv_write_s"] = round(time.perf_counter() - started, 2)
        url = f"sqlite:///{work / 'customers.db'}"
        services = _services(url, work)
        services.staff.create_user(None, "bench", "Bench Manager", "manager", "1234")
        started = time.perf_counter()
        report = services.csv.import_customers(csv_path, actor=services.staff.actor("bench"))
        figures["import_s"] = round(time.perf_counter() - started, 2)
        figures["import_rows"] = report.created
        assert report.written and report.created == rows, report.lines()[:5]
        services.ctx.db.execute_sql("ANALYZE")
        print(f"import of {rows:,} customers from CSV: {figures['import_s']:.2f} s "
              f"({rows / figures['import_s']:,.0f} rows/s)")
        sets = [("imported", services, sample)]
        demo_url = _ready_large_set()
        if demo_url:
            demo = _services(demo_url, work)
            sets.append(("large demo", demo, _sample_from_database(demo)))
        print(f"{'set':<11} {'query kind':<22} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} "
              f"{'hits':>6}")
        worst_p95 = 0.0
        for label, svc, rows_sample in sets:
            for kind, queries in _queries(rows_sample).items():
                if not queries:
                    continue
                p50, p95, worst, hits = _measure(svc, queries)
                worst_p95 = max(worst_p95, p95)
                figures[f"{label}: {kind} p50_ms"] = round(p50, 2)
                figures[f"{label}: {kind} p95_ms"] = round(p95, 2)
                print(f"{label:<11} {kind:<22} {p50:>8.2f} {p95:>8.2f} {worst:>8.2f} {hits:>6.1f}")
        figures["worst_p95_ms"] = round(worst_p95, 2)
        verdict = "OK" if worst_p95 < SEARCH_TARGET_P95_MS else "over target"
        print(f"worst p95 {worst_p95:.2f} ms (target < {SEARCH_TARGET_P95_MS:.0f} ms): {verdict}")
        services.ctx.db.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return figures


if __name__ == "__main__":
    arguments = sys.argv[1:]
    count = int(arguments[arguments.index("--rows") + 1]) if "--rows" in arguments else ROWS
    run(count)
