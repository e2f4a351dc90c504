"""Canned responses with variables such as ``{customer_name}``."""

from __future__ import annotations

import string
from collections.abc import Mapping


class _KeepUnknown(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill_template(template: str, variables: Mapping[str, str]) -> str:
    """Fill ``{name}`` placeholders; unknown ones and stray braces are left as written.

    Canned responses are edited by people at the central office: a typo in a placeholder must
    show up in the reply for the worker to fix, never crash the ticket screen.
    """
    values = _KeepUnknown(variables)
    pieces: list[str] = []
    try:
        for literal, name, spec, conversion in string.Formatter().parse(template):
            pieces.append(literal)
            if name is None:
                continue
            if spec or conversion or not name.isidentifier():
                pieces.append("{" + name + (f"!{conversion}" if conversion else "")
                              + (f":{spec}" if spec else "") + "}")
            else:
                pieces.append(values[name])
    except ValueError:
        return template
    return "".join(pieces)


def placeholders(template: str) -> set[str]:
    """Names of the placeholders used in ``template``."""
    try:
        return {name for _, name, _, _ in string.Formatter().parse(template) if name}
    except ValueError:
        return set()
