"""The audit log is append-only in the database and hash-chained (issue 16, part 6).

Raw SQL from outside the app is refused; an attacker with DDL rights who drops the
triggers first and edits, deletes or replaces rows is caught by ``AuditService.verify`` at
the right entry; people and customers stay named after their rows are deleted.
"""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal

import peewee
import pytest

from counterapp.db.database import is_sqlite
from counterapp.db.migrations import m0710_audit_append_only as m0710
from counterapp.db.models import AuditEntry, Customer, User
from counterapp.db.models.audit import CHAIN_FIELDS, AuditChainHead, append, chain_hash
from counterapp.domain.customers import CustomerInput
from counterapp.services import audit
from counterapp.services.context import Actor


def _sql(services, statement: str, params=()):
    db = services.ctx.db
    if not is_sqlite(db):
        statement = statement.replace("?", "%s")
    with db.atomic():
        return db.execute_sql(statement, params)


@pytest.fixture
def entries(services, staff):
    """A few entries by real services (customers created, a credit limit changed)."""
    rossi = services.customers.create(staff["am"], CustomerInput(name="Rossi"))
    services.customers.set_credit_limit(staff["mgr"], rossi.id, Decimal("250"))
    services.customers.create(staff["am"], CustomerInput(name="Bianchi"))
    ids = [e.id for e in AuditEntry.select(AuditEntry.id).order_by(AuditEntry.id)]
    assert len(ids) >= 3
    assert services.audit.verify().intact
    return ids


def _drop_protection(services) -> None:
    """What someone with DDL rights does first."""
    db = services.ctx.db
    if is_sqlite(db):
        for name in ("audit_entry_no_update", "audit_entry_no_delete"):
            db.execute_sql(f"DROP TRIGGER {name}")
    else:
        db.execute_sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update_delete")


def _restore_protection(services) -> None:
    """... and last, to cover the tracks."""
    db = services.ctx.db
    if is_sqlite(db):
        for statement in m0710._SQLITE_DDL[:2]:
            db.execute_sql(statement)
    else:
        db.execute_sql("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_no_update_delete")


def test_raw_update_and_delete_are_refused(services, entries):
    before = [(e.id, e.amount, e.action, e.row_hash) for e in AuditEntry.select()]
    for statement in ("UPDATE audit_entry SET amount = 1",
                      "UPDATE audit_entry SET user_login = 'nobody' WHERE id = ?",
                      "DELETE FROM audit_entry WHERE id = ?",
                      "DELETE FROM audit_entry"):
        params = (entries[1],) if "?" in statement else ()
        with pytest.raises(peewee.DatabaseError, match="audit log is append-only"):
            _sql(services, statement, params)
    with pytest.raises(peewee.DatabaseError, match="append-only"):
        AuditEntry.update(reason="x").where(AuditEntry.id == entries[0]).execute()
    assert [(e.id, e.amount, e.action, e.row_hash) for e in AuditEntry.select()] == before
    assert services.audit.verify().intact


def test_truncate_is_refused_on_postgres(services, entries):
    if is_sqlite(services.ctx.db):
        pytest.skip("SQLite has no TRUNCATE (DELETE without WHERE is covered above)")
    for table in ("audit_entry", "audit_chain_head"):
        with pytest.raises(peewee.DatabaseError, match="append-only"):
            _sql(services, f"TRUNCATE {table}")
    assert AuditEntry.select().count() == len(entries)


def test_the_chain_head_only_moves_forward(services, entries):
    for statement in ("UPDATE audit_chain_head SET entries = entries - 1, last_id = last_id - 1",
                      "UPDATE audit_chain_head SET last_hash = 'x'",
                      "DELETE FROM audit_chain_head"):
        with pytest.raises(peewee.DatabaseError, match="moves forward|append-only"):
            _sql(services, statement)
    head = AuditChainHead.get_by_id(1)
    assert (head.entries, head.last_id) == (len(entries), entries[-1])
    assert head.last_hash == AuditEntry.get_by_id(entries[-1]).row_hash


def test_each_row_is_chained_to_the_previous_one(services, entries):
    rows = list(AuditEntry.select().order_by(AuditEntry.id))
    assert rows[0].prev_hash == ""
    for previous, row in zip(rows, rows[1:], strict=False):
        assert row.prev_hash == previous.row_hash
        assert len(row.row_hash) == 64
    report = services.audit.verify()
    assert report.intact and report.entries == len(rows)
    assert report.head_hash == rows[-1].row_hash


