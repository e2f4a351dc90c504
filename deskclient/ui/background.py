"""The one way the UI runs work off its thread (like Anki's operations).

``Operations.run(fn, on_done=...)`` calls ``fn`` on a lane's thread and delivers its result, its
expected ``Problem`` or its unexpected error back on the UI thread. Database work goes through one
serial lane (SQLite has one writer anyway; a queue is calmer than "database is locked"), network
work through another, so a slow server never delays a submit.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from deskclient.domain.problems import Problem

log = logging.getLogger(__name__)

DB = "db"
NETWORK = "network"


class _Relay(QObject):
    """Lives on the UI thread; its signal carries a finished job's outcome back there.

    The slot is a method of this QObject (not a bare function), so Qt queues the call to the
    thread the relay lives in: the UI thread.
    """

    finished = Signal(object, object, object)  # result, problem, error

    def __init__(self, deliver: Callable[[Any, Problem | None, BaseException | None], None]) -> None:
        super().__init__()
        self._deliver = deliver
        self.finished.connect(self.on_finished)

    @Slot(object, object, object)
    def on_finished(self, result: Any, problem: Problem | None, error: BaseException | None) -> None:
        self._deliver(result, problem, error)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay, label: str) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._relay = relay
        self._label = label

    def run(self) -> None:
        started = time.perf_counter()
        result: Any = None
        problem: Problem | None = None
        error: BaseException | None = None
        try:
            result = self._fn()
        except Problem as expected:
            problem = expected
        except BaseException as unexpected:
            log.exception("background job %s failed", self._label)
            error = unexpected
        log.debug("job %s took %.1f ms", self._label, (time.perf_counter() - started) * 1000)
        self._relay.finished.emit(result, problem, error)


class Operations(QObject):
    """Runs jobs on serial lanes and reports busy state; owned by the main window."""

    busy_changed = Signal(bool)
    #: An expected problem nobody handled, or an unexpected error (a bug): the window shows it.
    problem = Signal(object)
    unexpected_error = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lanes: dict[str, QThreadPool] = {}
        for name in (DB, NETWORK):
            pool = QThreadPool(self)
            pool.setMaxThreadCount(1)
            pool.setExpiryTimeout(-1)
            self._lanes[name] = pool
        self._running = 0
        self._relays: set[_Relay] = set()
        self._closed = False

    def run(self, fn: Callable[[], Any], *, on_done: Callable[[Any], None] | None = None,
            on_problem: Callable[[Problem], None] | None = None,
            on_finally: Callable[[], None] | None = None, owner: QObject | None = None,
            lane: str = DB, label: str = "") -> None:
        """Run ``fn`` on ``lane``; callbacks run on the UI thread, and not at all if ``owner`` is gone."""
        if self._closed:
            log.debug("operation %s refused: shutting down", label or fn)
            return
        def deliver(result: Any, problem: Problem | None, error: BaseException | None) -> None:
            self._relays.discard(relay)
            relay.deleteLater()
            self._set_running(-1)
            if owner is not None and not shiboken6.isValid(owner):
                return
            if on_finally is not None:
                on_finally()
            if error is not None:
                self.unexpected_error.emit(error)
            elif problem is not None:
                if on_problem is not None:
                    on_problem(problem)
                else:
                    self.problem.emit(problem)
            elif on_done is not None:
                on_done(result)

        relay = _Relay(deliver)
        self._relays.add(relay)
        self._set_running(+1)
        self._lanes[lane].start(_Job(fn, relay, label or getattr(fn, "__name__", "job")))

    def _set_running(self, change: int) -> None:
        was_busy = self._running > 0
        self._running += change
        if was_busy != (self._running > 0):
            self.busy_changed.emit(self._running > 0)

    @property
    def busy(self) -> bool:
        return self._running > 0

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        """Refuse new jobs and wait for the running ones (a submit in flight must finish)."""
        self._closed = True
        return all(pool.waitForDone(timeout_ms) for pool in self._lanes.values())
