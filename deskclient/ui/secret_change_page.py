"""Choose your new PIN: shown right after logging in with a new account or a PIN a supervisor reset.

Nothing else is reachable until the person has chosen a PIN only they know (the services refuse
every other operation meanwhile), or they log out again.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deskclient.domain.views import LoggedInUser
from deskclient.ui.keypad import pin_keypad
from deskclient.ui.shortcuts import add_shortcut


class SecretChangePage(QWidget):
    """New PIN twice, with the login page's keypad. Emits ``change_requested(new, again)`` or ``logout_requested``."""

    change_requested = Signal(str, str)
    logout_requested = Signal()

    def __init__(self, user: LoggedInUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("secretChangePage")
        self.user = user
        self.title = QLabel(self.tr("Hello, %1. Please choose your own PIN").replace("%1", user.display_name))
        self.title.setProperty("role", "title")
        self.title.setWordWrap(True)
        self.explanation = QLabel(self.tr(
            "The PIN you just used was given to you to start with. Choose a new one that only you know: "
            "at least 6 digits, not easy to guess like 111111 or 123456. Never tell it to anybody, "
            "not even your supervisor."))
        self.explanation.setWordWrap(True)
        self.explanation.setProperty("role", "subtitle")

        self.new_field = self._field(self.tr("New PIN"))
        self.again_field = self._field(self.tr("New PIN again"))
        self.new_field.returnPressed.connect(self._next_field)
        self.again_field.returnPressed.connect(self.submit)
        self._target = self.new_field  # where the on-screen keypad types
        self.new_label = QLabel(self.tr("New PIN"))
        self.new_label.setBuddy(self.new_field)
        self.again_label = QLabel(self.tr("Type it again"))
        self.again_label.setBuddy(self.again_field)

        keypad = pin_keypad(lambda digit: self._target.insert(digit), lambda: self._target.backspace())

        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Message"))
        self.save_button = QPushButton(self.tr("Save my new PIN"))
        self.save_button.setProperty("role", "primary")
        self.save_button.setAccessibleName(self.tr("Save my new PIN"))
        self.save_button.clicked.connect(self.submit)
        self.logout_button = QPushButton(self.tr("Log out"))
        self.logout_button.setAccessibleName(self.tr("Log out without changing the PIN"))
        self.logout_button.clicked.connect(self.logout_requested)
        add_shortcut(self, QKeySequence(Qt.Key.Key_Escape), self.logout_requested.emit)

        column = QVBoxLayout()
        column.addWidget(self.title)
        column.addWidget(self.explanation)
        column.addSpacing(12)
        column.addWidget(self.new_label)
        column.addWidget(self.new_field)
        column.addWidget(self.again_label)
        column.addWidget(self.again_field)
        column.addLayout(keypad)
        column.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addWidget(self.logout_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        column.addLayout(buttons)
        column.addStretch(1)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(32, 24, 32, 24)
        outer.addStretch(1)
        outer.addLayout(column, 2)
        outer.addStretch(1)
        self.setTabOrder(self.new_field, self.again_field)
        self.setTabOrder(self.again_field, self.save_button)
        self.setTabOrder(self.save_button, self.logout_button)

    def _field(self, name: str) -> QLineEdit:
        field = QLineEdit()
        field.setProperty("role", "pin")
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setMaxLength(64)
        field.setPlaceholderText(name)
        field.setAccessibleName(name)
        field.installEventFilter(self)
        return field

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and watched in (self.new_field, self.again_field):
            self._target = watched  # type: ignore[assignment]
        return super().eventFilter(watched, event)

    def showEvent(self, event: QEvent) -> None:  # type: ignore[override]
        super().showEvent(event)  # type: ignore[arg-type]
        self.new_field.setFocus()

    def _next_field(self) -> None:
        self.again_field.setFocus()
        self._target = self.again_field

    def submit(self) -> None:
        new, again = self.new_field.text(), self.again_field.text()
        if not new:
            self.show_problem(self.tr("Please type your new PIN."))
            self.new_field.setFocus()
            return
        if not again:
            self.show_problem(self.tr("Please type your new PIN a second time."))
            self._next_field()
            return
        self.set_busy(True)
        self.error.setText(self.tr("Saving…"))
        self.change_requested.emit(new, again)

    def set_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
        self.logout_button.setEnabled(not busy)

    def show_problem(self, message: str) -> None:
        """Say what is wrong; both fields are emptied, so the person starts again calmly."""
        self.set_busy(False)
        self.new_field.clear()
        self.again_field.clear()
        self.error.setText(message)
        self.new_field.setFocus()
        self._target = self.new_field
