"""One running copy of the app per data folder; a second start brings the first to the front."""

from __future__ import annotations

import zlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer


def _server_name(folder: Path) -> str:
    # Not a secret, just a stable per-folder name; zlib is already loaded, hashlib would cost start-up time.
    path = str(folder.resolve()).encode()
    return f"deskclient-{zlib.crc32(path):08x}{zlib.adler32(path):08x}"


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
        """True if this is the only copy; call ``listen`` once the window is up."""
        return self._lock.tryLock(200)

    def listen(self) -> None:
        """Answer later starts (QtNetwork is loaded here, after the first frame, not before it)."""
        from PySide6.QtNetwork import QLocalServer

        QLocalServer.removeServer(self._name)
        self._server = QLocalServer(self)
        self._server.newConnection.connect(self._on_connection)
        self._server.listen(self._name)

    def ask_first_to_show(self) -> bool:
        """Tell the running copy to come to the front; True if it answered."""
        from PySide6.QtNetwork import QLocalSocket

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
