"""Keyboard and screen-reader helpers shared by every page, and the checks the tests and selftest run.

- :func:`chain_tab_order`: Tab goes through a page in the order it is read.
- :class:`GridKeys`: arrow keys move between the buttons of a grid, Enter presses one.
- :func:`follow_font`: sizes counted in lines of text, recomputed when the font grows.
- :func:`shortcut_hint`: a visible line that tells the page's keyboard shortcuts.
- :func:`accessible_name`, :func:`unnamed_controls`, :func:`clipped_texts`: what a screen reader would
  say for a widget, the controls it would have no name for, and text that does not fit its widget.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAccessible, QFontMetrics, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

#: Widgets a person operates: each needs a name a screen reader can say.
INTERACTIVE: tuple[type[QWidget], ...] = (
    QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QAbstractItemView,
    QAbstractSlider, QTabBar,
)


# -- keyboard -------------------------------------------------------------------------------------
def chain_tab_order(*widgets: QWidget) -> None:
    """Tab visits ``widgets`` in this order (then whatever followed the last one)."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)


def key_text(sequence: str | QKeySequence | QKeySequence.StandardKey) -> str:
    """A shortcut as the PC writes it (``Ctrl+N``; translated key names where Qt has them)."""
    return QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)


def shortcut_hint(items: Sequence[tuple[str, str]], parent: QWidget | None = None) -> QLabel:
    """A quiet line such as ``Ctrl+N  Start next task  ·  Ctrl+L  Switch user`` under a page."""
    label = QLabel("   ·   ".join(f"{key_text(keys)}  {what}" for keys, what in items), parent)
    label.setProperty("role", "hint")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setObjectName("shortcutHint")
    return label


class GridKeys(QObject):
    """Arrow keys move the focus between the buttons of a grid; Enter (like Space) presses the button.

    ``buttons`` is asked each time, so the grid can be refilled; ``columns`` buttons make one row.
    """

    def __init__(self, buttons: Callable[[], Sequence[QAbstractButton]], columns: int, parent: QObject) -> None:
        super().__init__(parent)
        self._buttons = buttons
        self._columns = columns

    def watch(self, button: QAbstractButton) -> None:
        button.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QAbstractButton):
            return False
        assert isinstance(event, QKeyEvent)
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        key = Qt.Key(event.key())
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            watched.animateClick()
            return True
        buttons = [button for button in self._buttons() if button.isVisible() and button.isEnabled()]
        if watched not in buttons:
            return False
        index = buttons.index(watched)
        moves = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -self._columns,
                 Qt.Key.Key_Down: self._columns, Qt.Key.Key_Home: -index, Qt.Key.Key_End: len(buttons) - 1 - index}
        if watched.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            moves[Qt.Key.Key_Left], moves[Qt.Key.Key_Right] = 1, -1
        if key not in moves:
            return False
        target = index + moves[key]
        if 0 <= target < len(buttons):
            buttons[target].setFocus(Qt.FocusReason.TabFocusReason)
        return True  # at an edge the key does nothing rather than leave the grid unexpectedly


class _FontFollower(QObject):
    def __init__(self, widget: QWidget, apply: Callable[[QWidget, QFontMetrics], None]) -> None:
        super().__init__(widget)
        self._apply = apply
        widget.installEventFilter(self)
        apply(widget, widget.fontMetrics())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FontChange and isinstance(watched, QWidget):
            self._apply(watched, watched.fontMetrics())
        return False


def follow_font(widget: QWidget, apply: Callable[[QWidget, QFontMetrics], None]) -> None:
    """Call ``apply(widget, metrics)`` now and whenever the widget's font changes."""
    _FontFollower(widget, apply)


def max_lines(widget: QWidget, lines: float) -> None:
    """Limit a text box to about ``lines`` lines of its own font, however large the text is."""

    def apply(target: QWidget, metrics: QFontMetrics) -> None:
        target.setMaximumHeight(int(metrics.lineSpacing() * lines) + 16)

    follow_font(widget, apply)


