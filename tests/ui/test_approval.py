"""A junior asks for a 20 % discount; a senior approves it on the spot with their PIN."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

from counterapp.domain.errors import PermissionDenied
from counterapp.domain.permissions import Action, require
from counterapp.services.context import authorize
from counterapp.ui.common.approval import ApprovalDialog
from tests.conftest import TEST_PINS


def _dialog(qtbot, services, junior, percent="20"):
    dialog = ApprovalDialog(services, junior, Action.LINE_DISCOUNT, amount=Decimal(percent),
                            description=f"Giulia asks for {percent} % on a line.")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.objectName() == "approvalDialog"
    return dialog


def _type(qtbot, dialog, login, pin):
    login_edit = dialog.findChild(QLineEdit, "approverLogin")
    pin_edit = dialog.findChild(QLineEdit, "approverPin")
    login_edit.clear()
    qtbot.keyClicks(login_edit, login)
    qtbot.keyClicks(pin_edit, pin)
    qtbot.mouseClick(dialog.findChild(QPushButton, "approveButton"), Qt.MouseButton.LeftButton)


def test_senior_approves_a_junior_discount(qtbot, services, staff):
    """With the default limits (junior 5 %, senior 15 % alone, 25 % approved for others)."""
    junior = staff["junior"]
    limits = services.ctx.settings.discount_limits()
    with pytest.raises(PermissionDenied) as err:
        require(junior.role, Action.LINE_DISCOUNT, Decimal("20"), discount_limits=limits)
    assert err.value.needs_approval
    dialog = _dialog(qtbot, services, junior)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        _type(qtbot, dialog, "senior", TEST_PINS["senior"])
    approval = dialog.approval
    assert approval is not None
    assert (approval.approver_login, approval.action) == ("senior", Action.LINE_DISCOUNT.value)
    # The token the dialog got lets the service allow the 20 %, once.
    assert authorize(services.ctx, junior, Action.LINE_DISCOUNT, Decimal("20"),
                     [approval]) == approval
    with pytest.raises(PermissionDenied):
        authorize(services.ctx, junior, Action.LINE_DISCOUNT, Decimal("20"), [approval])


def test_a_wrong_approval_pin_counts_against_the_requester_not_the_approver(
        qtbot, services, staff):
    dialog = _dialog(qtbot, services, staff["junior"])
    _type(qtbot, dialog, "senior", "9999")
    message = dialog.findChild(QLabel, "approvalMessage")
    assert "wrong PIN" in message.text()
    assert dialog.approval is None and dialog.isVisible()
    assert dialog.findChild(QLineEdit, "approverPin").text() == ""
    senior = next(u for u in services.staff.list_users() if u.login == "senior")
    assert senior.failed_pins == 0 and not senior.locked  # a junior cannot lock a senior out
    assert services.ctx.approvals._failures_of("senior", staff["junior"].id).count == 1
    junior = next(u for u in services.staff.list_users() if u.login == "junior")
    assert junior.failed_pins == 0


def test_beyond_the_seniors_approval_limit_only_a_manager_approves(qtbot, services, staff):
    dialog = _dialog(qtbot, services, staff["junior"], percent="30")
    _type(qtbot, dialog, "senior", TEST_PINS["senior"])
    assert dialog.approval is None
    assert "may not approve" in dialog.findChild(QLabel, "approvalMessage").text()
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        _type(qtbot, dialog, "mgr", TEST_PINS["mgr"])
    assert dialog.approval.approver_login == "mgr"


def test_the_juniors_mentor_is_filled_in_and_only_types_the_pin(qtbot, services, staff):
    dialog = _dialog(qtbot, services, staff["junior"])
    assert dialog.findChild(QLineEdit, "approverLogin").text() == "senior"
    pin = dialog.findChild(QLineEdit, "approverPin")
    qtbot.waitUntil(pin.hasFocus)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.keyClicks(pin, TEST_PINS["senior"])
        qtbot.keyClick(pin, Qt.Key.Key_Return)
    assert dialog.approval.approver_login == "senior"


def test_without_a_mentor_the_login_is_empty_and_has_the_focus(qtbot, services, staff):
    dialog = ApprovalDialog(services, staff["senior"], Action.LINE_DISCOUNT,
                            amount=Decimal("20"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    login = dialog.findChild(QLineEdit, "approverLogin")
    assert login.text() == ""
    qtbot.waitUntil(login.hasFocus)
