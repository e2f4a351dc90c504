"""Asking for a reason before a task is skipped or escalated."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from deskclient.domain.tasks import SkipReason
from deskclient.ui.accessibility import max_lines


class SkipDialog(QDialog):
    """Why pass this ticket on? A reason from a short list, with a note for "other"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Skip this ticket"))
        labels = {
            SkipReason.LANGUAGE: self.tr("I do not read this language well"),
            SkipReason.UNCLEAR: self.tr("The ticket is not clear"),
            SkipReason.NOT_TRAINED: self.tr("I am not trained for this yet"),
            SkipReason.CONFLICT_OF_INTEREST: self.tr("I know this customer personally"),
            SkipReason.OTHER: self.tr("Another reason (please write it)"),
        }
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Why are you skipping it? Someone else will get it.")))
        self._buttons: dict[SkipReason, QRadioButton] = {}
        for reason, text in labels.items():
            button = QRadioButton(text)
            self._buttons[reason] = button
            self.group.addButton(button)
            layout.addWidget(button)
        self._buttons[SkipReason.LANGUAGE].setChecked(True)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("Note (optional)"))
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setTabChangesFocus(True)
        max_lines(self.note, 3)
        layout.addWidget(self.note)
        self.error = QLabel()
        self.error.setProperty("role", "error")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Skip ticket"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def reason(self) -> SkipReason:
        for reason, button in self._buttons.items():
            if button.isChecked():
                return reason
        return SkipReason.OTHER

    def note_text(self) -> str:
        return self.note.toPlainText().strip()

    def _accept(self) -> None:
        if self.reason() is SkipReason.OTHER and not self.note_text():
            self.error.setText(self.tr("Please write a short reason."))
            return
        self.accept()


class EscalateDialog(QDialog):
    """Hand the ticket to the next tier: the internal note says why."""

    def __init__(self, note: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Escalate this ticket"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Why does this need a specialist? The note is not sent to the customer.")))
        self.note = QPlainTextEdit(note)
        self.note.setAccessibleName(self.tr("Internal note"))
        self.note.setTabChangesFocus(True)
        layout.addWidget(self.note)
        self.error = QLabel()
        self.error.setProperty("role", "error")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Escalate"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def note_text(self) -> str:
        return self.note.toPlainText().strip()

    def _accept(self) -> None:
        if not self.note_text():
            self.error.setText(self.tr("Please write a short reason."))
            return
        self.accept()
