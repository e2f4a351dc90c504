"""Shown when the database file is damaged: say so calmly, keep the file, offer a way back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class RecoveryPage(QWidget):
    """``restore_requested(path or None)``: None starts with an empty database."""

    restore_requested = Signal(object)

    def __init__(self, detail: str, backups: list[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryPage")
        title = QLabel(self.tr("The work file on this PC is damaged"))
        title.setProperty("role", "title")
        text = QLabel(self.tr(
            "This can happen after a power cut. The damaged file will be kept safely aside for your "
            "supervisor; nothing is deleted. Choose how to continue."))
        text.setWordWrap(True)
        technical = QLabel(self.tr("Technical detail: %1").replace("%1", detail[:300]))
        technical.setProperty("role", "subtitle")
        technical.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addWidget(title)
        layout.addWidget(text)
        self.restore_button: QPushButton | None = None
        if backups:
            newest = backups[0]
            when = QLocale().toString(QDateTime.fromSecsSinceEpoch(int(newest.stat().st_mtime)),
                                      QLocale.FormatType.LongFormat)
            self.restore_button = QPushButton(self.tr("Continue from the last backup (%1)").replace("%1", when))
            self.restore_button.setProperty("role", "primary")
            self.restore_button.clicked.connect(lambda: self.restore_requested.emit(newest))
            layout.addWidget(self.restore_button)
        self.fresh_button = QPushButton(self.tr("Start with an empty work file"))
        self.fresh_button.setToolTip(self.tr("Tickets will come again from the server at the next sync."))
        self.fresh_button.clicked.connect(lambda: self.restore_requested.emit(None))
        layout.addWidget(self.fresh_button)
        layout.addWidget(technical)
        layout.addStretch(1)


class TooNewPage(QWidget):
    """The work file was written by a newer version: touch nothing, ask for the update."""

    def __init__(self, revision: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tooNewPage")
        title = QLabel(self.tr("This PC needs the new version of deskclient"))
        title.setProperty("role", "title")
        text = QLabel(self.tr(
            "The work file on this PC was saved by a newer version of the app. Nothing was changed and "
            "no work is lost. Please ask your center manager to install the update."))
        text.setWordWrap(True)
        technical = QLabel(self.tr("Technical detail: %1").replace("%1", f"schema {revision}"))
        technical.setProperty("role", "subtitle")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addWidget(technical)
        layout.addStretch(1)
