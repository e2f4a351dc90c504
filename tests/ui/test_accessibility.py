"""Every control of every registered screen has a name a screen reader can say, and Tab reaches it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

from deskclient.ui.accessibility import accessible_name, controls, unnamed_controls
from deskclient.ui.login_page import LoginPage
from deskclient.ui.screens import SCREENS, ScreenHarness, open_harness, screen
from deskclient.ui.work.reason_dialogs import EscalateDialog, SkipDialog


@pytest.fixture
def harness(qtbot, tmp_path) -> Iterator[ScreenHarness]:  # type: ignore[no-untyped-def]
    opened = open_harness(tmp_path / "home", wait_until=qtbot.waitUntil, on_widget=qtbot.addWidget)
    yield opened
    opened.close()


def _activate(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    window = widget.window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)


def _tab_focusable(widget: QWidget) -> bool:
    return (widget.isVisible() and widget.isEnabled()
            and bool(widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value))


def _group_visited(control: QWidget, visited: list[QWidget]) -> bool:
    """In an exclusive group (radio buttons, language buttons) Tab stops once; arrow keys move inside."""
    group = control.group() if isinstance(control, QAbstractButton) else None
    return group is not None and group.exclusive() and any(button in visited for button in group.buttons())


# -- names ----------------------------------------------------------------------------------------
def test_the_check_finds_a_control_without_a_name(qapp):
    """The walker itself: an icon-only button or a bare field is reported; a label's buddy names one."""
    page = QWidget()
    arrow = QPushButton("⌫", page)
    field = QLineEdit(page)
    named = QLineEdit(page)
    label = QLabel("&Server address:", page)
    label.setBuddy(named)
    page.show()
    found = unnamed_controls(page)
    assert len(found) == 2 and any("'⌫'" in entry for entry in found)
    assert accessible_name(named) == "Server address:"
    arrow.setAccessibleName("Delete last digit")
    field.setAccessibleName("Code")
    assert unnamed_controls(page) == []
    page.deleteLater()


@pytest.mark.parametrize("name", [entry.name for entry in SCREENS])
def test_every_control_has_an_accessible_name(harness, name):
    widget = screen(name).build(harness)
    found = controls(widget)
    assert found or isinstance(widget, QMessageBox) or name.startswith("start.too_new"), name
    assert unnamed_controls(widget) == [], f"{name}: controls a screen reader cannot name"
    # The status bar is on every page.
    assert unnamed_controls(harness.window.statusBar()) == []
    harness.dismiss()


def test_keypad_keys_say_what_they_do(harness):
    page = screen("login.pin").build(harness)
    assert isinstance(page, LoginPage)
    names = {accessible_name(button) for button in page.findChildren(QPushButton)
             if button.property("role") == "key"}
    assert names == {f"Digit {digit}" for digit in "0123456789"} | {"Delete last digit"}
    harness.dismiss()


def test_person_buttons_are_named_for_the_person(harness):
    page = screen("login.grid").build(harness)
    buttons = page.findChildren(QToolButton)
    assert buttons
    assert all(accessible_name(button).startswith("Log in as ") for button in buttons)
    harness.dismiss()


# -- tab order ------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", [entry.name for entry in SCREENS if entry.name != "app.unexpected_error"])
def test_tab_reaches_every_control_and_comes_back(qtbot, harness, name):
    widget = screen(name).build(harness)
    _activate(qtbot, widget)
    expected = [control for control in controls(widget) if _tab_focusable(control)]
    if not expected:
        harness.dismiss()
        return
    start = QApplication.focusWidget()
    if start is None or not widget.isAncestorOf(start):
        expected[0].setFocus(Qt.FocusReason.TabFocusReason)
        start = expected[0]
    visited: list[QWidget] = []
    for _ in range(80):
        current = QApplication.focusWidget()
        assert current is not None, f"{name}: focus was lost after {len(visited)} Tab presses"
        if current is start and visited:
            break
        visited.append(current)
        QTest.keyClick(current, Qt.Key.Key_Tab)
    else:
        pytest.fail(f"{name}: Tab never came back to where it started (a keyboard trap?)")
    missing = [control for control in expected if control not in visited and not _group_visited(control, visited)]
    assert missing == [], f"{name}: Tab never reaches {[type(w).__name__ + ':' + accessible_name(w) for w in missing]}"
    harness.dismiss()


def test_ticket_screen_tab_order_follows_the_page(qtbot, harness):
    work = screen("work.support_ticket").build(harness)
    _activate(qtbot, work)
    order = [work.category, work.priority, work.resolution, work.canned_box, work.insert_button, work.reply,
             work.note, work.skip_button, work.escalate_button, work.submit_button]
    assert QApplication.focusWidget() is work.category, accessible_name(QApplication.focusWidget())
    for expected in order[1:]:
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is expected, accessible_name(QApplication.focusWidget())
    # Tab inside the reply moves on instead of typing a tab character.
    work.reply.setFocus()
    QTest.keyClick(work.reply, Qt.Key.Key_Tab)
    assert "\t" not in work.reply.toPlainText() and QApplication.focusWidget() is work.note
    assert isinstance(work.body, QPlainTextEdit) and work.body.tabChangesFocus()
    harness.dismiss()


# -- dialogs: Esc cancels, Enter confirms ---------------------------------------------------------
@pytest.mark.parametrize("dialog_class", [SkipDialog, EscalateDialog])
def test_escape_cancels_a_reason_dialog(qtbot, harness, dialog_class):
    name = "work.skip_dialog" if dialog_class is SkipDialog else "work.escalate_dialog"
    dialog = screen(name).build(harness)
    assert isinstance(dialog, QDialog)
    _activate(qtbot, dialog)
    QTest.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)
    assert dialog.result() == QDialog.DialogCode.Rejected
    harness.dismiss()


def test_enter_confirms_the_skip_dialog_with_the_chosen_reason(qtbot, harness):
    dialog = screen("work.skip_dialog").build(harness)
    assert isinstance(dialog, SkipDialog)
    _activate(qtbot, dialog)
    focused = QApplication.focusWidget()
    assert focused is not None and dialog.isAncestorOf(focused)
    QTest.keyClick(focused, Qt.Key.Key_Down)  # arrow keys move between the reasons
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.reason().value == "unclear"
    harness.dismiss()


def test_enroll_dialog_fields_are_labelled_and_enter_checks_them(qtbot, harness):
    dialog = screen("sync.enroll").build(harness)
    _activate(qtbot, dialog)
    fields = dialog.findChildren(QLineEdit)
    assert [accessible_name(field) for field in fields] == ["Server address", "Enrollment code"]
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # empty: says why instead of closing
    assert dialog.isVisible() and "server address" in dialog.error.text()
    assert not any(isinstance(w, QComboBox) for w in controls(dialog))
    harness.dismiss()
