"""Right-to-left (Arabic layout direction): every screen comes up mirrored and paints.

No shipped language is written right to left yet; this keeps the layouts ready for one. Each screen
is built with the application in RightToLeft, then every widget a layout placed is compared with
where the same layout puts it left to right: in RTL its box must be the mirror image inside its
parent (what sat at the left edge sits at the right edge), which fails for hand-placed widgets,
absolute alignments and fixed positions.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QFrame, QLayout, QWidget

from deskclient.ui.screens import SCREENS, ScreenHarness, open_harness, render, screen

TOLERANCE = 1  # px


@pytest.fixture
def rtl_harness(qtbot, tmp_path) -> Iterator[ScreenHarness]:  # type: ignore[no-untyped-def]
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        harness = open_harness(tmp_path / "home", wait_until=qtbot.waitUntil, on_widget=qtbot.addWidget,
                               size=(1366, 768))
        yield harness
        harness.close()
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def _in_layout(layout: QLayout | None, widget: QWidget) -> bool:
    if layout is None:
        return False
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        if item.widget() is widget:
            return True
        child = item.layout()
        if child is not None and _in_layout(child, widget):
            return True
    return False


def _ours(parent: QWidget) -> bool:
    """A container the app built (a plain QWidget/QFrame or one of its own classes), not a Qt widget's insides."""
    return type(parent) in (QWidget, QFrame) or type(parent).__module__.startswith("deskclient.")


def laid_out(root: QWidget) -> list[QWidget]:
    """Visible widgets placed by a layout or by hand inside the app's own containers."""
    found = []
    for widget in root.findChildren(QWidget):
        parent = widget.parentWidget()
        if not widget.isVisible() or parent is None or widget.isWindow():
            continue
        if _in_layout(parent.layout(), widget) or (_ours(parent) and parent.layout() is None):
            found.append(widget)
    return found


def boxes(widgets: list[QWidget]) -> dict[int, tuple[QRect, int]]:
    return {id(widget): (QRect(widget.geometry()), widget.parentWidget().width()) for widget in widgets}


def settle(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Let the layouts run after a change of direction (they are redone on posted events)."""
    for _ in range(3):
        QApplication.processEvents()
        QApplication.sendPostedEvents()


def test_rtl_is_on_for_the_whole_window(rtl_harness):
    window = rtl_harness.window
    assert window.isRightToLeft() and window.login_page.isRightToLeft()


@pytest.mark.parametrize("name", [entry.name for entry in SCREENS])
def test_every_screen_is_mirrored_right_to_left(rtl_harness, qtbot, name):
    widget = screen(name).build(rtl_harness)
    qtbot.waitUntil(widget.isVisible)
    settle(qtbot)
    top = widget.window()
    assert top.isRightToLeft(), name
    width, height = render(top)
    assert width > 0 and height > 0
    widgets = laid_out(top)
    assert widgets, f"{name}: no laid-out widgets found"
    not_mirrored, moved = compare_directions(qtbot, widgets)
    rtl_harness.dismiss()
    assert not not_mirrored, f"{name}: not mirrored right to left:\n  " + "\n  ".join(not_mirrored)
    assert moved, f"{name}: nothing changed side between LTR and RTL"


def compare_directions(qtbot, widgets: list[QWidget]) -> tuple[list[str], int]:  # type: ignore[no-untyped-def]
    """Boxes now (RTL) against boxes left to right: the ones not mirrored, and how many changed side."""
    right_to_left = boxes(widgets)
    try:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        settle(qtbot)
        left_to_right = boxes(widgets)
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        settle(qtbot)
    # A status that arrived meanwhile (the sync bar's first refresh) re-lays its row out: compare only
    # the widgets whose right-to-left box is the same before and after the detour.
    again = boxes(widgets)
    not_mirrored = []
    moved = 0
    for candidate in [w for w in widgets if again[id(w)] == right_to_left[id(w)]]:
        (rtl, parent_width), (ltr, _) = right_to_left[id(candidate)], left_to_right[id(candidate)]
        mirrored_left = parent_width - ltr.x() - ltr.width()
        if abs(rtl.x() - mirrored_left) > TOLERANCE or abs(rtl.y() - ltr.y()) > TOLERANCE:
            label = candidate.objectName() or type(candidate).__name__
            text = getattr(candidate, "text", lambda: "")()
            not_mirrored.append(f"{label} {str(text)[:40]!r}: LTR x={ltr.x()} w={ltr.width()} in {parent_width}, "
                                f"RTL x={rtl.x()} (expected {mirrored_left})")
        if abs(rtl.x() - ltr.x()) > TOLERANCE:
            moved += 1
    return not_mirrored, moved


def test_the_check_finds_what_is_not_mirrored(rtl_harness, qtbot):
    """The oracle itself: a hand-placed child and a row forced left to right are reported, a layout is not."""
    from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton

    host = QWidget()
    qtbot.addWidget(host)
    host.resize(400, 200)
    layout = QHBoxLayout(host)
    good = QPushButton("mirrored")
    forced = QWidget()
    forced.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    forced_row = QHBoxLayout(forced)
    stuck = QLabel("always left")
    forced_row.addWidget(stuck)
    forced_row.addStretch(1)
    free = QWidget()
    by_hand = QLabel("placed by hand", free)
    by_hand.move(5, 5)
    for widget in (good, forced, free):
        layout.addWidget(widget)
    host.show()
    qtbot.waitUntil(host.isVisible)
    settle(qtbot)
    not_mirrored, moved = compare_directions(qtbot, laid_out(host))
    assert moved
    assert any("always left" in line for line in not_mirrored), not_mirrored
    assert any("placed by hand" in line for line in not_mirrored), not_mirrored
    assert not any("'mirrored'" in line for line in not_mirrored), not_mirrored
