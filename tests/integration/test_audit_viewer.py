"""The audit viewer shows people and customers from the entries' own text, and checks the chain.

A real dialog over a real SQLite file: a user and a customer are deleted with raw SQL and
the viewer still names them; "Check integrity" runs ``verify`` off the UI thread.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton

from counterapp.db.models import AuditEntry, Customer, User
from counterapp.domain.permissions import Role
from counterapp.services import audit
from counterapp.services.context import Actor
from counterapp.ui.audit.models import AuditModel
from counterapp.ui.audit.viewer import AuditDialog
from tests.conftest import TEST_PINS


@pytest.fixture
def ui_services(sqlite_url, settings):
    """Services over SQLite (UI tests run on one engine), a manager and a departed clerk."""
    from tests.conftest import _open  # noqa: PLC0415

    svc = _open(sqlite_url, settings)
    svc.staff.create_user(None, "mgr", "Maria Manager", "manager", TEST_PINS["mgr"])
    temp = User.create(login="temp", display_name="Tina Temporanea", role="junior", pin_hash="x")
    shop = Customer.create(code="CTMP", kind="b2c", name="Negozio Chiuso",
                           search_name="negozio chiuso")
    with svc.ctx.db.atomic():
        audit.record(Actor(id=temp.id, login="temp", display_name="Tina Temporanea",
                           role=Role.JUNIOR), "note_added", entity="customer",
                     entity_id="CTMP", customer_id=shop.id, amount=Decimal("5"))
        svc.ctx.db.execute_sql('DELETE FROM "user" WHERE id = ?', (temp.id,))
        svc.ctx.db.execute_sql("DELETE FROM customer WHERE id = ?", (shop.id,))
    yield svc
    svc.ctx.db.close()


def _dialog(qtbot, services) -> AuditDialog:
    dialog = AuditDialog(services, services.staff.actor("mgr"))
    qtbot.addWidget(dialog)
    return dialog


def test_deleted_people_and_customers_still_show_by_name(qtbot, qtmodeltester, ui_services):
    dialog = _dialog(qtbot, ui_services)
    qtmodeltester.check(dialog.model)
    combo = dialog.findChild(QComboBox, "auditUser")
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert "Tina Temporanea (temp)" in labels
    combo.setCurrentIndex(labels.index("Tina Temporanea (temp)"))
    dialog.refresh()
    assert dialog.model.rowCount() == 1
    row = dialog.model.index(0, AuditModel.COL_USER)
    assert row.data() == "Tina Temporanea (temp)"
    assert dialog.model.index(0, AuditModel.COL_CUSTOMER).data() == "CTMP – Negozio Chiuso"
    tooltip = dialog.model.index(0, AuditModel.COL_AT).data(Qt.ItemDataRole.ToolTipRole)
    assert "sha256: " + AuditEntry.get(AuditEntry.action == "note_added").row_hash in tooltip


def test_check_integrity_button(qtbot, ui_services):
    dialog = _dialog(qtbot, ui_services)
    status = dialog.findChild(QLabel, "auditStatus")
    button = dialog.findChild(QPushButton, "auditVerifyButton")
    count = AuditEntry.select().count()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: status.text().startswith("Audit log intact"), timeout=10_000)
    assert status.text() == f"Audit log intact: {count} entries."

    target = AuditEntry.get(AuditEntry.action == "note_added").id
    db = ui_services.ctx.db
    with db.atomic():
        db.execute_sql("DROP TRIGGER audit_entry_no_delete")
        db.execute_sql("DELETE FROM audit_entry WHERE id = ?", (target,))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: status.text().startswith("Audit log broken"), timeout=10_000)
    assert "chain head records" in status.text()  # the newest entry was cut off
