"""``deskclient --selftest``: check a build on this PC without touching its data, then exit 0 or 1.

Headless (Qt's offscreen platform), on a temporary data folder: Qt and its plugins, the shipped
fonts and translations, the keyring back-ends, the database and its migrations, every screen of
the registry (``deskclient/ui/screens.py``) rendered once, and a claim-submit cycle through the
services. With ``--server URL --enroll-code CODE`` it also enrolls a second temporary folder with
that server and syncs; with ``--pin`` (of a worker the server sends) it claims one of the server's
tasks, submits it and checks the server accepted it.

It prints one line per check. It never writes to the real data folder or the OS keyring: the
device secret of the temporary enrollment goes to a protected file in the temporary folder (the
central operator can revoke that device afterwards).
"""

from __future__ import annotations

import logging
import os
import platform
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from deskclient import __version__
from deskclient.paths import DataFolder

log = logging.getLogger(__name__)

#: What the selftest's own claim-submit cycle writes into a text answer.
ANSWER_TEXT = "Selftest answer: checked by deskclient --selftest."


@dataclass
class SelfTestOptions:
    server: str | None = None
    enroll_code: str | None = None
    user: str | None = None
    pin: str | None = None
    keep: bool = False


@dataclass
class SelfTest:
    """Runs the checks in order; a failed check is reported and the rest still run where they can."""

    out: TextIO = field(default_factory=lambda: sys.stdout)
    passed: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)

    def check(self, name: str, run: Callable[[], str]) -> bool:
        started = time.perf_counter()
        try:
            detail = run()
        except Exception as error:  # every failure is reported, never raised past the selftest
            log.exception("selftest check %s failed", name)
            self.failed.append(name)
            self._print(f"FAIL  {name}: {type(error).__name__}: {error}")
            self._print("      " + traceback.format_exc(limit=3).strip().replace("\n", "\n      "))
            return False
        self.passed.append(name)
        self._print(f"ok    {name}: {detail} ({(time.perf_counter() - started) * 1000:.0f} ms)")
        return True

    def _print(self, line: str) -> None:
        print(line, file=self.out, flush=True)


def run_selftest(options: SelfTestOptions, out: TextIO | None = None) -> int:
    """Run every check; 0 when all passed, 1 otherwise."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before the QApplication exists
    test = SelfTest(out=out or sys.stdout)
    work = Path(tempfile.mkdtemp(prefix="deskclient-selftest-"))
    frozen = "frozen" if getattr(sys, "frozen", False) else "from source"
    test._print(f"deskclient {__version__} selftest ({frozen}, Python {platform.python_version()}, "
                f"{platform.system()} {platform.machine()}), temporary folder {work}")
    _log_to(work / "logs" / "selftest.log")
    qt_messages: list[str] = []
    _capture_qt_messages(qt_messages)
    try:
        _run_checks(test, options, work)
    finally:
        for message in qt_messages:
            test._print(f"note  Qt said: {message}")
        if options.keep:
            test._print(f"kept {work}")
        else:
            logging.shutdown()
            shutil.rmtree(work, ignore_errors=True)
    total = len(test.passed) + len(test.failed)
    if test.failed:
        test._print(f"selftest FAILED: {len(test.failed)} of {total} checks: {', '.join(test.failed)}")
        return 1
    test._print(f"selftest passed: {total} checks")
    return 0


def _run_checks(test: SelfTest, options: SelfTestOptions, work: Path) -> None:
    state: dict[str, Any] = {}
    if not test.check("qt", lambda: _check_qt(state)):
        return  # nothing else can run without Qt
    test.check("fonts", _check_fonts)
    test.check("translations", _check_translations)
    test.check("keyring", _check_keyring)
    folder = DataFolder(work / "offline")
    if not test.check("database", lambda: _check_database(folder)):
        return
    if not test.check("demo data", lambda: _check_demo(folder)):
        return
    _check_screens(test, folder)
    test.check("claim-submit", lambda: _claim_submit(folder, None, None))
    if options.server:
        _check_server(test, options, DataFolder(work / "online"))


def _log_to(path: Path) -> None:
    """The app's log lines go to a file in the temporary folder (kept with ``--keep``)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"))
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    root.addHandler(handler)


#: Messages of Qt's offscreen platform itself, not of the app (the tests ignore them too).
QT_NOISE = ("propagateSizeHints", "OpenType support missing")


