"""The permission matrix, exercised through the real service methods for every role.

Each cell says what must happen when that role calls the service alone: ``allow``,
``approval`` (``PermissionDenied`` with ``needs_approval``) or ``deny``. The expected
table is written out here on purpose, independently of ``domain.permissions.MATRIX``.
"""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from counterapp.domain.customers import CustomerInput
from counterapp.domain.errors import PermissionDenied
from counterapp.domain.permissions import Action
from tests.conftest import TEST_PINS

ROLES = ["junior", "senior", "am", "mgr"]
EXPECTED = {
    Action.CHANGE_CREDIT_LIMIT: ["approval", "approval", "allow", "allow"],
    Action.MERGE_CUSTOMERS: ["approval", "allow", "allow", "allow"],
    Action.ASSIGN_ACCOUNT_MANAGER: ["deny", "deny", "allow", "allow"],
    Action.VIEW_AUDIT: ["deny", "deny", "deny", "allow"],
    Action.EDIT_USERS: ["deny", "deny", "deny", "allow"],
    Action.UNLOCK_USER: ["deny", "deny", "deny", "allow"],
    Action.IMPORT_DATA: ["deny", "deny", "deny", "allow"],
    Action.EDIT_PRICES: ["deny", "deny", "deny", "allow"],
}
CASES = [(action, role, verdicts[i]) for action, verdicts in EXPECTED.items()
         for i, role in enumerate(ROLES)]


def _customer(services, actor, name):
    return services.customers.create(actor, CustomerInput(name=name)).id


def _call(services, staff, tmp_path, action, actor, approvals=()):
    """Run the service method that ``action`` guards; returns the customer id it touched."""
    mgr = staff["mgr"]
    if action == Action.CHANGE_CREDIT_LIMIT:
        cid = _customer(services, mgr, "Credit Co")
        services.customers.set_credit_limit(actor, cid, Decimal("2500"), approvals=approvals)
        return cid
    if action == Action.MERGE_CUSTOMERS:
        keep, dup = _customer(services, mgr, "Keep"), _customer(services, mgr, "Dup")
        services.customers.merge(actor, keep, dup, approvals=approvals)
        return keep
    if action == Action.ASSIGN_ACCOUNT_MANAGER:
        cid = _customer(services, mgr, "Assigned")
        services.customers.assign_account_manager(actor, cid, "am")
        return cid
    if action == Action.VIEW_AUDIT:
        services.audit.search(actor)
        return None
    if action == Action.EDIT_USERS:
        services.staff.reset_pin(actor, "junior", "9876")
        return None
    if action == Action.UNLOCK_USER:
        services.staff.unlock(actor, "junior")
        return None
    path = tmp_path / "p.csv"
    path.write_text("sku,name,vat_rate,price\nS1,Pane,4,2.50\n", encoding="utf-8")
    if action == Action.IMPORT_DATA:
        services.csv.import_customers(path, actor=actor)  # wrong columns: still permission first
        return None
    services.csv.import_products(path, actor=actor)
    return None


@pytest.mark.parametrize("action,role,expected", CASES,
                         ids=[f"{a.value}-{r}" for a, r, _ in CASES])
def test_matrix_through_services(services, staff, tmp_path, action, role, expected):
    actor = staff[role]
    if expected == "allow":
        _call(services, staff, tmp_path, action, actor)
        return
    with pytest.raises(PermissionDenied) as err:
        _call(services, staff, tmp_path, action, actor)
    assert err.value.needs_approval is (expected == "approval")


def _last_audit(services, action):
    entries = services.audit.search(services.staff.actor("mgr"), action=action, limit=1)
    assert entries, f"no audit entry for {action}"
    return entries[0]


def test_junior_credit_limit_with_manager_approval(services, staff, tmp_path):
    junior = staff["junior"]
    approval = services.staff.approve("mgr", TEST_PINS["mgr"], Action.CHANGE_CREDIT_LIMIT,
                                      requester=junior, amount=Decimal("2500"),
                                      reason="long-standing customer")
    cid = _call(services, staff, tmp_path, Action.CHANGE_CREDIT_LIMIT, junior, (approval,))
    assert services.customers.get(cid).credit_limit == Decimal("2500")
    entry = _last_audit(services, Action.CHANGE_CREDIT_LIMIT.value)
    assert (entry.user, entry.approver, entry.action) == ("junior", "mgr", "change_credit_limit")
    assert entry.amount == Decimal("2500.00") and entry.reason == "long-standing customer"
    assert entry.customer_id == cid
    assert json.loads(entry.after) == {"credit_limit": "2500.00"}


def test_junior_merge_with_senior_approval(services, staff, tmp_path):
    junior = staff["junior"]
    approval = services.staff.approve("senior", TEST_PINS["senior"], Action.MERGE_CUSTOMERS,
                                      requester=junior, reason="same shop twice")
    keep = _call(services, staff, tmp_path, Action.MERGE_CUSTOMERS, junior, [approval])
    entry = _last_audit(services, Action.MERGE_CUSTOMERS.value)
    assert (entry.user, entry.approver, entry.reason) == ("junior", "senior", "same shop twice")
    assert entry.customer_id == keep


def test_an_approval_for_another_action_does_not_count(services, staff, tmp_path):
    junior = staff["junior"]
    approval = services.staff.approve("senior", TEST_PINS["senior"], Action.MERGE_CUSTOMERS,
                                      requester=junior)
    with pytest.raises(PermissionDenied):
        _call(services, staff, tmp_path, Action.CHANGE_CREDIT_LIMIT, junior, (approval,))


def test_senior_cannot_approve_what_they_cannot_do(services, staff):
    from counterapp.domain.errors import AuthenticationFailed  # noqa: PLC0415

    with pytest.raises(AuthenticationFailed):
        services.staff.approve("senior", TEST_PINS["senior"], Action.CHANGE_CREDIT_LIMIT,
                               requester=staff["junior"], amount=Decimal("10"))


def test_user_administration_by_a_manager(services, staff):
    from counterapp.domain.errors import ValidationError  # noqa: PLC0415

    mgr = staff["mgr"]
    row = services.staff.set_mentor(mgr, "am", "senior")
    assert row.mentor_login == "senior"
    with pytest.raises(ValidationError):
        services.staff.set_mentor(mgr, "am", "junior")  # juniors mentor nobody
    assert services.staff.set_role(mgr, "junior", "senior").role.value == "senior"
    with pytest.raises(ValidationError):
        services.staff.set_role(mgr, "mgr", "junior")
    assert services.staff.set_active(mgr, "am", False).active is False
    for method, args in ((services.staff.set_mentor, ("am", None)),
                         (services.staff.set_role, ("am", "manager")),
                         (services.staff.set_active, ("am", True))):
        with pytest.raises(PermissionDenied):
            method(staff["senior"], *args)
    actions = [e.action for e in services.audit.search(mgr, user="mgr")]
    assert {"user_mentor_set", "user_role_changed", "user_deactivated"} <= set(actions)
