from __future__ import annotations

import re
import string
from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest

from deskclient.demo.content import (
    CANNED_PLACEHOLDERS,
    CATEGORIES,
    CHANNELS,
    LANGUAGES,
    MAX_DUE,
    MIN_DUE,
    PAYLOAD_KEYS,
    PRIORITIES,
    DemoTicket,
    demo_people,
    generate_canned_responses,
    generate_tickets,
)
from deskclient.domain.credentials import secret_policy_problem
from deskclient.domain.kinds.support_ticket import SUPPORT_TICKET

NOW = datetime(2025, 3, 20, 9, 30, tzinfo=UTC)
COUNT = 250


@pytest.fixture(scope="module")
def tickets() -> list[DemoTicket]:
    return generate_tickets(COUNT, seed=7, now=NOW)


def _has(text: str, low: int, high: int) -> bool:
    # The danda and double danda (U+0964, U+0965) end sentences in both Bengali and Hindi.
    return any(low <= ord(char) <= high and char not in "\u0964\u0965" for char in text)


def test_same_seed_gives_same_tickets(tickets: list[DemoTicket]) -> None:
    assert generate_tickets(COUNT, seed=7, now=NOW) == tickets
    assert generate_tickets(COUNT, seed=8, now=NOW) != tickets


def test_shorter_run_is_a_prefix_of_a_longer_one(tickets: list[DemoTicket]) -> None:
    assert generate_tickets(0, now=NOW) == []
    assert generate_tickets(37, now=NOW) == tickets[:37]
    with pytest.raises(ValueError):
        generate_tickets(-1)


def test_taxonomy_is_the_agreed_one() -> None:
    assert set(CATEGORIES) == {"account_access", "billing", "connectivity", "device_setup", "software_bug",
                               "how_to", "hardware_fault", "security", "other"}
    assert PRIORITIES == ("low", "normal", "high", "urgent")
    assert set(CHANNELS) == {"email", "chat", "phone_transcript", "web_form"}
    assert set(LANGUAGES) == {"en", "bn", "hi"}


def test_ids_kind_and_payload(tickets: list[DemoTicket]) -> None:
    assert len(tickets) == COUNT
    assert len({t.external_id for t in tickets}) == COUNT
    for ticket in tickets:
        assert re.fullmatch(r"DEMO-\d{6}", ticket.external_id)
        assert ticket.kind == "support_ticket"
        assert set(ticket.payload) == set(PAYLOAD_KEYS)
        for key, value in ticket.payload.items():
            assert isinstance(value, str) and value.strip(), (ticket.external_id, key)
        assert len(ticket.payload["subject"]) <= 500
    assert hash(tickets[0]) == hash(generate_tickets(1, now=NOW)[0])  # frozen, hashable despite the dict


def test_values_within_the_taxonomy(tickets: list[DemoTicket]) -> None:
    for ticket in tickets:
        assert ticket.priority in PRIORITIES
        assert ticket.payload["channel"] in CHANNELS
        assert ticket.payload["language"] in LANGUAGES
        assert ticket.expected_category in CATEGORIES
    assert {t.expected_category for t in tickets} == set(CATEGORIES)
    assert {t.priority for t in tickets} == set(PRIORITIES)
    assert {t.payload["channel"] for t in tickets} == set(CHANNELS)


def test_tickets_are_varied(tickets: list[DemoTicket]) -> None:
    assert len({t.payload["subject"] for t in tickets}) >= 150
    assert len({t.payload["body"] for t in tickets}) >= 240
    assert len({t.payload["product"] for t in tickets}) >= 8
    assert len({t.payload["customer_name"] for t in tickets}) >= 150
    english = [t.payload["body"] for t in tickets if t.payload["language"] == "en"]
    assert len({body.count(". ") for body in english}) >= 4  # short and long messages


