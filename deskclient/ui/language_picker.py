"""The language buttons of the login screen: every language named in its own script."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QWidget

from deskclient.ui.i18n import LANGUAGES

CHECK = "✓ "


class LanguageButtons(QWidget):
    """One button per shipped language ("English", "বাংলা", "हिन्दी", "Kiswahili"); the current one is ticked.

    The names are never translated: a person who cannot read the language on screen must still find
    their own. Emits ``chosen(code)`` when a person presses a language other than the current one.
    """

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languageButtons")
        self._current = ""
        self.caption = QLabel()
        self.caption.setProperty("role", "hint")
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QPushButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.caption)
        for code, name in LANGUAGES.items():
            button = QPushButton(name)
            button.setObjectName(f"language-{code}")
            button.setProperty("role", "language")
            button.setCheckable(True)
            button.setAccessibleName(name)
            button.clicked.connect(lambda _checked=False, code=code: self._press(code))
            self.group.addButton(button)
            self.buttons[code] = button
            layout.addWidget(button)
        self.retranslate()

    @property
    def current(self) -> str:
        return self._current

    def set_current(self, code: str) -> None:
        """Tick ``code`` (what the screen shows now) without emitting ``chosen``."""
        self._current = code
        for language, button in self.buttons.items():
            button.setChecked(language == code)
            button.setText(CHECK + LANGUAGES[language] if language == code else LANGUAGES[language])

    def _press(self, code: str) -> None:
        if code == self._current:
            self.set_current(code)  # keep it ticked: pressing the current language again changes nothing
            return
        self.set_current(code)
        self.chosen.emit(code)

    def retranslate(self) -> None:
        self.caption.setText(self.tr("Language:"))
        self.setAccessibleName(self.tr("Language"))
        for button in self.buttons.values():
            button.setToolTip(self.tr("Show the app in this language"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
