"""``COUNTERAPP_SMOKE_SCREENSHOT``: the frozen smoke test's window check, run from source.

The GUI logs in as ``admin`` without a PIN, grabs the main window to a PNG and exits 0
instead of waiting at the login; installer/smoke.py runs the same against the bundle.
"""

from __future__ import annotations

import os
import subprocess
import sys

from PIL import Image


def test_gui_saves_a_grab_of_the_logged_in_window_and_exits(tmp_path):
    url = f"sqlite:///{tmp_path / 'shop.db'}"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COUNTERAPP_NEW_PIN="1234")
    created = subprocess.run(
        [sys.executable, "-m", "counterapp", "--database", url, "user", "add", "admin",
         "--name", "Amministratore", "--role", "manager", "--create"],
        env=env, capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert created.returncode == 0, created.stderr

    shot = tmp_path / "window.png"
    gui = subprocess.run([sys.executable, "-m", "counterapp", "--database", url],
                         env=dict(env, COUNTERAPP_SMOKE_SCREENSHOT=str(shot)),
                         capture_output=True, text=True, timeout=120,
                         stdin=subprocess.DEVNULL)

    assert gui.returncode == 0, gui.stderr
    with Image.open(shot) as image:
        width, height = image.size
        colours = image.convert("RGB").getcolors(maxcolors=1 << 20)
    assert width >= 800 and height >= 500  # the main window, not a dialog
    assert len(colours) > 64  # text, tables and buttons, not a blank paint
