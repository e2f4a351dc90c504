"""The languages the app ships, by code (the UI knows their names and fonts; the services only the codes)."""

from __future__ import annotations

#: In the order the language buttons show them.
SHIPPED_LANGUAGES = ("en", "bn", "hi", "sw")


def shipped_language(code: str | None) -> str | None:
    """``code`` when the app ships it (``bn_IN`` and ``bn-BD`` count as ``bn``), else None."""
    if not code:
        return None
    base = code.replace("-", "_").split("_", 1)[0].lower()
    return base if base in SHIPPED_LANGUAGES else None
