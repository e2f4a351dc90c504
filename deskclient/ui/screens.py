"""Every screen of the app in one list, each with a way to bring it up on a real window.

Used by the UI tests (render each once, pseudo-locale, right-to-left, accessibility) and by
``deskclient --selftest`` inside the frozen build, so it needs nothing from pytest.

A :class:`ScreenHarness` is a real :class:`MainWindow` on a data folder seeded with the demo
center. A screen's builder takes the harness, brings the screen up the way a person would reach
it (log in, start the next ticket, open a dialog...), and returns the top widget to inspect.
``harness.dismiss()`` afterwards closes what the builder opened, so the next screen starts from
the window as it was. ``tests/ui/test_screens.py`` fails when a page or dialog in ``deskclient/ui``
is missing here.

To add a screen: write a builder ``def _my_page(harness) -> QWidget`` and append a
``Screen("area.name", MyPage, _my_page, "what it is")`` to ``SCREENS``.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from deskclient.paths import DataFolder
from deskclient.ui.home_page import HomePage
from deskclient.ui.login_page import LoginPage
from deskclient.ui.main_window import MainWindow
from deskclient.ui.recovery_page import RecoveryPage, TooNewPage
from deskclient.ui.secret_change_page import SecretChangePage
from deskclient.ui.secret_reset_dialog import SecretResetDialog
from deskclient.ui.sync_dialogs import AttentionDialog, EnrollDialog
from deskclient.ui.work import WORK_SCREENS
from deskclient.ui.work.base import WorkScreen
from deskclient.ui.work.reason_dialogs import EscalateDialog, SkipDialog

if TYPE_CHECKING:
    from deskclient.ui.session import WorkerSession

#: The demo person the harness logs in as (a worker who works in English).
DEMO_USERNAME = "amina.yusuf"
#: Enough tickets for every screen and a few submits, few enough to seed in a moment.
HARNESS_TICKETS = 30
WAIT_MS = 15_000

Waiter = Callable[..., None]


class ScreenTimeout(RuntimeError):
    """A screen did not come up in time (the selftest reports it as a failed check)."""


def pump_until(condition: Callable[[], Any], timeout: int = WAIT_MS) -> None:
    """Process Qt events until ``condition()`` is true (no pytest needed); raise after ``timeout`` ms."""
    app = QApplication.instance()
    deadline = time.monotonic() + timeout / 1000
    while not condition():
        if time.monotonic() > deadline:
            raise ScreenTimeout(f"waited {timeout} ms for {getattr(condition, '__name__', 'a condition')}")
        if app is not None:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.002)


def demo_user_id(username: str = DEMO_USERNAME) -> str:
    from deskclient.demo.seed import NAMESPACE

    return str(uuid.uuid5(NAMESPACE, f"user:{username}"))


def demo_pin(username: str = DEMO_USERNAME) -> str:
    from deskclient.demo.content import demo_people

    return next(person.pin for person in demo_people() if person.username == username)


def seed_demo_folder(root: Path, ticket_count: int = HARNESS_TICKETS) -> DataFolder:
    """A data folder at ``root`` with the demo center (migrated, seeded, closed again)."""
    from deskclient.demo.seed import seed_demo_center
    from deskclient.services.context import open_context
    from deskclient.services.startup import StartupState, prepare_database

    folder = DataFolder(root).ensure()
    outcome = prepare_database(folder)
    if outcome.state is not StartupState.READY:
        raise RuntimeError(f"the data folder {root} cannot be used: {outcome.state.value} {outcome.detail}")
    context = open_context(folder)
    try:
        seed_demo_center(context, ticket_count=ticket_count)
    finally:
        context.database.dispose()
    return folder


@dataclass
class ScreenHarness:
    """A shown main window on a demo data folder, and what a builder needs to drive it.

    ``wait_until(condition, timeout=ms)`` defaults to :func:`pump_until`; tests pass
    ``qtbot.waitUntil``. ``on_widget`` is called with the window and every parentless widget a
    builder opens (tests pass ``qtbot.addWidget`` so pytest-qt closes them too).
    """

    window: MainWindow
    user_id: str = field(default_factory=demo_user_id)
    pin: str = field(default_factory=demo_pin)
    wait_until: Waiter = pump_until
    on_widget: Callable[[QWidget], Any] | None = None
    _cleanups: list[Callable[[], None]] = field(default_factory=list)

    @property
    def folder(self) -> DataFolder:
        return self.window.folder

    # -- driving the window -----------------------------------------------------------------------
    def wait_ready(self) -> None:
        self.wait_until(lambda: self.window.services is not None, timeout=WAIT_MS)

    def log_in(self) -> WorkerSession:
        """Log the demo worker in through the login page, as a person would (no-op when logged in)."""
        window = self.window
        if window.session is not None:
            return window.session
        self.wait_ready()
        page = window.login_page
        self.wait_until(lambda: page.person_button(self.user_id) is not None, timeout=WAIT_MS)
        button = page.person_button(self.user_id)
        assert button is not None
        button.click()
        page.pin_field.setText(self.pin)
        page.login_button.click()
        self.wait_until(lambda: window.session is not None, timeout=WAIT_MS)
        session = window.session
        assert session is not None
        self.wait_until(lambda: window.stack.currentWidget() is session.home, timeout=WAIT_MS)
        return session

    def log_out(self) -> None:
        if self.window.session is not None:
            self.window.session.end("switch_user")
            self.wait_until(lambda: self.window.session is None, timeout=WAIT_MS)
        self.window.login_page.show_grid()

    def open_task(self, kind: str) -> WorkScreen:
        """Start the next ticket from home (the demo center's queue must hold one of ``kind``)."""
        session = self.log_in()
        if session.screen is not None:
            if session.screen.item.kind == kind:
                return session.screen
            session.back_home()
            self.wait_until(lambda: session.screen is None, timeout=WAIT_MS)
        session.home.start_button.click()
        self.wait_until(lambda: session.screen is not None or bool(session.home.start_note.text()), timeout=WAIT_MS)
        screen = session.screen
        if screen is None:
            raise ScreenTimeout(f"no task could be started: {session.home.start_note.text()}")
        if screen.item.kind != kind:
            raise ScreenTimeout(f"the next task is a {screen.item.kind}, not a {kind}")
        self.wait_until(screen.isVisible, timeout=WAIT_MS)
        self.later(lambda: self._leave_task(session))
        return screen

    def _leave_task(self, session: WorkerSession) -> None:
        if session.screen is not None and self.window.session is session:
            session.back_home()  # keeps it as a draft, as "Save and go back" does
            self.wait_until(lambda: session.screen is None, timeout=WAIT_MS)

    def show_page(self, page: QWidget) -> QWidget:
        """Put a page in the window's stack for this screen; it is removed again on dismiss."""
        stack = self.window.stack
        previous = stack.currentWidget()
        stack.addWidget(page)
        stack.setCurrentWidget(page)

        def remove() -> None:
            stack.removeWidget(page)
            page.deleteLater()
            if previous is not None and stack.indexOf(previous) >= 0:
                stack.setCurrentWidget(previous)

        self.later(remove)
        self.wait_until(page.isVisible, timeout=WAIT_MS)
        return page

    def show_dialog(self, dialog: QWidget) -> QWidget:
        """Open a dialog window-modally (``open()``, never ``exec()``) and close it on dismiss."""
        if self.on_widget is not None and dialog.parentWidget() is None:
            self.on_widget(dialog)  # a parented dialog goes with its window
        if isinstance(dialog, QDialog):
            dialog.open()
        else:
            dialog.show()

        def close() -> None:
            if isinstance(dialog, QDialog):
                dialog.reject()
            dialog.close()
            dialog.deleteLater()

        self.later(close)
        self.wait_until(dialog.isVisible, timeout=WAIT_MS)
        return dialog

    def later(self, cleanup: Callable[[], None]) -> None:
        """Run ``cleanup`` on :meth:`dismiss` (last registered runs first)."""
        self._cleanups.append(cleanup)

    def dismiss(self) -> None:
        """Close what the last builder opened, back to the window as it was."""
        while self._cleanups:
            self._cleanups.pop()()
        app = QApplication.instance()
        if app is not None:
            app.processEvents()

    def close(self) -> None:
        self.dismiss()
        self.window.shutdown()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.window.watcher)
        self.window.close()
        self.window.deleteLater()


