"""The GUI's automatic daily backup: taken off the UI thread at start, refreshed on close."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from counterapp.app import install_auto_backup
from counterapp.services.backup import verify_backup


def test_the_window_backs_up_at_start_and_again_when_it_closes(app_window, qtbot, settings,
                                                                sqlite_url, tmp_path):
    folder = tmp_path / "daily"
    settings.set("backup_folder", str(folder))
    window = app_window()
    install_auto_backup(window, sqlite_url, settings)
    today = folder / f"counterapp-{dt.date.today().isoformat()}.db"
    qtbot.waitUntil(today.exists, timeout=10_000)
    qtbot.waitUntil(lambda: not list(folder.glob("*.partial")), timeout=10_000)
    today.unlink()  # so the file seen next can only come from the close
    with qtbot.waitSignal(window.closing, timeout=5_000):
        window.close()
    qtbot.waitUntil(today.exists, timeout=10_000)  # copied off the UI thread
    assert verify_backup(today).schema > 0
    assert Path(sqlite_url.removeprefix("sqlite:///")).exists()
