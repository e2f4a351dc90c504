"""A person's language on a shared PC: remembered here, sent to the server, the server's as default."""

from __future__ import annotations

import pytest

from deskclient.domain.credentials import make_verifier
from deskclient.domain.views import LoggedInUser
from deskclient.paths import DataFolder
from deskclient.services.context import ServiceContext
from deskclient.services.intake import IntakeService
from deskclient.services.preferences import PREFERENCES_TOPIC, PreferencesService
from deskclient.store.models import UserPreference
from deskclient.store.roster import read_roster
from tests.factories import CENTER_ID, FAST_PARAMS, PIN, FakeClock, add_person
from tests.services.rows import count, outbox


def add_speaker(context: ServiceContext, name: str, language: str | None) -> str:
    """A person whose language the server already knows (``users.language``)."""
    user_id = f"user-{name.lower().replace(' ', '-')}"
    IntakeService(context).upsert_user(user_id=user_id, center_id=CENTER_ID, username=name.lower(),
                                       display_name=name, role="worker", verifier=make_verifier(PIN, FAST_PARAMS),
                                       language=language)
    return user_id


def person(user_id: str) -> LoggedInUser:
    """``user_id`` logged in (only the logged-in person chooses their language)."""
    return LoggedInUser(id=user_id, display_name=user_id, role="worker", session_id="session")


def test_nobody_chose_a_language_yet(context: ServiceContext) -> None:
    user_id = add_person(context, "Amina Yusuf")
    assert PreferencesService(context).language(user_id) is None
    assert PreferencesService(context).language("user-nobody") is None


def test_the_servers_language_is_the_default(context: ServiceContext) -> None:
    user_id = add_speaker(context, "Priya Das", "bn")
    assert PreferencesService(context).language(user_id) == "bn"


def test_a_choice_is_stored_and_queued_for_the_server(context: ServiceContext, clock: FakeClock,
                                                       folder: DataFolder) -> None:
    user_id = add_speaker(context, "Priya Das", "bn")
    preferences = PreferencesService(context)
    assert preferences.set_language(person(user_id), "hi") is True
    assert preferences.language(user_id) == "hi"
    with context.database.read() as session:
        row = session.get(UserPreference, user_id)
        assert row is not None
        assert (row.language, row.updated_at) == ("hi", clock.now)
    assert [(topic, body) for _id, topic, body in outbox(context, PREFERENCES_TOPIC)] == [
        (PREFERENCES_TOPIC, {"user_id": user_id, "language": "hi"})]
    # The login grid (read before SQLAlchemy, with plain sqlite3) sees the choice too.
    card = next(card for card in read_roster(folder.database) if card.id == user_id)
    assert card.language == "hi"


def test_the_local_choice_wins_over_a_later_pull(context: ServiceContext, folder: DataFolder) -> None:
    user_id = add_speaker(context, "Priya Das", None)
    preferences = PreferencesService(context)
    preferences.set_language(person(user_id), "sw")
    add_speaker(context, "Priya Das", "bn")  # the same person arrives again from the server
    assert preferences.language(user_id) == "sw"
    assert next(card.language for card in read_roster(folder.database) if card.id == user_id) == "sw"


def test_choosing_the_language_one_already_has_writes_nothing(context: ServiceContext, clock: FakeClock) -> None:
    user_id = add_speaker(context, "Priya Das", "bn")
    preferences = PreferencesService(context)
    assert preferences.set_language(person(user_id), "bn") is False
    assert count(context, UserPreference) == 0
    assert preferences.set_language(person(user_id), "en") is True
    clock.advance(minutes=1)
    assert preferences.set_language(person(user_id), "en") is False
    assert preferences.set_language(person(user_id), "bn") is True
    assert [body["language"] for _id, _topic, body in outbox(context, PREFERENCES_TOPIC)] == ["en", "bn"]
    assert count(context, UserPreference) == 1


@pytest.mark.parametrize("language", ["fr", "", "bn_IN", "BN"])
def test_only_shipped_language_codes_are_accepted(context: ServiceContext, language: str) -> None:
    user_id = add_person(context, "Amina Yusuf")
    with pytest.raises(ValueError):
        PreferencesService(context).set_language(person(user_id), language)
    assert outbox(context, PREFERENCES_TOPIC) == []


def test_an_unknown_person_is_refused(context: ServiceContext) -> None:
    with pytest.raises(ValueError):
        PreferencesService(context).set_language(person("user-nobody"), "bn")


def test_the_login_grid_reads_a_file_from_before_preferences(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE users (id TEXT, display_name TEXT, role TEXT, language TEXT, active INT)")
        connection.execute("INSERT INTO users VALUES ('u1', 'Priya Das', 'worker', 'bn', 1)")
    connection.close()
    assert [(card.id, card.language) for card in read_roster(path)] == [("u1", "bn")]
