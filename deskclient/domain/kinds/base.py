"""What a kind of task declares: its fields, their validation and its taxonomy.

A new kind of work (data labelling, say) is one new module here plus one work screen in the UI;
nothing else in the queue, the store or sync needs to learn about it.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for Qt's translation tools without importing Qt; the UI translates it later."""
    del context
    return text


class FieldType(StrEnum):
    """How a field is entered and checked."""

    TEXT = "text"
    MULTILINE = "multiline"
    CHOICE = "choice"
    FLAG = "flag"
    EMAIL = "email"
    PHONE = "phone"


@dataclass(frozen=True)
class Choice:
    """One entry of a taxonomy: a stable code and an English label the UI translates."""

    code: str
    label: str


@dataclass(frozen=True)
class FieldSpec:
    """A payload or result field."""

    name: str
    label: str
    type: FieldType = FieldType.TEXT
    required: bool = False
    choices: tuple[Choice, ...] = ()
    max_length: int = 10_000
    #: Holds a customer's personal data (encrypted at rest and purged after retention later).
    personal: bool = False

    def choice_codes(self) -> frozenset[str]:
        return frozenset(choice.code for choice in self.choices)


@dataclass(frozen=True)
class FieldError:
    """Why one field's value is not acceptable, as a code the UI translates."""

    field: str
    code: str
    params: Mapping[str, Any] = dataclasses.field(default_factory=dict)


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9 ()./-]{5,24}$")


def check_fields(specs: tuple[FieldSpec, ...], values: Mapping[str, Any]) -> list[FieldError]:
    """Check ``values`` against ``specs``; unknown keys are errors too (they would be lost)."""
    errors: list[FieldError] = []
    known = {spec.name for spec in specs}
    errors.extend(FieldError(name, "unknown_field") for name in sorted(set(values) - known))
    for spec in specs:
        value = values.get(spec.name)
        if value is None or (isinstance(value, str) and not value.strip()):
            if spec.required:
                errors.append(FieldError(spec.name, "required"))
            continue
        errors.extend(_check_value(spec, value))
    return errors


def _check_value(spec: FieldSpec, value: Any) -> list[FieldError]:
    if spec.type is FieldType.FLAG:
        return [] if isinstance(value, bool) else [FieldError(spec.name, "not_a_flag")]
    if not isinstance(value, str):
        return [FieldError(spec.name, "not_text")]
    if len(value) > spec.max_length:
        return [FieldError(spec.name, "too_long", {"max": spec.max_length})]
    if spec.type is FieldType.CHOICE and value not in spec.choice_codes():
        return [FieldError(spec.name, "not_a_choice", {"value": value})]
    if spec.type is FieldType.EMAIL and not _EMAIL.match(value):
        return [FieldError(spec.name, "not_an_email")]
    if spec.type is FieldType.PHONE and not _PHONE.match(value):
        return [FieldError(spec.name, "not_a_phone")]
    return []


@dataclass(frozen=True)
class TaskKind:
    """A kind of task: the contract between the queue, the work screen and the server."""

    code: str
    version: int
    label: str
    payload_fields: tuple[FieldSpec, ...]
    result_fields: tuple[FieldSpec, ...]
    #: Payload field shown as the task's title in lists.
    title_field: str
    #: Result fields an escalation may leave empty (the next tier finishes the work).
    optional_when_escalated: frozenset[str] = frozenset()

    def result_field(self, name: str) -> FieldSpec:
        for spec in self.result_fields:
            if spec.name == name:
                return spec
        raise KeyError(name)

    def validate_payload(self, payload: Mapping[str, Any]) -> list[FieldError]:
        return check_fields(self.payload_fields, payload)

    def validate_result(self, result: Mapping[str, Any], *, escalating: bool = False) -> list[FieldError]:
        errors = check_fields(self.result_fields, result)
        if escalating:
            errors = [e for e in errors if not (e.code == "required" and e.field in self.optional_when_escalated)]
        return errors

    def title(self, payload: Mapping[str, Any]) -> str:
        return str(payload.get(self.title_field) or "")

    def template_variables(self, payload: Mapping[str, Any]) -> dict[str, str]:
        """Values a canned response may use; the kind's payload fields by name."""
        return {spec.name: str(payload.get(spec.name) or "") for spec in self.payload_fields}
