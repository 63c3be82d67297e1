"""DDT numbers stay gapless and unique when several workstations print at once.

Four processes (separate connections, as four workstations) print delivery notes for
different orders on the same database — SQLite file or PostgreSQL schema — and the
numbers must come out 1..N exactly once each.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from counterapp.db.models import PrintJob, Shipment
from tests.services.test_printing_fixtures import customer, order

WORKERS = 4
ORDERS_PER_WORKER = 6

WORKER = r"""
import json, sys
from counterapp.app import open_services
from counterapp.settings import Settings
url, settings_path, numbers = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
services = open_services(url, Settings(__import__("pathlib").Path(settings_path)))
out = []
for number in numbers:
    doc = services.printing.render(None, "delivery-note", number, printer="worker")
    out.append(doc.document_number)
print(json.dumps(out))
"""


@pytest.mark.slow
def test_ddt_numbers_gapless_across_processes(services, db_url, tmp_path):
    who = customer()
    numbers = [order(customer_row=who, shipment="courier").number
               for _ in range(WORKERS * ORDERS_PER_WORKER)]
    chunks = [numbers[i::WORKERS] for i in range(WORKERS)]
    root = Path(__file__).resolve().parents[2]
    processes = [
        subprocess.Popen([sys.executable, "-c", WORKER, db_url, str(tmp_path / "s.json"),
                          json.dumps(chunk)], cwd=root, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True)
        for chunk in chunks
    ]
    printed = []
    for process in processes:
        stdout, stderr = process.communicate(timeout=240)
        assert process.returncode == 0, stderr[-2000:]
        printed += json.loads(stdout.strip().splitlines()[-1])
    year = printed[0].split()[1].split("/")[0]
    expected = [f"DDT {year}/{n:06d}" for n in range(1, len(numbers) + 1)]
    assert sorted(printed) == expected
    stored = sorted(s.ddt_number for s in Shipment.select())
    assert stored == expected
    assert PrintJob.select().where(PrintJob.is_copy == False).count() == len(numbers)  # noqa: E712
    # A reprint after the race reuses the number it got.
    again = services.printing.render(None, "delivery-note", numbers[0])
    assert again.is_copy and again.document_number in expected


SAME_ORDER = r"""
import json, sys
from counterapp.app import open_services
from counterapp.settings import Settings
url, settings_path, number = sys.argv[1], sys.argv[2], sys.argv[3]
services = open_services(url, Settings(__import__("pathlib").Path(settings_path)))
copies = [services.printing.render(None, "slip", number, printer="ws").is_copy
          for _ in range(3)]
print(json.dumps(copies))
"""


@pytest.mark.slow
def test_only_one_original_when_workstations_print_the_same_slip(services, db_url, tmp_path):
    number = order(customer_row=customer()).number
    root = Path(__file__).resolve().parents[2]
    processes = [
        subprocess.Popen([sys.executable, "-c", SAME_ORDER, db_url, str(tmp_path / "s.json"),
                          number], cwd=root, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         text=True)
        for _ in range(WORKERS)
    ]
    flags = []
    for process in processes:
        stdout, stderr = process.communicate(timeout=240)
        assert process.returncode == 0, stderr[-2000:]
        flags += json.loads(stdout.strip().splitlines()[-1])
    assert flags.count(False) == 1 and len(flags) == WORKERS * 3
    journal = services.printing.journal(number)
    assert [j.is_copy for j in journal].count(False) == 1
