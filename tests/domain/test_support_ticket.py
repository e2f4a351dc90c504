"""The support-ticket kind: what a ticket must carry and what an answer must contain."""

from __future__ import annotations

from typing import Any

import pytest

from deskclient.domain.kinds import KNOWN_KINDS, find_kind
from deskclient.domain.kinds.base import FieldError
from deskclient.domain.kinds.support_ticket import SUPPORT_TICKET
from tests.factories import GOOD_ANSWER, ticket


def payload(**changes: Any) -> dict[str, Any]:
    values = dict(ticket().payload)
    values.update(changes)
    return {key: value for key, value in values.items() if value is not None}


def answer(**changes: Any) -> dict[str, Any]:
    values: dict[str, Any] = dict(GOOD_ANSWER)
    values.update(changes)
    return {key: value for key, value in values.items() if value is not None}


def codes(errors: list[FieldError]) -> set[tuple[str, str]]:
    return {(error.field, error.code) for error in errors}


def test_registry() -> None:
    assert find_kind("support_ticket") is SUPPORT_TICKET
    assert find_kind("data_labelling") is None
    assert set(KNOWN_KINDS) == {"support_ticket"}


def test_factory_ticket_and_good_answer_are_valid() -> None:
    assert SUPPORT_TICKET.validate_payload(payload()) == []
    assert SUPPORT_TICKET.validate_result(answer()) == []
    assert SUPPORT_TICKET.validate_result(answer(escalated=False, internal_note="checked the logs")) == []


def test_required_payload_fields() -> None:
    assert codes(SUPPORT_TICKET.validate_payload({})) == {("subject", "required"), ("body", "required")}
    assert codes(SUPPORT_TICKET.validate_payload(payload(subject=""))) == {("subject", "required")}


def test_optional_payload_fields_may_be_missing() -> None:
    minimal = {"subject": "Help", "body": "My phone will not charge."}
    assert SUPPORT_TICKET.validate_payload(minimal) == []


def test_required_result_fields() -> None:
    errors = SUPPORT_TICKET.validate_result({})
    assert codes(errors) == {("category", "required"), ("priority", "required"),
                             ("resolution_code", "required"), ("reply_text", "required")}


@pytest.mark.parametrize("field", ["category", "priority", "resolution_code"])
def test_choice_must_be_a_known_code(field: str) -> None:
    errors = SUPPORT_TICKET.validate_result(answer(**{field: "Account Access"}))
    assert errors == [FieldError(field, "not_a_choice", {"value": "Account Access"})]


def test_channel_choice_in_payload() -> None:
    assert codes(SUPPORT_TICKET.validate_payload(payload(channel="fax"))) == {("channel", "not_a_choice")}
    assert SUPPORT_TICKET.validate_payload(payload(channel="phone_transcript")) == []


@pytest.mark.parametrize("email", ["asha@example.com", "a.b+c@mail.example.co.ke"])
def test_good_email(email: str) -> None:
    assert SUPPORT_TICKET.validate_payload(payload(customer_email=email)) == []


@pytest.mark.parametrize("email", ["asha", "asha@example", "asha @example.com", "@example.com", "a@b@c.com"])
def test_bad_email(email: str) -> None:
    assert codes(SUPPORT_TICKET.validate_payload(payload(customer_email=email))) == {
        ("customer_email", "not_an_email")}


@pytest.mark.parametrize("phone", ["+254 700 000 001", "(022) 555-0100", "0700.000.001", "12345"])
def test_good_phone(phone: str) -> None:
    assert SUPPORT_TICKET.validate_payload(payload(customer_phone=phone)) == []


@pytest.mark.parametrize("phone", ["call me", "1234", "+254 700 000 001 ext 5", "+" + "1" * 30])
def test_bad_phone(phone: str) -> None:
    assert codes(SUPPORT_TICKET.validate_payload(payload(customer_phone=phone))) == {
        ("customer_phone", "not_a_phone")}


def test_unknown_field_is_an_error_so_nothing_is_silently_lost() -> None:
    assert codes(SUPPORT_TICKET.validate_result(answer(sentiment="angry"))) == {("sentiment", "unknown_field")}
    assert codes(SUPPORT_TICKET.validate_payload(payload(order_no="A1"))) == {("order_no", "unknown_field")}


def test_wrong_types() -> None:
    errors = SUPPORT_TICKET.validate_result(answer(reply_text=42, escalated="yes"))
    assert codes(errors) == {("reply_text", "not_text"), ("escalated", "not_a_flag")}


def test_too_long() -> None:
    errors = SUPPORT_TICKET.validate_result(answer(reply_text="x" * 20_001))
    assert errors == [FieldError("reply_text", "too_long", {"max": 20_000})]
    assert SUPPORT_TICKET.validate_result(answer(reply_text="x" * 20_000)) == []


def test_escalation_relaxes_resolution_and_reply_only() -> None:
    escalation = {"category": "security", "priority": "urgent", "escalated": True,
                  "internal_note": "Possible fraud, needs tier 2."}
    assert SUPPORT_TICKET.validate_result(escalation) != []
    assert SUPPORT_TICKET.validate_result(escalation, escalating=True) == []
    # Category and priority are still required, and bad values are still refused.
    errors = SUPPORT_TICKET.validate_result({"resolution_code": "bogus"}, escalating=True)
    assert codes(errors) == {("category", "required"), ("priority", "required"),
                             ("resolution_code", "not_a_choice")}


@pytest.mark.parametrize("blank", [" ", "   \n\t "])
def test_whitespace_only_is_missing_for_required_fields(blank: str) -> None:
    assert codes(SUPPORT_TICKET.validate_result(answer(reply_text=blank))) == {("reply_text", "required")}


def test_title_and_template_variables() -> None:
    values = payload(subject="Cannot log in")
    assert SUPPORT_TICKET.title(values) == "Cannot log in"
    assert SUPPORT_TICKET.title({}) == ""
    variables = SUPPORT_TICKET.template_variables({"subject": "S", "customer_name": "Asha"})
    assert variables["customer_name"] == "Asha"
    assert variables["product"] == ""
    assert set(variables) == {spec.name for spec in SUPPORT_TICKET.payload_fields}


def test_result_field_lookup() -> None:
    assert SUPPORT_TICKET.result_field("category").choice_codes() >= {"account_access", "other"}
    with pytest.raises(KeyError):
        SUPPORT_TICKET.result_field("nope")


def test_every_choice_code_is_unique_and_labelled() -> None:
    for spec in SUPPORT_TICKET.payload_fields + SUPPORT_TICKET.result_fields:
        assert len(spec.choice_codes()) == len(spec.choices)
        assert all(choice.label for choice in spec.choices)
