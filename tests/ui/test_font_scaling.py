"""Text follows the PC's text size: at 1.5 times the font every size grows and nothing is cut off at 1366x768."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from deskclient.ui.accessibility import clipped_texts
from deskclient.ui.screens import ScreenHarness, open_harness, screen
from deskclient.ui.style import FONT_SCALE, stylesheet

SCALE = 1.5
MAIN_SCREENS = ("login.grid", "login.pin", "home", "work.support_ticket")


@pytest.fixture
def larger_text(qapp) -> Iterator[float]:  # type: ignore[no-untyped-def]
    """The application font at 1.5 times its size (as a PC set to "larger text" gives), restored afterwards."""
    from deskclient.ui.style import apply_theme

    apply_theme(qapp)
    before = QFont(qapp.font())
    base = before.pointSizeF() if before.pointSizeF() > 0 else 11.0
    bigger = QFont(before)
    bigger.setPointSizeF(base * SCALE)
    qapp.setFont(bigger)
    yield base * SCALE
    qapp.setFont(before)


@pytest.fixture
def harness(qtbot, tmp_path) -> Iterator[ScreenHarness]:  # type: ignore[no-untyped-def]
    opened = open_harness(tmp_path / "home", wait_until=qtbot.waitUntil, on_widget=qtbot.addWidget,
                          size=(1366, 768))
    yield opened
    opened.close()


def test_no_pixel_font_sizes_in_the_stylesheet():
    sizes = re.findall(r"font-size:\s*([^;}]+)", stylesheet(11.0))
    assert sizes and all(size.strip().endswith("pt") for size in sizes), sizes
    assert stylesheet(16.5).count("30.0pt") == stylesheet(11.0).count("20.0pt") > 0  # titles scale


def test_the_check_sees_cut_off_text(qtbot):
    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    label = QLabel("A sentence far too long for the little space it was given on this page")
    label.setFixedWidth(80)
    wrapped = QLabel("Wrapped text fits in width but not in a fixed height of one line at all")
    wrapped.setWordWrap(True)
    wrapped.setFixedSize(120, 20)
    button = QPushButton("Continue from the last backup")
    button.setFixedWidth(60)
    fine = QLabel("OK")
    for widget in (label, wrapped, button, fine):
        layout.addWidget(widget)
    page.show()
    qtbot.waitExposed(page)
    found = clipped_texts(page)
    assert len(found) == 3, found
    assert not any("'OK'" in entry for entry in found)


def test_the_stylesheet_follows_the_application_font(qapp, larger_text):
    assert f"{round(larger_text * FONT_SCALE['title'], 1)}pt" in qapp.styleSheet()


def test_widget_fonts_follow_the_application_font(qtbot, harness, larger_text):
    home = screen("home").build(harness)
    qtbot.waitUntil(lambda: home.name.font().pointSizeF() > 0, timeout=5_000)
    title = home.name
    assert isinstance(title, QLabel)
    assert title.font().pointSizeF() == pytest.approx(larger_text * FONT_SCALE["title"], abs=0.2)
    body_font = home.drafts_heading.font().pointSizeF()
    assert body_font == pytest.approx(larger_text * FONT_SCALE["subtitle"], abs=0.2)
    queue = home.findChild(QTableView, "queueView")
    assert queue is not None
    # rows are as tall as a line of the larger text, not a fixed 28 px
    assert queue.verticalHeader().defaultSectionSize() >= queue.fontMetrics().height()
    harness.dismiss()


@pytest.mark.parametrize("name", MAIN_SCREENS)
def test_nothing_is_cut_off_at_larger_text(qtbot, harness, larger_text, name):
    widget = screen(name).build(harness)
    app = QApplication.instance()
    assert app is not None
    app.processEvents()
    window = harness.window
    assert window.width() <= 1366 and window.height() <= 768
    assert clipped_texts(widget) == [], name
    harness.dismiss()


@pytest.mark.parametrize("name", MAIN_SCREENS)
def test_nothing_is_cut_off_at_the_normal_size(qtbot, harness, name):
    widget = screen(name).build(harness)
    assert clipped_texts(widget) == [], name
    harness.dismiss()
