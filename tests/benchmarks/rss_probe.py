"""Peak memory of the real app with the whole queue loaded: ``python -m tests.benchmarks.rss_probe <home>``.

Builds the real window in-process on the data folder ``<home>``, logs a worker in through the
login page, loads every page of the queue list (``fetchMore`` until ``canFetchMore`` says no),
scrolls the list to its end, then prints ``rss {"maxrss_mb": ..., ...}`` and exits 0. Anything that
keeps it from getting there is printed as ``rss {"error": ...}`` with exit code 2.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

#: The benchmark's worker, as ``tests.factories.add_person`` makes them (the runner passes both anyway);
#: nothing of the test helpers is imported, so the probe's memory is the app's.
DEFAULT_USER = "user-bench-claimer"
DEFAULT_PIN = "482913"


class ProbeError(RuntimeError):
    pass


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="rss_probe")
    parser.add_argument("home", type=Path)
    parser.add_argument("--user", default=DEFAULT_USER, help="id of the worker who logs in")
    parser.add_argument("--pin", default=DEFAULT_PIN)
    parser.add_argument("--timeout", type=float, default=240.0, help="seconds for the whole probe")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        figures = probe(args.home, args.user, args.pin, time.monotonic() + args.timeout)
    except ProbeError as error:
        print("rss " + json.dumps({"error": str(error)}), flush=True)
        return 2
    print("rss " + json.dumps(figures), flush=True)
    return 0


def probe(home: Path, user_id: str, pin: str, deadline: float) -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication, QTableView

    from deskclient.paths import DataFolder

    started = time.perf_counter()
    folder = DataFolder(home.resolve())
    window = _build(folder)
    app = QApplication.instance()
    assert app is not None

    def wait(condition: Callable[[], bool], what: str) -> None:
        while not condition():
            if time.monotonic() > deadline:
                raise ProbeError(f"timed out waiting for {what}")
            app.processEvents()
            time.sleep(0.002)

    try:
        window.show()
        wait(lambda: getattr(window, "services", None) is not None, "the database to open")
        login_page = getattr(window, "login_page", None)
        if login_page is None or not hasattr(login_page, "login_requested"):
            raise ProbeError("the window has no login_page.login_requested to log in with")
        login_page.login_requested.emit(user_id, pin)
        wait(lambda: getattr(window, "session", None) is not None, "the login")
        view = _queue_view(window, QTableView)
        model = view.model()
        wait(lambda: model.rowCount() > 0 or not model.canFetchMore(), "the first page of the queue")
        pages = 0
        while model.canFetchMore():
            before = model.rowCount()
            model.fetchMore()
            wait(lambda before=before: model.rowCount() > before or not model.canFetchMore(),
                 f"page {pages + 2} of the queue")
            wait(lambda: not getattr(model, "loading", False), "the queue to stop loading")
            pages += 1
        view.scrollToBottom()
        for _ in range(20):  # let the view lay out and paint the last rows
            app.processEvents()
            time.sleep(0.005)
        rows = model.rowCount()
        figures = {
            "maxrss_mb": peak_rss_mb(),
            "rss_now_mb": _rss_now_mb(),
            "rows": rows,
            "pages_fetched": pages + 1,
            "seconds": round(time.perf_counter() - started, 2),
        }
    finally:
        shutdown = getattr(window, "shutdown", None)
        if shutdown is not None:
            shutdown()
    return figures


def _build(folder: Any) -> Any:
    """The real window, through the test hook the UI offers (``build_for_tests`` or ``build_window``)."""
    try:
        from deskclient.ui import app as ui_app
    except ImportError as error:
        raise ProbeError(f"deskclient.ui.app is not importable: {error}") from error
    build_for_tests = getattr(ui_app, "build_for_tests", None)
    if build_for_tests is not None:
        built = build_for_tests(folder)
        return built[0] if isinstance(built, tuple) else built
    build_window = getattr(ui_app, "build_window", None)
    if build_window is None:
        raise ProbeError("deskclient.ui.app has neither build_for_tests nor build_window")
    return build_window(folder)


def _queue_view(window: Any, table_class: type) -> Any:
    """The queue list: the table view named ``queueView``, else the one whose model fetches lazily."""
    candidates = [view for view in window.findChildren(table_class)
                  if view.model() is not None and hasattr(view.model(), "canFetchMore")]
    for view in candidates:
        if view.objectName() == "queueView":
            return view
    lazy = [view for view in candidates if view.model().canFetchMore()]
    if lazy:
        return lazy[0]
    if candidates:
        return candidates[0]
    raise ProbeError("no queue list (a QTableView with a lazily loading model) after login")


def peak_rss_mb() -> float:
    """This process's peak resident memory, in MB.

    Linux keeps ``ru_maxrss`` across fork and exec, so a probe started by a big parent would report the
    parent's peak; ``VmHWM`` belongs to the process's own memory map and starts afresh at exec.
    """
    peak = _proc_status_mb("VmHWM")
    return peak if peak is not None else round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def _rss_now_mb() -> float | None:
    return _proc_status_mb("VmRSS")


def _proc_status_mb(field: str) -> float | None:
    """A ``kB`` field of ``/proc/self/status`` in MB; None where there is no such file (not Linux)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return None


if __name__ == "__main__":
    sys.exit(main())
