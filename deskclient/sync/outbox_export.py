"""A PC's unsent work to a file, for when the server no longer accepts the PC (revoked).

The file (``wire.OutboxExport``) holds the pending outbox rows exactly as a push would send them;
the operator applies it with ``deskclient-server import-outbox FILE``, which answers "duplicate"
for anything the server already has. The rows stay pending here: exporting twice, or syncing
after all, never applies anything twice.

The export is audited (``OUTBOX_EXPORTED``), and that audit entry travels in the file itself. The
entry and the file are made in one transaction: a file that could not be written leaves no entry.
"""

from __future__ import annotations

import contextlib
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from deskclient.domain.audit import AuditAction
from deskclient.protocol import wire
from deskclient.services.context import ServiceContext
from deskclient.store import audit, sealing, sync_store
from deskclient.store.models import OutboxItem
from deskclient.sync.engine import as_push_item

if TYPE_CHECKING:
    from deskclient.domain.views import SyncStatus
    from deskclient.sync.client import SyncClient

#: Read in pages, so a large outbox is not one huge query result.
PAGE = 5_000


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    #: Pending items written (the export's own audit entry included).
    items: int
    device_id: str
    center_id: str | None
    #: Sealed items nobody can open any more (this PC's key lost before the server's was known): left out.
    unreadable: int = 0


def export_outbox(context: ServiceContext, path: Path, user_id: str | None = None) -> ExportSummary:
    """Write every pending outbox item to ``path`` (replaced whole, never half-written)."""
    path = Path(path)
    now = context.now()
    cipher = sealing.cipher_for(context.database)  # before the write: it may need one of its own
    unreadable = 0
    with context.database.write() as session:
        waiting, _ = sync_store.counts(session)
        state = sync_store.state(session)
        center_id, center_name = state.center_id, state.center_name
        audit.record(session, AuditAction.OUTBOX_EXPORTED, device_id=context.device_id, user_id=user_id, now=now,
                     subject=path.name[:200], detail={"items": waiting, "file": path.name[:200]})
        items: list[wire.PushItem] = []
        after = 0
        while True:
            rows = list(session.scalars(select(OutboxItem).where(OutboxItem.status == sync_store.PENDING,
                                                                 OutboxItem.seq > after)
                                        .order_by(OutboxItem.seq).limit(PAGE)))
            for row in rows:
                item = as_push_item(row)
                if sealing.sealed_topic(row.topic):
                    # As a push sends it: sealed to the server, without this PC's own wrap.
                    try:
                        body, updated = cipher.wire_body(row.topic, row.id, row.body_json)
                    except sealing.Unreadable:
                        unreadable += 1  # nobody can open it: the next sync sets it aside
                        continue
                    if updated is not None:
                        row.body_json = updated  # kept, as a push keeps it
                    item = item.model_copy(update={"body": body})
                items.append(item)
            if len(rows) < PAGE:
                break
            after = rows[-1].seq
        export = wire.OutboxExport(device_id=context.device_id, center_id=center_id,
                                   center_name=(center_name or "")[:500] or None, created_at=now, items=items)
        _write_atomically(path, export.model_dump_json(indent=1).encode("utf-8"))
    return ExportSummary(path=path, items=len(items), device_id=context.device_id, center_id=center_id,
                         unreadable=unreadable)


def _write_atomically(path: Path, data: bytes) -> None:
    """Written to a side file, flushed to disk, then renamed over ``path``; readable by this user only."""
    partial = path.with_name(path.name + ".partial")
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
    descriptor = os.open(partial, flags, 0o600)
    try:
        with os.fdopen(descriptor, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, path)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise


REVOKED_MESSAGE = ("The center's server has disconnected this PC (its key was revoked), so nothing more can be "
                   "sent or fetched. The work not yet sent is kept: export it with `deskclient export-outbox FILE` "
                   "and give the file to the server's operator (`deskclient-server import-outbox FILE`).")


def is_revoked(status: SyncStatus) -> bool:
    """The last sync was refused because the server revoked this PC."""
    return status.last_error == "revoked"


def revoked_status(status: SyncStatus) -> dict[str, Any]:
    """Keys for ``deskclient status --json``."""
    revoked = is_revoked(status)
    return {"revoked": revoked, "message": REVOKED_MESSAGE if revoked else None,
            "export_command": "deskclient export-outbox FILE" if revoked and status.waiting else None}


def export_outbox_command(client: SyncClient, path: Path) -> int:
    """``deskclient export-outbox FILE``."""
    if path.is_dir():
        print(f"{path} is a folder: give a file name, e.g. {path / 'unsent-work.json'}", file=sys.stderr)
        return 2
    if not path.parent.is_dir():
        print(f"The folder {path.parent} does not exist.", file=sys.stderr)
        return 2
    try:
        summary = export_outbox(client.context, path)
    except OSError as error:
        print(f"The file could not be written ({error.strerror or error}); nothing was exported.", file=sys.stderr)
        return 1
    print(f"Wrote {summary.items} unsent item(s) of device {summary.device_id} to {summary.path}.")
    if summary.unreadable:
        print(f"{summary.unreadable} sealed item(s) could not be opened by anybody any more and were left out.",
              file=sys.stderr)
    print("Give this file to the central server's operator: `deskclient-server import-outbox FILE` applies it "
          "(anything the server already has is skipped). The items stay here too.")
    if not is_revoked(client.status()):
        print("Note: this PC is not disconnected; its next sync sends these items itself.", file=sys.stderr)
    return 0
