"""One running CounterApp per user and database: a local socket other processes talk to.

``counterapp call incoming NUMBER`` (run by a softphone) connects to the running window's
``SingleInstanceServer`` and sends one JSON line; the window raises itself and shows the
caller. The server name is per user and per database, so two shops (or a test database)
never answer each other's calls. Protocol, one line each way (UTF-8 JSON)::

    → {"cmd": "incoming_call", "number": "+390212345678"}
    ← {"ok": true}
    → {"cmd": "raise"}
    ← {"ok": true}

Qt is imported only by the server side: the client (``send_message``) is a plain Unix
socket on Linux and macOS, so ``counterapp call incoming`` does not pay for loading Qt.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
import os
import subprocess
import sys

log = logging.getLogger(__name__)

INCOMING_ENV = "COUNTERAPP_INCOMING_CALL"
MAX_LINE = 4096


def server_name(database_url: str) -> str:
    """``counterapp-<uid>-<hash of the database URL>``.

    On Unix it is the full path of the socket in the temporary directory, so a plain
    ``AF_UNIX`` client (no Qt to load: the softphone command starts fast) finds it.
    """
    try:
        user = str(os.getuid())
    except AttributeError:  # Windows: no uid; the login name is per user too
        user = hashlib.sha1(getpass.getuser().encode()).hexdigest()[:8]
    digest = hashlib.sha1(database_url.encode("utf-8")).hexdigest()[:12]
    name = f"counterapp-{user}-{digest}"
    if os.name == "posix":
        return os.path.join(os.environ.get("TMPDIR") or "/tmp", name)  # noqa: S108 (Qt's own)
    return name


def _server_class():
    """The server class, defined on first use: the command-line client never loads Qt."""
    global _SERVER_CLASS  # noqa: PLW0603 (a cache of one class)
    if _SERVER_CLASS is not None:
        return _SERVER_CLASS
    from PySide6.QtCore import QObject, Signal  # noqa: PLC0415
    from PySide6.QtNetwork import QLocalServer, QLocalSocket  # noqa: PLC0415

    class SingleInstanceServer(QObject):
        """Listens for other CounterApp processes of the same user and database.

        Signals:
            incoming_call(str): a number is ringing (as sent: the window normalises it).
            raise_requested(): another start asked the running window to come forward.
        """

        incoming_call = Signal(str)
        raise_requested = Signal()

        def __init__(self, database_url: str, parent: QObject | None = None):
            super().__init__(parent)
            self.name = server_name(database_url)
            self._server = QLocalServer(self)
            self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
            self._server.newConnection.connect(self._on_connection)
            self._buffers: dict[QLocalSocket, bytes] = {}

        def listen(self) -> bool:
            """Start listening; a stale socket left by a crashed instance is removed first."""
            if self._server.listen(self.name):
                return True
            QLocalServer.removeServer(self.name)
            ok = self._server.listen(self.name)
            if not ok:
                log.warning("single-instance server %s: %s", self.name, self._server.errorString())
            return ok

        def close(self) -> None:
            """Stop listening."""
            self._server.close()

        def _on_connection(self) -> None:
            while self._server.hasPendingConnections():
                socket = self._server.nextPendingConnection()
                self._buffers[socket] = b""
                socket.readyRead.connect(lambda s=socket: self._on_ready(s))
                socket.disconnected.connect(lambda s=socket: self._forget(s))
                if socket.bytesAvailable():
                    self._on_ready(socket)

        def _forget(self, socket: QLocalSocket) -> None:
            self._buffers.pop(socket, None)
            socket.deleteLater()

        def _on_ready(self, socket: QLocalSocket) -> None:
            data = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
            if b"\n" not in data:
                if len(data) > MAX_LINE:
                    socket.abort()
                else:
                    self._buffers[socket] = data
                return
            line, _, rest = data.partition(b"\n")
            self._buffers[socket] = rest
            reply = self._handle(line)
            socket.write(json.dumps(reply).encode() + b"\n")
            socket.flush()
            socket.disconnectFromServer()

        def _handle(self, line: bytes) -> dict:
            try:
                message = json.loads(line.decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError):
                return {"ok": False, "error": "not a JSON line"}
            if not isinstance(message, dict):
                return {"ok": False, "error": "not a JSON object"}
            command = message.get("cmd")
            if command == "incoming_call" and isinstance(message.get("number"), str):
                self.incoming_call.emit(message["number"][:40])
                return {"ok": True}
            if command == "raise":
                self.raise_requested.emit()
                return {"ok": True}
            return {"ok": False, "error": f"unknown command {command!r}"}

    _SERVER_CLASS = SingleInstanceServer
    return SingleInstanceServer


_SERVER_CLASS = None


def send_message(database_url: str, message: dict, timeout_ms: int = 2000) -> bool:
    """Send one message to the running instance; False when none answers."""
    line = json.dumps(message).encode("utf-8") + b"\n"
    if os.name == "posix":
        return _send_unix(server_name(database_url), line, timeout_ms / 1000)
    from PySide6.QtNetwork import QLocalSocket  # noqa: PLC0415

    socket = QLocalSocket()
    socket.connectToServer(server_name(database_url))
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(line)
    if not socket.waitForBytesWritten(timeout_ms):
        return False
    reply = b""
    while b"\n" not in reply:
        if not socket.waitForReadyRead(timeout_ms):
            break
        reply += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    try:
        return bool(json.loads(reply.decode("utf-8").strip() or "{}").get("ok"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return False


def _send_unix(path: str, line: bytes, timeout_s: float) -> bool:
    import socket  # noqa: PLC0415

    client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    client.settimeout(timeout_s)
    reply = b""
    try:
        client.connect(path)
        client.sendall(line)
        while b"\n" not in reply:
            chunk = client.recv(4096)
            if not chunk:
                break
            reply += chunk
    except OSError:
        return False
    finally:
        client.close()
    try:
        return bool(json.loads(reply.decode("utf-8").strip() or "{}").get("ok"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return False


def send_incoming_call(database_url: str, number: str, timeout_ms: int = 2000) -> bool:
    """Tell the running window that ``number`` is ringing; False when no window runs."""
    return send_message(database_url, {"cmd": "incoming_call", "number": number}, timeout_ms)


def launch_gui(database_url: str, number: str) -> subprocess.Popen:
    """Start the GUI detached on the same database; it shows the call after login."""
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


def install(window, database_url: str):
    """Start the single-instance server for ``window`` (a ``MainWindow``) and return it.

    Incoming numbers go to ``window.show_incoming_call``; the server has ``name``,
    ``listen()``, ``close()`` and the signals ``incoming_call(str)``, ``raise_requested()``.
    """
    server = _server_class()(database_url, window)
    server.incoming_call.connect(window.show_incoming_call)
    server.raise_requested.connect(lambda: _bring_forward(window))
    server.listen()
    return server


def _bring_forward(window) -> None:
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()


_NUMBER_CHARS = set("0123456789+().-/ ")


def fast_main(argv: list[str]) -> int | None:
    """``call incoming NUMBER [--database URL]`` handed straight to a running window.

    For ``counterapp/__main__.py`` to try before loading the whole command line (every
    subcommand and service): returns 0 when the running window took the call, ``None``
    when the full command must run (odd arguments, a suspicious number, no window yet).
    """
    number, database = None, None
    args = iter(argv)
    for arg in args:
        if arg == "--database":
            database = next(args, None)
        elif arg.startswith("--database="):
            database = arg.split("=", 1)[1]
        elif arg.startswith("-") and not arg.lstrip("-").isdigit() or number is not None:
            return None
        else:
            number = arg
    digits = sum(ch.isdigit() for ch in number or "")
    if not number or not set(number) <= _NUMBER_CHARS or not 6 <= digits <= 15:
        return None  # the full command explains what is wrong with it
    database = database or os.environ.get("COUNTERAPP_DATABASE")
    if not database:
        return None
    return 0 if send_incoming_call(database, number.strip()) else None
