"""Who is working? A grid of the center's people, then their PIN."""

from __future__ import annotations

import zlib

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QKeySequence, QPainter, QPixmap
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from deskclient.domain.views import UserCard
from deskclient.ui.accessibility import GridKeys, shortcut_hint
from deskclient.ui.keypad import pin_keypad
from deskclient.ui.labels import role_label
from deskclient.ui.language_picker import LanguageButtons
from deskclient.ui.shortcuts import add_shortcut
from deskclient.ui.style import AVATAR_COLOURS, AVATAR_TEXT

GRID_COLUMNS = 4


def initials(name: str) -> str:
    parts = [part for part in name.split() if part]
    letters = "".join(part[0] for part in parts[:2]) or "?"
    return letters.upper()


def avatar(name: str, size: int = 72) -> QIcon:
    """A coloured circle with the person's initials: easy to find at a glance."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(AVATAR_COLOURS[zlib.crc32(name.encode()) % len(AVATAR_COLOURS)]))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(0, 0, size, size)
    painter.setPen(QColor(AVATAR_TEXT))
    font = QFont()
    font.setPixelSize(size // 3)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, initials(name))
    painter.end()
    return QIcon(pixmap)


class LoginPage(QWidget):
    """Pick yourself, type your PIN. Emits ``login_requested(user_id, pin)``.

    Languages: the grid and the PIN page each have the language buttons. A pick on the grid shows the
    grid in that language until the screen locks; choosing a person shows the PIN page in their own
    language (remembered on this PC, else the server's, else the grid's); a pick on the PIN page is
    that person's choice, kept at login (see :meth:`language_choice`). The page asks for a language
    with ``language_requested(code)`` ("" = the PC's own) and is told the result by :meth:`show_language`.
    """

    login_requested = Signal(str, str)
    language_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loginPage")
        self._people: list[UserCard] = []
        self._chosen: UserCard | None = None
        self._ready = False
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        self._locked_seconds = 0
        self._grid_keys = GridKeys(self._person_buttons, GRID_COLUMNS, self)
        self._language = ""  # what the page shows now
        self._grid_language = ""  # picked on the grid; "" = the PC's own
        self._picked_language = ""  # picked on the PIN page by the chosen person

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._build_grid_page())
        self.stack.addWidget(self._build_pin_page())
        self._built_in = self.tr("Who is working?")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(self.stack)

    # -- the grid ---------------------------------------------------------------------------------
    def _build_grid_page(self) -> QWidget:
        page = QWidget()
        self.title = QLabel(self.tr("Who is working?"))
        self.title.setProperty("role", "title")
        self.hint = QLabel(self.tr("Click your name."))
        self.hint.setProperty("role", "subtitle")
        self.keys_hint = QLabel(self.tr("Use the arrow keys to find your name, then press Enter."))
        self.keys_hint.setProperty("role", "hint")
        self.keys_hint.setWordWrap(True)
        self.status = QLabel(self.tr("Getting ready…"))
        self.status.setProperty("role", "subtitle")
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setSpacing(16)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.grid_host)
        self.grid_languages = LanguageButtons()
        self.grid_languages.set_current(self._language)
        self.grid_languages.chosen.connect(self._grid_language_chosen)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.grid_languages, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(page)
        layout.addLayout(header)
        layout.addWidget(self.hint)
        layout.addWidget(self.keys_hint)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.status)
        return page

    def set_people(self, people: list[UserCard]) -> None:
        """Fill the grid (called with the fast roster read, before the database is fully open)."""
        self._people = people
        focused = self.focusWidget()
        keep_focus = focused.objectName() if isinstance(focused, QToolButton) else ""
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for index, person in enumerate(people):
            button = QToolButton()
            button.setProperty("role", "person")
            button.setObjectName(f"person-{person.id}")
            button.setText(f"{person.display_name}\n{role_label(person.role)}")
            button.setIcon(avatar(person.display_name))
            button.setIconSize(QSize(72, 72))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            button.setMinimumSize(QSize(190, 140))
            button.setAccessibleName(self.tr("Log in as %1").replace("%1", person.display_name))
            button.clicked.connect(lambda _checked=False, card=person: self.choose(card))
            self._grid_keys.watch(button)
            self.grid.addWidget(button, index // GRID_COLUMNS, index % GRID_COLUMNS)
            button.show()  # now, not at the next layout pass: the focus can move to it at once
        if self.stack.currentIndex() == 0:
            self._focus_person(keep_focus)
        if not people:
            self.status.setText(self.tr("No one is set up on this PC yet. Ask your center manager."))
        elif self._ready:
            self.status.setText("")

    def _person_buttons(self) -> list[QToolButton]:
        """The grid's buttons in reading order (arrow keys move through them)."""
        buttons = []
        for index in range(self.grid.count()):
            item = self.grid.itemAt(index)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QToolButton):
                buttons.append(widget)
        return buttons

    def _focus_person(self, object_name: str = "") -> None:
        buttons = self._person_buttons()
        target = next((button for button in buttons if button.objectName() == object_name), None)
        if target is None and buttons:
            target = buttons[0]
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def person_button(self, user_id: str) -> QToolButton | None:
        return self.grid_host.findChild(QToolButton, f"person-{user_id}")

    def set_ready(self, ready: bool) -> None:
        """Logins are possible once the database was checked (a moment after start)."""
        self._ready = ready
        if ready:
            self.status.setText("" if self._people else self.status.text())
        self.login_button.setEnabled(ready and self._locked_seconds == 0)

    # -- the PIN ----------------------------------------------------------------------------------
    def _build_pin_page(self) -> QWidget:
        page = QWidget()
        self.person_icon = QLabel()
        self.greeting = QLabel()
        self.greeting.setProperty("role", "title")
        self.pin_field = QLineEdit()
        self.pin_field.setProperty("role", "pin")
        self.pin_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_field.setMaxLength(64)
        self.pin_field.setPlaceholderText(self.tr("PIN or password"))
        self.pin_field.setAccessibleName(self.tr("PIN or password"))
        self.pin_field.returnPressed.connect(self.submit)
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.login_button = QPushButton(self.tr("Log in"))
        self.login_button.setProperty("role", "primary")
        self.login_button.clicked.connect(self.submit)
        self.back_button = QPushButton(self.tr("This is not me"))
        self.back_button.clicked.connect(self._not_me)
        add_shortcut(page, QKeySequence(Qt.Key.Key_Escape), self._not_me)
        self.pin_languages = LanguageButtons()
        self.pin_languages.set_current(self._language)
        self.pin_languages.chosen.connect(self._pin_language_chosen)

        keypad = pin_keypad(self.pin_field.insert, self.pin_field.backspace)

        column = QVBoxLayout()
        column.addWidget(self.person_icon, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.greeting, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.pin_languages, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addSpacing(12)
        column.addWidget(self.pin_field)
        column.addLayout(keypad)
        column.addWidget(self.error)
        column.addWidget(shortcut_hint([("Return", self.tr("Log in")), ("Esc", self.tr("This is not me"))]))
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.login_button)
        column.addLayout(buttons)
        column.addStretch(1)
        outer = QHBoxLayout(page)
        outer.addStretch(1)
        outer.addLayout(column, 2)
        outer.addStretch(1)
        return page

    def choose(self, person: UserCard) -> None:
        self._chosen = person
        self._picked_language = ""
        self.language_requested.emit(person.language or self._grid_language)
        self.greeting.setText(self.tr("Hello, %1").replace("%1", person.display_name))
        self.person_icon.setPixmap(avatar(person.display_name, 96).pixmap(96, 96))
        self.pin_field.clear()
        self.error.clear()
        self._set_locked(0)
        self.stack.setCurrentIndex(1)
        self.pin_field.setFocus()

    def show_grid(self) -> None:
        """Back to the grid, forgetting any typed PIN (the next person must not find it)."""
        previous = f"person-{self._chosen.id}" if self._chosen is not None else ""
        self._chosen = None
        self.pin_field.clear()
        self.error.clear()
        self._set_locked(0)
        self.stack.setCurrentIndex(0)
        self._focus_person(previous)  # "This is not me" returns to the name it came from

    def submit(self) -> None:
        if self._chosen is None or not self._ready or self._locked_seconds:
            return
        pin = self.pin_field.text()
        if not pin:
            self.error.setText(self.tr("Please type your PIN."))
            return
        self.login_button.setEnabled(False)
        self.error.setText(self.tr("Checking…"))
        self.login_requested.emit(self._chosen.id, pin)

    def show_failure(self, message: str, locked_seconds: int = 0) -> None:
        self.pin_field.clear()
        self.pin_field.setFocus()
        self.error.setText(message)
        self._set_locked(locked_seconds)

    def _set_locked(self, seconds: int) -> None:
        self._locked_seconds = max(0, seconds)
        self.login_button.setEnabled(self._ready and self._locked_seconds == 0)
        if self._locked_seconds:
            self._countdown.start()
        else:
            self._countdown.stop()

    def _tick(self) -> None:
        self._set_locked(self._locked_seconds - 1)
        if not self._locked_seconds:
            self.error.setText(self.tr("You can try again now."))

    @property
    def chosen(self) -> UserCard | None:
        return self._chosen

    # -- languages --------------------------------------------------------------------------------
    def show_language(self, code: str) -> None:
        """The app now shows ``code``: tick it on both rows of language buttons."""
        self._language = code
        self.grid_languages.set_current(code)
        self.pin_languages.set_current(code)

    def reset_language(self) -> None:
        """The screen was locked: forget the grid's pick (the next person starts in the PC's language)."""
        self._grid_language = ""
        self._picked_language = ""

    def language_choice(self) -> tuple[str, bool]:
        """The language to log the chosen person in with, and whether it is their new choice to keep."""
        chosen = self._chosen
        own = chosen.language if chosen is not None else None
        picked = self._picked_language or ("" if own else self._grid_language)
        return self._language, bool(picked) and picked == self._language and picked != own

    def _grid_language_chosen(self, code: str) -> None:
        self._grid_language = code
        self.language_requested.emit(code)

    def _pin_language_chosen(self, code: str) -> None:
        self._picked_language = code
        self.language_requested.emit(code)
        self.pin_field.setFocus()

    def _not_me(self) -> None:
        self.show_grid()
        self.language_requested.emit(self._grid_language)

    def changeEvent(self, event: QEvent) -> None:
        """Another language: build both pages again in it (every text, whoever added it), keeping their state."""
        if event.type() == QEvent.Type.LanguageChange and self.tr("Who is working?") != self._built_in:
            self._rebuild_pages()
        super().changeEvent(event)

    def _rebuild_pages(self) -> None:
        self._built_in = self.tr("Who is working?")
        index, pin, error = self.stack.currentIndex(), self.pin_field.text(), self.error.text()
        focused = self.pin_field.hasFocus()
        for position, build in enumerate((self._build_grid_page, self._build_pin_page)):
            old = self.stack.widget(position)
            self.stack.insertWidget(position, build())
            if old is not None:
                self.stack.removeWidget(old)
                old.deleteLater()
        self.set_people(self._people)
        self.set_ready(self._ready)
        if self._chosen is not None:
            self.greeting.setText(self.tr("Hello, %1").replace("%1", self._chosen.display_name))
            self.person_icon.setPixmap(avatar(self._chosen.display_name, 96).pixmap(96, 96))
            self.pin_field.setText(pin)
            self.error.setText(error)
        self._set_locked(self._locked_seconds)
        self.stack.setCurrentIndex(index)
        if focused or index == 1:
            self.pin_field.setFocus()
