"""The app's one window: a stack of pages (login, home, task, recovery) and a status line."""

from __future__ import annotations

import dataclasses
import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from deskclient.domain.problems import Problem
from deskclient.domain.views import LoggedInUser, UserCard
from deskclient.paths import DataFolder
from deskclient.store.roster import read_roster
from deskclient.ui.background import Operations
from deskclient.ui.i18n import Translations
from deskclient.ui.idle import DEFAULT_IDLE_LOCK_SECONDS, ActivityWatcher
from deskclient.ui.login_page import LoginPage
from deskclient.ui.messages import describe
from deskclient.ui.recovery_page import RecoveryPage, TooNewPage
from deskclient.ui.secret_change_page import SecretChangePage
from deskclient.ui.sync_status import SyncStatusBar

if TYPE_CHECKING:  # SQLAlchemy is imported off the UI thread, after the login grid is on screen
    from deskclient.services.bundle import Services
    from deskclient.services.housekeeping import DiskReport
    from deskclient.services.startup import StartupOutcome
    from deskclient.ui.session import WorkerSession
    from deskclient.ui.sync_presenter import SyncPresenter

log = logging.getLogger(__name__)

BACKUP_EVERY_MS = 30 * 60_000
CHECKPOINT_EVERY_MS = 10 * 60_000
DISK_CHECK_EVERY_MS = 60_000


