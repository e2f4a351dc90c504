"""Run the server in this process on a background thread (the demo's embedded server, and tests)."""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import uvicorn

from deskclient.server.app import create_app
from deskclient.server.db import ServerDatabase, migrate


class EmbeddedServer:
    """uvicorn on 127.0.0.1, port 0 by default (the OS picks a free one); start() and stop() again."""

    def __init__(self, url: str, host: str = "127.0.0.1", port: int = 0, ssl_certfile: str | Path | None = None,
                 ssl_keyfile: str | Path | None = None) -> None:
        self.url = url
        self.host = host
        self._port = port
        #: With a certificate and key, the server speaks https:// only (tests of the PC's TLS checks).
        self.ssl_certfile = str(ssl_certfile) if ssl_certfile else None
        self.ssl_keyfile = str(ssl_keyfile) if ssl_keyfile else None
        self.database: ServerDatabase | None = None
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._socket: socket.socket | None = None

    @property
    def port(self) -> int:
        return self._port

    @property
    def base_url(self) -> str:
        scheme = "https" if self.ssl_certfile else "http"
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{scheme}://{host}:{self._port}"

    def start(self, migrate_first: bool = True) -> EmbeddedServer:
        if migrate_first:
            migrate(self.url)
        self.database = ServerDatabase(self.url)
        app = create_app(self.database)
        # IPPROTO_TCP, not 0: asyncio sets TCP_NODELAY only on sockets that say so, and without it every
        # reply on a kept-alive connection waits ~40 ms for a delayed ACK (Nagle).
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self.host, self._port))
        self._port = sock.getsockname()[1]  # the same port again after a stop and start
        self._socket = sock
        # No access log: request lines are not needed on a PC, and nothing about a request belongs in a log.
        config = uvicorn.Config(app, log_level="warning", access_log=False, timeout_keep_alive=5,
                                lifespan="off", ssl_certfile=self.ssl_certfile, ssl_keyfile=self.ssl_keyfile)
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [sock]},
                                        name="embedded-server", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 20
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("the embedded server did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=20)
        if self._socket is not None:
            self._socket.close()
        if self.database is not None:
            self.database.dispose()
        self._server = self._thread = self._socket = None
        self.database = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()