def _capture_qt_messages(into: list[str]) -> None:
    """Qt's warnings go to the log and, once each, to the report; the offscreen platform's noise is dropped."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def handler(kind: QtMsgType, _context: Any, message: str) -> None:
        if any(noise in message for noise in QT_NOISE):
            return
        log.warning("Qt %s: %s", kind.name, message)
        if kind != QtMsgType.QtDebugMsg and message not in into:
            into.append(message)

    qInstallMessageHandler(handler)


# -- the checks -----------------------------------------------------------------------------------
def _check_qt(state: dict[str, Any]) -> str:
    import PySide6
    from PySide6.QtCore import QLibraryInfo, qVersion

    from deskclient.ui.app import make_application

    app = make_application(["deskclient", "--selftest"])
    state["app"] = app
    plugins = QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)
    return f"Qt {qVersion()} (PySide6 {PySide6.__version__}), platform {app.platformName()}, plugins in {plugins}"


def _check_fonts() -> str:
    from PySide6.QtGui import QFontDatabase

    from deskclient.ui.i18n import FALLBACK_FAMILIES

    families = set(QFontDatabase.families())
    missing = [family for family in FALLBACK_FAMILIES if family not in families]
    if missing:
        raise RuntimeError(f"shipped fonts not loaded: {', '.join(missing)}")
    return "shipped fonts loaded: " + ", ".join(FALLBACK_FAMILIES)


def _check_translations() -> str:
    from PySide6.QtCore import QTranslator

    from deskclient.paths import resource_path
    from deskclient.ui.i18n import LANGUAGES

    loaded = []
    for code in LANGUAGES:
        translator = QTranslator()
        path = resource_path("i18n", f"deskclient_{code}.qm")
        if not translator.load(str(path)) or translator.isEmpty():
            raise RuntimeError(f"translation {code} missing or empty at {path}")
        loaded.append(code)
        if code != "en" and translator.translate("LoginPage", "Who is working?") in ("", "Who is working?"):
            raise RuntimeError(f"translation {code} does not translate the login page")
    return "loaded " + ", ".join(loaded)


def _check_keyring() -> str:
    """Which keyring back-ends this build can use (nothing is stored: the selftest leaves the keyring alone)."""
    import keyring
    from keyring.backend import get_all_keyring

    chosen = keyring.get_keyring()
    viable = sorted({f"{type(backend).__module__}.{type(backend).__name__}" for backend in get_all_keyring()})
    name = f"{type(chosen).__module__}.{type(chosen).__name__}"
    if name == "keyring.backends.fail.Keyring":
        return f"no keyring on this PC: the device secret would go to a protected file (viable: {viable or 'none'})"
    return f"uses {name} (viable: {', '.join(viable)})"


def _check_database(folder: DataFolder) -> str:
    from deskclient.services.startup import StartupState, prepare_database
    from deskclient.store.schema import SCHEMA_HEAD, current_revision, known_revisions

    folder.ensure()
    outcome = prepare_database(folder)
    if outcome.state is not StartupState.READY:
        raise RuntimeError(f"{outcome.state.value}: {outcome.detail}")
    revision = current_revision(folder.database)
    if revision != SCHEMA_HEAD:
        raise RuntimeError(f"at revision {revision}, expected {SCHEMA_HEAD}")
    return f"new work file migrated to {revision} ({len(known_revisions())} migrations found)"


def _check_demo(folder: DataFolder) -> str:
    from deskclient.ui.screens import HARNESS_TICKETS, seed_demo_folder

    seed_demo_folder(folder.root, HARNESS_TICKETS)
    from deskclient.store.roster import read_roster

    people = read_roster(folder.database)
    if not people:
        raise RuntimeError("no people after seeding")
    return f"demo center seeded: {len(people)} people, {HARNESS_TICKETS} tickets"


def _check_screens(test: SelfTest, folder: DataFolder) -> None:
    from deskclient.ui.screens import SCREENS, ScreenHarness, open_harness, render

    opened: list[ScreenHarness] = []

    def open_window() -> str:
        opened.append(open_harness(folder.root))
        return "main window opened and ready"

    if not test.check("window", open_window):
        return
    harness = opened[0]
    try:
        for entry in SCREENS:
            def show(entry: Any = entry) -> str:
                try:
                    widget = entry.build(harness)
                    if not isinstance(widget, entry.widget_class):
                        raise RuntimeError(f"built a {type(widget).__name__}, expected {entry.widget_class.__name__}")
                    if not widget.isVisible():
                        raise RuntimeError("not visible")
                    width, height = render(widget)
                    return f"{type(widget).__name__} rendered {width}x{height}"
                finally:
                    harness.dismiss()

            test.check(f"screen {entry.name}", show)
    finally:
        harness.close()


def _claim_submit(folder: DataFolder, username: str | None, pin: str | None,
                  submitted: list[str] | None = None) -> str:
    """Log a worker in, claim the next task, save a draft, submit; check the result waits in the outbox."""
    from sqlalchemy import select

    from deskclient.domain.kinds import find_kind
    from deskclient.services.bundle import Services
    from deskclient.store import sync_store
    from deskclient.store.models import Result, Task, User
    from deskclient.ui.screens import demo_pin

    services = Services.open(folder)
    try:
        with services.context.database.read() as session:
            query = select(User).where(User.role == "worker").order_by(User.username)
            if username:
                query = select(User).where(User.username == username)
            worker = session.scalars(query).first()
            if worker is None:
                raise RuntimeError(f"no worker {username or ''} on this PC")
            user_id, worker_name = worker.id, worker.username
            waiting_before, _ = sync_store.counts(session)
        user = services.auth.login(user_id, pin or demo_pin(worker_name))
        item = services.work.next_task(user)
        kind = find_kind(item.kind)
        if kind is None:
            raise RuntimeError(f"unknown kind {item.kind}")
        values = _valid_answer(kind)
        services.work.save_draft(user, item.task_id, values, 1_000)
        result_id = services.work.submit(user, item.task_id, values, 2_000)
        services.auth.logout(user, "switch_user")
        with services.context.database.read() as session:
            task = session.scalar(select(Task).where(Task.id == item.task_id))
            result = session.get(Result, result_id)
            waiting_after, _ = sync_store.counts(session)
        if task is None or result is None or result.task_id != task.id or task.state != result.outcome:
            raise RuntimeError(f"the submitted result was not stored with its task ({task and task.state}, "
                               f"{result and (result.task_id, result.outcome)})")
        if waiting_after <= waiting_before:
            raise RuntimeError("nothing was queued for the server")
        if submitted is not None:
            submitted.append(result_id)
        return (f"{worker_name} claimed {item.kind} {item.task_id[:8]}, saved a draft and submitted it "
                f"({task.state}); {waiting_after} item(s) wait in the outbox")
    finally:
        services.close()


def _valid_answer(kind: Any) -> dict[str, Any]:
    """An answer that passes ``kind``'s own checks: the first choice of each choice field, a text otherwise."""
    from deskclient.domain.kinds.base import FieldType

    values: dict[str, Any] = {}
    for spec in kind.result_fields:
        if spec.choices:
            values[spec.name] = spec.choices[0].code
        elif spec.type in (FieldType.TEXT, FieldType.MULTILINE):
            values[spec.name] = ANSWER_TEXT[: spec.max_length]
    errors = kind.validate_result(values)
    if errors:
        raise RuntimeError(f"cannot build a valid {kind.code} answer: {errors}")
    return values


