"""The named mutex the Windows installer waits on (Inno Setup ``AppMutex``).

While any CounterApp process holds it, setup and uninstall ask the user to close CounterApp
instead of replacing files that are in use. The name must match ``AppMutex`` in
``installer/windows/counterapp.iss.in``. Elsewhere this does nothing.
"""

from __future__ import annotations

import sys

MUTEX_NAME = "CounterAppRunningMutex"


def hold() -> int | None:
    """Create the mutex on Windows and return its handle (kept until the process exits).

    Returns ``None`` on other systems or when Windows refuses (the app runs regardless:
    only the installer's check is lost).
    """
    if sys.platform != "win32":
        return None
    import ctypes  # noqa: PLC0415 (Windows only)

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel32.CreateMutexW.restype = ctypes.c_void_p
    # Two names: Global\ is seen by setup run in another session (another user, UAC).
    handles = [kernel32.CreateMutexW(None, False, name)
               for name in (MUTEX_NAME, "Global\\" + MUTEX_NAME)]
    return handles[0] or None
