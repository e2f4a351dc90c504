"""Applying a PC's exported outbox (``deskclient-server import-outbox FILE``).

The file is checked whole before anything is applied (UTF-8, JSON, the ``OutboxExport`` model in
strict mode, unique item ids, a known device of the same center); then its items go through
``apply_push`` exactly as a push from that device would, revoked or not, so an item the server
already has is answered "duplicate" and nothing is applied twice.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from pydantic import ValidationError

from deskclient.domain.audit import AuditAction
from deskclient.protocol import wire
from deskclient.server import audit
from deskclient.server.apply import apply_push
from deskclient.server.db import ServerDatabase
from deskclient.server.models import Device

MAX_FILE_BYTES = 512 * 1024 * 1024
MAX_PROBLEMS_SHOWN = 20


class InvalidExport(Exception):
    """The file cannot be imported; ``problems`` says why, one line each. Nothing was applied."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


@dataclass
class ImportReport:
    device_id: str
    center_id: str
    device_revoked: bool
    items: int = 0
    counts: Counter[str] = field(default_factory=Counter)
    #: (item id, topic, status, reason) of every item not applied now nor before.
    refused: list[tuple[str, str, str, str]] = field(default_factory=list)


def read_export(path: Path) -> wire.OutboxExport:
    """The file, checked; ``InvalidExport`` with every problem found otherwise."""
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise InvalidExport([f"the file is {size} bytes, more than the {MAX_FILE_BYTES} an export can be"])
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as bad:
        raise InvalidExport([f"not UTF-8 text ({bad.reason} at byte {bad.start})"]) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as bad:
        raise InvalidExport([f"not JSON ({bad.msg} at line {bad.lineno}, column {bad.colno})"]) from None
    if not isinstance(data, dict) or data.get("format") != "deskclient-outbox":
        raise InvalidExport(["not a deskclient outbox export (the file must be a JSON object with "
                             "\"format\": \"deskclient-outbox\")"])
    if data.get("format_version") != wire.OUTBOX_EXPORT_FORMAT:
        raise InvalidExport([f"format_version {data.get('format_version')!r} is not one this server reads "
                             f"({wire.OUTBOX_EXPORT_FORMAT})"])
    try:
        export = wire.OutboxExport.model_validate_json(text, strict=True)
    except ValidationError as invalid:
        raise InvalidExport([_describe(error) for error in invalid.errors()]) from None
    repeated = sorted(item_id for item_id, count in Counter(item.id for item in export.items).items() if count > 1)
    if repeated:
        raise InvalidExport([f"item id {item_id} appears more than once" for item_id in repeated])
    repeated_seq = sorted(seq for seq, count in Counter(item.seq for item in export.items).items() if count > 1)
    if repeated_seq:
        raise InvalidExport([f"seq {seq} appears more than once" for seq in repeated_seq])
    return export


def _describe(error: object) -> str:
    assert isinstance(error, dict)
    where = ".".join(str(part) for part in error.get("loc", ())) or "the file"
    return f"{where}: {error.get('msg', 'invalid')}"


def import_export(database: ServerDatabase, export: wire.OutboxExport, now: datetime,
                  file_name: str = "") -> ImportReport:
    """Apply ``export``'s items for its device, in batches the size of a push; audited."""
    with database.read() as session:
        device = session.get(Device, export.device_id)
        if device is None:
            raise InvalidExport([f"no device {export.device_id!r} on this server (list-devices shows them)"])
        if export.center_id is not None and export.center_id != device.center_id:
            raise InvalidExport([f"the file says center {export.center_id}, but device {device.id} belongs to "
                                 f"center {device.center_id}"])
        report = ImportReport(device_id=device.id, center_id=device.center_id,
                              device_revoked=device.revoked_at is not None, items=len(export.items))
    ordered = sorted(export.items, key=lambda item: item.seq)
    for start in range(0, len(ordered), wire.MAX_PUSH_ITEMS):
        batch = ordered[start:start + wire.MAX_PUSH_ITEMS]
        with database.transaction() as session:
            row = session.get(Device, export.device_id)
            assert row is not None
            last_seen = row.last_seen_at
            outcome = apply_push(session, export.device_id, batch, now)
            row.last_seen_at = last_seen  # the operator imported it: the PC itself was not seen
            topics = {item.id: item.topic for item in batch}
            for answer in outcome.answers:
                report.counts[answer.status.value] += 1
                if answer.status in (wire.ItemStatus.REJECTED, wire.ItemStatus.CONFLICT):
                    report.refused.append((answer.id, topics.get(answer.id, ""), answer.status.value,
                                           answer.reason or ""))
    detail: dict[str, object] = {"file": file_name[:200], "items": report.items,
                                 "exported_at": export.created_at.isoformat(), **report.counts}
    with database.transaction() as session:
        audit.record(session, AuditAction.OUTBOX_IMPORTED, source="admin", at=now, received_at=now,
                     center_id=report.center_id, device_id=report.device_id, subject=report.device_id,
                     detail=detail)
    return report
