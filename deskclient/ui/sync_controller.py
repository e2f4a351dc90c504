"""When to sync, and running it off the UI thread.

On a timer with jitter, soon after work was submitted, on "Sync now", when the network returns;
after a failure, later and later (full jitter, capped at 10 minutes, Retry-After honoured).

Cycles run on the network lane, one at a time; their short database writes take SQLite's write
lock like any other writer (BEGIN IMMEDIATE with a busy timeout).
"""

from __future__ import annotations

import logging
import random
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from deskclient.domain.problems import Problem
from deskclient.ui.background import NETWORK, Operations

if TYPE_CHECKING:
    from deskclient.domain.views import SyncStatus
    from deskclient.services.bundle import Services
    from deskclient.sync.client import SyncClient

log = logging.getLogger(__name__)

EVERY_MS = 5 * 60_000
SOON_MS = 10_000
FIRST_RETRY_MS = 30_000
MAX_RETRY_MS = 10 * 60_000


class SyncController(QObject):
    status_changed = Signal(object)  # SyncStatus
    progress = Signal(str, int, int)
    running_changed = Signal(bool)
    finished = Signal(object, object)  # report or None, problem or None

    def __init__(self, services: Services, operations: Operations, client: SyncClient | None = None,
                 parent: QObject | None = None, rng: random.Random | None = None) -> None:
        super().__init__(parent)
        from deskclient.sync.client import SyncClient

        self.services = services
        self.ops = operations
        self.client = client or SyncClient(services.context)
        self.rng = rng or random.Random()
        self.running = False
        self.failures = 0
        self.status: SyncStatus | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.sync_now)
        self._network_information: Any = None

    def start(self) -> None:
        """First sync soon after start (spread over a minute: a region's PCs come back together)."""
        self.refresh_status()
        self._schedule(int(self.rng.uniform(2_000, 60_000)))
        self._watch_network()

    def stop(self) -> None:
        self._timer.stop()

    def sync_now(self) -> None:
        if self.running:
            return
        self._timer.stop()
        self.running = True
        self.running_changed.emit(True)
        client = self.client

        def report_progress(step: str, done: int, total: int) -> None:
            self.progress.emit(step, done, total)  # a signal: safe to emit from the network lane

        self.ops.run(lambda: client.run_once(report_progress), on_done=self._succeeded, on_problem=self._failed,
                     on_finally=self._ended, lane=NETWORK, label="sync")

    def schedule_soon(self) -> None:
        """Work was just submitted: send it within seconds if the network is there."""
        if not self.running and self.failures == 0 and (not self._timer.isActive()
                                                        or self._timer.remainingTime() > SOON_MS):
            self._schedule(SOON_MS)

    def refresh_status(self) -> None:
        client = self.client
        self.ops.run(client.status, on_done=self._show_status, label="sync status")

    def _succeeded(self, report: Any) -> None:
        self.failures = 0
        self.finished.emit(report, None)
        self._schedule(int(EVERY_MS * self.rng.uniform(0.8, 1.2)))

    def _failed(self, problem: Problem) -> None:
        self.failures += 1
        retry_after = problem.params.get("retry_after") or 0
        backoff = min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** (self.failures - 1))
        delay = max(int(self.rng.uniform(FIRST_RETRY_MS / 2, backoff)), int(float(retry_after) * 1000))
        if problem.code in ("sync.not_enrolled", "sync.no_secret") or problem.params.get("failure") in (
                "unauthorized", "unsupported_protocol"):
            delay = MAX_RETRY_MS  # a person must act; do not hammer the server meanwhile
        log.info("sync failed (%s); next try in %d s", problem, delay // 1000)
        self.finished.emit(None, problem)
        self._schedule(delay)

    def _ended(self) -> None:
        self.running = False
        self.running_changed.emit(False)
        self.refresh_status()

    def _show_status(self, status: SyncStatus) -> None:
        self.status = status
        self.status_changed.emit(status)

    def _schedule(self, delay_ms: int) -> None:
        self._timer.start(max(0, delay_ms))

    def _watch_network(self) -> None:
        """Sync as soon as the OS says the network is back (where Qt has a backend for that)."""
        try:
            from PySide6.QtNetwork import QNetworkInformation

            if not QNetworkInformation.loadDefaultBackend():
                return
            information = QNetworkInformation.instance()
        except Exception:  # no backend on this platform: the retry schedule covers it
            log.info("no network-reachability backend; relying on the retry schedule")
            return
        if information is None:
            return
        self._network_information = information
        information.reachabilityChanged.connect(self._reachability_changed)

    def _reachability_changed(self, reachability: Any) -> None:
        from PySide6.QtNetwork import QNetworkInformation

        if reachability == QNetworkInformation.Reachability.Online and self.failures:
            log.info("network is back: syncing now")
            self._schedule(int(self.rng.uniform(1_000, 15_000)))