def test_bengali_and_hindi_tickets_in_native_script(tickets: list[DemoTicket]) -> None:
    by_language = Counter(t.payload["language"] for t in tickets)
    assert 0.05 * COUNT <= by_language["bn"] <= 0.15 * COUNT
    assert 0.05 * COUNT <= by_language["hi"] <= 0.15 * COUNT
    for ticket in tickets:
        subject, body = ticket.payload["subject"], ticket.payload["body"]
        if ticket.payload["language"] == "bn":
            assert _has(subject, 0x0980, 0x09FF) and _has(body, 0x0980, 0x09FF)
            assert not _has(body, 0x0900, 0x097F)
        elif ticket.payload["language"] == "hi":
            assert _has(subject, 0x0900, 0x097F) and _has(body, 0x0900, 0x097F)
            assert not _has(body, 0x0980, 0x09FF)
        else:
            assert not _has(subject + body, 0x0900, 0x09FF)


def test_due_dates_are_utc_and_in_range(tickets: list[DemoTicket]) -> None:
    due = [t.due_at for t in tickets if t.due_at is not None]
    assert 0 < len(due) < COUNT
    for when in due:
        assert when.tzinfo is not None and when.utcoffset() == timedelta(0)
        assert MIN_DUE <= when - NOW <= MAX_DUE
    assert (timedelta(hours=2), timedelta(days=5)) == (MIN_DUE, MAX_DUE)


def test_naive_now_is_taken_as_utc() -> None:
    naive = generate_tickets(40, now=NOW.replace(tzinfo=None))
    assert naive == generate_tickets(40, now=NOW)


def test_tricky_text_is_present(tickets: list[DemoTicket]) -> None:
    bodies = [t.payload["body"] for t in tickets]
    assert any("<b>bold</b>" in body or "<b>" in body for body in bodies)
    assert any('<img src="http://example.com/x.png">' in body for body in bodies)
    assert any("<script>" in body for body in bodies)
    assert any(re.search(r"https?://\S+", body) for body in bodies)
    assert any(max(len(line) for line in body.splitlines()) > 300 for body in bodies)


def test_contacts_look_real_but_are_fictional(tickets: list[DemoTicket]) -> None:
    domains = {"example.com", "example.org", "mail.example.net"}
    for ticket in tickets:
        email = ticket.payload["customer_email"]
        assert re.fullmatch(r"[a-z0-9._]+@[a-z.]+", email), email
        assert email.split("@")[1] in domains
        assert re.fullmatch(r"\+[0-9 ()./-]{5,24}", ticket.payload["customer_phone"])
    assert len({t.payload["customer_phone"].split()[0] for t in tickets}) >= 6  # several country codes


def test_payloads_pass_the_support_ticket_kind(tickets: list[DemoTicket]) -> None:
    for ticket in tickets:
        assert SUPPORT_TICKET.validate_payload(ticket.payload) == [], ticket.external_id


def test_canned_responses_format_cleanly() -> None:
    responses = generate_canned_responses()
    assert 12 <= len(responses) <= 20
    assert len({r.code for r in responses}) == len(responses)
    values = {"customer_name": "Asha Nair", "product": "Khana Express", "agent_name": "Priya Das",
              "ticket_subject": "Refund not received yet"}
    for response in responses:
        assert response.title and response.body
        assert response.category is None or response.category in CATEGORIES
        names = {name for _, name, _, _ in string.Formatter().parse(response.body) if name is not None}
        assert names <= CANNED_PLACEHOLDERS, response.code
        filled = response.body.format(**values)
        assert "{" not in filled and "}" not in filled
        assert "Priya Das" in filled and "Asha Nair" in filled
    assert set(values) == CANNED_PLACEHOLDERS
    assert {r.category for r in responses} >= set(CATEGORIES) - {"other"}


def test_people() -> None:
    people = demo_people()
    assert len({p.username for p in people}) == len(people)
    assert Counter(p.role for p in people) == {"worker": 3, "supervisor": 1, "trainer": 1, "center_admin": 1}
    assert len({p.pin for p in people}) == len(people)
    for person in people:
        assert re.fullmatch(r"\d{6}", person.pin)
        assert person.pin not in "0123456789" and person.pin not in "9876543210"
        assert len(set(person.pin)) > 2
        assert secret_policy_problem(person.pin) is None
        assert person.display_name.strip()
