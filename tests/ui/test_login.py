from __future__ import annotations

from PySide6.QtCore import Qt

from tests.factories import PIN
from tests.ui.conftest import log_in


def test_grid_lists_the_centers_people_before_the_database_is_open(make_window):
    window = make_window(wait_ready=False)
    names = [person.display_name for person in window.login_page._people]
    assert names == ["Amina Yusuf", "Priya Das", "Rekha Kumari"]
    assert window.login_page.person_button("user-priya-das").text() == "Priya Das\nWorker"


def test_right_pin_opens_the_workers_home(qtbot, make_window):
    window = make_window()
    log_in(qtbot, window)
    assert window.stack.currentWidget() is window.session.home
    assert window.session.home.name.text() == "Amina Yusuf"
    assert window.login_page.pin_field.text() == ""  # nothing typed is left for the next person


def test_pin_can_be_typed_on_the_keypad_and_with_enter(qtbot, make_window):
    window = make_window()
    window.login_page.person_button("user-amina-yusuf").click()
    for digit in PIN:
        qtbot.keyClick(window.login_page.pin_field, digit)
    with qtbot.waitSignal(window.session_started, timeout=10_000):
        qtbot.keyClick(window.login_page.pin_field, Qt.Key.Key_Return)


def test_wrong_pin_says_so_and_counts_down_to_a_lock(qtbot, make_window):
    window = make_window()
    page = window.login_page
    page.person_button("user-amina-yusuf").click()
    for expected in ("2 more tries", "1 more try"):
        page.pin_field.setText("999999")
        page.login_button.click()
        qtbot.waitUntil(lambda expected=expected: expected in page.error.text(), timeout=10_000)
    page.pin_field.setText("999999")
    page.login_button.click()
    qtbot.waitUntil(lambda: "Too many wrong PINs" in page.error.text(), timeout=10_000)
    assert not page.login_button.isEnabled()
    # Even the right PIN is refused while the lock lasts.
    page._set_locked(0)
    page.pin_field.setText(PIN)
    page.login_button.click()
    qtbot.waitUntil(lambda: "Too many wrong PINs" in page.error.text() and page.pin_field.text() == "",
                    timeout=10_000)
    assert window.session is None


def test_this_is_not_me_goes_back_and_forgets_the_pin(qtbot, make_window):
    window = make_window()
    page = window.login_page
    page.person_button("user-amina-yusuf").click()
    page.pin_field.setText("12")
    page.back_button.click()
    assert page.stack.currentIndex() == 0
    assert page.pin_field.text() == ""
    assert page.chosen is None
