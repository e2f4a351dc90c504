"""Encryption at rest: no customer's name, e-mail or phone number in the database's bytes, its WAL or a backup.

The work is done through the real services (claim, autosave, submit with a canned reply naming the
customer, skip with a note holding the phone, escalate), then the files are read as raw bytes, as
someone who copied them would. Also: a lost key, tampered bytes, and the plaintext of an older version.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from contextlib import closing
from pathlib import Path

import pytest

from deskclient.domain.problems import TASK_UNREADABLE, Problem
from deskclient.domain.templates import fill_template
from deskclient.domain.views import LoggedInUser
from deskclient.paths import DataFolder
from deskclient.services.context import ServiceContext, open_context
from deskclient.services.housekeeping import HousekeepingService
from deskclient.services.intake import IncomingTask, IntakeService
from deskclient.services.startup import prepare_database
from deskclient.services.work import WorkService
from deskclient.store import sealing
from deskclient.store.backup import backup_database, list_backups
from tests.factories import CENTER_ID, FakeClock, MemoryKeyring

CUSTOMERS = (
    # (name, e-mail, phone): distinctive, so a hit in the bytes cannot be a coincidence.
    ("Zebulon Quackenbush", "zebulon.quackenbush@mailbox.example", "+254 799 123 457"),
    ("Ngozi Ọkọnkwọ-Adébáyọ̀", "ngozi.okonkwo@inbox.example.org", "+234 803 555 0199"),
    ("অনন্যা চট্টোপাধ্যায়", "ananya.chatto@example.in", "+91 98300 44112"),
    ("Þórunn Ægisdóttir", "thorunn.aegis@example.is", "+354 611 2233"),
)
SKIP_NOTE = "Customer asked to be called back on {phone} after six"


def seeded_values() -> list[str]:
    return [value for customer in CUSTOMERS for value in customer]


def forms(value: str) -> list[bytes]:
    """The ways a value can sit in the files: UTF-8 as is, and JSON's \\uXXXX escapes."""
    found = {value.encode(), json.dumps(value).strip('"').encode(), json.dumps(value, ensure_ascii=False).encode()}
    return sorted(found)


def leaks(paths: Iterable[Path], values: Iterable[str]) -> list[str]:
    hits = []
    for path in paths:
        data = path.read_bytes() if path.exists() else b""
        for value in values:
            for form in forms(value):
                if form in data:
                    hits.append(f"{path.name}: {form!r}")
    return hits


def tickets() -> list[IncomingTask]:
    return [IncomingTask(id=f"task-{n}", kind="support_ticket", external_id=f"EXT-{n}", payload={
        "subject": f"Cannot log in to the app ({n})", "customer_name": name, "customer_email": email,
        "customer_phone": phone, "product": "PesaPlus app", "channel": "email", "language": "en",
        "body": f"Hello, this is {name}. Reach me at {email} or {phone}. I cannot log in since yesterday."})
        for n, (name, email, phone) in enumerate(CUSTOMERS)]


def files_of(folder: DataFolder) -> list[Path]:
    return [folder.database, Path(f"{folder.database}-wal"), *list_backups(folder.backups)]


def do_the_days_work(context: ServiceContext, amina: LoggedInUser) -> None:
    IntakeService(context).import_tasks(CENTER_ID, "batch", tickets())
    work = WorkService(context)
    # 1: claimed, autosaved, submitted with a canned reply that names the customer.
    first = work.next_task(amina)
    reply = fill_template("Hello {customer_name},\n\nWe have reset your password; a link went to {email}.",
                          {"customer_name": first.payload["customer_name"], "email": first.payload["customer_email"]})
    work.save_draft(amina, first.task_id, {"reply_text": reply[:30]}, active_ms=5_000)
    work.save_draft(amina, first.task_id, {"reply_text": reply, "category": "account_access"}, active_ms=10_000)
    work.submit(amina, first.task_id, {"category": "account_access", "priority": "normal",
                                       "resolution_code": "password_reset", "reply_text": reply}, active_ms=60_000)
    # 2: skipped with a note holding the phone number.
    second = work.next_task(amina)
    work.save_draft(amina, second.task_id, {"internal_note": second.payload["customer_name"]}, active_ms=2_000)
    work.skip(amina, second.task_id, "other", SKIP_NOTE.format(phone=second.payload["customer_phone"]),
              active_ms=4_000)
    # 3: escalated with an internal note naming the customer and the e-mail.
    third = work.next_task(amina)
    work.escalate(amina, third.task_id, {"category": "security", "priority": "urgent", "internal_note":
                  f"{third.payload['customer_name']} ({third.payload['customer_email']}) reports fraud"},
                  active_ms=30_000)
    # 4: still being worked on: a draft with the customer's name is on the PC.
    fourth = work.next_task(amina)
    work.save_draft(amina, fourth.task_id, {"reply_text": f"Dear {fourth.payload['customer_name']},"},
                    active_ms=7_000)