def open_harness(root: Path, *, wait_until: Waiter = pump_until, on_widget: Callable[[QWidget], Any] | None = None,
                 ticket_count: int = HARNESS_TICKETS, size: tuple[int, int] = (1366, 740)) -> ScreenHarness:
    """Seed a demo data folder at ``root``, open the app's window on it, and wait until it is ready."""
    from deskclient.ui.app import build_window

    folder = seed_demo_folder(root, ticket_count)
    window = build_window(folder)
    if on_widget is not None:
        on_widget(window)
    window.resize(*size)
    window.show()
    harness = ScreenHarness(window, wait_until=wait_until, on_widget=on_widget)
    harness.wait_ready()
    return harness


# -- the builders ---------------------------------------------------------------------------------
def _login_grid(harness: ScreenHarness) -> QWidget:
    harness.log_out()
    page = harness.window.login_page
    harness.wait_until(lambda: page.person_button(harness.user_id) is not None, timeout=WAIT_MS)
    return page


def _login_pin(harness: ScreenHarness) -> QWidget:
    page = _login_grid(harness)
    assert isinstance(page, LoginPage)
    button = page.person_button(harness.user_id)
    assert button is not None
    button.click()
    harness.later(page.show_grid)
    harness.wait_until(page.pin_field.isVisible, timeout=WAIT_MS)
    return page


