"""Factories for tests: people, tickets, a clock the test moves by hand."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from keyring.backend import KeyringBackend

from deskclient.domain.credentials import ScryptParams, make_verifier
from deskclient.services.context import ServiceContext
from deskclient.services.intake import IncomingTask, IntakeService

#: Cheap scrypt parameters for tests: the format and code path are the real ones.
FAST_PARAMS = ScryptParams(n=2**4, r=8, p=1)
CENTER_ID = "center-test"
PIN = "482913"


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2026, 11, 25, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += timedelta(**kwargs)


def add_person(ctx: ServiceContext, name: str, role: str = "worker", pin: str = PIN) -> str:
    user_id = f"user-{name.lower().replace(' ', '-')}"
    IntakeService(ctx).upsert_user(user_id=user_id, center_id=CENTER_ID, username=name.lower(),
                                   display_name=name, role=role, verifier=make_verifier(pin, FAST_PARAMS))
    return user_id


def ticket(subject: str = "Cannot log in", **overrides: object) -> IncomingTask:
    payload = {"subject": subject, "body": "Hello, I cannot log in to my account since yesterday.",
               "customer_name": "Asha Mwangi", "customer_email": "asha@example.com",
               "customer_phone": "+254 700 000 001", "product": "PesaPlus app", "channel": "email",
               "language": "en"}
    fields: dict[str, object] = {"id": str(uuid.uuid4()), "kind": "support_ticket", "payload": payload}
    fields.update(overrides)
    return IncomingTask(**fields)  # type: ignore[arg-type]


def add_tickets(ctx: ServiceContext, count: int, **overrides: object) -> list[str]:
    tasks = [ticket(f"Ticket {n}", **overrides) for n in range(count)]
    IntakeService(ctx).import_tasks(CENTER_ID, "test batch", tasks)
    return [task.id for task in tasks]


GOOD_ANSWER = {"category": "account_access", "priority": "normal", "resolution_code": "password_reset",
               "reply_text": "Dear Asha, we have sent you a reset link."}



class MemoryKeyring(KeyringBackend):
    """A keyring that forgets everything at the end of the test (never the developer's real one)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)
