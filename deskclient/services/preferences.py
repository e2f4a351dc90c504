"""What a person chose on a shared PC: their language, kept here and told to the server."""

from __future__ import annotations

from sqlalchemy import select

from deskclient.domain.languages import shipped_language
from deskclient.domain.views import LoggedInUser
from deskclient.services.context import ServiceContext
from deskclient.services.permissions import ALL_ROLES, allowed_roles, before_login
from deskclient.store.models import User, UserPreference
from deskclient.store.outbox import enqueue

#: Outbox topic the server applies to ``users.language`` (so the person's other PCs learn it).
PREFERENCES_TOPIC = "user.preferences"


class PreferencesService:
    """A person's language: their choice on this PC first, else the one the server has for them."""

    def __init__(self, context: ServiceContext) -> None:
        self.context = context

    @before_login  # the login grid and PIN page show each person in their language
    def language(self, user_id: str) -> str | None:
        """The language ``user_id`` works in (a shipped code), or None when nobody chose one."""
        with self.context.database.read() as session:
            row = session.execute(
                select(UserPreference.language, User.language)
                .select_from(User)
                .outerjoin(UserPreference, UserPreference.user_id == User.id)
                .where(User.id == user_id)
            ).one_or_none()
        if row is None:
            return None
        chosen, from_server = row
        return shipped_language(chosen) or shipped_language(from_server)

    @allowed_roles(*ALL_ROLES, during_secret_change=True)
    def set_language(self, user: LoggedInUser, language: str) -> bool:
        """Remember ``language`` for ``user`` and queue it for the server; False when it already was theirs.

        Raises ValueError for a language the app does not ship (the UI only offers shipped ones).
        """
        code = shipped_language(language)
        if code is None or code != language:
            raise ValueError(f"not a shipped language: {language!r}")
        user_id = user.id
        now = self.context.now()
        with self.context.database.write() as session:
            preference = session.get(UserPreference, user_id)
            row = session.get(User, user_id)
            if row is None:
                raise ValueError(f"no such person on this PC: {user_id!r}")
            current = preference.language if preference is not None else row.language
            if shipped_language(current) == code:
                return False
            if preference is None:
                session.add(UserPreference(user_id=user_id, language=code, updated_at=now))
            else:
                preference.language = code
                preference.updated_at = now
            enqueue(session, PREFERENCES_TOPIC, {"user_id": user_id, "language": code}, user_id=user_id, now=now)
        return True