def _home(harness: ScreenHarness) -> QWidget:
    session = harness.log_in()
    if session.screen is not None:
        harness._leave_task(session)
    harness.wait_until(lambda: harness.window.stack.currentWidget() is session.home, timeout=WAIT_MS)
    return session.home


def _work_screen(kind: str) -> Callable[[ScreenHarness], QWidget]:
    def build(harness: ScreenHarness) -> QWidget:
        return harness.open_task(kind)

    build.__name__ = f"work_screen_{kind}"
    return build


def _skip_dialog(harness: ScreenHarness) -> QWidget:
    screen = harness.open_task("support_ticket")
    return harness.show_dialog(SkipDialog(screen))


def _escalate_dialog(harness: ScreenHarness) -> QWidget:
    screen = harness.open_task("support_ticket")
    return harness.show_dialog(EscalateDialog(screen.values().get("internal_note", ""), screen))


def _recovery_page(harness: ScreenHarness) -> QWidget:
    """What a damaged work file shows, with the newest real backup of the folder offered."""
    from deskclient.store.backup import list_backups

    window = harness.window
    services = window.services
    assert services is not None
    written: list[Path] = []
    window.ops.run(services.housekeeping.back_up, on_done=written.append, label="backup for the recovery page")
    harness.wait_until(lambda: bool(written), timeout=WAIT_MS)
    harness.log_out()
    backups = list_backups(harness.folder.backups)
    return harness.show_page(RecoveryPage("file is not a database", backups))


def _too_new_page(harness: ScreenHarness) -> QWidget:
    harness.log_out()
    return harness.show_page(TooNewPage("9999_from_a_newer_version"))


def _enroll_dialog(harness: ScreenHarness) -> QWidget:
    harness.log_out()
    return harness.show_dialog(EnrollDialog(harness.window))


def _attention_dialog(harness: ScreenHarness) -> QWidget:
    """The server's refusals; a fresh demo folder has none, so one typical refusal is shown."""
    harness.log_out()
    items = [("result", "the task was completed on another PC", datetime.now(UTC))]
    return harness.show_dialog(AttentionDialog(items, harness.window))


