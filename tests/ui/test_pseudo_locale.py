"""Every screen at 1366x768 with every string 40% longer: no text is cut off, nothing leaves the window.

Translations into Bengali, Hindi and Swahili often run 30-40% longer than English. The pseudo-locale
(``deskclient.ui.i18n.PseudoTranslator``) makes every string that much longer, with accented letters
and brackets, so a layout with a fixed width or a missing word wrap shows up here, in every screen of
the registry, before a translator ever sees it.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QLabel, QWidget

from deskclient.ui.i18n import PSEUDO_STRETCH, pseudo_text
from deskclient.ui.screens import SCREENS, ScreenHarness, open_harness, screen

SCREEN_SIZE = (1366, 768)
TOLERANCE = 1  # px: rounding between font metrics and layout


@pytest.fixture
def pseudo_harness(qtbot, tmp_path) -> Iterator[ScreenHarness]:  # type: ignore[no-untyped-def]
    harness = open_harness(tmp_path / "home", wait_until=qtbot.waitUntil, on_widget=qtbot.addWidget,
                           size=SCREEN_SIZE)
    translations = harness.window.translations
    assert translations is not None
    translations.use_pseudo(True)
    page = harness.window.login_page
    qtbot.waitUntil(lambda: page.title.text() == pseudo_text("Who is working?"))
    yield harness
    harness.close()


def _in_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and parent.viewport().isAncestorOf(widget):
            return True
        parent = parent.parentWidget()
    return False


def _label_problem(label: QLabel) -> str | None:
    if not label.text() or not label.pixmap().isNull() or label.property("elides"):
        return None
    rect = label.contentsRect().adjusted(label.margin(), label.margin(), -label.margin(), -label.margin())
    if label.indent() > 0:
        rect.setWidth(rect.width() - label.indent())
    metrics = label.fontMetrics()
    flags = int(label.alignment().value)
    text = label.text()
    if label.textFormat() == Qt.TextFormat.RichText or (
            label.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)):
        needed = label.sizeHint() if not label.wordWrap() else None
        if needed is not None and needed.width() > label.width() + TOLERANCE:
            return f"needs {needed.width()} px, has {label.width()}"
        if label.wordWrap() and label.heightForWidth(label.width()) > label.height() + TOLERANCE:
            return f"wrapped, needs {label.heightForWidth(label.width())} px high, has {label.height()}"
        return None
    if label.wordWrap():
        flags |= int(Qt.TextFlag.TextWordWrap)
        bound = metrics.boundingRect(QRect(0, 0, max(rect.width(), 1), 100_000), flags, text)
        if bound.height() > rect.height() + TOLERANCE:
            return f"wrapped, needs {bound.height()} px high, has {rect.height()}"
        longest = max(metrics.horizontalAdvance(word) for word in text.split())
        if longest > rect.width() + TOLERANCE:
            return f"a word needs {longest} px, has {rect.width()}"
        return None
    bound = metrics.boundingRect(QRect(0, 0, 100_000, 100_000), flags, text)
    if bound.width() > rect.width() + TOLERANCE or bound.height() > rect.height() + TOLERANCE:
        return f"needs {bound.width()}x{bound.height()} px, has {rect.width()}x{rect.height()}"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    if not button.text():
        return None
    hint = button.sizeHint()
    if hint.width() > button.width() + TOLERANCE or hint.height() > button.height() + TOLERANCE:
        return f"needs {hint.width()}x{hint.height()} px, has {button.width()}x{button.height()}"
    return None


def _outside_its_window(widget: QWidget) -> str | None:
    """A widget pushed (partly) out of its window, or hidden under an ancestor's edge."""
    if _in_scroll_area(widget):
        return None  # scrolled into view by the person; its own text is still checked above
    top = widget.window()
    box = QRect(widget.mapTo(top, widget.rect().topLeft()), widget.size())
    if not top.rect().adjusted(-TOLERANCE, -TOLERANCE, TOLERANCE, TOLERANCE).contains(box):
        return f"sits at {box.getRect()}, outside its {top.width()}x{top.height()} window"
    visible = widget.visibleRegion().boundingRect()
    if visible.width() + TOLERANCE < widget.width() or visible.height() + TOLERANCE < widget.height():
        return f"only {visible.width()}x{visible.height()} of {widget.width()}x{widget.height()} is visible"
    return None