def test_no_customer_data_in_the_database_its_wal_or_its_backups(context: ServiceContext,
                                                                  amina: LoggedInUser) -> None:
    do_the_days_work(context, amina)
    HousekeepingService(context).back_up()
    backup_database(context.folder.database, context.folder.backups, label="manual")
    paths = files_of(context.folder)
    assert Path(f"{context.folder.database}-wal").stat().st_size > 0  # the WAL holds recent pages: checked too
    assert len(list_backups(context.folder.backups)) == 2
    assert leaks(paths, seeded_values()) == []
    # The check can see: the subjects (left plain for the queue list) are there.
    assert leaks([context.folder.database, Path(f"{context.folder.database}-wal")],
                 ["Cannot log in to the app (0)"]) != []
    # And the app still reads everything back.
    work = WorkService(context)
    held = work.open_task(amina, "task-3")
    assert held.payload["customer_name"] == CUSTOMERS[3][0]
    assert held.draft == {"reply_text": f"Dear {CUSTOMERS[3][0]},"}


def test_a_value_moved_to_another_row_or_changed_does_not_open(context: ServiceContext,
                                                               amina: LoggedInUser) -> None:
    IntakeService(context).import_tasks(CENTER_ID, "batch", tickets()[:2])
    with closing(sqlite3.connect(context.folder.database)) as connection:
        first, second = (row[0] for row in connection.execute(
            "SELECT payload_json FROM tasks ORDER BY id"))
        assert first.startswith(sealing.PREFIX) and second.startswith(sealing.PREFIX)
        # Swap the two payloads (associated data binds each to its row) ...
        connection.execute("UPDATE tasks SET payload_json = ? WHERE id = 'task-1'", (first,))
        # ... and flip one bit of another's ciphertext.
        connection.commit()
    cipher = sealing.cipher_for(context.database)
    with pytest.raises(sealing.Unreadable):
        cipher.open_text(sealing.PAYLOAD, "task-1", first)
    tampered = first[:-6] + ("A" if first[-6] != "A" else "B") + first[-5:]
    with pytest.raises(sealing.Unreadable):
        cipher.open_text(sealing.PAYLOAD, "task-0", tampered)
    assert cipher.open_json(sealing.PAYLOAD, "task-0", first)["customer_name"] == CUSTOMERS[0][0]
    # The worker who gets the moved one is told calmly, not shown a traceback.
    work = WorkService(context)
    claimed = work.next_task(amina)  # task-0, intact
    assert claimed.task_id == "task-0"
    with pytest.raises(Problem) as caught:
        work.next_task(amina)
    assert caught.value.code == TASK_UNREADABLE and caught.value.params["task_id"] == "task-1"
    with pytest.raises(Problem) as again:
        work.open_task(amina, "task-1")
    assert again.value.code == TASK_UNREADABLE


def test_key_kept_in_the_keyring_not_beside_the_database(context: ServiceContext,
                                                         memory_keyring: MemoryKeyring) -> None:
    sealing.cipher_for(context.database)
    names = [name for (_service, name) in memory_keyring.secrets if name.startswith("data-key:")]
    assert len(names) == 1
    assert not (context.folder.root / sealing.KEY_FILE).exists()


def test_without_a_keyring_the_key_is_a_file_only_this_user_reads(folder: DataFolder, clock: FakeClock,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from deskclient.store import keystore

    monkeypatch.setattr(keystore, "keyring_usable", lambda: False)
    outcome = prepare_database(folder)
    assert outcome.data_key_in_file and not outcome.data_key_lost
    key_file = folder.root / sealing.KEY_FILE
    assert key_file.exists() and key_file.stat().st_mode & 0o077 == 0
    context = open_context(folder, clock=clock)
    try:
        IntakeService(context).add_center(CENTER_ID, "Test Center")
        IntakeService(context).import_tasks(CENTER_ID, "batch", tickets()[:1])
        assert leaks([folder.database, Path(f"{folder.database}-wal")], seeded_values()) == []
    finally:
        context.database.dispose()


def test_the_demo_never_puts_a_customer_in_a_subject() -> None:
    """Subjects stay plain (the queue list shows them): the generator must keep people out of them."""
    from deskclient.demo.content import generate_tickets

    for ticket in generate_tickets(400, seed=11):
        subject = str(ticket.payload["subject"]).lower()
        for field in ("customer_name", "customer_email", "customer_phone"):
            value = str(ticket.payload.get(field) or "").lower()
            assert not value or value not in subject, (field, subject)
        first_name = str(ticket.payload.get("customer_name") or "x y").split()[0].lower()
        assert f" {first_name} " not in f" {subject} ", subject
