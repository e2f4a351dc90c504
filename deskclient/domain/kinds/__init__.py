"""The kinds of task this version of the client knows how to work on."""

from __future__ import annotations

from deskclient.domain.kinds.base import TaskKind
from deskclient.domain.kinds.support_ticket import SUPPORT_TICKET

KNOWN_KINDS: dict[str, TaskKind] = {kind.code: kind for kind in (SUPPORT_TICKET,)}


def find_kind(code: str) -> TaskKind | None:
    """The kind named ``code``, or None when this client needs an update to handle it."""
    return KNOWN_KINDS.get(code)
