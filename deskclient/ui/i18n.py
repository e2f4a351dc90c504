"""Fonts and translations, installed before the first window; the pseudo-locale for layout tests.

The language is chosen per person at login (the PC is shared): :class:`Translations` swaps the
app's one translator and the default :class:`QLocale` (dates, numbers, digits), and Qt sends every
widget a ``LanguageChange`` event so pages that outlive the switch (the login page, the status bar)
retranslate themselves. When nobody is logged in the PC's own language is used (its system locale
when the app ships that language, else English).
"""

from __future__ import annotations

import logging
import math
import re

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from deskclient.domain.languages import SHIPPED_LANGUAGES, shipped_language
from deskclient.paths import resource_path

log = logging.getLogger(__name__)

#: Languages the app ships, by code, with their own names (shown to people who may not read English).
_OWN_NAMES = {"en": "English", "bn": "বাংলা", "hi": "हिन्दी", "sw": "Kiswahili"}
LANGUAGES = {code: _OWN_NAMES[code] for code in SHIPPED_LANGUAGES}
#: The locale of each language when the PC's own locale is of another language (the .ts files' targets;
#: English as in the Commonwealth: day/month/year, not the US month first).
LOCALES = {"en": "en_GB", "bn": "bn_IN", "hi": "hi_IN", "sw": "sw_KE"}
FALLBACK_FAMILIES = ("Noto Sans Bengali", "Noto Sans Devanagari")
#: How much longer than the English source the pseudo-locale makes every string.
PSEUDO_STRETCH = 0.4


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


def pc_language(system: QLocale | None = None) -> str:
    """The PC's own language when the app ships it (a Bengali Windows shows Bengali), else English."""
    return shipped_language((system or QLocale.system()).name()) or "en"


def locale_for(language: str, system: QLocale | None = None) -> QLocale:
    """Formats for ``language``: the PC's own locale when it is of that language, else its usual one.

    A Kenyan PC in English keeps ``en_KE``; Bengali on an English PC gets ``bn_IN`` (Bengali digits).
    """
    system = system or QLocale.system()
    if shipped_language(system.name()) == language:
        return system
    return QLocale(LOCALES.get(language, "en_GB"))


class Translations:
    """The app's translator; swapped when the person at the PC changes language."""

    def __init__(self, app: QCoreApplication, default: str | None = None) -> None:
        self._app = app
        self._translator: QTranslator | None = None
        #: The login screen's language when nobody is logged in.
        self.default = shipped_language(default) or pc_language()
        self.language = ""
        #: Stretch every string instead of translating it (layout tests: nothing may be cut off).
        self.pseudo = False

    def use(self, language: str | None) -> bool:
        """Switch to ``language`` (the PC's language when None or unknown); True if a translation is loaded.

        English loads ``deskclient_en.qm`` too: the source strings are English, but its plural forms
        ("1 item" / "2 items") live there; without it English falls back to the "item(s)" source.
        Switching to the language already in use does nothing (no needless retranslation).
        """
        target = shipped_language(language) or self.default
        if target == self.language and self._translator is not None:
            return True
        self._remove()
        self.language = target
        QLocale.setDefault(locale_for(target))
        translator = PseudoTranslator(self._app) if self.pseudo else QTranslator(self._app)
        path = resource_path("i18n", f"deskclient_{target}.qm")
        if not self.pseudo and not translator.load(str(path)):
            log.warning("no translation file for %s at %s", target, path)
            translator.deleteLater()
            return False
        self._app.installTranslator(translator)
        self._translator = translator
        return True

    def use_pseudo(self, on: bool = True) -> None:
        """Turn the pseudo-locale on or off (keeps the current language's formats)."""
        language, self.pseudo = self.language, on
        self._remove()
        self.language = ""
        self.use(language)

    def _remove(self) -> None:
        if self._translator is not None:
            self._app.removeTranslator(self._translator)
            self._translator.deleteLater()
            self._translator = None

    def close(self) -> None:
        """Remove the translator and the locale (the window closes; tests build many windows on one app)."""
        self._remove()
        self.language = ""
        QLocale.setDefault(QLocale.system())


# -- pseudo-locale ----------------------------------------------------------------------------------
_ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "áƀçđéƒĝĥíĵķĺɱñóƥʠŕšţúʋŵẋýžÁƁÇĐÉƑĜĤÍĴĶĹṀÑÓƤɊŔŠŢÚṼŴẊÝŽ",
)
#: Kept as they are: placeholders, HTML tags and entities, shortcuts, mnemonics, line breaks.
_KEEP = re.compile(r"%L?(?:\d+|n)|<[^>]*>|&[#\w]+;|&.|\b(?:Ctrl|Alt|Shift)\+\w+|\{\w*\}|\n")


def pseudo_text(source: str, stretch: float = PSEUDO_STRETCH) -> str:
    """``source`` with accented letters, stretched by ``stretch`` and bracketed, placeholders kept.

    ``"Log in"`` becomes ``"⟦Ĺóĝ íñĹóĝ⟧"``-like text: about 40% wider (translations into Bengali, Hindi
    and Swahili are often that much longer than English), with brackets that show at once when the
    end of a text is cut off. Each line is stretched on its own, so wrapped and multi-line texts stay so.
    """
    if not source:
        return source
    return "\n".join(_pseudo_line(line, stretch) for line in source.split("\n"))


def _pseudo_line(line: str, stretch: float) -> str:
    if not line.strip():
        return line
    pieces: list[str] = []
    visible: list[str] = []
    position = 0
    for match in _KEEP.finditer(line):
        plain = line[position:match.start()].translate(_ACCENTED)
        pieces += [plain, match.group()]
        visible.append(plain)
        position = match.end()
    tail = line[position:].translate(_ACCENTED)
    pieces.append(tail)
    visible.append(tail)
    letters = "".join(visible)
    extra = math.ceil(len(line) * stretch) - 2  # the two brackets count as padding
    padding = (letters * (extra // max(len(letters), 1) + 1))[:max(extra, 0)] if letters.strip() else "~" * extra
    return "⟦" + "".join(pieces) + padding + "⟧"


class PseudoTranslator(QTranslator):
    """Answers every lookup with :func:`pseudo_text` of the English source (Qt's own strings too)."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        if context == "QGuiApplication" and source == "QT_LAYOUT_DIRECTION":
            return ""  # Qt asks which way the language is written: leave that to the real translation
        return pseudo_text(source)

    def isEmpty(self) -> bool:
        return False
