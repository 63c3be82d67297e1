"""The client side of the single-instance socket: hand a ringing number to the running window.

``counterapp call incoming NUMBER`` (run by a softphone, which waits for it) takes this
path whichever way CounterApp was launched: ``python -m counterapp``, the pip console
script and the frozen executable all start in :func:`counterapp.launcher.main`, which
calls :func:`fast_main` before loading the rest of the command line; the full command
(``counterapp/commands/call.py``) ends in the same :func:`call_incoming`. The number is
validated once, by ``counterapp.domain.phone.normalize_phone``, and sent in E.164.

Only the standard library is imported at module level; the phone normaliser
(``phonenumbers``) and the settings (``platformdirs``) are imported when a call is handed
over, and Qt never is. The server side (``counterapp.ui.single_instance``) is a Qt
``QLocalServer`` listening on :func:`server_name`. Its addressing, which this client
follows:

- Unix: the name is the full path of a Unix-domain socket in the temporary directory;
- Windows: the name is a plain word and the server listens on the named pipe
  ``\\\\.\\pipe\\NAME`` (what ``QLocalServer`` does with a name without a path).

Protocol, one line each way (UTF-8 JSON)::

    → {"cmd": "incoming_call", "number": "+390212345678"}
    ← {"ok": true}
    → {"cmd": "raise"}
    ← {"ok": true}
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # loaded only when the GUI has to be started
    import subprocess

INCOMING_ENV = "COUNTERAPP_INCOMING_CALL"
MAX_LINE = 4096
_PIPE_PREFIX = "\\\\.\\pipe\\"


def server_name(database_url: str) -> str:
    """``counterapp-<uid>-<hash of the database URL>``: one window per user and database.

    On Unix it is the full path of the socket in the temporary directory, so a plain
    ``AF_UNIX`` client finds it; on Windows it is the pipe's name.
    """
    try:
        user = str(os.getuid())
    except AttributeError:  # Windows: no uid; the login name is per user too
        import getpass  # noqa: PLC0415

        user = hashlib.sha1(getpass.getuser().encode()).hexdigest()[:8]
    digest = hashlib.sha1(database_url.encode("utf-8")).hexdigest()[:12]
    name = f"counterapp-{user}-{digest}"
    if os.name == "posix":
        return os.path.join(os.environ.get("TMPDIR") or "/tmp", name)  # noqa: S108 (Qt's own)
    return name


def send_message(database_url: str, message: dict, timeout_ms: int = 2000) -> bool:
    """Send one message to the running instance; False when none answers."""
    line = json.dumps(message).encode("utf-8") + b"\n"
    name = server_name(database_url)
    try:
        if os.name == "nt":
            reply = _exchange_pipe(_PIPE_PREFIX + name, line, timeout_ms / 1000)
        else:
            reply = _exchange_unix(name, line, timeout_ms / 1000)
    except OSError:
        return False
    try:
        return bool(json.loads(reply.decode("utf-8").strip() or "{}").get("ok"))
    except (UnicodeDecodeError, json.JSONDecodeError, AttributeError):
        return False


def _exchange_unix(path: str, line: bytes, timeout_s: float) -> bytes:
    import socket  # noqa: PLC0415 (Unix only)

    client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    client.settimeout(timeout_s)
    reply = b""
    try:
        client.connect(path)
        client.sendall(line)
        while b"\n" not in reply and len(reply) <= MAX_LINE:
            chunk = client.recv(4096)
            if not chunk:
                break
            reply += chunk
    finally:
        client.close()
    return reply


def _exchange_pipe(path: str, line: bytes, timeout_s: float) -> bytes:
    """The Windows named pipe: opened as a file (the server creates it duplex, byte mode).

    Every instance of the pipe busy answering someone else raises ``OSError``; we retry
    until ``timeout_s``. A missing pipe (no window) fails at once. The read has no timeout
    of its own: the server answers as soon as the line is complete.
    """
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            pipe = open(path, "r+b", buffering=0)  # noqa: SIM115, PTH123 (closed below)
            break
        except FileNotFoundError:
            raise
        except OSError:
            if time.monotonic() >= deadline:
                raise
            time.sleep(0.02)
    reply = b""
    with pipe:
        pipe.write(line)
        while b"\n" not in reply and len(reply) <= MAX_LINE:
            chunk = pipe.read(4096)
            if not chunk:
                break
            reply += chunk
    return reply


def send_incoming_call(database_url: str, number: str, timeout_ms: int = 2000) -> bool:
    """Tell the running window that ``number`` is ringing; False when no window runs."""
    return send_message(database_url, {"cmd": "incoming_call", "number": number}, timeout_ms)


def launch_gui(database_url: str, number: str) -> subprocess.Popen:
    """Start the GUI detached on the same database; it shows the call after login."""
    import subprocess  # noqa: PLC0415 (only when no window answered)

    if getattr(sys, "frozen", False):
        command = [sys.executable, "--database", database_url]
    else:
        command = [sys.executable, "-m", "counterapp", "--database", database_url]
    env = dict(os.environ, **{INCOMING_ENV: number})
    options: dict = {"stdin": subprocess.DEVNULL, "stdout": subprocess.DEVNULL,
                     "stderr": subprocess.DEVNULL, "env": env, "close_fds": True}
    if os.name == "nt":
        options["creationflags"] = (subprocess.DETACHED_PROCESS
                                    | subprocess.CREATE_NEW_PROCESS_GROUP)
    else:
        options["start_new_session"] = True
    return subprocess.Popen(command, **options)  # noqa: S603 (our own executable)


def call_incoming(raw_number: str, database: str | None) -> int:
    """The one way a ringing number reaches CounterApp: validate it, hand it over.

    ``database`` is ``--database`` (or None: ``COUNTERAPP_DATABASE``, the settings file,
    the default). The number goes to the running window of this user and database; when
    none answers, the GUI starts detached and shows the call after login. Raises
    ``ValidationError`` naming ``number`` for anything that is not a phone number.
    """
    from counterapp.domain.phone import normalize_phone  # noqa: PLC0415 (phonenumbers)

    number = normalize_phone(raw_number, field="number")
    url = database or _default_database_url()
    if send_incoming_call(url, number):
        return 0
    launch_gui(url, number)
    print(f"CounterApp was not running: starting it; the call from {number} shows after login")
    return 0


def _default_database_url() -> str:
    """Without ``--database``: the environment, the settings file, the default (the rule
    of every command; the settings module is only loaded when it is needed)."""
    from counterapp.settings import Settings, resolve_database_url  # noqa: PLC0415

    return resolve_database_url(None, Settings())


def fast_main(argv: list[str]) -> int | None:
    """``call incoming NUMBER [--database URL]`` without loading the whole command line.

    ``argv`` is what follows ``call incoming``. Returns the exit status, or ``None`` when
    the arguments are anything else (``--help``, unknown options, no number): the full
    command line then parses them and explains. A bad number is exit 2 with one line on
    stderr, as every command reports a refused value.
    """
    number, database = None, None
    args = iter(argv)
    for arg in args:
        if arg == "--database":
            database = next(args, None)
            if database is None:
                return None
        elif arg.startswith("--database="):
            database = arg.split("=", 1)[1]
        elif arg.startswith("-") or number is not None:
            return None  # an option of the full command line, or a second number
        else:
            number = arg
    if number is None:
        return None
    from counterapp.domain.errors import CounterAppError  # noqa: PLC0415 (stdlib only)

    try:
        return call_incoming(number, database)
    except CounterAppError as exc:
        print(f"counterapp call: {exc}", file=sys.stderr)
        return 2
