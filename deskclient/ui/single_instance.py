"""One running copy of the app per data folder; a second start brings the first to the front."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket


def _server_name(folder: Path) -> str:
    return "deskclient-" + hashlib.sha1(str(folder.resolve()).encode()).hexdigest()[:16]


class SingleInstance(QObject):
    """Holds the data folder's lock file and listens for a second start."""

    activation_requested = Signal()

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = QLockFile(str(folder / "deskclient.lock"))
        self._lock.setStaleLockTime(0)  # a crashed copy's lock is stale once its process is gone
        self._name = _server_name(folder)
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """True if this is the only copy; then it starts listening for later starts."""
        if not self._lock.tryLock(200):
            return False
        QLocalServer.removeServer(self._name)
        self._server = QLocalServer(self)
        self._server.newConnection.connect(self._on_connection)
        self._server.listen(self._name)
        return True

    def ask_first_to_show(self) -> bool:
        """Tell the running copy to come to the front; True if it answered."""
        socket = QLocalSocket()
        socket.connectToServer(self._name)
        if not socket.waitForConnected(1000):
            return False
        socket.write(b"show\n")
        socket.waitForBytesWritten(1000)
        socket.disconnectFromServer()
        return True

    def _on_connection(self) -> None:
        assert self._server is not None
        connection = self._server.nextPendingConnection()
        if connection is not None:
            connection.disconnected.connect(connection.deleteLater)
        self.activation_requested.emit()

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
        self._lock.unlock()
