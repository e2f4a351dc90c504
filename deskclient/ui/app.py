"""Start the desktop app: one copy per data folder, fonts, translations, the window."""

from __future__ import annotations

import logging
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from deskclient import __version__
from deskclient.paths import DataFolder
from deskclient.ui.i18n import Translations, register_fonts
from deskclient.ui.idle import DEFAULT_IDLE_LOCK_SECONDS
from deskclient.ui.main_window import MainWindow
from deskclient.ui.single_instance import SingleInstance
from deskclient.ui.style import apply_theme

log = logging.getLogger(__name__)


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName("deskclient")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("deskclient")
    register_fonts(app)
    apply_theme(app)  # after the fonts: text sizes are multiples of the application font
    return app


def build_window(folder: DataFolder, idle_seconds: int | None = None, demo_server: object = None) -> MainWindow:
    """The main window on ``folder``, started (tests and benchmarks use this too)."""
    app = make_application()
    apply_theme(app)  # also when the application was made elsewhere (pytest-qt): the shipped look
    translations = Translations(app)
    translations.use(None)  # English plural forms from the first screen on
    window = MainWindow(folder, translations, idle_seconds=idle_seconds or DEFAULT_IDLE_LOCK_SECONDS,
                        demo_server=demo_server)
    app.installEventFilter(window.watcher)
    window.start()
    return window


def run(folder: DataFolder, *, exit_when_shown: bool = False, started_at: float | None = None,
        idle_seconds: int | None = None, demo_server: object = None) -> int:
    """Run the app until its window closes; returns the exit code."""
    app = make_application()
    guard = SingleInstance(folder.root)
    if not guard.acquire():
        answered = guard.ask_first_to_show()
        log.info("another copy is running on %s (answered: %s)", folder.root, answered)
        print("deskclient is already open on this PC for this data folder.", file=sys.stderr)
        if not answered and not exit_when_shown:
            QMessageBox.information(None, "deskclient", QApplication.translate(
                "App", "deskclient is already open on this PC."))
        return 3
    window = build_window(folder, idle_seconds=idle_seconds, demo_server=demo_server)
    guard.activation_requested.connect(window.bring_to_front)
    window.showMaximized()  # a shared work PC: the app is the one thing on the screen
    QTimer.singleShot(0, guard.listen)
    if exit_when_shown:
        # For the cold-start benchmark: the login grid is filled in start(), before the first frame.
        def report() -> None:
            since = time.perf_counter() - (started_at or 0.0)
            print(f"shown {since:.3f}", flush=True)
            window.shutdown()
            app.quit()

        QTimer.singleShot(0, report)
    code = app.exec()
    window.shutdown()
    guard.release()
    return code
