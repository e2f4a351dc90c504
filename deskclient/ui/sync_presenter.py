"""Ties the sync controller to its status-bar widget and dialogs (kept out of the main window)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QFileDialog, QWidget

from deskclient.domain.problems import Problem
from deskclient.ui.background import NETWORK, Operations
from deskclient.ui.sync_controller import SyncController
from deskclient.ui.sync_dialogs import AttentionDialog, EnrollDialog
from deskclient.ui.sync_status import SyncStatusBar, describe_sync_problem

if TYPE_CHECKING:
    from deskclient.services.bundle import Services

HEARTBEAT_MS = 60_000


class SyncPresenter(QObject):
    def __init__(self, services: Services, operations: Operations, bar: SyncStatusBar, window: QWidget,
                 notify: Any, first_run: Any = None) -> None:
        super().__init__(window)
        from deskclient.services.outages import OutageLog

        self.ops = operations
        self.bar = bar
        self.window = window
        self.notify = notify
        self.controller = SyncController(services, operations, parent=self)
        self.outages = OutageLog(services.context)
        self.last_problem: Problem | None = None
        self.enroll_dialog: EnrollDialog | None = None
        self.export_dialog: QFileDialog | None = None
        self.services = services
        # Called with the first status: True when this PC has nobody on it yet and no server (a new PC).
        self._first_run = first_run
        self.controller.status_changed.connect(self._show)
        self.controller.progress.connect(bar.show_progress)
        self.controller.running_changed.connect(self._running)
        self.controller.finished.connect(self._finished)
        bar.sync_requested.connect(self.controller.sync_now)
        bar.attention_requested.connect(self.show_attention)
        bar.connect_requested.connect(self.enroll)
        bar.export_requested.connect(self.export_unsent)
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(HEARTBEAT_MS)
        self._heartbeat.timeout.connect(self.heartbeat)

    def start(self) -> None:
        self.heartbeat()  # also records the time the app or PC was down before this start
        self._heartbeat.start()
        self.controller.start()

    def stop(self) -> None:
        self._heartbeat.stop()
        self.controller.stop()

    def heartbeat(self) -> None:
        self.ops.run(self.outages.heartbeat, label="heartbeat")

    def work_submitted(self) -> None:
        self.controller.refresh_status()
        self.controller.schedule_soon()

    def enroll(self) -> None:
        """Ask for the server address and code (a window-modal dialog; the app keeps running)."""
        dialog = EnrollDialog(self.window)
        dialog.accepted.connect(lambda: self._enroll_with(*dialog.values()))
        dialog.open()
        self.enroll_dialog = dialog

    def _enroll_with(self, server: str, code: str) -> None:
        client = self.controller.client
        self.ops.run(lambda: client.enroll(server, code), on_done=lambda _storage: self._enrolled(_storage),
                     on_problem=lambda problem: self.notify(describe_sync_problem(problem)), lane=NETWORK,
                     label="enroll")

    def _enrolled(self, storage: Any) -> None:
        from deskclient.sync.credentials import SecretStorage

        if storage is SecretStorage.FILE:
            self.notify(self.tr("Connected. This PC has no keyring, so its key is kept in a protected file."))
        else:
            self.notify(self.tr("Connected to the central server."))
        self.controller.sync_now()

    def export_unsent(self) -> None:
        """Ask where to save the unsent work (window-modal; the app keeps running), then write it off the UI thread."""
        from datetime import date

        dialog = QFileDialog(self.window, self.tr("Export unsent work"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setNameFilters([self.tr("Unsent work (*.json)")])
        dialog.setDefaultSuffix("json")
        dialog.setDirectory(str(Path.home()))
        dialog.selectFile(f"unsent-work-{date.today().isoformat()}.json")
        dialog.fileSelected.connect(lambda path: self._export_to(Path(path)))
        dialog.open()
        self.export_dialog = dialog

    def _export_to(self, path: Path) -> None:
        from deskclient.sync.outbox_export import export_outbox

        context = self.services.context

        def write() -> Any:
            try:
                return export_outbox(context, path)
            except OSError as error:  # a full or read-only disk, a removed USB stick: said calmly
                return error

        self.ops.run(write, on_done=self._exported, owner=self, label="export unsent work")

    def _exported(self, outcome: Any) -> None:
        if isinstance(outcome, OSError):
            self.notify(self.tr("The file could not be written (%1). Nothing was lost; try another place, "
                                "for example a USB stick.").replace("%1", outcome.strerror or str(outcome)))
            return
        self.notify(self.tr("%n unsent item(s) saved to %1. Give this file to your manager for the central "
                            "server.", "", outcome.items).replace("%1", str(outcome.path)))
        self.controller.refresh_status()

    def show_attention(self) -> None:
        client = self.controller.client
        self.ops.run(client.needs_attention, on_done=lambda items: AttentionDialog(items, self.window).open(),
                     label="needs attention")

    def _show(self, status: Any) -> None:
        if self._first_run is not None:
            first_run, self._first_run = self._first_run, None
            if not status.enrolled and first_run():
                QTimer.singleShot(0, self.enroll)  # a new PC: ask for the server and code right away
        problem_text = describe_sync_problem(self.last_problem) if self.last_problem else None
        self.bar.show_status(status, self.controller.running, problem_text)

    def _running(self, running: bool) -> None:
        if not running:
            self.bar.hide_progress()
        if self.controller.status is not None:
            self._show(self.controller.status)

    def _finished(self, report: Any, problem: Problem | None) -> None:
        self.last_problem = problem
        if report is not None and (report.new_tasks or report.lost_leases):
            self.notify(self.tr("Sync finished: %n new ticket(s).", "", report.new_tasks))
