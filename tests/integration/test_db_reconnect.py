"""A PostgreSQL restart under a selling counter: sales resume, none lost, none doubled.

The test starts its own throw-away cluster (``initdb`` into a temporary folder, a free
port, run as the ``postgres`` user when the test runs as root) so that it can stop and
start the server without disturbing anyone else. It runs when
``COUNTERAPP_TEST_POSTGRES_URL`` is set (CI installs PostgreSQL and sets it).

A worker process (``reconnect_worker.py``) sells in a loop exactly as the payment dialog
does: the checkout retried under ``retry_transient`` with the cart's sale UUID kept until
acknowledged. The server is stopped (``-m fast``, the issue's ``pg_ctlcluster stop``) once
the worker has sold, started again once the worker has noticed, and later the worker's
connection is killed with ``pg_terminate_backend`` a few times. Afterwards every
acknowledged sale is in the database exactly once and nothing else is.
"""

from __future__ import annotations

import glob
import os
import queue
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from decimal import Decimal
from pathlib import Path

import pytest

from counterapp.db import connect
from counterapp.db.migrations import migrate
from counterapp.db.models import Order, Product, User

WORKER = Path(__file__).with_name("reconnect_worker.py")
SALES_BEFORE = 15
SALES_BETWEEN = 15
TERMINATIONS = 3
WAIT_S = 120  # a guard against a hang, not a performance bound

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.slow,
    pytest.mark.skipif(not os.environ.get("COUNTERAPP_TEST_POSTGRES_URL"),
                       reason="COUNTERAPP_TEST_POSTGRES_URL is not set (no PostgreSQL here)"),
]


def _bin_dir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    if found:
        return Path(found[-1]).parent
    pg_ctl = shutil.which("pg_ctl")
    return Path(pg_ctl).parent if pg_ctl else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Cluster:
    """A PostgreSQL cluster of this test's own, stopped and removed at the end."""

    def __init__(self, bin_dir: Path):
        self.bin = bin_dir
        self.root = Path(tempfile.mkdtemp(prefix="counterapp-reconnect-"))
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        self.port = _free_port()
        self.as_root = os.geteuid() == 0
        if self.as_root:  # PostgreSQL refuses to run as root: hand the folder to postgres
            shutil.chown(self.root, "postgres", "postgres")
        self.run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                 "--no-sync")

    def run(self, tool: str, *args: str) -> None:
        command = [str(self.bin / tool), *args]
        if self.as_root:
            command = ["su", "postgres", "-c", subprocess.list2cmdline(command)]
        result = subprocess.run(command, capture_output=True, text=True, timeout=WAIT_S,
                                check=False)
        assert result.returncode == 0, (tool, result.stdout, result.stderr)

    def start(self) -> None:
        options = (f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 "
                   "-c fsync=off -c full_page_writes=off")
        self.run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-o", options, "-w",
                 "start")

    def stop(self) -> None:
        self.run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def destroy(self) -> None:
        if (self.data / "postmaster.pid").exists():
            self.run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)


@pytest.fixture
def cluster():
    bin_dir = _bin_dir()
    if bin_dir is None:
        pytest.skip("PostgreSQL server binaries not installed")
    server = Cluster(bin_dir)
    try:
        server.start()
        yield server
    finally:
        server.destroy()


class Lines:
    """The worker's stdout, read by a thread so the test can wait for a line with a guard."""

    def __init__(self, proc: subprocess.Popen):
        self.proc = proc
        self.queue: queue.Queue[str] = queue.Queue()
        self.acknowledged: dict[str, str] = {}
        self.retries = 0
        threading.Thread(target=self._pump, args=(proc.stdout,), daemon=True).start()

    def _pump(self, stream) -> None:
        for line in stream:
            self.queue.put(line.rstrip("\n"))
        self.queue.put("<eof>")

    def next(self) -> str:
        line = self.queue.get(timeout=WAIT_S)
        if line == "<eof>":
            self.proc.wait(timeout=WAIT_S)
            raise AssertionError("the worker died: " + self.proc.stderr.read()[-3000:])
        if line.startswith("sale "):
            _, sale_uuid, number = line.split()
            assert sale_uuid not in self.acknowledged, f"{sale_uuid} acknowledged twice"
            self.acknowledged[sale_uuid] = number
        elif line.startswith("retrying "):
            self.retries += 1
            assert "Error" not in line, line  # a sentence, not a class name
        return line

    def until(self, predicate) -> str:
        while True:
            line = self.next()
            if predicate(line):
                return line


