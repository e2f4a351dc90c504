"""Sentences for people, from the codes the services report."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from deskclient.domain import problems as p
from deskclient.domain.kinds.base import FieldError
from deskclient.domain.problems import Problem
from deskclient.ui.labels import format_number, format_two_digits

translate = QCoreApplication.translate  # lupdate finds translate("Messages", ...) calls by this name


def describe(problem: Problem) -> str:
    """A calm sentence saying what happened and what to do next."""
    params = problem.params
    code = problem.code
    if code == p.AUTH_WRONG_SECRET:
        left = int(params.get("attempts_left", 0))
        if left > 0:
            return translate("Messages", "That PIN is not right. %n more tries before a short wait.", None, left)
        return translate("Messages", "That PIN is not right.")
    if code == p.AUTH_LOCKED:
        seconds = int(params.get("seconds", 0))
        if seconds >= 60:
            return translate("Messages", "Too many wrong PINs. Please wait %n minute(s) and try again, "
                      "or ask your supervisor.", None, (seconds + 59) // 60)
        return translate("Messages", "Too many wrong PINs. Please wait %n second(s) and try again.", None, seconds)
    messages = {
        p.AUTH_UNKNOWN_USER: translate("Messages", "This person is not known on this PC. Ask your supervisor."),
        p.AUTH_INACTIVE_USER: translate("Messages", "This account is switched off. Ask your supervisor."),
        p.AUTH_ROLE_NOT_ALLOWED: translate("Messages", "Your role cannot do this."),
        p.AUTH_SECRET_CHANGE_REQUIRED: translate("Messages", "Please choose your own PIN first."),
        p.SECRET_PIN_TOO_SHORT: translate("Messages", "A PIN needs at least 6 digits."),
        p.SECRET_PIN_TOO_SIMPLE: translate("Messages", "This PIN is too easy to guess (like 111111, 123456 or "
                                           "121212). Please choose another."),
        p.SECRET_PASSWORD_TOO_SHORT: translate("Messages", "A password needs at least 8 characters, not the same "
                                               "few again and again. Or use a PIN of at least 6 digits."),
        p.SECRET_MISMATCH: translate("Messages", "The two PINs are not the same. Please type them again."),
        p.SECRET_UNCHANGED: translate("Messages", "This is the PIN you have now. Please choose a new one."),
        p.SECRET_RESET_NOT_ALLOWED: translate("Messages", "You cannot reset the PIN of this person. "
                                              "Ask the center admin."),
        p.TASK_NONE_AVAILABLE: translate("Messages", "No tickets are waiting for you right now. Well done!"),
        p.TASK_NOT_FOUND: translate("Messages", "This ticket is no longer on this PC."),
        p.TASK_NOT_YOURS: translate("Messages", "This ticket is no longer yours: it was finished or handed back."),
        p.TASK_ILLEGAL_TRANSITION: translate("Messages", "This ticket cannot do that now."),
        p.TASK_UNKNOWN_KIND: translate("Messages", "This kind of task needs an app update."),
        p.TASK_TOO_MANY_DRAFTS: translate("Messages", "You have %n unfinished tickets. Please finish one first.", None,
                                            int(params.get("limit", 0))),
        p.TASK_UNREADABLE: translate("Messages", "This ticket's text cannot be read on this PC any more. It comes "
                                     "back after the next sync; please open it again then."),
        p.RESULT_INVALID: translate("Messages", "Some answers are missing or not right. They are marked in red."),
        p.REASON_REQUIRED: translate("Messages", "Please write a short reason."),
        p.DISK_FULL: translate("Messages", "The PC's disk is full. Your work is kept as a draft; "
                        "please tell your supervisor."),
        p.DATABASE_BUSY: translate("Messages", "The PC is busy. Please try again in a moment."),
        p.DATABASE_CORRUPT: translate("Messages", "The work file on this PC is damaged."),
        p.STORAGE_FAILED: translate("Messages", "The PC could not save. Your work is kept; please try again."),
    }
    return messages.get(code, translate("Messages", "Something went wrong (%1).").replace("%1", code))


def describe_field_error(error: FieldError) -> str:
    """A short note shown beside a field."""
    notes = {
        "required": translate("Messages", "Required"),
        "not_a_choice": translate("Messages", "Pick one from the list"),
        "too_long": translate("Messages", "Too long"),
        "not_an_email": translate("Messages", "Not an e-mail address"),
        "not_a_phone": translate("Messages", "Not a phone number"),
    }
    return notes.get(error.code, translate("Messages", "Not valid"))


def format_duration(milliseconds: int | None) -> str:
    """``3 min 05 s`` style in the user's digits; an em dash when there is nothing to show."""
    if milliseconds is None:
        return "—"
    seconds = max(0, round(milliseconds / 1000))
    minutes, seconds = divmod(seconds, 60)
    if minutes >= 60:
        hours, minutes = divmod(minutes, 60)
        return translate("Messages", "%1 h %2 min").replace("%1", format_number(hours)).replace(
            "%2", format_two_digits(minutes))
    if minutes:
        return translate("Messages", "%1 min %2 s").replace("%1", format_number(minutes)).replace(
            "%2", format_two_digits(seconds))
    return translate("Messages", "%1 s").replace("%1", format_number(seconds))