def rows_fit_text(view: QAbstractItemView) -> None:
    """Table rows tall enough for one line of the view's font (instead of a fixed pixel height)."""
    from PySide6.QtWidgets import QTableView

    def apply(target: QWidget, metrics: QFontMetrics) -> None:
        if isinstance(target, QTableView):
            target.verticalHeader().setDefaultSectionSize(metrics.height() + 12)

    follow_font(view, apply)


# -- checks ---------------------------------------------------------------------------------------
def accessible_name(widget: QWidget) -> str:
    """What a screen reader says for ``widget``: its accessible name, its text, or its buddy label's text."""
    interface = QAccessible.queryAccessibleInterface(widget)
    name = interface.text(QAccessible.Text.Name) if interface is not None else ""
    if not name and isinstance(widget, QComboBox | QLineEdit | QPlainTextEdit | QTextEdit | QAbstractSpinBox):
        window = widget.window()
        for label in window.findChildren(QLabel):
            if label.buddy() is widget:
                name = label.text()
                break
    return name.replace("&", "").strip()


def says_something(name: str) -> bool:
    """A name is useful only if it has a letter or digit: "⌫" or "←" alone says nothing."""
    return any(character.isalnum() for character in name)


def controls(root: QWidget, shown_only: bool = True) -> list[QWidget]:
    """The interactive widgets under ``root`` (the parts inside a control, e.g. a combo's list, are its own).

    ``shown_only``: only those on screen now (a hidden button may get its text when it is shown).
    """
    found: list[QWidget] = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or isinstance(widget, QScrollBar | QHeaderView):
            continue
        if shown_only and not widget.isVisible():
            continue
        if any(isinstance(parent, INTERACTIVE) for parent in _ancestors(widget, root)):
            continue
        if widget.window() is not root.window():  # popups belong to the control that opens them
            continue
        found.append(widget)
    if isinstance(root, INTERACTIVE):
        found.insert(0, root)
    return found


def _ancestors(widget: QWidget, root: QWidget) -> list[QWidget]:
    parents = []
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        parents.append(parent)
        parent = parent.parentWidget()
    return parents


def describe_widget(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton | QLineEdit) else ""
    return f"{type(widget).__name__}(objectName={widget.objectName()!r}, text={text!r})"


def unnamed_controls(root: QWidget) -> list[str]:
    """Every interactive widget under ``root`` that a screen reader could not name."""
    return [describe_widget(widget) for widget in controls(root) if not says_something(accessible_name(widget))]


def clipped_texts(root: QWidget) -> list[str]:
    """Visible labels and buttons whose text does not fit inside them (a cut-off word or line)."""
    clipped = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 1:
            continue
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            if _label_clipped(widget):
                clipped.append(f"label {widget.text()[:60]!r}")
        elif isinstance(widget, QAbstractButton) and widget.text():
            hint = widget.minimumSizeHint() if widget.minimumSizeHint().isValid() else widget.sizeHint()
            size = widget.size()
            if hint.width() > size.width() + 1 or hint.height() > size.height() + 1:
                clipped.append(f"button {widget.text()[:60]!r}: needs {hint.toTuple()}, has {size.toTuple()}")
    return clipped


def _label_clipped(label: QLabel) -> bool:
    rect = label.contentsRect()
    margin = label.margin() * 2 + label.indent() if label.indent() > 0 else label.margin() * 2
    width, height = rect.width() - margin, rect.height() - label.margin() * 2
    metrics = label.fontMetrics()
    text = label.text() if label.textFormat() != Qt.TextFormat.RichText else ""
    if not text:
        return False
    if label.wordWrap():
        flags = int(Qt.TextFlag.TextWordWrap) | int(label.alignment().value)
        needed = metrics.boundingRect(0, 0, max(width, 1), 100_000, flags, text)
        return needed.height() > height + 1
    lines = text.split("\n")
    needed_width = max(metrics.horizontalAdvance(line) for line in lines)
    needed_height = metrics.height() * len(lines)
    return needed_width > width + 1 or needed_height > height + 1