def clipped(root: QWidget) -> list[str]:
    """Every visible label or button of ``root``'s window whose text is cut off, and why."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 1:
            continue
        problem = None
        if isinstance(widget, QLabel):
            problem = _label_problem(widget)
        elif isinstance(widget, QAbstractButton):
            problem = _button_problem(widget)
        if problem is None and isinstance(widget, QLabel | QAbstractButton) and widget.text():
            problem = _outside_its_window(widget)
        if problem is not None:
            name = widget.objectName() or type(widget).__name__
            found.append(f"{name} {widget.text()[:50]!r}: {problem}")
    return found


def test_the_pseudo_locale_stretches_by_40_percent_and_keeps_what_code_needs():
    for source in ("Log in", "Who is working?", "%n item(s) waiting to be sent", "Lock the screen (Ctrl+L)"):
        stretched = pseudo_text(source)
        assert len(stretched) >= len(source) * (1 + PSEUDO_STRETCH)
        assert stretched.startswith("⟦") and stretched.endswith("⟧")
    assert "%1" in pseudo_text("Hello, %1") and "%n" in pseudo_text("%n item(s)")
    assert "Ctrl+L" in pseudo_text("Switch user (Ctrl+L)")
    assert pseudo_text("Two\nlines").count("\n") == 1
    assert pseudo_text("") == ""


@pytest.mark.parametrize("name", [entry.name for entry in SCREENS])
def test_no_text_is_cut_off_with_40_percent_longer_strings(pseudo_harness, qtbot, name):
    window = pseudo_harness.window
    widget = screen(name).build(pseudo_harness)
    qtbot.waitUntil(widget.isVisible)
    QApplication.processEvents()
    top = widget.window()
    texts = [w.text() for w in top.findChildren(QWidget)
             if isinstance(w, QLabel | QAbstractButton) and w.isVisible() and w.text()]
    assert any(text.startswith("⟦") for text in texts), f"{name}: the pseudo-locale did not reach this screen"
    screen_w, screen_h = SCREEN_SIZE
    assert window.width() <= screen_w and window.height() <= screen_h, (
        f"{name}: the main window grew to {window.width()}x{window.height()} to fit the longer texts")
    assert top.width() <= screen_w and top.height() <= screen_h, f"{name}: {top.width()}x{top.height()}"
    problems = clipped(top) + (clipped(window) if top is not window else [])
    pseudo_harness.dismiss()
    assert not problems, f"{name}: cut-off texts with 40% longer strings:\n  " + "\n  ".join(sorted(set(problems)))


def test_the_check_finds_cut_off_labels_and_buttons(qtbot):
    """The oracle itself: a fixed-width label, an unwrapped long label and a squeezed button are caught."""
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    host = QWidget()
    qtbot.addWidget(host)
    host.resize(300, 400)
    fixed = QLabel(pseudo_text("Waiting in the queue"))
    fixed.setFixedWidth(60)
    wrapped = QLabel(pseudo_text("A long sentence that wraps over several lines in a narrow column " * 3))
    wrapped.setWordWrap(True)
    wrapped.setFixedHeight(20)
    fine = QLabel(pseudo_text("OK"))
    button = QPushButton(pseudo_text("Start next task"))
    button.setFixedWidth(40)
    layout = QVBoxLayout(host)
    for widget in (fixed, wrapped, fine, button):
        layout.addWidget(widget)
    host.show()
    qtbot.waitUntil(host.isVisible)
    found = clipped(host)
    assert len(found) == 3, found
    assert not any(fine.text()[:50] in problem for problem in found)
