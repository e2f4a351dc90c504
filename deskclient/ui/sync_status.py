"""The sync part of the status bar: online or not, last good sync, what waits, what needs a person."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from deskclient.ui.labels import format_datetime

if TYPE_CHECKING:
    from deskclient.domain.problems import Problem
    from deskclient.domain.views import SyncStatus


class SyncStatusBar(QWidget):
    sync_requested = Signal()
    attention_requested = Signal()
    connect_requested = Signal()
    export_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self.state = QLabel()
        self.state.setObjectName("syncState")
        self.details = QLabel()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(140)
        self.progress.setTextVisible(False)
        self.progress.setVisible(False)
        self._shown: tuple[SyncStatus, bool, str | None] | None = None
        self.attention = QPushButton()
        self.attention.setVisible(False)
        self.attention.clicked.connect(self.attention_requested)
        self.sync_button = QPushButton()
        self.sync_button.clicked.connect(self.sync_requested)
        self.connect_button = QPushButton()
        self.connect_button.clicked.connect(self.connect_requested)
        self.connect_button.setVisible(False)
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportUnsent")
        self.export_button.clicked.connect(self.export_requested)
        self.export_button.setVisible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.state, self.details, self.progress, self.attention, self.sync_button,
                       self.connect_button, self.export_button):
            layout.addWidget(widget)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the current language (again after the person at the PC changed it)."""
        self.progress.setAccessibleName(self.tr("Sync progress"))
        self.sync_button.setText(self.tr("Sync now"))
        self.sync_button.setToolTip(self.tr("Send finished work and fetch new tickets now"))
        self.connect_button.setText(self.tr("Connect to server…"))
        self.export_button.setText(self.tr("Export unsent work…"))
        self.export_button.setToolTip(self.tr("Save the work this PC could not send to a file, for the central "
                                              "server's operator"))
        if self._shown is not None:
            self.show_status(*self._shown)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_status(self, status: SyncStatus, running: bool, problem_text: str | None) -> None:
        self._shown = (status, running, problem_text)
        if not status.enrolled:
            self.state.setText(self.tr("Not connected to a server yet"))
            self.connect_button.setVisible(True)
            self.sync_button.setVisible(False)
        elif status.last_error == "revoked":
            self.state.setText(self.tr("This PC was disconnected by the center's server. Nothing is lost: "
                                       "export the unsent work and give the file to your manager."))
        elif running:
            self.state.setText(self.tr("Syncing…"))
        elif status.last_attempt_failed and status.unreachable_since is not None:
            self.state.setText(self.tr("Offline since %1").replace("%1", format_datetime(status.unreachable_since)))
        elif status.last_attempt_failed:
            self.state.setText(problem_text or self.tr("Last sync did not finish; it will be tried again"))
        else:
            self.state.setText(self.tr("Online"))
        revoked = status.enrolled and status.last_error == "revoked"
        if status.enrolled:
            self.connect_button.setVisible(False)
            self.sync_button.setVisible(not revoked)  # trying again cannot help
            self.sync_button.setEnabled(not running)
        self.export_button.setVisible(revoked)
        last = format_datetime(status.last_success_at) if status.last_success_at else self.tr("never")
        parts = [self.tr("Last sync: %1").replace("%1", last),
                 self.tr("%n item(s) waiting to be sent", "", status.waiting)]
        if status.clock_is_off:
            parts.append(self.tr("This PC's clock is wrong: ask your supervisor to set it"))
        self.details.setText("  ·  ".join(parts))
        self.attention.setVisible(status.needs_attention > 0)
        self.attention.setText(self.tr("%n item(s) need attention", "", status.needs_attention))

    def show_progress(self, step: str, done: int, total: int) -> None:
        self.progress.setVisible(True)
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))
        self.progress.setToolTip(self.tr("Sending work") if step == "push" else self.tr("Fetching tickets"))

    def hide_progress(self) -> None:
        self.progress.setVisible(False)


def describe_sync_problem(problem: Problem) -> str:
    """A calm sentence for a failed sync (the failure code comes from the transport)."""
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    failure = str(problem.params.get("failure", ""))
    sentences = {
        "offline": translate("SyncStatus", "Offline: work continues and is sent later"),
        "timeout": translate("SyncStatus", "The server is slow to answer; trying again later"),
        "server_error": translate("SyncStatus", "The server has a problem; trying again later"),
        "rate_limited": translate("SyncStatus", "The server is busy; trying again later"),
        "unauthorized": translate("SyncStatus", "The server no longer accepts this PC: ask your manager"),
        "unsupported_protocol": translate("SyncStatus", "Please update the app to keep syncing"),
        "bad_reply": translate("SyncStatus", "The server's answer was damaged; nothing was lost"),
        "revoked": translate("SyncStatus", "This PC was disconnected by the center's server"),
        "certificate": translate("SyncStatus", "The server's certificate is not trusted by this PC: ask your "
                                               "manager (the center's CA file may be needed)"),
        "tls": translate("SyncStatus", "A secure connection to the server could not be made: ask your manager"),
        "insecure_url": translate("SyncStatus", "The server address is not encrypted (http://): use its https:// "
                                                "address"),
        "bad_url": translate("SyncStatus", "That is not a server address: it starts with https://"),
        "bad_ca_bundle": translate("SyncStatus", "The center's CA file cannot be used: ask your manager"),
    }
    if problem.code == "sync.not_enrolled":
        return translate("SyncStatus", "Not connected to a server yet")
    if problem.code == "sync.no_secret":
        return translate("SyncStatus", "This PC's key is missing: connect it to the server again")
    return sentences.get(failure, translate("SyncStatus", "Sync did not finish; it will be tried again"))
