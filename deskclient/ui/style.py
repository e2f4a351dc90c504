"""The look of the app: large, calm, readable on a 1366x768 screen by a first-time office worker."""

from __future__ import annotations

# Colours chosen for WCAG AA contrast of text on its background.
INK = "#1f2933"
MUTED = "#52606d"
ACCENT = "#0b5cad"
ACCENT_DARK = "#084a8c"
DANGER = "#b42318"
WARNING_BG = "#fff4d6"
SURFACE = "#f5f7fa"
CARD = "#ffffff"
BORDER = "#cbd2d9"

STYLESHEET = f"""
QWidget {{ color: {INK}; }}
QMainWindow, QStackedWidget > QWidget {{ background: {SURFACE}; }}
QLabel[role="title"] {{ font-size: 20pt; font-weight: 600; }}
QLabel[role="subtitle"] {{ font-size: 13pt; color: {MUTED}; }}
QLabel[role="figure"] {{ font-size: 22pt; font-weight: 700; color: {ACCENT_DARK}; }}
QLabel[role="error"] {{ color: {DANGER}; font-weight: 600; }}
QLabel[role="fieldError"] {{ color: {DANGER}; }}
QLabel[role="banner"] {{ background: {WARNING_BG}; padding: 6px 10px; border-radius: 4px; }}
QFrame[role="card"] {{ background: {CARD}; border: 1px solid {BORDER}; border-radius: 8px; }}
QPushButton {{ padding: 6px 14px; border: 1px solid {BORDER}; border-radius: 6px; background: {CARD}; }}
QPushButton:focus {{ border: 2px solid {ACCENT}; }}
QPushButton[role="primary"] {{ background: {ACCENT}; color: white; border: none; font-weight: 600; }}
QPushButton[role="primary"]:hover {{ background: {ACCENT_DARK}; }}
QPushButton[role="primary"]:disabled {{ background: {BORDER}; color: {MUTED}; }}
QPushButton[role="big"] {{ font-size: 16pt; padding: 14px 28px; }}
QToolButton[role="person"] {{
    background: {CARD}; border: 1px solid {BORDER}; border-radius: 10px; padding: 10px; font-size: 13pt;
}}
QToolButton[role="person"]:hover, QToolButton[role="person"]:focus {{ border: 2px solid {ACCENT}; }}
QPushButton[role="key"] {{ font-size: 16pt; min-width: 64px; min-height: 48px; }}
QLineEdit[role="pin"] {{ font-size: 20pt; padding: 6px; }}
QScrollArea, QScrollArea > QWidget > QWidget {{ background: transparent; }}
"""
