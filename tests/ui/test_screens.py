"""The screen registry: every screen comes up and paints offscreen, and no page or dialog is left out of it."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtWidgets import QDialog, QMainWindow, QMessageBox, QWidget

import deskclient.ui
from deskclient.ui.login_page import LoginPage
from deskclient.ui.screens import PARTS, SCREENS, ScreenHarness, open_harness, render, screen

PAGE_SUFFIXES = ("Page", "Screen", "Dialog", "Window", "View", "Wizard")


@pytest.fixture
def harness(qtbot, tmp_path) -> Iterator[ScreenHarness]:  # type: ignore[no-untyped-def]
    opened = open_harness(tmp_path / "home", wait_until=qtbot.waitUntil, on_widget=qtbot.addWidget)
    yield opened
    opened.close()


def _check_shown(harness: ScreenHarness, name: str, widget: QWidget) -> None:
    entry = screen(name)
    assert isinstance(widget, entry.widget_class), (name, type(widget))
    assert widget.isVisible(), name
    width, height = render(widget)
    assert width >= 200 and height >= 60, (name, width, height)
    window = harness.window
    if isinstance(widget, QDialog | QMessageBox):
        assert widget.isWindow() and widget.window() is widget
        assert widget.parentWidget() is not None and widget.parentWidget().window() is window
    else:  # a page: it is what the window shows now
        assert window.stack.currentWidget() is widget, name
    if entry.logged_in:
        assert window.session is not None, name


@pytest.mark.parametrize("name", [entry.name for entry in SCREENS])
def test_each_screen_comes_up_and_paints(harness, name):
    widget = screen(name).build(harness)
    _check_shown(harness, name, widget)
    if name == "login.pin":
        assert isinstance(widget, LoginPage) and widget.chosen is not None
        assert widget.chosen.id == harness.user_id and widget.pin_field.isVisible()
    if name.startswith("work.") and not name.endswith("_dialog"):
        assert harness.window.session is not None and harness.window.session.screen is widget
    harness.dismiss()


def test_all_screens_one_after_another_in_one_window(harness):
    """The selftest's way: one window, every screen in order, each dismissed before the next."""
    shown = []
    for entry in SCREENS:
        widget = entry.build(harness)
        _check_shown(harness, entry.name, widget)
        shown.append(entry.name)
        harness.dismiss()
        if not isinstance(widget, QDialog | QMessageBox):
            continue
        assert not shiboken6.isValid(widget) or not widget.isVisible(), f"{entry.name} stayed open after dismiss"
    assert shown == [entry.name for entry in SCREENS]
    # and the window still works afterwards: log in and reach the home page
    session = harness.log_in()
    assert harness.window.stack.currentWidget() is session.home


def test_registry_names_are_unique_and_described():
    names = [entry.name for entry in SCREENS]
    assert len(names) == len(set(names))
    assert all(entry.description for entry in SCREENS)


def _ui_widget_classes() -> dict[str, type[QWidget]]:
    found: dict[str, type[QWidget]] = {}
    for module_info in pkgutil.walk_packages(deskclient.ui.__path__, "deskclient.ui."):
        module = importlib.import_module(module_info.name)
        for name, value in vars(module).items():
            if inspect.isclass(value) and issubclass(value, QWidget) and value.__module__ == module.__name__:
                found[name] = value
    return found


def test_every_page_and_dialog_of_the_app_is_registered():
    """A new page or dialog in deskclient/ui must be added to SCREENS (or, if it is a part, to PARTS)."""
    registered = {entry.widget_class for entry in SCREENS}
    missing = []
    for name, cls in sorted(_ui_widget_classes().items()):
        is_page = issubclass(cls, QDialog | QMainWindow) or name.endswith(PAGE_SUFFIXES)
        if is_page and cls not in registered and name not in PARTS:
            missing.append(f"{cls.__module__}.{name}")
    assert missing == [], "add these to SCREENS in deskclient/ui/screens.py: " + ", ".join(missing)


def test_parts_name_real_widgets_and_the_scan_sees_the_pages():
    classes = _ui_widget_classes()
    assert [name for name in PARTS if name not in classes] == []
    assert {"LoginPage", "HomePage", "SupportTicketScreen", "SkipDialog", "EnrollDialog", "TooNewPage"} <= set(classes)
