"""Translated names of the codes that the domain uses (kinds, priorities, choices); numbers and dates.

Numbers, dates and times always go through the default :class:`QLocale`, which
:class:`deskclient.ui.i18n.Translations` sets to the language of the person at the PC: Bengali
gets Bengali digits (১২৩), Hindi the Indian grouping (1,23,456), English day/month/year.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from deskclient.domain.kinds.base import Choice, FieldSpec


def translate_label(context: str, text: str) -> str:
    """Translate an English label that the domain marked with ``QT_TRANSLATE_NOOP(context, text)``."""
    return QCoreApplication.translate(context, text)


def role_label(role: str) -> str:
    labels = {
        "worker": QCoreApplication.translate("Roles", "Worker"),
        "supervisor": QCoreApplication.translate("Roles", "Supervisor"),
        "trainer": QCoreApplication.translate("Roles", "Trainer"),
        "center_admin": QCoreApplication.translate("Roles", "Center manager"),
    }
    return labels.get(role, role)


def kind_label(code: str) -> str:
    from deskclient.domain.kinds import find_kind  # not needed for the login window: imported on first use

    kind = find_kind(code)
    return translate_label(kind.code, kind.label) if kind else code


def priority_label(code: str) -> str:
    from deskclient.domain.kinds.support_ticket import PRIORITIES

    for choice in PRIORITIES:
        if choice.code == code:
            return translate_label("support_ticket", choice.label)
    return code


def field_label(kind_code: str, spec: FieldSpec) -> str:
    return translate_label(kind_code, spec.label)


def choice_label(kind_code: str, choice: Choice) -> str:
    return translate_label(kind_code, choice.label)


def format_number(value: int) -> str:
    """A whole number in the user's locale (digits and grouping): ``1,234`` / ``১,২৩৪`` / ``1,23,456``."""
    return QLocale().toString(value)


def format_two_digits(value: int) -> str:
    """``0``-``99`` with a leading zero, in the user's digits (the ``05`` of ``3 min 05 s``)."""
    locale = QLocale()
    return locale.toString(value).rjust(2, locale.zeroDigit())


def format_datetime(moment: datetime | None, long: bool = False) -> str:
    """A date and time in the user's locale and the PC's time zone; an em dash for none."""
    if moment is None:
        return "—"
    local = QDateTime.fromMSecsSinceEpoch(int(moment.timestamp() * 1000))
    return QLocale().toString(local, QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat)
