"""One running CounterApp per user and database: the server side of a local socket.

The running window listens with a Qt ``QLocalServer`` on
``counterapp.instance_client.server_name(database_url)``; other processes (a softphone's
``counterapp call incoming NUMBER``, a second start of the app) connect with the plain
client in ``counterapp.instance_client`` (no Qt) and send one JSON line, described there.
The window raises itself and shows the caller.
"""

from __future__ import annotations

import json
import logging

from counterapp.instance_client import MAX_LINE, server_name

log = logging.getLogger(__name__)


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