def _secret_change_page(harness: ScreenHarness) -> QWidget:
    """What a person with a new account or a reset PIN sees right after logging in."""
    from deskclient.domain.views import LoggedInUser

    harness.log_out()
    user = LoggedInUser(id=harness.user_id, display_name="Amina Yusuf", role="worker", session_id="screen",
                        must_change_secret=True)
    return harness.show_page(SecretChangePage(user))


def _secret_reset_dialog(harness: ScreenHarness) -> QWidget:
    """A supervisor's reset dialog, offering the demo center's workers."""
    from deskclient.store.roster import read_roster

    harness.log_out()
    people = [card for card in read_roster(harness.folder.database) if card.role == "worker"]
    return harness.show_dialog(SecretResetDialog(people, harness.window))


def _unexpected_error(harness: ScreenHarness) -> QWidget:
    harness.window._show_bug(RuntimeError("selftest: shown on purpose"))
    harness.wait_until(lambda: any(box.isVisible() for box in harness.window.findChildren(QMessageBox)),
                       timeout=WAIT_MS)
    box = next(box for box in harness.window.findChildren(QMessageBox) if box.isVisible())

    def close() -> None:
        box.close()
        box.deleteLater()

    harness.later(close)
    return box


@dataclass(frozen=True)
class Screen:
    """One screen: ``name`` is stable (tests and reports use it), ``widget_class`` what it shows."""

    name: str
    widget_class: type[QWidget]
    build: Callable[[ScreenHarness], QWidget]
    description: str
    logged_in: bool = False


SCREENS: list[Screen] = [
    Screen("login.grid", LoginPage, _login_grid, "Who is working? The grid of the center's people"),
    Screen("login.pin", LoginPage, _login_pin, "The PIN page with the keypad, for the chosen person"),
    Screen("home", HomePage, _home, "A worker's home: figures, Start next task, drafts, the queue", True),
    *(Screen(f"work.{kind}", screen_class, _work_screen(kind), f"The work screen for a {kind}", True)
      for kind, screen_class in WORK_SCREENS.items()),
    Screen("work.skip_dialog", SkipDialog, _skip_dialog, "Why skip this ticket? (reasons)", True),
    Screen("work.escalate_dialog", EscalateDialog, _escalate_dialog, "Why escalate? (internal note)", True),
    Screen("start.recovery", RecoveryPage, _recovery_page, "The work file is damaged: restore a backup or start empty"),
    Screen("start.too_new", TooNewPage, _too_new_page, "The work file is from a newer version: ask for the update"),
    Screen("login.choose_pin", SecretChangePage, _secret_change_page,
           "Choose your own PIN (first login, or after a reset): new PIN twice, with the keypad"),
    Screen("home.reset_pin", SecretResetDialog, _secret_reset_dialog,
           "A supervisor resets a worker's PIN: pick the person, a one-time PIN shown once"),
    Screen("sync.enroll", EnrollDialog, _enroll_dialog, "Connect this PC to the central server"),
    Screen("sync.attention", AttentionDialog, _attention_dialog, "Items the server refused, and why"),
    Screen("app.unexpected_error", QMessageBox, _unexpected_error, "Something went wrong (an unexpected error)"),
]

#: QWidget subclasses in deskclient/ui that are parts of the screens above, not screens of their own
#: (tests/ui/test_screens.py checks every QWidget subclass is either registered or listed here).
PARTS: dict[str, str] = {
    "MainWindow": "the frame every page is shown in",
    "WorkScreen": "the base class of the work screens (each kind is registered from WORK_SCREENS)",
    "SyncStatusBar": "the sync part of the main window's status bar, on every page",
}


def screen(name: str) -> Screen:
    return next(entry for entry in SCREENS if entry.name == name)


def render(widget: QWidget) -> tuple[int, int]:
    """Paint ``widget`` once offscreen (layout, fonts, style sheet); returns its painted size."""
    pixmap = widget.grab()
    if pixmap.isNull():
        raise RuntimeError(f"{type(widget).__name__} painted nothing")
    return pixmap.width(), pixmap.height()
