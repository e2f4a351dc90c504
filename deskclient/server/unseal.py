"""Opening sealed push bodies (``{"sealed": ...}``, see ``deskclient.domain.sealed``) before they are applied.

PCs seal results and skip notes to this server's public key, so the server reads them even when the
PC lost its own key. An item that does not open (changed bytes, sealed to another server's key) is
answered "rejected" with ``sealed_body_unreadable``; it never blocks the items after it.
"""

from __future__ import annotations

import logging

from sqlalchemy.orm import Session

from deskclient.domain import sealed
from deskclient.protocol import wire
from deskclient.server.meta import sealing_private_key

log = logging.getLogger(__name__)
#: Key of the body that stands for a sealed body that did not open (then refused by ``apply``).
UNREADABLE = "sealed_unreadable"
REASON = "sealed_body_unreadable"


def open_items(session: Session, items: list[wire.PushItem]) -> list[wire.PushItem]:
    """``items`` with every sealed body opened; plain bodies (older PCs, plain topics) as they are."""
    if not any(sealed.is_sealed(item.body) for item in items):
        return items
    private = sealing_private_key(session)
    opened: list[wire.PushItem] = []
    for item in items:
        if not sealed.is_sealed(item.body):
            opened.append(item)
            continue
        try:
            if private is None:
                raise sealed.SealError("this server has no sealing key")
            body = sealed.open_for_server(item.body, private, item_id=item.id, topic=item.topic)
        except sealed.SealError as error:
            log.warning("push item %s (%s): sealed body does not open: %s", item.id, item.topic, error)
            body = {UNREADABLE: str(error)}
        opened.append(item.model_copy(update={"body": body}))
    return opened
