"""The server's epoch: a new one after a restore from backup tells every PC to pull everything again."""

from __future__ import annotations

import uuid

from deskclient.server.db import ServerDatabase
from deskclient.server.models import ServerMeta

EPOCH_KEY = "epoch"


def ensure_epoch(database: ServerDatabase) -> str:
    with database.transaction() as session:
        row = session.get(ServerMeta, EPOCH_KEY)
        if row is None:
            row = ServerMeta(key=EPOCH_KEY, value=str(uuid.uuid4()))
            session.add(row)
        return row.value


def new_epoch(database: ServerDatabase) -> str:
    """Call after restoring the database from a backup (``deskclient-server new-epoch``)."""
    with database.transaction() as session:
        epoch = str(uuid.uuid4())
        session.merge(ServerMeta(key=EPOCH_KEY, value=epoch))
        return epoch


def read_epoch(database: ServerDatabase) -> str:
    with database.read() as session:
        row = session.get(ServerMeta, EPOCH_KEY)
        return row.value if row else ""
