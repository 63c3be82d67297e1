"""The one action factory: shortcut and tip shown, disabled with the reason for a role that
may not do it, and re-evaluated when the user switches."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton, QWidget

from counterapp.domain.permissions import Action, Role
from counterapp.services import Actor
from counterapp.ui.common.actions import make_action
from counterapp.ui.session import Session
from tests.conftest import TEST_PINS

JUNIOR = Actor(id=3, login="junior", display_name="Gino Junior", role=Role.JUNIOR)
SENIOR = Actor(id=2, login="senior", display_name="Sara Senior", role=Role.SENIOR)
MANAGER = Actor(id=1, login="mgr", display_name="Maria Manager", role=Role.MANAGER)


def _window(qtbot) -> QWidget:
    window = QWidget()
    qtbot.addWidget(window)
    return window


def test_shortcut_and_tip_show_on_the_action_and_its_button(qtbot):
    window = _window(qtbot)
    button = QPushButton("Find", window)
    calls = []
    action = make_action(window, "&Find customer…", shortcut="Ctrl+K", tip="Search customers",
                         slot=lambda: calls.append(1), object_name="findAction", button=button)
    assert action.objectName() == "findAction"
    assert action.shortcut() == QKeySequence("Ctrl+K")
    assert action in window.actions()  # the key works without a menu
    keys = QKeySequence("Ctrl+K").toString(QKeySequence.SequenceFormat.NativeText)
    assert action.toolTip() == f"Search customers ({keys})"
    assert button.toolTip() == action.toolTip()
    button.click()
    action.trigger()
    assert calls == [1, 1]


def test_a_junior_sees_the_manager_only_action_disabled_with_the_reason(qtbot):
    window = _window(qtbot)
    session = Session()
    session.set_actor(JUNIOR)
    button = QPushButton("Audit", window)
    action = make_action(window, "&Audit log…", permission=Action.VIEW_AUDIT, session=session,
                         button=button)
    assert not action.isEnabled() and not button.isEnabled()
    assert "may not do this" in action.toolTip()
    assert button.toolTip() == action.toolTip()

    with qtbot.waitSignal(session.user_changed):
        session.set_actor(MANAGER)
    assert action.isEnabled() and button.isEnabled()
    assert action.toolTip() == "Audit log…"

    session.set_actor(None)  # locked: nobody may do anything
    assert not action.isEnabled()
    assert "Log in first." in action.toolTip()
    session.set_actor(JUNIOR)
    assert not action.isEnabled()


def test_an_action_a_senior_may_approve_stays_enabled_for_a_junior_and_says_so(qtbot):
    window = _window(qtbot)
    session = Session()
    session.set_actor(JUNIOR)
    action = make_action(window, "Void sale", permission=Action.VOID_SALE, session=session)
    assert action.isEnabled()
    assert "approval" in action.toolTip()
    session.set_actor(SENIOR)
    assert action.isEnabled() and action.toolTip() == "Void sale"


def test_tools_menu_follows_the_logged_in_role(qtbot, app_window, sqlite_url, settings):
    from tests.conftest import _open  # noqa: PLC0415

    seed = _open(sqlite_url, settings)
    seed.staff.create_user(None, "mgr", "Maria Manager", "manager", TEST_PINS["mgr"])
    seed.staff.create_user(seed.staff.actor("mgr"), "junior", "Gino Junior", "junior",
                           TEST_PINS["junior"])
    seed.ctx.db.close()
    window = app_window(user="junior")
    users = window.findChild(QAction, "usersAction")
    audit = window.findChild(QAction, "auditLogAction")
    assert not users.isEnabled() and not audit.isEnabled()
    assert "may not do this" in audit.toolTip()
    assert window.findChild(QAction, "importExportAction").isEnabled()
    window.session.set_actor(window.services.staff.actor("mgr"))  # switch user
    assert users.isEnabled() and audit.isEnabled()


def test_audit_viewer_filters_by_customer_through_the_picker_it_is_given(qtbot, app_window,
                                                                        sqlite_url, settings):
    from counterapp.ui.audit.viewer import AuditDialog  # noqa: PLC0415
    from tests.conftest import _open  # noqa: PLC0415

    seed = _open(sqlite_url, settings)
    seed.staff.create_user(None, "mgr", "Maria Manager", "manager", TEST_PINS["mgr"])
    seed.ctx.db.close()
    window = app_window(user="mgr")
    asked = []
    dialog = AuditDialog(window.services, window.session.actor, window,
                         pick_customer=lambda parent: asked.append(parent))
    qtbot.addWidget(dialog)
    assert not dialog.customer_button.isHidden()
    dialog.customer_button.click()
    assert asked == [dialog] and dialog.customer_id is None
    plain = AuditDialog(window.services, window.session.actor, window)
    qtbot.addWidget(plain)
    assert plain.customer_button.isHidden()  # no picker wired: no customer filter


def test_a_destroyed_dialogs_action_does_not_break_the_next_user_switch(qtbot):
    from PySide6.QtWidgets import QDialog  # noqa: PLC0415

    session = Session()
    session.set_actor(JUNIOR)
    dialog = QDialog()
    make_action(dialog, "Users", permission=Action.EDIT_USERS, session=session)
    with qtbot.waitSignal(dialog.destroyed):
        dialog.deleteLater()
    session.set_actor(MANAGER)  # raised RuntimeError on the deleted action before
    assert session.actor is MANAGER
