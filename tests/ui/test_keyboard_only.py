"""Log in, take the next ticket, answer it and submit it with the keyboard alone: no mouse, no widget calls.

Every key goes to the widget that has the focus, as a person's key presses do; the test only reads
the screen to check where the focus went.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import func, select

from deskclient.services.context import open_context
from deskclient.store.models import OutboxItem, Result, Task
from deskclient.ui.work.support_ticket import SupportTicketScreen
from tests.factories import PIN

NO_MODIFIER = Qt.KeyboardModifier.NoModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = NO_MODIFIER) -> None:
    QTest.keyClick(focused(), key, modifier)


def type_text(text: str) -> None:
    QTest.keyClicks(focused(), text)


def count(folder, model, **where) -> int:  # type: ignore[no-untyped-def]
    context = open_context(folder)
    try:
        with context.database.read() as session:
            statement = select(func.count()).select_from(model)
            for name, value in where.items():
                statement = statement.where(getattr(model, name) == value)
            return int(session.scalar(statement) or 0)
    finally:
        context.database.dispose()


def test_login_next_task_answer_and_submit_with_keys_only(qtbot, make_window, seeded_folder):
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)

    # The grid: the first name has the focus; arrow keys move, Enter chooses.
    qtbot.waitUntil(lambda: focused().objectName() == "person-user-amina-yusuf", timeout=5_000)
    press(Qt.Key.Key_Right)
    assert focused().objectName() == "person-user-priya-das"
    press(Qt.Key.Key_Left)
    assert focused().objectName() == "person-user-amina-yusuf"
    press(Qt.Key.Key_End)
    assert focused().objectName() == "person-user-rekha-kumari"
    press(Qt.Key.Key_Home)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.login_page.pin_field.hasFocus(), timeout=5_000)
    assert window.login_page.chosen is not None and window.login_page.chosen.display_name == "Amina Yusuf"

    # The PIN, typed with the number keys, then Enter.
    type_text(PIN)
    with qtbot.waitSignal(window.session_started, timeout=10_000):
        press(Qt.Key.Key_Return)
    home = window.session.home
    qtbot.waitUntil(lambda: window.stack.currentWidget() is home and home.start_button.hasFocus(), timeout=10_000)

    # Home: Enter on the focused "Start next task".
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(window.stack.currentWidget(), SupportTicketScreen), timeout=10_000)
    screen = window.stack.currentWidget()
    task_id = screen.item.task_id
    qtbot.waitUntil(lambda: focused() is screen.category, timeout=5_000)

    # The answer: type to pick in a list, Tab to move on, type the reply.
    type_text("Acc")
    assert screen.category.currentData() == "account_access"
    press(Qt.Key.Key_Tab)
    assert focused() is screen.priority  # kept as the ticket came
    press(Qt.Key.Key_Tab)
    assert focused() is screen.resolution
    type_text("Pass")
    assert screen.resolution.currentData() == "password_reset"
    for _ in range(3):  # ready answers, Insert, then the reply
        press(Qt.Key.Key_Tab)
    assert focused() is screen.reply
    type_text("Dear Asha, we sent you a reset link.")
    press(Qt.Key.Key_Tab)
    assert focused() is screen.note and "\t" not in screen.reply.toPlainText()
    type_text("Checked the account first")

    # Submit: Ctrl+Enter, the shortcut the screen shows.
    press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is home, timeout=10_000)
    qtbot.waitUntil(lambda: home.start_button.hasFocus(), timeout=5_000)  # ready for the next one
    assert count(seeded_folder, Result, task_id=task_id) == 1
    assert count(seeded_folder, Task, id=task_id, state="submitted") == 1
    assert count(seeded_folder, OutboxItem, topic="result.submitted") == 1
    assert "Sent" in window.notice.text()


def test_missing_answers_by_keyboard_leave_the_focus_on_the_screen(qtbot, make_window, seeded_folder):
    """Ctrl+Enter with nothing chosen: the errors show, nothing is saved, and the keyboard still works there."""
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    qtbot.waitUntil(lambda: focused().objectName().startswith("person-"), timeout=5_000)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.login_page.pin_field.hasFocus(), timeout=5_000)
    type_text(PIN)
    with qtbot.waitSignal(window.session_started, timeout=10_000):
        press(Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)  # the number pad's Enter works too
    home = window.session.home
    qtbot.waitUntil(lambda: home.start_button.hasFocus(), timeout=10_000)
    press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(window.stack.currentWidget(), SupportTicketScreen), timeout=10_000)
    screen = window.stack.currentWidget()
    qtbot.waitUntil(lambda: focused() is screen.category, timeout=5_000)
    press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: screen._errors["category"].isVisible(), timeout=10_000)
    assert window.stack.currentWidget() is screen
    assert screen.isAncestorOf(focused())
    assert count(seeded_folder, Result) == 0


def test_escape_on_the_pin_page_goes_back_to_the_same_name(qtbot, make_window):
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    qtbot.waitUntil(lambda: focused().objectName() == "person-user-amina-yusuf", timeout=5_000)
    press(Qt.Key.Key_Right)
    press(Qt.Key.Key_Space)  # Space presses a button as Enter does
    qtbot.waitUntil(lambda: window.login_page.pin_field.hasFocus(), timeout=5_000)
    type_text("12")
    press(Qt.Key.Key_Escape)
    assert window.login_page.stack.currentIndex() == 0
    assert window.login_page.pin_field.text() == ""
    assert focused().objectName() == "person-user-priya-das"
