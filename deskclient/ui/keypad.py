"""The on-screen PIN keypad shared by the login page and the choose-your-PIN page.

Its keys never take the focus, so the PIN field keeps it and digits can be typed on the keyboard too;
each key has a spoken name ("Digit 4", "Delete last digit").
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QPushButton

translate = QCoreApplication.translate  # lupdate finds translate("LoginPage", ...) calls by this name


def pin_keypad(type_digit: Callable[[str], None], delete_last: Callable[[], None]) -> QGridLayout:
    """Keys 1-9 in three rows, then delete and 0; ``type_digit(digit)`` and ``delete_last()`` do the typing."""
    keypad = QGridLayout()
    for index, digit in enumerate("1234567890"):
        row, column = (index // 3, index % 3) if digit != "0" else (3, 1)
        keypad.addWidget(_key(digit, translate("LoginPage", "Digit %1").replace("%1", digit),
                              functools.partial(type_digit, digit)), row, column)
    keypad.addWidget(_key("⌫", translate("LoginPage", "Delete last digit"), delete_last), 3, 0)
    return keypad


def _key(text: str, spoken_name: str, on_click: Callable[[], None]) -> QPushButton:
    button = QPushButton(text)
    button.setProperty("role", "key")
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.setAccessibleName(spoken_name)
    button.clicked.connect(lambda _checked=False: on_click())
    return button
