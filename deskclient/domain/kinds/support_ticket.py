"""The first kind of work: answering a customer's tech-support ticket."""

from __future__ import annotations

from deskclient.domain.kinds.base import Choice, FieldSpec, FieldType, TaskKind, translatable

_C = "support_ticket"


def _choices(*pairs: tuple[str, str]) -> tuple[Choice, ...]:
    return tuple(Choice(code, label) for code, label in pairs)


CATEGORIES = _choices(
    ("account_access", translatable(_C, "Account access")),
    ("billing", translatable(_C, "Billing and payments")),
    ("connectivity", translatable(_C, "Internet and connectivity")),
    ("device_setup", translatable(_C, "Device set-up")),
    ("software_bug", translatable(_C, "App or software fault")),
    ("how_to", translatable(_C, "How-to question")),
    ("hardware_fault", translatable(_C, "Hardware fault")),
    ("security", translatable(_C, "Security or fraud")),
    ("other", translatable(_C, "Other")),
)

PRIORITIES = _choices(
    ("low", translatable(_C, "Low")),
    ("normal", translatable(_C, "Normal")),
    ("high", translatable(_C, "High")),
    ("urgent", translatable(_C, "Urgent")),
)

RESOLUTION_CODES = _choices(
    ("answered", translatable(_C, "Answered with instructions")),
    ("password_reset", translatable(_C, "Password reset sent")),
    ("refund_requested", translatable(_C, "Refund requested")),
    ("replacement_arranged", translatable(_C, "Repair or replacement arranged")),
    ("needs_customer_reply", translatable(_C, "Waiting for the customer")),
    ("duplicate", translatable(_C, "Duplicate ticket")),
    ("no_action", translatable(_C, "No action needed")),
    ("not_reproducible", translatable(_C, "Could not reproduce")),
)

CHANNELS = _choices(
    ("email", translatable(_C, "E-mail")),
    ("chat", translatable(_C, "Chat")),
    ("phone_transcript", translatable(_C, "Phone call")),
    ("web_form", translatable(_C, "Web form")),
)

SUPPORT_TICKET = TaskKind(
    code="support_ticket",
    version=1,
    label=translatable(_C, "Support ticket"),
    title_field="subject",
    optional_when_escalated=frozenset({"resolution_code", "reply_text"}),
    payload_fields=(
        FieldSpec("subject", translatable(_C, "Subject"), required=True, max_length=500),
        FieldSpec("body", translatable(_C, "Message"), FieldType.MULTILINE, required=True,
                  max_length=200_000, personal=True),
        FieldSpec("customer_name", translatable(_C, "Customer"), personal=True, max_length=200),
        FieldSpec("customer_email", translatable(_C, "E-mail"), FieldType.EMAIL, personal=True, max_length=320),
        FieldSpec("customer_phone", translatable(_C, "Phone"), FieldType.PHONE, personal=True, max_length=40),
        FieldSpec("product", translatable(_C, "Product"), max_length=200),
        FieldSpec("channel", translatable(_C, "Channel"), FieldType.CHOICE, choices=CHANNELS),
        FieldSpec("language", translatable(_C, "Language"), max_length=16),
    ),
    result_fields=(
        FieldSpec("category", translatable(_C, "Category"), FieldType.CHOICE, required=True,
                  choices=CATEGORIES),
        FieldSpec("priority", translatable(_C, "Priority"), FieldType.CHOICE, required=True,
                  choices=PRIORITIES),
        FieldSpec("resolution_code", translatable(_C, "Resolution"), FieldType.CHOICE, required=True,
                  choices=RESOLUTION_CODES),
        FieldSpec("reply_text", translatable(_C, "Reply to the customer"), FieldType.MULTILINE,
                  required=True, max_length=20_000),
        FieldSpec("escalated", translatable(_C, "Escalated"), FieldType.FLAG),
        FieldSpec("internal_note", translatable(_C, "Internal note"), FieldType.MULTILINE, max_length=5_000),
    ),
)
