"""Reading rows back the way the app stored them, for the service tests."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from deskclient.services.context import ServiceContext
from deskclient.store import sealing
from deskclient.store.models import Base, OutboxItem


def count(context: ServiceContext, model: type[Base], *where: Any) -> int:
    with context.database.read() as session:
        return session.scalar(select(func.count()).select_from(model).where(*where)) or 0


def outbox(context: ServiceContext, topic: str | None = None) -> list[tuple[str, str, dict[str, Any]]]:
    """(id, topic, body) of every outbox row, oldest first (sealed bodies opened with the PC's key)."""
    cipher = sealing.cipher_for(context.database)
    with context.database.read() as session:
        statement = select(OutboxItem).order_by(OutboxItem.seq)
        if topic is not None:
            statement = statement.where(OutboxItem.topic == topic)
        return [(row.id, row.topic, cipher.open_outbox(row.topic, row.id, row.body_json))
                for row in session.scalars(statement)]


def opened(context: ServiceContext, column: str, row_id: str, stored: str) -> Any:
    """A value sealed at rest (``deskclient.store.sealing``), opened with the PC's key; JSON decoded."""
    import json

    text = sealing.cipher_for(context.database).open_text(column, row_id, stored)
    return json.loads(text) if column != sealing.SKIP_NOTE else text
