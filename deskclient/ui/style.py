"""The look of the app: large, calm, readable on a 1366x768 screen by a first-time office worker.

Every colour the app paints text or controls with is defined here, once, in :data:`COLOURS`; the
stylesheet and the :class:`QPalette` are built from it, and ``tests/ui/test_contrast.py`` computes the
WCAG 2.x contrast of every pair they use. Font sizes are multiples of the application font (which
follows the PC's own text size), so nothing is fixed in pixels: :func:`apply_theme` rebuilds the
stylesheet whenever the application font changes.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication


@dataclass(frozen=True)
class Colours:
    """The default theme. Contrast targets (WCAG 2.x AA) are checked by tests/ui/test_contrast.py."""

    ink: str = "#1f2933"  # body text, 13.7:1 on surface
    muted: str = "#52606d"  # secondary text, placeholders, 6.0:1 on surface
    accent: str = "#0b5cad"  # primary buttons, selection, focus ring of ordinary controls
    accent_dark: str = "#084a8c"  # primary hover, figures
    on_accent: str = "#ffffff"  # text on accent and accent_dark
    danger: str = "#b42318"  # error text
    warning_bg: str = "#fff4d6"  # banners (ink text)
    surface: str = "#f5f7fa"  # the window
    card: str = "#ffffff"  # cards, inputs, lists
    alternate: str = "#eef1f5"  # every other row of a table
    border: str = "#cbd2d9"  # decorative: the edge of a card (not a control)
    control_border: str = "#6b7785"  # the edge of a button or input: >= 3:1, so a control can be found
    focus_on_accent: str = "#1f2933"  # focus ring around a primary (blue) button
    disabled_text: str = "#7b8794"  # WCAG exempts inactive controls; still 3.4:1 on surface
    disabled_bg: str = "#e4e7eb"
    tooltip_bg: str = "#1f2933"
    tooltip_text: str = "#ffffff"


COLOURS = Colours()

#: Initials are painted in white on these (login grid avatars): large bold text, >= 3:1 needed, all >= 5:1.
AVATAR_COLOURS = ("#0b5cad", "#7a3e9d", "#0f7b6c", "#a23b72", "#b54708", "#3f6212")
AVATAR_TEXT = "#ffffff"

#: Relative sizes of text roles, as multiples of the application font's point size.
FONT_SCALE = {
    "title": 20 / 11,
    "subtitle": 13 / 11,
    "figure": 2.0,
    "big": 16 / 11,
    "key": 16 / 11,
    "pin": 20 / 11,
    "person": 13 / 11,
    "hint": 1.0,
    "code": 28 / 11,  # a one-time PIN read out to someone
}
DEFAULT_POINT_SIZE = 11.0


def point_size(role: str, base: float) -> float:
    return round(base * FONT_SCALE[role], 1)


def stylesheet(base_point_size: float = DEFAULT_POINT_SIZE, colours: Colours = COLOURS) -> str:
    """The app's stylesheet for an application font of ``base_point_size`` points.

    Focus is a 3 px ring (1 px border otherwise, padding adjusted so nothing moves): a change of
    shape as well as of colour, visible to people who cannot tell the colours apart.
    """
    c = colours

    def pt(role: str) -> str:
        return f"{point_size(role, base_point_size)}pt"

    return f"""
