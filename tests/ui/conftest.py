"""UI fixtures: a real window on a temporary data folder, torn down with every background job finished."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QApplication

from deskclient.paths import DataFolder
from deskclient.services.context import open_context
from deskclient.services.startup import prepare_database
from deskclient.ui.app import build_window
from deskclient.ui.main_window import MainWindow
from tests.factories import PIN, add_person, add_tickets

WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def seeded_folder(folder: DataFolder) -> DataFolder:
    """A data folder with three workers and 12 tickets, closed again (the window opens it)."""
    prepare_database(folder)
    context = open_context(folder)
    from deskclient.services.intake import IntakeService
    from tests.factories import CENTER_ID

    IntakeService(context).add_center(CENTER_ID, "Test Center")
    for name in ("Amina Yusuf", "Priya Das", "Rekha Kumari"):
        add_person(context, name)
    add_tickets(context, 12)
    context.database.dispose()
    return folder


@pytest.fixture
def make_window(qtbot, seeded_folder: DataFolder) -> Iterator[WindowFactory]:  # type: ignore[no-untyped-def]
    windows: list[MainWindow] = []

    def make(folder: DataFolder | None = None, idle_seconds: int | None = None, wait_ready: bool = True) -> MainWindow:
        window = build_window(folder or seeded_folder, idle_seconds=idle_seconds)
        qtbot.addWidget(window)
        window.resize(1366, 740)
        window.show()
        windows.append(window)
        if wait_ready:
            with qtbot.waitSignal(window.ready, timeout=15_000):
                pass
        return window

    yield make
    app = QApplication.instance()
    for window in windows:
        window.shutdown()
        if app is not None:
            app.removeEventFilter(window.watcher)


def log_in(qtbot, window: MainWindow, user_id: str = "user-amina-yusuf", pin: str = PIN) -> None:  # type: ignore[no-untyped-def]
    window.login_page.person_button(user_id).click()
    window.login_page.pin_field.setText(pin)
    with qtbot.waitSignal(window.session_started, timeout=10_000):
        window.login_page.login_button.click()
