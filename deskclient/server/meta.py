"""The server's epoch: a new one after a restore from backup tells every PC to pull everything again."""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

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


# -- the sealing key: PCs seal outbox bodies to its public half (deskclient.domain.sealed) -----------
SEALING_KEY = "sealing_private_key"


def ensure_sealing_key(database: ServerDatabase) -> str:
    """Make the server's X25519 key pair once; returns the public key (base64) sent to every PC.

    The private key stays in ``server_meta`` (so a restored backup keeps opening what PCs sealed).
    """
    from sqlalchemy.exc import IntegrityError

    from deskclient.domain.sealed import new_server_key, public_key_of

    try:
        with database.transaction() as session:
            row = session.get(ServerMeta, SEALING_KEY)
            if row is None:
                row = ServerMeta(key=SEALING_KEY, value=new_server_key())
                session.add(row)
            private = row.value
    except IntegrityError:  # another server process made it at the same moment: use theirs
        with database.read() as session:
            found = session.get(ServerMeta, SEALING_KEY)
            assert found is not None
            private = found.value
    return public_key_of(private)


def sealing_private_key(session: Session) -> str | None:
    row = session.get(ServerMeta, SEALING_KEY)
    return row.value if row else None