QWidget {{ color: {c.ink}; }}
QWidget:disabled {{ color: {c.disabled_text}; }}
QMainWindow, QStackedWidget > QWidget, QDialog {{ background: {c.surface}; }}
QLabel[role="title"] {{ font-size: {pt("title")}; font-weight: 600; }}
QLabel[role="subtitle"] {{ font-size: {pt("subtitle")}; color: {c.muted}; }}
QLabel[role="hint"] {{ font-size: {pt("hint")}; color: {c.muted}; }}
QLabel[role="figure"] {{ font-size: {pt("figure")}; font-weight: 700; color: {c.accent_dark}; }}
QLabel[role="error"] {{ color: {c.danger}; font-weight: 600; }}
QLabel[role="fieldError"] {{ color: {c.danger}; }}
QLabel[role="banner"] {{ background: {c.warning_bg}; color: {c.ink}; padding: 6px 10px; border-radius: 4px; }}
QFrame[role="card"] {{ background: {c.card}; border: 1px solid {c.border}; border-radius: 8px; }}
QPushButton {{
    padding: 8px 16px; border: 1px solid {c.control_border}; border-radius: 6px; background: {c.card};
}}
QPushButton:focus {{ border: 3px solid {c.accent}; padding: 6px 14px; }}
QPushButton[role="primary"] {{
    background: {c.accent}; color: {c.on_accent}; border: 1px solid {c.accent}; font-weight: 600;
}}
QPushButton[role="primary"]:hover {{
    background: {c.accent_dark}; color: {c.on_accent}; border-color: {c.accent_dark};
}}
QPushButton[role="primary"]:focus {{ border: 3px solid {c.focus_on_accent}; }}
QPushButton[role="primary"]:disabled {{
    background: {c.disabled_bg}; color: {c.disabled_text}; border: 1px solid {c.disabled_bg};
}}
QPushButton[big="true"] {{ font-size: {pt("big")}; padding: 16px 30px; }}
QPushButton[big="true"]:focus {{ padding: 14px 28px; }}
QToolButton[role="person"] {{
    background: {c.card}; border: 1px solid {c.control_border}; border-radius: 10px; padding: 12px;
    font-size: {pt("person")};
}}
QToolButton[role="person"]:hover {{ border: 3px solid {c.accent}; padding: 10px; }}
QToolButton[role="person"]:focus {{ border: 3px solid {c.accent}; padding: 10px; background: {c.alternate}; }}
QPushButton[role="key"] {{ font-size: {pt("key")}; min-width: 3em; min-height: 1.6em; }}
QLineEdit, QComboBox, QPlainTextEdit, QAbstractItemView {{
    border: 1px solid {c.control_border}; border-radius: 4px; background: {c.card};
}}
QLineEdit, QComboBox {{ padding: 6px 8px; }}
QLineEdit:focus, QComboBox:focus {{ border: 3px solid {c.accent}; padding: 4px 6px; }}
QPlainTextEdit:focus, QAbstractItemView:focus {{ border: 3px solid {c.accent}; }}
QPlainTextEdit[readOnly="true"] {{ background: {c.surface}; }}
QLineEdit[role="pin"] {{ font-size: {pt("pin")}; }}
QLabel[role="code"] {{ font-size: {pt("code")}; font-weight: 700; letter-spacing: 6px; }}
QRadioButton:focus, QCheckBox:focus {{ border: 3px solid {c.accent}; border-radius: 4px; }}
QRadioButton, QCheckBox {{ border: 3px solid transparent; padding: 2px; }}
QToolTip {{ color: {c.tooltip_text}; background: {c.tooltip_bg}; border: 1px solid {c.tooltip_bg}; }}
QScrollArea, QScrollArea > QWidget > QWidget {{ background: transparent; }}
"""


#: The stylesheet at the default size (kept for code that only needs a look, e.g. a screenshot).
STYLESHEET = stylesheet()


def palette(colours: Colours = COLOURS) -> QPalette:
    """The palette every widget draws with where the stylesheet says nothing (selection, tables, tips)."""
    c = colours
    pal = QPalette()
    roles = {
        QPalette.ColorRole.Window: c.surface,
        QPalette.ColorRole.WindowText: c.ink,
        QPalette.ColorRole.Base: c.card,
        QPalette.ColorRole.AlternateBase: c.alternate,
        QPalette.ColorRole.Text: c.ink,
        QPalette.ColorRole.PlaceholderText: c.muted,
        QPalette.ColorRole.Button: c.card,
        QPalette.ColorRole.ButtonText: c.ink,
        QPalette.ColorRole.BrightText: c.on_accent,
        QPalette.ColorRole.Highlight: c.accent,
        QPalette.ColorRole.HighlightedText: c.on_accent,
        QPalette.ColorRole.Link: c.accent,
        QPalette.ColorRole.LinkVisited: c.accent_dark,
        QPalette.ColorRole.ToolTipBase: c.tooltip_bg,
        QPalette.ColorRole.ToolTipText: c.tooltip_text,
    }
    for role, colour in roles.items():
        pal.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        pal.setColor(disabled, role, QColor(c.disabled_text))
    pal.setColor(disabled, QPalette.ColorRole.Button, QColor(c.disabled_bg))
    return pal


#: Foreground/background palette roles that carry text or a control's edge, and the ratio each needs.
#: Disabled colours are listed apart: WCAG 1.4.3 exempts inactive controls.
PALETTE_PAIRS: tuple[tuple[QPalette.ColorRole, QPalette.ColorRole, float], ...] = (
    (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window, 4.5),
    (QPalette.ColorRole.Text, QPalette.ColorRole.Base, 4.5),
    (QPalette.ColorRole.Text, QPalette.ColorRole.AlternateBase, 4.5),
    (QPalette.ColorRole.PlaceholderText, QPalette.ColorRole.Base, 4.5),
    (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button, 4.5),
    (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight, 4.5),
    (QPalette.ColorRole.Link, QPalette.ColorRole.Base, 4.5),
    (QPalette.ColorRole.LinkVisited, QPalette.ColorRole.Base, 4.5),
    (QPalette.ColorRole.ToolTipText, QPalette.ColorRole.ToolTipBase, 4.5),
    (QPalette.ColorRole.Highlight, QPalette.ColorRole.Base, 3.0),  # selected row / focus edge
)


class _ThemeFollower(QObject):
    """Rebuilds the stylesheet when the application font changes (the PC's text size, or a test)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("deskclientThemeFollower")
        self._app = app
        self._applied: float | None = None

    def apply(self) -> None:
        size = self._app.font().pointSizeF()
        base = size if size > 0 else DEFAULT_POINT_SIZE
        if base != self._applied:
            self._applied = base
            self._app.setStyleSheet(stylesheet(base))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._app and event.type() == QEvent.Type.ApplicationFontChange:
            self.apply()
        return False


def apply_theme(app: QApplication) -> None:
    """Install the palette and a stylesheet sized from the application font; follow later font changes."""
    app.setPalette(palette())
    follower = app.findChild(_ThemeFollower, "deskclientThemeFollower")
    if follower is None:
        follower = _ThemeFollower(app)
        app.installEventFilter(follower)
    follower.apply()