def test_an_edited_row_is_caught_at_its_id(services, entries):
    target = entries[1]
    _drop_protection(services)
    _sql(services, "UPDATE audit_entry SET amount = 1 WHERE id = ?", (target,))
    _restore_protection(services)
    report = services.audit.verify()
    assert not report.intact and report.missing_triggers == ()
    assert report.break_id == target
    assert report.break_at == AuditEntry.get_by_id(target).at
    assert "content does not match" in report.problem
    assert report.entries == entries.index(target)


def test_an_edited_and_rehashed_row_is_caught_at_the_next_link(services, entries):
    target = entries[0]
    _drop_protection(services)
    _sql(services, "UPDATE audit_entry SET reason = 'nothing happened', row_hash = ? WHERE id = ?",
         ("0" * 64, target))
    report = services.audit.verify()
    assert report.break_id == target  # its own hash no longer matches its content
    row = AuditEntry.get_by_id(target)
    values = {name: getattr(row, name) for name in CHAIN_FIELDS}
    _sql(services, "UPDATE audit_entry SET row_hash = ? WHERE id = ?",
         (chain_hash(row.prev_hash, values), target))
    report = services.audit.verify()
    assert report.break_id == entries[1] and "link to the previous entry" in report.problem
    assert report.missing_triggers  # the protection is still off: said as well


def test_a_deleted_row_is_caught_at_the_next_one(services, entries):
    _drop_protection(services)
    _sql(services, "DELETE FROM audit_entry WHERE id = ?", (entries[1],))
    _restore_protection(services)
    report = services.audit.verify()
    assert report.break_id == entries[2]
    assert f"previous entry (id {entries[0]})" in report.problem


def test_a_cut_off_tail_is_caught_by_the_head(services, entries):
    _drop_protection(services)
    _sql(services, "DELETE FROM audit_entry WHERE id = ?", (entries[-1],))
    _restore_protection(services)
    report = services.audit.verify()
    assert not report.intact and report.break_id is None
    assert f"chain head records id {entries[-1]} with {len(entries)} entries" in report.problem


def test_a_dropped_and_recreated_table_is_caught(services, entries):
    db = services.ctx.db
    db.execute_sql("DROP TABLE audit_entry")
    assert "audit_entry table is missing" in services.audit.verify().problem
    AuditEntry.create_table()
    report = services.audit.verify()
    assert not report.intact and "0 entries but the chain head records" in report.problem
    assert "audit_entry_chain_head" in report.missing_triggers


def test_an_entry_written_around_the_app_is_caught(services, entries):
    _sql(services, "INSERT INTO audit_entry (at, action, entity, entity_id, before, after, reason) "
         "VALUES (?, 'forged', '', '', '', '', '')", (dt.datetime(2026, 11, 1, 8, 0),))
    report = services.audit.verify()
    assert report.break_id == AuditEntry.get(AuditEntry.action == "forged").id
    assert "no hash" in report.problem


def test_awkward_values_survive_the_round_trip(services, staff):
    """Rounding, zones, microseconds, odd text: the hash is of what the database gives back."""
    with services.ctx.db.atomic():
        audit.record(staff["mgr"], "odd", amount=Decimal("1.005"), reason="Caffè «π» \u2028 ok",
                     at=dt.datetime(2026, 3, 29, 2, 30, 0, 123456))
        audit.record(staff["mgr"], "zoned", amount=Decimal("-0.004"),
                     at=dt.datetime(2026, 6, 1, 12, 0, tzinfo=dt.UTC), entity_id=12345,
                     before={"price": Decimal("9.90")}, after=["x", None])
        audit.record(None, "system", at=dt.date(2026, 1, 2))
    assert services.audit.verify().intact
    odd = AuditEntry.get(AuditEntry.action == "odd")
    assert odd.amount == Decimal("1.01") and odd.at.microsecond == 123456


