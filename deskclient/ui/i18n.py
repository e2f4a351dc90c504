"""Fonts and translations, installed before the first window."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from deskclient.paths import resource_path

log = logging.getLogger(__name__)

#: Languages the app ships, by code, with their own names (shown to people who may not read English).
LANGUAGES = {"en": "English", "bn": "বাংলা", "hi": "हिन्दी", "sw": "Kiswahili"}
FALLBACK_FAMILIES = ("Noto Sans Bengali", "Noto Sans Devanagari")


def register_fonts(app: QApplication) -> list[str]:
    """Register the shipped fonts so Bengali and Hindi render on a PC that lacks them."""
    families: list[str] = []
    for font_file in sorted(resource_path("fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(font_file))
        if font_id < 0:
            log.warning("could not load font %s", font_file.name)
            continue
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    font = QFont(app.font())
    font.setPointSize(max(font.pointSize(), 11))
    font.setFamilies([font.family(), *FALLBACK_FAMILIES])
    app.setFont(font)
    return sorted(set(families))


class Translations:
    """The app's translator; swapped when the person at the PC changes language."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._translator: QTranslator | None = None
        self.language = "en"

    def use(self, language: str | None) -> bool:
        """Switch to ``language`` (English when None or unknown); True if a translation was loaded.

        English loads ``deskclient_en.qm`` too: the source strings are English, but its plural forms
        ("1 item" / "2 items") live there; without it English falls back to the "item(s)" source.
        """
        if self._translator is not None:
            self._app.removeTranslator(self._translator)
            self._translator = None
        self.language = language if language in LANGUAGES else "en"
        QLocale.setDefault(QLocale(self.language))
        translator = QTranslator(self._app)
        path = resource_path("i18n", f"deskclient_{self.language}.qm")
        if not translator.load(str(path)):
            log.warning("no translation file for %s at %s", self.language, path)
            translator.deleteLater()
            return False
        self._app.installTranslator(translator)
        self._translator = translator
        return True

    def close(self) -> None:
        """Remove the translator (the window closes; tests build many windows on one app)."""
        if self._translator is not None:
            self._app.removeTranslator(self._translator)
            self._translator.deleteLater()
            self._translator = None
