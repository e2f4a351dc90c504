"""Keyboard shortcuts, one way for every screen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence, QShortcut


def add_shortcut(parent: QObject, sequence: str | QKeySequence, slot: Callable[[], object]) -> QShortcut:
    shortcut = QShortcut(QKeySequence(sequence), parent)
    shortcut.activated.connect(slot)
    return shortcut
