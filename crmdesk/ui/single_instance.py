"""One crmdesk per user and database: a second launch wakes the first one and exits.

    guard = SingleInstance(db_path)
    if not guard.acquire():          # another crmdesk runs on this database
        guard.notify_running()       # it comes to the front (even from the tray)
        return 0
    guard.activation_requested.connect(window.show_and_raise)

A `QLockFile` (stale locks of crashed processes are taken over) decides who runs; a
`QLocalServer` in the running process listens for "activate" from later launches. The lock
file and the socket name are derived from the user name and the database's absolute path.
"""

from __future__ import annotations

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QDir, QLockFile, QObject, QStandardPaths, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

MESSAGE = b"activate\n"
TIMEOUT_MS = 1000


def instance_key(db_path: Path, user: str | None = None) -> str:
    """A short name for (user, database): socket names must stay short."""
    who = user or _user()
    digest = hashlib.sha256(f"{who}\0{db_path.resolve()}".encode()).hexdigest()[:16]
    return f"crmdesk-{digest}"


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # pragma: no cover - no user name in the environment
        return "user"


class SingleInstance(QObject):
    activation_requested = Signal()

    def __init__(
        self, db_path: Path, parent: QObject | None = None, *, folder: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.key = instance_key(db_path)
        runtime = folder or Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.RuntimeLocation)
            or QDir.tempPath()
        )
        runtime.mkdir(parents=True, exist_ok=True)
        self.lock_path = runtime / f"{self.key}.lock"
        self._lock = QLockFile(str(self.lock_path))
        self._lock.setStaleLockTime(0)  # a lock is stale only when its process is gone
        self._server: QLocalServer | None = None
        self._clients: list[QLocalSocket] = []

    def acquire(self) -> bool:
        """True when this process is the one that runs; it then listens for later launches."""
        if not self._lock.tryLock(100):
            return False
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(self.key)  # a socket left behind by a crash
        self._server.newConnection.connect(self._connection)
        self._server.listen(self.key)
        return True

    def notify_running(self) -> bool:
        """Ask the running crmdesk to come to the front; False if it did not answer."""
        socket = QLocalSocket(self)
        socket.connectToServer(self.key)
        if not socket.waitForConnected(TIMEOUT_MS):
            return False
        socket.write(MESSAGE)
        sent = socket.waitForBytesWritten(TIMEOUT_MS)
        socket.disconnectFromServer()
        socket.deleteLater()
        return sent

    def release(self) -> None:
        for socket in self._clients:
            socket.readyRead.disconnect(self._ready_read)
            socket.disconnected.disconnect(self._disconnected)
            socket.abort()
        self._clients.clear()
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()

    def _connection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            self._clients.append(socket)
            socket.readyRead.connect(self._ready_read)
            socket.disconnected.connect(self._disconnected)
            if socket.bytesAvailable():
                self._read(socket)

    def _ready_read(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._read(socket)

    def _disconnected(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket) and socket in self._clients:
            self._clients.remove(socket)
            socket.deleteLater()

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(MESSAGE.strip()):
            self.activation_requested.emit()
