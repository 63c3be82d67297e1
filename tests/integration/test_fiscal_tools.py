"""Tools ▸ Daily closure (Z) and Tools ▸ Open drawer in the real window, on the simulator."""

from __future__ import annotations

from PySide6.QtGui import QAction

from counterapp.db.models import AuditEntry, FiscalJournal
from counterapp.ui.common.approval import ApprovalDialog
from counterapp.ui.devices.actions import DeviceActions
from tests.conftest import TEST_PINS, _open
from tests.fiscal_simulator import FiscalSimulator


def _window(app_window, sqlite_url, settings, sim, user):
    seed = _open(sqlite_url, settings)
    seed.staff.create_user(None, "mgr", "Maria Manager", "manager", TEST_PINS["mgr"])
    seed.staff.create_user(seed.staff.actor("mgr"), "junior", "Gino Junior", "junior",
                           TEST_PINS["junior"])
    seed.ctx.db.close()
    settings.set("receipt_device", f"epson-rt:{sim.url}")
    return app_window(user=user)


def test_daily_closure_from_the_tools_menu(qtbot, app_window, sqlite_url, settings,
                                           monkeypatch):
    told = []
    monkeypatch.setattr(DeviceActions, "confirm_closure", staticmethod(lambda parent: True))
    monkeypatch.setattr(DeviceActions, "tell", lambda self, text, error=False:
                        told.append((text, error)))
    with FiscalSimulator() as sim:
        window = _window(app_window, sqlite_url, settings, sim, "junior")
        closure = window.findChild(QAction, "dailyClosureAction")
        assert not closure.isEnabled() and "may not do this" in closure.toolTip()
        window.session.set_actor(window.services.staff.actor("mgr"))
        assert closure.isEnabled()
        closure.trigger()
        qtbot.waitUntil(lambda: bool(told))
        assert told == [(f"Daily closure done: Z 0001 on {sim.serial}.", False)]
        assert [d.kind for d in sim.journal] == ["z_report"]
        assert FiscalJournal.get(FiscalJournal.kind == "closure").status == "printed"
        sim.fail("paper_out")
        closure.trigger()
        qtbot.waitUntil(lambda: len(told) == 2)
        assert told[1][1] is True and "EPTR_REC_EMPTY" in told[1][0]


def test_open_drawer_asks_why_and_a_seniors_pin_for_a_junior(qtbot, app_window, sqlite_url,
                                                           settings, monkeypatch):
    told = []
    monkeypatch.setattr(DeviceActions, "ask_reason", staticmethod(lambda parent: "coins"))
    monkeypatch.setattr(DeviceActions, "tell", lambda self, text, error=False:
                        told.append((text, error)))
    with FiscalSimulator() as sim:
        window = _window(app_window, sqlite_url, settings, sim, "junior")
        monkeypatch.setattr(ApprovalDialog, "ask", classmethod(
            lambda cls, svc, requester, action, **kw: svc.staff.approve(
                "mgr", TEST_PINS["mgr"], action, requester=requester)))
        drawer = window.findChild(QAction, "openDrawerAction")
        assert drawer.isEnabled()  # a junior may, with a senior's PIN
        drawer.trigger()
        qtbot.waitUntil(lambda: bool(told))
        assert told == [("The drawer is open.", False)] and sim.drawer_opened == 1
        entry = AuditEntry.get(AuditEntry.action == "drawer_opened")
        assert entry.reason == "coins" and entry.user_login == "junior"