def _terminate_worker_backends(url: str) -> None:
    """Kill the worker's server process (as an administrator would) and wait until it is gone."""
    import psycopg2  # noqa: PLC0415

    admin = psycopg2.connect(url)
    admin.autocommit = True
    try:
        cur = admin.cursor()
        cur.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = 'shop' AND pid <> pg_backend_pid()")
        deadline = time.monotonic() + WAIT_S
        while time.monotonic() < deadline:
            cur.execute("SELECT count(*) FROM pg_stat_activity "
                        "WHERE datname = 'shop' AND pid <> pg_backend_pid()")
            if cur.fetchone()[0] == 0:
                return
            time.sleep(0.05)  # polling the server's own activity table (no Qt involved)
    finally:
        admin.close()


def test_sales_survive_a_server_restart_and_killed_connections(cluster, tmp_path):
    import psycopg2  # noqa: PLC0415

    admin = psycopg2.connect(cluster.url())
    admin.autocommit = True
    admin.cursor().execute("CREATE DATABASE shop")
    admin.close()
    url = cluster.url("shop")
    db = connect(url)
    migrate(db, backup=False)
    User.create(login="clerk", display_name="Clerk", role="junior", pin_hash="x")
    for n in range(8):
        Product.create(sku=f"SKU-{n}", name=f"Articolo {n}", price=Decimal(150 + 41 * n) / 100,
                       vat_rate=Decimal("22"), stock=1_000_000)
    db.close()

    stop_file = tmp_path / "stop"
    proc = subprocess.Popen([sys.executable, str(WORKER), url, str(stop_file)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lines = Lines(proc)
    try:
        assert lines.next() == "ready"
        lines.until(lambda _: len(lines.acknowledged) >= SALES_BEFORE)

        cluster.stop()
        lines.until(lambda line: line.startswith("retrying"))  # the outage was felt
        before_restart = len(lines.acknowledged)
        cluster.start()
        back_at = time.monotonic()
        lines.until(lambda line: line.startswith("sale "))
        resumed_after_s = time.monotonic() - back_at
        print(f"sales resumed {resumed_after_s:.2f} s after the server accepted connections "
              f"again ({lines.retries} retries seen)")
        assert len(lines.acknowledged) == before_restart + 1

        for _ in range(TERMINATIONS):
            target = len(lines.acknowledged) + SALES_BETWEEN // TERMINATIONS
            lines.until(lambda _, target=target: len(lines.acknowledged) >= target)
            _terminate_worker_backends(cluster.url())
        target = len(lines.acknowledged) + SALES_BETWEEN // TERMINATIONS
        lines.until(lambda _: len(lines.acknowledged) >= target)

        stop_file.touch()
        lines.until(lambda line: line == "done")
        assert proc.wait(timeout=WAIT_S) == 0
        stderr = proc.stderr.read()
        assert "Traceback" not in stderr, stderr
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()

    db = connect(url)
    orders = {o.uuid: o.number for o in Order.select().where(Order.kind == "sale")}
    db.close()
    assert orders == lines.acknowledged  # none lost, none doubled, none unacknowledged
    year_numbers = sorted(orders.values())
    prefix = year_numbers[0][:6]
    assert year_numbers == [f"{prefix}{n:06d}" for n in range(1, len(orders) + 1)]
    assert lines.retries >= 1
