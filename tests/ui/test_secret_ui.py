"""Choosing one's PIN at first login, and a supervisor's reset dialog, in the real window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton

from deskclient.domain.credentials import check_secret
from deskclient.paths import DataFolder
from deskclient.services.context import open_context
from deskclient.store.models import User, WorkSession
from deskclient.ui.main_window import MainWindow
from tests.factories import PIN, add_person
from tests.ui.conftest import WindowFactory, log_in

NEW_PIN = "739251"
AMINA = "user-amina-yusuf"


def user_row(folder: DataFolder, user_id: str) -> tuple[str, bool]:
    context = open_context(folder)
    try:
        with context.database.read() as session:
            user = session.get(User, user_id)
            assert user is not None
            return user.verifier, user.must_change_secret
    finally:
        context.database.dispose()


def flag_for_change(folder: DataFolder, user_id: str) -> None:
    context = open_context(folder)
    try:
        with context.database.write() as session:
            user = session.get(User, user_id)
            assert user is not None
            user.must_change_secret = True
    finally:
        context.database.dispose()


def type_pin(qtbot, window: MainWindow, user_id: str, pin: str) -> None:  # type: ignore[no-untyped-def]
    window.login_page.person_button(user_id).click()
    window.login_page.pin_field.setText(pin)
    window.login_page.login_button.click()


def test_a_new_pin_is_chosen_before_anything_else(qtbot, make_window: WindowFactory,  # type: ignore[no-untyped-def]
                                                  seeded_folder: DataFolder) -> None:
    flag_for_change(seeded_folder, AMINA)
    window = make_window()
    type_pin(qtbot, window, AMINA, PIN)
    qtbot.waitUntil(lambda: window.secret_page is not None and window.stack.currentWidget() is window.secret_page,
                    timeout=10_000)
    page = window.secret_page
    assert page is not None and window.session is None  # no home, no tickets yet
    for widget in [*page.findChildren(QLineEdit), *page.findChildren(QPushButton)]:
        assert widget.accessibleName(), widget
    # The keypad types into the field that has the focus; the two entries must agree.
    page.new_field.setFocus()
    for digit in NEW_PIN:
        next(button for button in page.findChildren(QPushButton) if button.text() == digit).click()
    assert page.new_field.text() == NEW_PIN
    page.again_field.setText("739252")
    page.save_button.click()
    qtbot.waitUntil(lambda: "not the same" in page.error.text(), timeout=10_000)
    assert page.new_field.text() == "" and page.save_button.isEnabled()
    page.new_field.setText("123456")
    page.again_field.setText("123456")
    qtbot.keyClick(page.again_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "too easy" in page.error.text(), timeout=10_000)
    page.new_field.setText(NEW_PIN)
    page.again_field.setText(NEW_PIN)
    with qtbot.waitSignal(window.session_started, timeout=10_000):
        page.save_button.click()
    assert window.secret_page is None and window.stack.currentWidget() is window.session.home
    assert "new PIN is saved" in window.notice.text()
    verifier, must_change = user_row(seeded_folder, AMINA)
    assert check_secret(NEW_PIN, verifier) and not must_change


def test_leaving_the_pin_page_logs_out(qtbot, make_window: WindowFactory,  # type: ignore[no-untyped-def]
                                       seeded_folder: DataFolder) -> None:
    flag_for_change(seeded_folder, AMINA)
    window = make_window()
    type_pin(qtbot, window, AMINA, PIN)
    qtbot.waitUntil(lambda: window.secret_page is not None, timeout=10_000)
    page = window.secret_page
    qtbot.keyClick(page.new_field, Qt.Key.Key_Escape)
    assert window.secret_page is None and window.stack.currentWidget() is window.login_page
    context = open_context(seeded_folder)
    try:
        qtbot.waitUntil(lambda: _ended(context), timeout=10_000)
    finally:
        context.database.dispose()
    assert user_row(seeded_folder, AMINA)[1]  # still to be chosen at the next login


def _ended(context) -> bool:  # type: ignore[no-untyped-def]
    with context.database.read() as session:
        sessions = session.query(WorkSession).all()
        return len(sessions) == 1 and sessions[0].end_reason == "logout"


def test_a_supervisor_resets_a_workers_pin(qtbot, make_window: WindowFactory,  # type: ignore[no-untyped-def]
                                           seeded_folder: DataFolder) -> None:
    context = open_context(seeded_folder)
    grace = add_person(context, "Grace Wanjiru", role="supervisor")
    context.database.dispose()
    window = make_window()
    log_in(qtbot, window, grace)
    home = window.session.home
    assert home.reset_button is not None and home.reset_button.accessibleName()
    home.reset_button.click()
    qtbot.waitUntil(lambda: window.session.reset_dialog is not None, timeout=10_000)
    dialog = window.session.reset_dialog
    names = [dialog.person_list.item(row).text().split("  ·  ")[0] for row in range(dialog.person_list.count())]
    assert names == ["Amina Yusuf", "Priya Das", "Rekha Kumari"]
    for widget in [*dialog.findChildren(QLineEdit), *dialog.findChildren(QPushButton)]:
        assert widget.accessibleName(), widget
    dialog.person_list.setCurrentRow(0)
    dialog.reset_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=10_000)
    shown = dialog.pin_display.text().replace(" ", "")
    assert len(shown) == 6 and shown.isdigit()
    verifier, must_change = user_row(seeded_folder, AMINA)
    assert check_secret(shown, verifier) and must_change
    dialog.done_button.click()
    qtbot.waitUntil(lambda: window.session.reset_dialog is None, timeout=10_000)
    assert dialog.pin_display.text() == ""  # gone from the screen once closed


def test_a_worker_has_no_reset_and_a_typed_pin_is_checked(qtbot, make_window: WindowFactory,  # type: ignore[no-untyped-def]
                                                         seeded_folder: DataFolder) -> None:
    context = open_context(seeded_folder)
    admin = add_person(context, "Daniel Otieno", role="center_admin")
    context.database.dispose()
    window = make_window()
    log_in(qtbot, window)
    assert window.session.home.reset_button is None
    window.session.end("switch_user")
    log_in(qtbot, window, admin)
    window.session.open_reset_dialog()
    qtbot.waitUntil(lambda: window.session.reset_dialog is not None, timeout=10_000)
    dialog = window.session.reset_dialog
    dialog.type_choice.setChecked(True)
    assert dialog.pin_field.isVisible()
    dialog.pin_field.setText("111111")
    dialog.again_field.setText("111111")
    dialog.reset_button.click()
    qtbot.waitUntil(lambda: "too easy" in dialog.error.text(), timeout=10_000)
    dialog.pin_field.setText("590417")
    dialog.again_field.setText("590417")
    dialog.reset_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=10_000)
    assert not dialog.pin_display.isVisible() and "you typed" in dialog.done_title.text()
    chosen = dialog.chosen()
    assert chosen is not None
    assert check_secret("590417", user_row(seeded_folder, chosen.id)[0])
    window.session.end("switch_user")  # a lock closes the dialog with the session
    assert window.session is None or window.session.reset_dialog is None