def test_names_are_kept_as_text_and_survive_deleting_the_user_and_customer(services, staff,
                                                                          tmp_path):
    temp = User.create(login="temp", display_name="Tina Temporanea", role="junior", pin_hash="x")
    actor = Actor(id=temp.id, login="temp", display_name="Tina Temporanea", role=staff["junior"].role)
    shop = Customer.create(code="CTMP", kind="b2c", name="Negozio Chiuso",
                           search_name="negozio chiuso")
    with services.ctx.db.atomic():
        audit.record(actor, "note_added", entity="customer", entity_id="CTMP",
                     customer_id=shop.id, amount=Decimal("5"))
    _sql(services, 'DELETE FROM "user" WHERE id = ?', (temp.id,))
    _sql(services, "DELETE FROM customer WHERE id = ?", (shop.id,))
    assert not User.select().where(User.id == temp.id).exists()
    rows = services.audit.search(staff["mgr"], user="temp")
    assert len(rows) == 1
    row = rows[0]
    assert (row.user, row.user_name) == ("temp", "Tina Temporanea")
    assert (row.customer_code, row.customer_name) == ("CTMP", "Negozio Chiuso")
    assert row.customer_id == shop.id  # the id is kept too, not nulled
    assert services.audit.verify().intact
    assert ("temp", "Tina Temporanea") in services.audit.people()
    out = tmp_path / "audit.csv"
    assert services.audit.export_csv(staff["mgr"], out, user="temp") == 1
    exported = next(csv.DictReader(out.open(encoding="utf-8")))
    assert (exported["user"], exported["user_name"]) == ("temp", "Tina Temporanea")
    assert (exported["customer_code"], exported["customer_name"]) == ("CTMP", "Negozio Chiuso")
    assert exported["row_hash"] == AuditEntry.get(AuditEntry.action == "note_added").row_hash


def test_a_renamed_user_does_not_rewrite_history(services, staff, entries):
    _sql(services, "UPDATE \"user\" SET login = 'amx', display_name = 'Someone Else' "
         "WHERE login = 'am'")
    created = services.audit.search(staff["mgr"], action="customer_created")
    assert {(r.user, r.user_name) for r in created} == {("am", "Andrea Account")}
    assert {r.customer_name for r in created} == {"Rossi", "Bianchi"}


def test_approver_names_are_stored(services, staff):
    # The approver's (and doer's) name is looked up from the id when not given.
    with services.ctx.db.atomic():
        append(user_id=staff["junior"].id, approver_id=staff["senior"].id,
                     action="approved_thing")
    entry = AuditEntry.get(AuditEntry.action == "approved_thing")
    assert (entry.user_login, entry.user_name) == ("junior", "Giulia Junior")
    assert (entry.approver_login, entry.approver_name) == ("senior", "Sergio Senior")
    assert services.audit.verify().intact


def test_a_fully_rehashed_log_passes_alone_but_not_against_an_anchor(services, entries):
    """The honest limit of an unkeyed chain, and the noted hash that closes it."""
    noted = services.audit.verify()
    anchor = (noted.entries, noted.head_hash)
    db = services.ctx.db
    _drop_protection(services)
    for name in (("audit_chain_head_forward",) if is_sqlite(db) else ()):
        db.execute_sql(f"DROP TRIGGER {name}")
    if not is_sqlite(db):
        db.execute_sql("ALTER TABLE audit_chain_head DISABLE TRIGGER audit_chain_head_forward")
    _sql(services, "UPDATE audit_entry SET reason = 'rewritten' WHERE id = ?", (entries[0],))
    prev = ""
    for row in AuditEntry.select().order_by(AuditEntry.id):
        digest = chain_hash(prev, {name: getattr(row, name) for name in CHAIN_FIELDS})
        _sql(services, "UPDATE audit_entry SET prev_hash = ?, row_hash = ? WHERE id = ?",
             (prev, digest, row.id))
        prev = digest
    _sql(services, "UPDATE audit_chain_head SET last_hash = ?", (prev,))
    _restore_protection(services)
    assert services.audit.verify().problem == ""  # indistinguishable without a noted hash
    report = services.audit.verify(anchor)
    assert report.break_id == entries[-1] and "the log was rewritten" in report.problem
    fewer = services.audit.verify((len(entries) + 5, noted.head_hash))
    assert "fewer than the" in fewer.problem


def test_a_row_slipped_in_past_the_head_is_caught(services, entries):
    db = services.ctx.db
    if is_sqlite(db):
        db.execute_sql("DROP TRIGGER audit_entry_chain_head")
    else:
        db.execute_sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_chain_head")
    _sql(services, "INSERT INTO audit_entry (at, action, entity, entity_id, before, after, "
         "reason, prev_hash, row_hash) VALUES (?, 'forged', '', '', '', '', '', 'x', 'y')",
         (dt.datetime(2026, 11, 1, 8, 0),))
    if is_sqlite(db):
        db.execute_sql(m0710._SQLITE_DDL[2])
    else:
        db.execute_sql("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_chain_head")
    report = services.audit.verify()
    assert report.missing_triggers == ()
    assert report.break_id == AuditEntry.get(AuditEntry.action == "forged").id
    assert "past the chain head" in report.problem
