"""``python -m counterapp.qtcheck``: one line naming the system package Qt is missing.

Qt's xcb platform plugin needs a few system libraries that minimal Debian/Ubuntu desktops
lack (most often ``libxcb-cursor0``); without them Qt aborts with a long, cryptic message.
"""

from __future__ import annotations

import ctypes.util
import os
import sys

# library soname → Debian/Ubuntu package that provides it
REQUIRED = {
    "xcb-cursor": "libxcb-cursor0",
    "xkbcommon": "libxkbcommon0",
    "xkbcommon-x11": "libxkbcommon-x11-0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-shape": "libxcb-shape0",
    "EGL": "libegl1",
    "fontconfig": "libfontconfig1",
    "dbus-1": "libdbus-1-3",
}
OFFSCREEN = {"EGL", "fontconfig", "xkbcommon", "dbus-1"}


def missing_packages(platform: str) -> list[str]:
    """Debian package names of the libraries Qt's ``platform`` plugin would fail to load."""
    names = OFFSCREEN if platform == "offscreen" else REQUIRED
    return sorted({REQUIRED[lib] for lib in names if ctypes.util.find_library(lib) is None})


def main() -> int:
    """Exit 0 when Qt can start here, else 1 with one line naming what to install."""
    if not sys.platform.startswith("linux"):
        return 0
    platform = os.environ.get("QT_QPA_PLATFORM") or (
        "wayland" if os.environ.get("WAYLAND_DISPLAY") else "xcb")
    missing = missing_packages(platform if platform in ("offscreen",) else "xcb")
    if missing:
        print(f"Qt needs system libraries: sudo apt install {' '.join(missing)}", file=sys.stderr)
        return 1
    if platform == "xcb" and not os.environ.get("DISPLAY"):
        print("No display: run CounterApp on a desktop session (DISPLAY is not set).",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
