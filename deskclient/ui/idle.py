"""Notices when nobody has touched the PC for a while, so the screen can lock itself."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

ACTIVITY_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.InputMethod,
})

DEFAULT_IDLE_LOCK_SECONDS = 300


def monotonic_ms() -> int:
    return int(time.monotonic() * 1000)


class ActivityWatcher(QObject):
    """An application-wide event filter: emits ``activity`` on input, ``idle`` after the timeout."""

    activity = Signal(int)  # monotonic milliseconds
    idle = Signal()

    def __init__(self, idle_seconds: int = DEFAULT_IDLE_LOCK_SECONDS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.idle_seconds = idle_seconds
        self._last_ms = monotonic_ms()
        self._fired = False
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._check)
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY_EVENTS:
            self.touch()
        return False

    def touch(self) -> None:
        now = monotonic_ms()
        self._last_ms = now
        self._fired = False
        self.activity.emit(now)

    def idle_for_ms(self) -> int:
        return monotonic_ms() - self._last_ms

    def _check(self) -> None:
        if not self._fired and self.idle_for_ms() >= self.idle_seconds * 1000:
            self._fired = True
            self.idle.emit()
