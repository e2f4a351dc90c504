"""One person's time at the PC: home, tasks, autosave, lock. Everything built here dies at logout."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QDialog, QStackedWidget, QWidget

from deskclient.domain import problems as p
from deskclient.domain.problems import Problem
from deskclient.domain.roles import TASK_ROLES
from deskclient.domain.views import DraftSummary, LoggedInUser, UserCard, WorkerStats, WorkItem
from deskclient.services.bundle import Services
from deskclient.ui.background import Operations
from deskclient.ui.home_page import HomePage
from deskclient.ui.idle import ActivityWatcher
from deskclient.ui.messages import describe
from deskclient.ui.queue_model import QueueTableModel
from deskclient.ui.secret_reset_dialog import SecretResetDialog
from deskclient.ui.work import screen_for
from deskclient.ui.work.base import WorkScreen
from deskclient.ui.work.reason_dialogs import EscalateDialog, SkipDialog

log = logging.getLogger(__name__)

AUTOSAVE_MS = 5_000
HEARTBEAT_MS = 60_000


class WorkerSession(QObject):
    """Drives the pages of one logged-in person; ``ended`` fires when they log out or are locked out."""

    ended = Signal(str)
    notice = Signal(str)  # a calm message for the status area
    outbox_changed = Signal()

    def __init__(self, user: LoggedInUser, services: Services, operations: Operations, stack: QStackedWidget,
                 watcher: ActivityWatcher, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.services = services
        self.ops = operations
        self.stack = stack
        self.watcher = watcher
        self.queue_model = QueueTableModel(operations, functools.partial(services.queue.page, user), self)
        self.home = HomePage(user, self.queue_model)
        self.home.start_next_requested.connect(self.start_next)
        self.home.resume_requested.connect(self.resume)
        self.home.switch_user_requested.connect(lambda: self.end("switch_user"))
        self.home.reset_secret_requested.connect(self.open_reset_dialog)
        self.reset_dialog: SecretResetDialog | None = None
        self.screen: WorkScreen | None = None
        self._closed = False
        stack.addWidget(self.home)
        stack.setCurrentWidget(self.home)
        watcher.activity.connect(self._on_activity)
        self._autosave = QTimer(self)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self._autosave_draft)
        self._autosave.start()
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(HEARTBEAT_MS)
        self._heartbeat.timeout.connect(lambda: self._run(lambda: services.auth.touch(user), label="heartbeat"))
        self._heartbeat.start()
        self.refresh_home()
        self.queue_model.fetchMore()

    # -- home -------------------------------------------------------------------------------------
    def refresh_home(self) -> None:
        home, services, user = self.home, self.services, self.user

        def show(found: tuple[WorkerStats, list[DraftSummary], int]) -> None:
            stats, drafts, waiting = found
            home.show_stats(stats)
            home.show_drafts(drafts)
            home.show_waiting(waiting)

        takes_tasks = user.role in TASK_ROLES
        self._run(lambda: (services.stats.for_worker(user), services.queue.drafts(user) if takes_tasks else [],
                           services.queue.waiting_count(user)), on_done=show, label="home figures")

    def start_next(self) -> None:
        self.home.set_busy(True)
        self.home.set_start_note("")
        self._run(lambda: self.services.work.next_task(self.user), on_done=self._open_screen,
                  on_problem=lambda problem: self.home.set_start_note(describe(problem)),
                  on_finally=lambda: self.home.set_busy(False), label="next task")

    def resume(self, task_id: str) -> None:
        self._run(lambda: self.services.work.open_task(self.user, task_id), on_done=self._open_screen,
                  on_problem=self._home_problem, label="open task")

    def _home_problem(self, problem: Problem) -> None:
        self.home.set_start_note(describe(problem))
        self.refresh_home()

    def _open_screen(self, item: WorkItem) -> None:
        screen_class = screen_for(item.kind)
        if screen_class is None:
            self.home.set_start_note(describe(Problem(p.TASK_UNKNOWN_KIND, kind=item.kind)))
            return
        language = self.user.language or "en"
        self._run(lambda: self.services.work.canned_responses(self.user, item.kind, language),
                  on_done=lambda canned: self._show_screen(screen_class, item, canned), label="canned responses")

    def _show_screen(self, screen_class: type[WorkScreen], item: WorkItem, canned: list[Any]) -> None:
        if self._closed:
            return
        self._drop_screen()
        screen = screen_class(item, canned, self.user)
        screen.submit_requested.connect(self.submit)
        screen.escalate_requested.connect(self.escalate)
        screen.skip_requested.connect(self.skip)
        screen.back_requested.connect(self.back_home)
        self.screen = screen
        self.stack.addWidget(screen)
        self.stack.setCurrentWidget(screen)  # the queue is hidden now; _leave_screen reloads it

    # -- the task ---------------------------------------------------------------------------------
    def _save_call(self, screen: WorkScreen) -> Callable[[], None]:
        values, active_ms, task_id = screen.values(), screen.tracker.active_ms, screen.item.task_id
        return lambda: self.services.work.save_draft(self.user, task_id, values, active_ms)

    def _autosave_draft(self) -> None:
        screen = self.screen
        if screen is None or (not screen.dirty and screen.tracker.active_ms == screen.item.draft_active_ms):
            return
        screen.dirty = False
        self._run(self._save_call(screen), on_problem=lambda problem: self.notice.emit(describe(problem)),
                  label="autosave")

    def back_home(self) -> None:
        screen = self.screen
        if screen is None:
            return
        self._run(self._save_call(screen), on_done=lambda _: self._leave_screen(),
                  on_problem=lambda problem: self.notice.emit(describe(problem)), label="save draft")

    def submit(self) -> None:
        screen = self.screen
        if screen is None:
            return
        values, active_ms, task_id = screen.values(), screen.tracker.active_ms, screen.item.task_id
        self._finish(screen, lambda: self.services.work.submit(self.user, task_id, values, active_ms),
                     self.tr("Sent. Well done!"))

    def escalate(self) -> None:
        screen = self.screen
        if screen is None:
            return
        dialog = EscalateDialog(screen.values().get("internal_note", ""), screen)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = dict(screen.values(), internal_note=dialog.note_text())
        active_ms, task_id = screen.tracker.active_ms, screen.item.task_id
        self._finish(screen, lambda: self.services.work.escalate(self.user, task_id, values, active_ms),
                     self.tr("Escalated to a specialist."))

    def skip(self) -> None:
        screen = self.screen
        if screen is None:
            return
        dialog = SkipDialog(screen)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        reason, note = dialog.reason().value, dialog.note_text()
        active_ms, task_id = screen.tracker.active_ms, screen.item.task_id
        self._finish(screen, lambda: self.services.work.skip(self.user, task_id, reason, note, active_ms),
                     self.tr("Skipped. Someone else will take it."))

    def _finish(self, screen: WorkScreen, call: Callable[[], Any], done_text: str) -> None:
        screen.set_busy(True)

        def failed(problem: Problem) -> None:
            if problem.code == p.RESULT_INVALID:
                screen.show_field_errors(list(problem.params.get("errors", ())))
            else:
                # Save what is on the screen as a draft; a failed submit must never cost the answer.
                self._run(self._save_call(screen), on_problem=lambda _ignored: None, label="save after failure")
            self.notice.emit(describe(problem))

        def done(_result: object) -> None:
            self.notice.emit(done_text)
            self.outbox_changed.emit()
            self._leave_screen()

        self._run(call, on_done=done, on_problem=failed, on_finally=lambda: screen.set_busy(False),
                  owner=screen, label="finish task")

    def _leave_screen(self) -> None:
        self._drop_screen()
        self.stack.setCurrentWidget(self.home)
        self.refresh_home()
        self.queue_model.reload()
        self.home.start_button.setFocus()

    def _drop_screen(self) -> None:
        if self.screen is not None:
            self.stack.removeWidget(self.screen)
            self.screen.deleteLater()
            self.screen = None

    def _on_activity(self, now_ms: int) -> None:
        if self.screen is not None:
            self.screen.activity(now_ms)

    # -- a supervisor's tools ---------------------------------------------------------------------
    def open_reset_dialog(self) -> None:
        """Reset a worker's PIN: the people this person may reset, then the dialog."""
        services, user = self.services, self.user
        self._run(lambda: services.auth.resettable_people(user), on_done=self._show_reset_dialog,
                  label="people to reset")

    def _show_reset_dialog(self, people: list[UserCard]) -> None:
        if self._closed or self.reset_dialog is not None:
            return
        dialog = SecretResetDialog(people, self.home)
        dialog.reset_requested.connect(lambda user_id, pin: self._reset_secret(dialog, user_id, pin))
        dialog.finished.connect(lambda _result: self._reset_dialog_closed(dialog))
        self.reset_dialog = dialog
        dialog.open()

    def _reset_secret(self, dialog: SecretResetDialog, target_id: str, typed: str) -> None:
        person, services, user = dialog.chosen(), self.services, self.user

        def done(pin: str) -> None:
            if person is not None:
                dialog.show_done(person, None if typed else pin)
            self.outbox_changed.emit()

        self._run(lambda: services.auth.reset_secret(user, target_id, typed or None), on_done=done,
                  on_problem=lambda problem: dialog.show_problem(describe(problem)), owner=dialog, label="reset PIN")

    def _reset_dialog_closed(self, dialog: SecretResetDialog) -> None:
        if self.reset_dialog is dialog:
            self.reset_dialog = None
        dialog.deleteLater()

    # -- the end ----------------------------------------------------------------------------------
    def end(self, reason: str) -> None:
        """Keep the draft, close the work session, and remove every page of this person."""
        if self._closed:
            return
        self._closed = True
        if self.reset_dialog is not None:
            self.reset_dialog.reject()  # a one-time PIN on screen must not outlive the person's session
        self._autosave.stop()
        self._heartbeat.stop()
        self.watcher.activity.disconnect(self._on_activity)
        if self.screen is not None:
            self._run(self._save_call(self.screen), label="save draft at lock", force=True)
        self._run(lambda: self.services.auth.logout(self.user, reason), label="logout", force=True)
        self._drop_screen()
        self.stack.removeWidget(self.home)
        self.home.deleteLater()
        self.ended.emit(reason)

    def _run(self, fn: Callable[[], Any], *, on_done: Callable[[Any], None] | None = None,
             on_problem: Callable[[Problem], None] | None = None, on_finally: Callable[[], None] | None = None,
             owner: QWidget | None = None, label: str = "", force: bool = False) -> None:
        if self._closed and not force:
            return
        self.ops.run(fn, on_done=on_done, on_problem=on_problem or (lambda problem: self.notice.emit(
            describe(problem))), on_finally=on_finally, owner=owner or self._owner(), label=label)

    def _owner(self) -> QObject | None:
        return self.home if shiboken6.isValid(self.home) else None
