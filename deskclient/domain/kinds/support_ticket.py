"""The first kind of work: answering a customer's tech-support ticket."""

from __future__ import annotations

from deskclient.domain.kinds.base import QT_TRANSLATE_NOOP, Choice, FieldSpec, FieldType, TaskKind


def _choices(*pairs: tuple[str, str]) -> tuple[Choice, ...]:
    return tuple(Choice(code, label) for code, label in pairs)


CATEGORIES = _choices(
    ("account_access", QT_TRANSLATE_NOOP("support_ticket", "Account access")),
    ("billing", QT_TRANSLATE_NOOP("support_ticket", "Billing and payments")),
    ("connectivity", QT_TRANSLATE_NOOP("support_ticket", "Internet and connectivity")),
    ("device_setup", QT_TRANSLATE_NOOP("support_ticket", "Device set-up")),
    ("software_bug", QT_TRANSLATE_NOOP("support_ticket", "App or software fault")),
    ("how_to", QT_TRANSLATE_NOOP("support_ticket", "How-to question")),
    ("hardware_fault", QT_TRANSLATE_NOOP("support_ticket", "Hardware fault")),
    ("security", QT_TRANSLATE_NOOP("support_ticket", "Security or fraud")),
    ("other", QT_TRANSLATE_NOOP("support_ticket", "Other")),
)

PRIORITIES = _choices(
    ("low", QT_TRANSLATE_NOOP("support_ticket", "Low")),
    ("normal", QT_TRANSLATE_NOOP("support_ticket", "Normal")),
    ("high", QT_TRANSLATE_NOOP("support_ticket", "High")),
    ("urgent", QT_TRANSLATE_NOOP("support_ticket", "Urgent")),
)

RESOLUTION_CODES = _choices(
    ("answered", QT_TRANSLATE_NOOP("support_ticket", "Answered with instructions")),
    ("password_reset", QT_TRANSLATE_NOOP("support_ticket", "Password reset sent")),
    ("refund_requested", QT_TRANSLATE_NOOP("support_ticket", "Refund requested")),
    ("replacement_arranged", QT_TRANSLATE_NOOP("support_ticket", "Repair or replacement arranged")),
    ("needs_customer_reply", QT_TRANSLATE_NOOP("support_ticket", "Waiting for the customer")),
    ("duplicate", QT_TRANSLATE_NOOP("support_ticket", "Duplicate ticket")),
    ("no_action", QT_TRANSLATE_NOOP("support_ticket", "No action needed")),
    ("not_reproducible", QT_TRANSLATE_NOOP("support_ticket", "Could not reproduce")),
)

CHANNELS = _choices(
    ("email", QT_TRANSLATE_NOOP("support_ticket", "E-mail")),
    ("chat", QT_TRANSLATE_NOOP("support_ticket", "Chat")),
    ("phone_transcript", QT_TRANSLATE_NOOP("support_ticket", "Phone call")),
    ("web_form", QT_TRANSLATE_NOOP("support_ticket", "Web form")),
)

SUPPORT_TICKET = TaskKind(
    code="support_ticket",
    version=1,
    label=QT_TRANSLATE_NOOP("support_ticket", "Support ticket"),
    title_field="subject",
    optional_when_escalated=frozenset({"resolution_code", "reply_text"}),
    payload_fields=(
        FieldSpec("subject", QT_TRANSLATE_NOOP("support_ticket", "Subject"), required=True, max_length=500),
        FieldSpec("body", QT_TRANSLATE_NOOP("support_ticket", "Message"), FieldType.MULTILINE, required=True,
                  max_length=200_000, personal=True),
        FieldSpec("customer_name", QT_TRANSLATE_NOOP("support_ticket", "Customer"), personal=True, max_length=200),
        FieldSpec("customer_email", QT_TRANSLATE_NOOP("support_ticket", "E-mail"), FieldType.EMAIL,
                  personal=True, max_length=320),
        FieldSpec("customer_phone", QT_TRANSLATE_NOOP("support_ticket", "Phone"), FieldType.PHONE,
                  personal=True, max_length=40),
        FieldSpec("product", QT_TRANSLATE_NOOP("support_ticket", "Product"), max_length=200),
        FieldSpec("channel", QT_TRANSLATE_NOOP("support_ticket", "Channel"), FieldType.CHOICE, choices=CHANNELS),
        FieldSpec("language", QT_TRANSLATE_NOOP("support_ticket", "Language"), max_length=16),
    ),
    result_fields=(
        FieldSpec("category", QT_TRANSLATE_NOOP("support_ticket", "Category"), FieldType.CHOICE, required=True,
                  choices=CATEGORIES),
        FieldSpec("priority", QT_TRANSLATE_NOOP("support_ticket", "Priority"), FieldType.CHOICE, required=True,
                  choices=PRIORITIES),
        FieldSpec("resolution_code", QT_TRANSLATE_NOOP("support_ticket", "Resolution"), FieldType.CHOICE, required=True,
                  choices=RESOLUTION_CODES),
        FieldSpec("reply_text", QT_TRANSLATE_NOOP("support_ticket", "Reply to the customer"), FieldType.MULTILINE,
                  required=True, max_length=20_000),
        FieldSpec("escalated", QT_TRANSLATE_NOOP("support_ticket", "Escalated"), FieldType.FLAG),
        FieldSpec("internal_note", QT_TRANSLATE_NOOP("support_ticket", "Internal note"), FieldType.MULTILINE,
                  max_length=5_000),
    ),
)
