r"""Text that comes from customers (ticket subjects, bodies, names): shown inertly, stored unchanged.

Two concerns, kept apart:

- ``clean_for_storage``: the one change ever made before storing, because SQLite (through
  Python's ``sqlite3``) cannot encode a lone UTF-16 surrogate (``"\ud800"`` escaped, what invalid UTF-8
  becomes in JSON): each is replaced by U+FFFD, and the count is reported so the PC can say so.
  Everything else (markup, NUL, bidi controls, SQL-looking text) is kept exactly as it arrived.
- ``display_text``: what the screen shows. Bidi embedding, override and isolate controls are
  made visible (``[U+202E]``) so they cannot reorder the text after them or the UI around it;
  other control characters become their visible Control Pictures (NUL -> U+2400); a single-line
  field is shortened, and wrapped in a first-strong isolate when composed into other text; a very
  long line is shown broken into paragraphs of ``MAX_PARAGRAPH`` characters. Rich text is never involved: the
  widgets are set to plain text, so ``<b>``, ``<script>`` and ``<img src=...>`` are just characters.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

REPLACEMENT = "\ufffd"
FIRST_STRONG_ISOLATE = "\u2068"
POP_DIRECTIONAL_ISOLATE = "\u2069"
#: LRE, RLE, PDF, LRO, RLO and LRI, RLI, FSI, PDI: they can reorder everything after them.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
SINGLE_LINE_LIMIT = 300
#: Longer lines are shown broken (display only): Qt lays out a paragraph whole, and one line of 1 MB
#: without a space takes minutes; paragraphs of this size lay out lazily in milliseconds.
MAX_PARAGRAPH = 10_000

_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x80-\x9f\u202a-\u202e\u2066-\u2069]")
_LINE_BREAKS = re.compile("\r\n|[\r\u2028\u2029\x85]")


def clean_for_storage(value: Any) -> tuple[Any, int]:
    """``value`` (str, list or mapping, nested) with lone surrogates replaced; and how many were."""
    if isinstance(value, str):
        cleaned, count = _SURROGATE.subn(REPLACEMENT, value)
        return cleaned, count
    if isinstance(value, Mapping):
        total = 0
        result: dict[Any, Any] = {}
        for key, item in value.items():
            key, key_count = clean_for_storage(key)
            item, item_count = clean_for_storage(item)
            result[key] = item
            total += key_count + item_count
        return result, total
    if isinstance(value, list | tuple):
        total = 0
        items = []
        for item in value:
            item, count = clean_for_storage(item)
            items.append(item)
            total += count
        return (items if isinstance(value, list) else tuple(items)), total
    return value, 0


def has_damaged_text(value: Any) -> bool:
    """True when ``value`` holds U+FFFD: characters that were damaged before they reached this PC."""
    if isinstance(value, str):
        return REPLACEMENT in value
    if isinstance(value, Mapping):
        return any(has_damaged_text(item) for item in value.values())
    if isinstance(value, list | tuple):
        return any(has_damaged_text(item) for item in value)
    return False


def _visible(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)  # Control Pictures: NUL -> ␀, ESC -> ␛
    if code == 0x7F:
        return "\u2421"  # ␡
    return f"[U+{code:04X}]"


def display_text(value: Any, *, single_line: bool = False, limit: int | None = None, isolate: bool = False) -> str:
    """``value`` as inert text for a plain-text widget (see the module's docstring).

    ``isolate``: wrap a single line in FSI ... PDI, for text composed into a longer sentence (a
    widget holding only this text is a paragraph of its own: nothing around it can be reordered).
    """
    text = "" if value is None else str(value)
    text = _SURROGATE.sub(REPLACEMENT, text)
    text = _LINE_BREAKS.sub("\n", text)
    text = _CONTROL.sub(_visible, text)
    if single_line:
        text = " ".join(text.split())
        limit = SINGLE_LINE_LIMIT if limit is None else limit
    elif len(text) > MAX_PARAGRAPH:
        text = "\n".join(_short_lines(text))
    if limit is not None and len(text) > limit:
        text = text[:limit - 1].rstrip() + "…"
    if isolate and single_line and text:
        text = FIRST_STRONG_ISOLATE + text + POP_DIRECTIONAL_ISOLATE
    return text


def _short_lines(text: str) -> list[str]:
    """The lines of ``text``, each longer than ``MAX_PARAGRAPH`` broken (at a space when there is one)."""
    lines: list[str] = []
    for line in text.split("\n"):
        while len(line) > MAX_PARAGRAPH:
            cut = line.rfind(" ", MAX_PARAGRAPH - 200, MAX_PARAGRAPH)
            cut = cut + 1 if cut > 0 else MAX_PARAGRAPH
            lines.append(line[:cut])
            line = line[cut:]
        lines.append(line)
    return lines