class MainWindow(QMainWindow):
    """Owns the background lanes, the pages and the session of whoever is logged in."""

    ready = Signal()
    session_started = Signal(object)

    def __init__(self, folder: DataFolder, translations: Translations | None = None,
                 idle_seconds: int = DEFAULT_IDLE_LOCK_SECONDS, parent: QWidget | None = None,
                 demo_server: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("deskclient"))
        self.resize(1280, 720)
        self.folder = folder
        self.translations = translations
        self.ops = Operations(self)
        self.services: Services | None = None
        self.session: WorkerSession | None = None
        self.secret_page: SecretChangePage | None = None  # choosing a new PIN right after login
        self.watcher = ActivityWatcher(idle_seconds, self)
        self.watcher.idle.connect(self.lock)
        self.ops.unexpected_error.connect(self._show_bug)
        self.ops.problem.connect(lambda problem: self.show_notice(describe(problem)))

        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.login_page = LoginPage()
        self.login_page.login_requested.connect(self._login)
        self.login_page.language_requested.connect(self._use_language)
        self.login_page.show_language(translations.language if translations is not None else "en")
        self._login_language: tuple[str, bool] = ("", False)
        self.stack.addWidget(self.login_page)

        self.notice = QLabel()
        self.sync_bar = SyncStatusBar()
        self.sync: SyncPresenter | None = None
        self.pc_status = QLabel()
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(120)
        self.busy_bar.setVisible(False)
        self.busy_bar.setAccessibleName(self.tr("Working…"))
        self.statusBar().addWidget(self.notice, 1)
        self.statusBar().addPermanentWidget(self.sync_bar)
        self.statusBar().addPermanentWidget(self.pc_status)
        self.demo = DemoServerToggle(demo_server, self) if demo_server is not None else None
        if self.demo is not None:
            self.statusBar().addPermanentWidget(self.demo.button)
        self.statusBar().addPermanentWidget(self.busy_bar)
        self._busy_timer = QTimer(self)  # show the bar only for work that takes a noticeable moment
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(300)
        self._busy_timer.timeout.connect(lambda: self.busy_bar.setVisible(self.ops.busy))
        self.ops.busy_changed.connect(self._on_busy)
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.timeout.connect(self.notice.clear)
        self._timers: list[QTimer] = []
        self._closing = False

    # -- start-up ---------------------------------------------------------------------------------
    def start(self) -> None:
        """Show the people at once, then check and open the database off-thread.

        The one read on this thread is the roster, before the first frame (there is nothing to
        freeze yet): a single indexed query with plain ``sqlite3``, a few milliseconds even on a
        slow disk, so the people appear with the window instead of after the database check.
        """
        self.login_page.set_people(read_roster(self.folder.database))
        self.login_page.set_ready(False)
        QTimer.singleShot(0, self._open_database)

    def _open_database(self) -> None:
        folder = self.folder

        def open_all() -> tuple[StartupOutcome, Services | None, list[UserCard]]:
            from deskclient.services.startup import StartupState, prepare_database

            outcome = prepare_database(folder)
            if outcome.state is not StartupState.READY:
                return outcome, None, []
            from deskclient.services.bundle import Services

            return outcome, Services.open(folder), read_roster(folder.database)

        self.ops.run(open_all, on_done=self._database_opened, label="open database")

    def _database_opened(self, found: tuple[StartupOutcome, Services | None, list[UserCard]]) -> None:
        outcome, services, people = found
        if self._closing:  # the window closed while the database was being opened
            if services is not None:
                services.close()
            return
        if services is None:
            self._show_recovery(outcome)
            return
        self.services = services
        self.login_page.set_people(people)
        self.login_page.set_ready(True)
        if outcome.migrated_from:
            self.show_notice(self.tr("The work file was updated for this version of the app."))
        if outcome.data_key_lost:
            self.show_notice(self.tr("This PC lost the key of its work file. Finished work is safe and will be "
                                     "sent; waiting tickets come back at the next sync, but unfinished drafts "
                                     "could not be kept."))
        self._start_housekeeping()
        from deskclient.ui.sync_presenter import SyncPresenter

        self.sync = SyncPresenter(services, self.ops, self.sync_bar, self, self.show_notice,
                                  first_run=lambda: not people and self.demo is None)
        self.sync.controller.finished.connect(self._sync_finished)
        self.sync.start()
        self.ready.emit()

    def _show_recovery(self, outcome: StartupOutcome) -> None:
        from deskclient.services.startup import StartupState

        if outcome.state is StartupState.TOO_NEW:
            too_new = TooNewPage(outcome.detail)
            self.stack.addWidget(too_new)
            self.stack.setCurrentWidget(too_new)
            return
        page = RecoveryPage(outcome.detail, outcome.backups)
        page.restore_requested.connect(lambda backup: self._recover(page, backup))
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)

    def _recover(self, page: RecoveryPage, backup: Path | None) -> None:
        from deskclient.services.startup import set_damaged_aside

        folder = self.folder
        self.ops.run(lambda: set_damaged_aside(folder, backup),
                     on_done=lambda kept_at: self._recovered(page, kept_at), label="recover database")

    def _recovered(self, page: RecoveryPage, kept_at: Path) -> None:
        self.stack.removeWidget(page)
        page.deleteLater()
        self.stack.setCurrentWidget(self.login_page)
        self.show_notice(self.tr("The damaged file was kept in %1.").replace("%1", str(kept_at)), 20_000)
        self.login_page.set_ready(False)
        self._open_database()

    # -- login and lock ---------------------------------------------------------------------------
    def _login(self, user_id: str, pin: str) -> None:
        services = self.services
        if services is None:
            return
        self._login_language = self.login_page.language_choice()  # read before the page forgets the person
        self.ops.run(lambda: services.auth.login(user_id, pin), on_done=self._logged_in,
                     on_problem=self._login_failed, label="login")

    def _login_failed(self, problem: Problem) -> None:
        self.login_page.show_failure(describe(problem), int(problem.params.get("seconds", 0) or 0))

    def _logged_in(self, user: LoggedInUser) -> None:
        assert self.services is not None
        self.login_page.show_grid()
        user = self._apply_login_language(user)
        if user.must_change_secret:  # a new account or a reset PIN: their own PIN before anything else
            self._ask_new_secret(user)
            return
        self._start_session(user)

    def _ask_new_secret(self, user: LoggedInUser) -> None:
        services = self.services
        assert services is not None
        page = SecretChangePage(user)
        self.secret_page = page

        def changed(updated: LoggedInUser) -> None:
            self._drop_secret_page()
            self.show_notice(self.tr("Your new PIN is saved. Use it from now on, on every PC of the center."))
            self._start_session(updated)

        page.change_requested.connect(lambda new, again: self.ops.run(
            lambda: services.auth.change_own_secret(user, new, again), on_done=changed,
            on_problem=lambda problem: page.show_problem(describe(problem)), owner=page, label="change PIN"))
        page.logout_requested.connect(lambda: self._leave_secret_page(user, "logout"))
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)

    def _leave_secret_page(self, user: LoggedInUser, reason: str) -> None:
        services = self.services
        if services is not None:
            self.ops.run(lambda: services.auth.logout(user, reason), label="logout")
        self._drop_secret_page()
        self._session_ended(reason)

    def _drop_secret_page(self) -> None:
        page, self.secret_page = self.secret_page, None
        if page is not None:
            self.stack.removeWidget(page)
            page.deleteLater()

    def _start_session(self, user: LoggedInUser) -> None:
        from deskclient.ui.session import WorkerSession

        assert self.services is not None
        self.session = WorkerSession(user, self.services, self.ops, self.stack, self.watcher, self)
        self.session.ended.connect(self._session_ended)
        self.session.notice.connect(self.show_notice)
        self.session.outbox_changed.connect(self._work_submitted)
        self.refresh_pc_status()
        self.session_started.emit(self.session)

    def lock(self) -> None:
        """Idle too long: keep the draft and go back to the people grid."""
        if self.secret_page is not None:
            self._leave_secret_page(self.secret_page.user, "auto_lock")
            self.show_notice(self.tr("The screen was locked because nobody used it for a while."), 30_000)
        if self.session is not None:
            self.session.end("auto_lock")
            self.show_notice(self.tr("The screen was locked because nobody used it for a while."), 30_000)

    def _session_ended(self, reason: str) -> None:
        self.session = None
        self.login_page.show_grid()
        self.stack.setCurrentWidget(self.login_page)
        self.login_page.reset_language()
        self._use_language("")  # the next person starts in the PC's own language

    def bring_to_front(self) -> None:
        """Someone started the app again: show this copy instead."""
        self.showNormal()
        self.raise_()
        self.activateWindow()

    # -- language ---------------------------------------------------------------------------------
    def _use_language(self, code: str) -> None:
        """Show the app in ``code`` ("" = the PC's own language); every page retranslates itself."""
        if self.translations is not None:
            self.translations.use(code or None)
            code = self.translations.language
        self.login_page.show_language(code or "en")

    def _apply_login_language(self, user: LoggedInUser) -> LoggedInUser:
        """Switch to the language the person logged in with; keep it for them if they just chose it."""
        language, remember = self._login_language
        self._login_language = ("", False)
        language = language or user.language or ""
        self._use_language(language)
        if self.translations is not None:
            language = self.translations.language
        services = self.services
        if remember and services is not None and language:
            folder = self.folder

            def keep() -> list[UserCard]:
                services.preferences.set_language(user, language)
                return read_roster(folder.database)  # the grid shows them in their language next time

            self.ops.run(keep, on_done=self.login_page.set_people, label="remember language")
        return dataclasses.replace(user, language=language or None)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setWindowTitle(self.tr("deskclient"))
            self.busy_bar.setAccessibleName(self.tr("Working…"))
            if self.demo is not None:
                self.demo.retranslate()
            self.refresh_pc_status()
        super().changeEvent(event)

    # -- status -----------------------------------------------------------------------------------
    def show_notice(self, text: str, timeout_ms: int = 10_000) -> None:
        self.notice.setText(text)
        self._notice_timer.start(timeout_ms)

    def _sync_finished(self, report: Any, _problem: Any) -> None:
        if report is not None and report.users:  # people were added or changed at the center
            folder = self.folder
            self.ops.run(lambda: read_roster(folder.database), on_done=self.login_page.set_people, label="roster")

    def _work_submitted(self) -> None:
        if self.sync is not None:
            self.sync.work_submitted()

    def refresh_pc_status(self) -> None:
        services = self.services
        if services is None or self._closing:
            return
        self.ops.run(services.housekeeping.disk, on_done=self._show_pc_status, label="pc status")

    def _show_pc_status(self, disk: DiskReport) -> None:
        from deskclient.services.housekeeping import DiskState

        parts = []
        if disk.state is DiskState.CRITICAL:
            parts.append(self.tr("Disk full: tell your supervisor now"))
        elif disk.state is DiskState.LOW:
            parts.append(self.tr("Disk space is low: tell your supervisor"))
        self.pc_status.setText("   ·   ".join(parts))
        self.pc_status.setVisible(bool(parts))
        self.pc_status.setProperty("role", "error" if disk.state is not DiskState.OK else "")
        self.pc_status.style().polish(self.pc_status)

    def _on_busy(self, busy: bool) -> None:
        if busy:
            self._busy_timer.start()
        else:
            self._busy_timer.stop()
            self.busy_bar.setVisible(False)

    def _show_bug(self, error: BaseException) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Something went wrong"), self.tr(
            "The app met an unexpected error. Your saved work is safe. If it happens again, please tell "
            "your supervisor. Details are in the log file."), QMessageBox.StandardButton.Ok, self)
        box.setDetailedText(f"{type(error).__name__}: {error}")
        box.open()

    # -- housekeeping -----------------------------------------------------------------------------
    def _start_housekeeping(self) -> None:
        services = self.services
        assert services is not None
        jobs: list[tuple[int, Any]] = [
            (BACKUP_EVERY_MS, services.housekeeping.back_up),
            (CHECKPOINT_EVERY_MS, services.housekeeping.checkpoint),
        ]
        for interval, job in jobs:
            timer = QTimer(self)
            timer.setInterval(interval)
            timer.timeout.connect(lambda job=job: self.ops.run(job, label=job.__name__))
            timer.start()
            self._timers.append(timer)
        disk_timer = QTimer(self)
        disk_timer.setInterval(DISK_CHECK_EVERY_MS)
        disk_timer.timeout.connect(self.refresh_pc_status)
        disk_timer.start()
        self._timers.append(disk_timer)
        self.refresh_pc_status()
        # One backup soon after start, so a PC always has a recent copy to recover from.
        QTimer.singleShot(15_000, lambda: self.ops.run(services.housekeeping.back_up, label="first backup"))

    # -- closing ----------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Save the draft, end the session, wait for the lanes, close the database."""
        if self._closing:
            return
        self._closing = True
        for timer in self._timers:
            timer.stop()
        if self.sync is not None:
            self.sync.stop()
        if self.session is not None:
            self.session.end("app_closed")
        if self.secret_page is not None:
            self._leave_secret_page(self.secret_page.user, "app_closed")
        started = time.perf_counter()
        self.ops.shutdown()
        log.info("background work finished in %.0f ms at shutdown", (time.perf_counter() - started) * 1000)
        if self.services is not None:
            self.services.close()
            self.services = None
        if self.translations is not None:
            self.translations.close()


class DemoServerToggle(QObject):
    """Demo only: stop and start the embedded server to show offline work and catch-up."""

    def __init__(self, server: Any, window: MainWindow) -> None:
        super().__init__(window)
        self.server = server
        self.window = window
        self.button = QPushButton()
        self.button.setObjectName("demoServerToggle")
        self.button.clicked.connect(self.toggle)
        self._label()

    def toggle(self) -> None:
        if self.server.running:
            self.server.stop()
            self.window.show_notice(self.tr("Demo: the server is stopped. Keep working; nothing is lost."))
        else:
            self.server.start(migrate_first=False)
            self.window.show_notice(self.tr("Demo: the server is back. Syncing…"))
            if self.window.sync is not None:
                self.window.sync.controller.sync_now()
        self._label()

    def retranslate(self) -> None:
        self._label()

    def _label(self) -> None:
        self.button.setText(self.tr("Demo: stop server") if self.server.running else self.tr("Demo: start server"))
