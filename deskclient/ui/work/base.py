"""What every work screen offers the session controller, whatever the kind of task."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from deskclient.domain.handle_time import ActiveTimeTracker
from deskclient.domain.kinds.base import FieldError
from deskclient.domain.views import CannedResponse, LoggedInUser, WorkItem


class WorkScreen(QWidget):
    """A task's screen: shows the task, collects the answer, asks for submit, escalate or skip."""

    submit_requested = Signal()
    escalate_requested = Signal()
    skip_requested = Signal()
    back_requested = Signal()
    changed = Signal()

    def __init__(self, item: WorkItem, canned: list[CannedResponse], user: LoggedInUser,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.canned = canned
        self.user = user
        self.tracker = ActiveTimeTracker(active_ms=item.draft_active_ms)
        self.dirty = False
        self.changed.connect(self._mark_dirty)

    def values(self) -> dict[str, Any]:
        """The answer as it stands (saved as the draft, sent on submit)."""
        raise NotImplementedError

    def show_field_errors(self, errors: list[FieldError]) -> None:
        raise NotImplementedError

    def load_draft(self, draft: Mapping[str, Any]) -> None:
        raise NotImplementedError

    def set_busy(self, busy: bool) -> None:
        """Disable the action buttons while a submit is on its way."""

    def activity(self, now_ms: int) -> None:
        if self.isVisible():
            self.tracker.activity(now_ms)

    def _mark_dirty(self) -> None:
        self.dirty = True
