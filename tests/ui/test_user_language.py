"""The language is chosen per person at login on a shared PC, shown at once, and remembered."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from functools import cache

import pytest
from sqlalchemy import select

from deskclient.domain.credentials import make_verifier
from deskclient.paths import DataFolder, resource_path
from deskclient.services.context import open_context
from deskclient.services.intake import IntakeService
from deskclient.store.models import OutboxItem, UserPreference
from deskclient.ui.i18n import LANGUAGES
from deskclient.ui.main_window import MainWindow
from tests.factories import CENTER_ID, FAST_PARAMS, PIN

AMINA, PRIYA = "user-amina-yusuf", "user-priya-das"


@cache
def translated(language: str, context: str, source: str) -> str:
    """The committed translation of ``source`` (read from the .ts file, not through Qt)."""
    root = ET.parse(resource_path("i18n", f"deskclient_{language}.ts")).getroot()
    for ctx in root.iter("context"):
        if ctx.findtext("name") != context:
            continue
        for message in ctx.iter("message"):
            if message.findtext("source") == source:
                text = message.findtext("translation") or ""
                assert text and text != source, f"{language}: {source!r} is not translated"
                return text
    raise AssertionError(f"{language}: no message {context}/{source!r}")


@pytest.fixture
def speakers_folder(seeded_folder: DataFolder) -> DataFolder:
    """The seeded center, where the server says Priya works in Bengali (Amina has no language yet)."""
    context = open_context(seeded_folder)
    IntakeService(context).upsert_user(user_id=PRIYA, center_id=CENTER_ID, username="priya das",
                                       display_name="Priya Das", role="worker",
                                       verifier=make_verifier(PIN, FAST_PARAMS), language="bn")
    context.database.dispose()
    return seeded_folder


def grid_shows(window: MainWindow, language: str) -> bool:
    page = window.login_page
    expected = "Who is working?" if language == "en" else translated(language, "LoginPage", "Who is working?")
    return page.title.text() == expected and page.grid_languages.current == language


def log_in_as(qtbot, window: MainWindow, user_id: str, language: str | None = None) -> None:  # type: ignore[no-untyped-def]
    page = window.login_page
    page.person_button(user_id).click()
    if language is not None:
        page.pin_languages.buttons[language].click()
    page.pin_field.setText(PIN)
    with qtbot.waitSignal(window.session_started, timeout=10_000):
        page.login_button.click()


def preference_rows(folder: DataFolder) -> tuple[list[tuple[str, str | None]], list[dict[str, str]]]:
    context = open_context(folder)
    try:
        with context.database.read() as session:
            stored = [(row.user_id, row.language) for row in session.scalars(select(UserPreference))]
            queued = [json.loads(row.body_json) for row in session.scalars(
                select(OutboxItem).where(OutboxItem.topic == "user.preferences").order_by(OutboxItem.seq))]
    finally:
        context.database.dispose()
    return stored, queued


def test_every_language_button_is_named_in_its_own_script(make_window):
    window = make_window()
    for row in (window.login_page.grid_languages, window.login_page.pin_languages):
        names = {code: button.accessibleName() for code, button in row.buttons.items()}
        assert names == {"en": "English", "bn": "বাংলা", "hi": "हिन्दी", "sw": "Kiswahili"} == LANGUAGES
    assert window.login_page.grid_languages.current == window.translations.language


def test_a_bengali_worker_gets_the_whole_app_in_bengali_and_the_next_person_english(
        qtbot, make_window, speakers_folder):
    window = make_window(speakers_folder)
    window.translations.default = "en"
    page = window.login_page
    page.person_button(PRIYA).click()
    # The PIN page speaks her language before she types anything.
    qtbot.waitUntil(lambda: page.login_button.text() == translated("bn", "LoginPage", "Log in"))
    assert page.greeting.text() == translated("bn", "LoginPage", "Hello, %1").replace("%1", "Priya Das")
    assert page.pin_languages.current == "bn"
    assert page.pin_languages.buttons["bn"].isChecked()
    page.pin_field.setText(PIN)
    with qtbot.waitSignal(window.session_started, timeout=10_000):
        page.login_button.click()
    session = window.session
    assert session.user.language == "bn"
    home = session.home
    assert home.start_button.text() == translated("bn", "HomePage", "Start next task")
    assert home.switch_button.text() == translated("bn", "HomePage", "Switch user")
    # Counts and figures in Bengali: digits from the locale, the plural form from the .ts file.
    qtbot.waitUntil(lambda: home.today_value.text() == "০", timeout=10_000)
    qtbot.waitUntil(lambda: "১২" in home.queue_heading.text(), timeout=10_000)
    assert "12" not in home.queue_heading.text()
    sync_button = window.sync_bar.sync_button
    qtbot.waitUntil(lambda: sync_button.text() in (translated("bn", "SyncStatusBar", "Sync now"),))
    # The server already knew her language: nothing new to remember or send.
    assert preference_rows(speakers_folder) == ([], [])

    home.switch_button.click()
    qtbot.waitUntil(lambda: window.session is None and grid_shows(window, "en"), timeout=10_000)
    assert sync_button.text() == "Sync now"


def test_a_language_picked_at_login_is_remembered_and_sent_to_the_server(qtbot, make_window, seeded_folder):
    window = make_window()
    window.translations.default = "en"
    page = window.login_page
    page.person_button(AMINA).click()
    assert page.pin_languages.current == "en"
    page.pin_languages.buttons["hi"].click()
    qtbot.waitUntil(lambda: page.login_button.text() == translated("hi", "LoginPage", "Log in"))
    assert page.pin_languages.buttons["hi"].text().endswith("हिन्दी") and page.pin_languages.buttons["hi"].isChecked()
    assert page.pin_field.hasFocus()  # she can type her PIN straight away
    page.pin_field.setText(PIN)
    with qtbot.waitSignal(window.session_started, timeout=10_000):
        page.login_button.click()
    assert window.session.home.start_button.text() == translated("hi", "HomePage", "Start next task")
    qtbot.waitUntil(lambda: preference_rows(seeded_folder)[0] == [(AMINA, "hi")], timeout=10_000)
    assert preference_rows(seeded_folder)[1] == [{"user_id": AMINA, "language": "hi"}]

    window.session.end("switch_user")
    qtbot.waitUntil(lambda: grid_shows(window, "en"), timeout=10_000)
    # Next time her card already knows: the PIN page comes up in Hindi without a pick, and nothing is re-sent.
    page.person_button(AMINA).click()
    qtbot.waitUntil(lambda: page.login_button.text() == translated("hi", "LoginPage", "Log in"))
    page.pin_field.setText(PIN)
    with qtbot.waitSignal(window.session_started, timeout=10_000):
        page.login_button.click()
    assert window.session.user.language == "hi"
    assert len(preference_rows(seeded_folder)[1]) == 1


def test_the_grid_can_be_shown_in_another_language_until_the_screen_locks(qtbot, make_window, speakers_folder):
    window = make_window(speakers_folder)
    window.translations.default = "en"
    page = window.login_page
    page.grid_languages.buttons["sw"].click()
    qtbot.waitUntil(lambda: grid_shows(window, "sw"))
    assert page.person_button(AMINA).text().endswith(translated("sw", "Roles", "Worker"))
    # Priya has her own language; "This is not me" brings back the grid's.
    page.person_button(PRIYA).click()
    qtbot.waitUntil(lambda: page.pin_languages.current == "bn"
                    and page.login_button.text() == translated("bn", "LoginPage", "Log in"))
    page.back_button.click()
    qtbot.waitUntil(lambda: grid_shows(window, "sw") and page.stack.currentIndex() == 0)
    # Amina has none: she logs in in Swahili, the language she picked on the grid, and it is kept for her.
    log_in_as(qtbot, window, AMINA)
    assert window.session.user.language == "sw"
    assert window.session.home.switch_button.text() == translated("sw", "HomePage", "Switch user")
    qtbot.waitUntil(lambda: preference_rows(speakers_folder)[0] == [(AMINA, "sw")], timeout=10_000)
    window.lock()
    qtbot.waitUntil(lambda: grid_shows(window, "en"), timeout=10_000)


def test_a_typed_pin_and_a_wrong_pin_message_survive_a_language_switch(qtbot, make_window):
    window = make_window()
    page = window.login_page
    page.person_button(AMINA).click()
    page.pin_field.setText("999999")
    page.login_button.click()
    qtbot.waitUntil(lambda: "more tries" in page.error.text(), timeout=10_000)
    message = page.error.text()
    page.pin_field.setText("12")
    page.pin_languages.buttons["bn"].click()
    qtbot.waitUntil(lambda: page.login_button.text() == translated("bn", "LoginPage", "Log in"))
    assert page.stack.currentIndex() == 1 and page.chosen is not None and page.chosen.id == AMINA
    assert page.pin_field.text() == "12" and page.error.text() == message
    assert page.login_button.isEnabled()
