"""Driver faults come out typed and by cause; bad text is refused the same on both engines.

- a full database (SQLite ``PRAGMA max_page_count``, which fails exactly like a full disk:
  ``SQLITE_FULL``) is "the disk is full: nothing was saved", not "cannot rollback - no
  transaction is active";
- a write lock held beyond the busy timeout is ``DatabaseRetryable``, and the checkout
  retried under ``retry_transient`` goes through once the lock is released;
- a PostgreSQL connection killed inside a transaction is ``DatabaseRetryable`` and the
  next operation runs on a fresh connection;
- NUL and lone surrogates in searches and names: a typed error or nothing, never a
  ``ValueError``/``UnicodeEncodeError`` from the driver.
"""

from __future__ import annotations

import time
from decimal import Decimal

import pytest

from counterapp.db import connect
from counterapp.db.database import is_sqlite
from counterapp.db.models import Customer, Order, Product
from counterapp.domain.customers import CustomerInput
from counterapp.domain.errors import DatabaseRetryable, DatabaseWriteFailed, ValidationError
from counterapp.services.cart import CartDraft, CartLineInput, PaymentInput
from counterapp.services.retry import retry_transient

BAD_TEXTS = ["ab\x00c", "\x00", "caff\ud800", "\udfff"]


def _goods(count: int = 30) -> list[int]:
    return [Product.create(sku=f"SKU-{n:03d}", name=f"Articolo con un nome lungo {n} " * 3,
                           price=Decimal("2.50"), vat_rate=Decimal("22"), stock=10_000).id
            for n in range(count)]


def _sell(services, actor, product_ids, sale_uuid):
    draft = CartDraft(lines=tuple(CartLineInput(pid, 1) for pid in product_ids))
    total = services.pricing.price_cart(draft).gross
    return services.checkout.checkout(actor, draft, [PaymentInput("card", total)],
                                   sale_uuid=sale_uuid)


def _sqlite_only(services):
    if not is_sqlite(services.ctx.db):
        pytest.skip("SQLite only")


def _postgres_only(services):
    if is_sqlite(services.ctx.db):
        pytest.skip("PostgreSQL only")


# --- disk full --------------------------------------------------------------------------
def test_a_full_database_says_the_disk_is_full_and_saves_nothing(services, staff):
    _sqlite_only(services)
    ids = _goods()
    _sell(services, staff["junior"], ids[:2], "first")  # the shop works
    db = services.ctx.db
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    pages = db.execute_sql("PRAGMA page_count").fetchone()[0]
    db.execute_sql(f"PRAGMA max_page_count = {pages}")
    before = Order.select().count()
    errors = []
    for n in range(5):  # fill what free space is left, then every sale must fail
        try:
            _sell(services, staff["junior"], ids, f"full-{n}")
        except DatabaseWriteFailed as exc:
            errors.append(exc)
    assert errors, "no sale hit the size limit"
    error = errors[-1]
    assert error.cause == "disk_full"
    assert "the disk is full: nothing was saved" in str(error)
    assert "rollback" not in str(error)
    failed_uuids = [f"full-{n}" for n in range(5)][-len(errors):]
    assert Order.select().where(Order.uuid.in_(failed_uuids)).count() == 0
    assert Order.select().count() == before + 5 - len(errors)

    db.execute_sql("PRAGMA max_page_count = 1073741823")  # space again: the same app goes on
    assert _sell(services, staff["junior"], ids, "after").number


# --- busy -------------------------------------------------------------------------------
def test_a_lock_held_beyond_the_timeout_is_retryable_and_the_retry_sells_once(
        services, staff, db_url):
    _sqlite_only(services)
    ids = _goods(3)
    other = connect(db_url, bind=False)  # another workstation, holding the write lock
    other.execute_sql("BEGIN IMMEDIATE")
    services.ctx.db.execute_sql("PRAGMA busy_timeout = 50")
    try:
        with pytest.raises(DatabaseRetryable, match="busy"):
            _sell(services, staff["junior"], ids, "busy-1")
        assert Order.select().where(Order.uuid == "busy-1").count() == 0

        attempts = []

        def release(exc):  # the other workstation finishes while we wait
            attempts.append(exc)
            if other.in_transaction() or other.connection().in_transaction:
                other.execute_sql("COMMIT")

        result = retry_transient(lambda: _sell(services, staff["junior"], ids, "busy-1"),
                                 on_retry=release)
    finally:
        if other.connection().in_transaction:
            other.execute_sql("ROLLBACK")
        other.close()
    assert len(attempts) == 1
    assert result.uuid == "busy-1"
    assert Order.select().where(Order.uuid == "busy-1").count() == 1