def _check_server(test: SelfTest, options: SelfTestOptions, folder: DataFolder) -> None:
    import keyring
    from keyring.backends import fail

    from deskclient.services.context import open_context
    from deskclient.services.startup import prepare_database
    from deskclient.sync.client import SyncClient

    assert options.server is not None
    if not options.enroll_code:
        test.check("enroll", lambda: _raise("--server needs --enroll-code (a one-time code from the operator)"))
        return
    keyring.set_keyring(fail.Keyring())  # the temporary device's secret stays in the temporary folder
    folder.ensure()
    prepare_database(folder)
    context = open_context(folder)
    try:
        client = SyncClient(context)
        server, code = options.server, options.enroll_code

        def enroll() -> str:
            storage = client.enroll(server, code, device_name=f"selftest {platform.node()}"[:200])
            status = client.status()
            return f"enrolled with {server} (center {status.center_name}); secret in a {storage.value}"

        if not test.check("enroll", enroll):
            return

        def pull() -> str:
            report = client.run_once()
            return (f"{report.new_tasks} task(s) and {report.users} person(s) received, {report.pages} page(s), "
                    f"{report.bytes_received} bytes")

        if not test.check("sync", pull):
            return
        if options.pin is None:
            return
        pin = options.pin
        submitted: list[str] = []
        if not test.check("claim-submit on a server task",
                          lambda: _claim_submit(folder, options.user, pin, submitted)):
            return

        def push() -> str:
            from sqlalchemy import select

            from deskclient.store.models import OutboxItem
            from deskclient.store.sync_store import ACKED

            report = client.run_once()
            status = client.status()
            with context.database.read() as session:
                result_status = session.scalar(select(OutboxItem.status).where(OutboxItem.id == submitted[0]))
            if result_status != ACKED:
                raise RuntimeError(f"the submitted result is {result_status or 'missing'} after the sync")
            if report.pushed < 1 or report.rejected or status.waiting or status.needs_attention:
                refused = "; ".join(f"{topic}: {reason}" for topic, reason, _at in client.needs_attention())
                raise RuntimeError(f"pushed {report.pushed}, rejected {report.rejected}, still waiting "
                                   f"{status.waiting}, needing attention {status.needs_attention} ({refused})")
            return f"{report.pushed} item(s) sent and accepted, the result among them; nothing waits"

        test.check("sync the result", push)
    finally:
        context.database.dispose()


def _raise(message: str) -> str:
    raise RuntimeError(message)