# --- PostgreSQL: a connection killed mid-transaction ------------------------------------
def _kill_own_backend(services) -> None:
    import psycopg2  # noqa: PLC0415

    pid = services.ctx.db.execute_sql("SELECT pg_backend_pid()").fetchone()[0]
    params = services.ctx.db.connect_params
    admin = psycopg2.connect(dbname=services.ctx.db.database, **{
        k: v for k, v in params.items() if k in ("user", "password", "host", "port")})
    admin.autocommit = True
    try:
        cur = admin.cursor()
        cur.execute("SELECT pg_terminate_backend(%s)", (pid,))
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            cur.execute("SELECT count(*) FROM pg_stat_activity WHERE pid = %s", (pid,))
            if cur.fetchone()[0] == 0:
                return
            time.sleep(0.02)  # polling the server's activity table (no Qt involved)
    finally:
        admin.close()


def test_postgres_connection_killed_inside_a_transaction_is_retryable(services, staff):
    _postgres_only(services)
    ids = _goods(2)
    db = services.ctx.db
    with pytest.raises(DatabaseRetryable) as info, db.atomic():
        db.execute_sql("SELECT 1")
        _kill_own_backend(services)
        db.execute_sql("SELECT 2")
    assert "Error" not in str(info.value) and "\n" not in str(info.value)
    # In a savepoint (a nested atomic, as the audit append is) the rollback to the
    # savepoint meets the closed connection too: still the one typed error.
    with pytest.raises(DatabaseRetryable), db.atomic():
        db.execute_sql("SELECT 1")
        with db.atomic():
            _kill_own_backend(services)
            db.execute_sql("SELECT 2")
    # The next operation reopens the connection by itself.
    assert _sell(services, staff["junior"], ids, "after-kill").number


def test_postgres_connection_killed_while_idle_is_reopened_silently(services, staff):
    _postgres_only(services)
    ids = _goods(2)
    _kill_own_backend(services)
    assert _sell(services, staff["junior"], ids, "idle-kill").number
    _kill_own_backend(services)
    assert services.catalog.search("Articolo")


# --- bad text -----------------------------------------------------------------------------
@pytest.mark.parametrize("text", BAD_TEXTS)
def test_nul_and_surrogates_in_searches_give_nothing_or_a_typed_error(services, staff, text):
    _goods(2)
    Customer.create(code="C1", kind="b2c", name="Rossi Mario", search_name="rossi mario")
    for search in (services.catalog.search, services.customer_search.search):
        try:
            rows = search(text)
        except ValidationError:
            continue
        assert rows == []


@pytest.mark.parametrize("text", BAD_TEXTS)
def test_nul_and_surrogates_in_a_customer_name_are_refused(services, staff, text):
    before = Customer.select().count()
    with pytest.raises(ValidationError):
        services.customers.create(staff["mgr"], CustomerInput(name=f"Rossi {text} Mario"))
    assert Customer.select().count() == before


def test_bad_text_is_refused_for_raw_queries_too(services):
    for text in BAD_TEXTS:
        with pytest.raises(ValidationError, match="text"):
            services.ctx.db.execute_sql(
                "SELECT count(*) FROM product WHERE name = " + services.ctx.db.param, (text,))


# --- a real full disk -------------------------------------------------------------------
@pytest.fixture
def small_disk(tmp_path, sqlite_template):
    """A tmpfs a little bigger than a fresh shop (root with mount rights only, else skip)."""
    import os  # noqa: PLC0415
    import shutil  # noqa: PLC0415
    import subprocess  # noqa: PLC0415

    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a small filesystem needs root")
    mount_point = tmp_path / "small"
    mount_point.mkdir()
    size = (sqlite_template.stat().st_size + 2 * 1024 * 1024) // 4096 * 4096
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs",
                             str(mount_point)], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {result.stderr.strip()}")
    try:
        shutil.copy(sqlite_template, mount_point / "shop.db")
        yield mount_point / "shop.db"
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def test_a_real_full_disk_says_so_and_keeps_what_was_acknowledged(small_disk, settings):
    from counterapp.db.migrations import migrate  # noqa: PLC0415
    from counterapp.services import ServiceContext, build_services  # noqa: PLC0415

    db = connect(f"sqlite:///{small_disk}", create=False)
    migrate(db, backup=False)
    services = build_services(ServiceContext(db=db, settings=settings))
    try:
        services.staff.create_user(None, "mgr", "Maria Manager", "manager", "1111")
        services.staff.create_user(None, "junior", "Giulia Junior", "junior", "3333")
        junior = services.staff.actor("junior")
        ids = _goods(20)
        sold: list[str] = []
        failures: list[DatabaseWriteFailed] = []
        for n in range(5000):
            try:
                sold.append(_sell(services, junior, ids, f"disk-{n}").uuid)
            except DatabaseWriteFailed as exc:
                failures.append(exc)
                if len(failures) == 3:
                    break
        assert failures, "the filesystem never filled up"
        assert {f.cause for f in failures} == {"disk_full"}, [str(f) for f in failures]
        assert all("the disk is full: nothing was saved" in str(f) for f in failures)
        assert not any("rollback" in str(f) for f in failures)
        stored = {o.uuid for o in Order.select(Order.uuid).where(Order.kind == "sale")}
        assert stored == set(sold)  # every acknowledged sale kept, no failed one half-written
    finally:
        db.close()
