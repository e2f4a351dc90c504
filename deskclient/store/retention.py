"""Retention: a customer's personal data leaves the PC once the server has the result and the review window is over.

Purged per task: the payload fields its kind marks ``personal`` (name, e-mail, phone, message), the
free-text fields of its results (reply, internal note) and its skip notes; the local key's wrap of its
outbox bodies (kept a while for a server restore: only the server can open them after this).
What stays: the subject, product and channel, result outcomes and codes, times, counts, history.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from deskclient.domain import sealed
from deskclient.domain.kinds import find_kind
from deskclient.domain.kinds.base import FieldType, TaskKind
from deskclient.store import sealing
from deskclient.store.clock import to_text

log = logging.getLogger(__name__)
BATCH = 200
#: Task states whose work is finished on this PC.
FINISHED = ("submitted", "escalated", "approved", "rejected")
_FREE_TEXT = (FieldType.TEXT, FieldType.MULTILINE)

_DUE = (
    "SELECT t.id, t.kind, t.payload_json FROM tasks t "
    f"WHERE t.personal_purged_at IS NULL AND t.state IN ({', '.join(repr(s) for s in FINISHED)}) "
    "AND EXISTS (SELECT 1 FROM results r WHERE r.task_id = t.id) "
    # Every result of the task acknowledged by the server before the cutoff (a row already dropped
    # from the outbox was acknowledged 30 days ago or more); nothing waiting or needing attention.
    "AND NOT EXISTS (SELECT 1 FROM results r LEFT JOIN outbox o ON o.id = r.id WHERE r.task_id = t.id "
    "AND ((o.id IS NULL AND r.finished_at >= :cutoff) OR o.status != 'acked' OR o.acked_at >= :cutoff)) "
    "LIMIT :limit"
)


@dataclass
class PurgeReport:
    tasks: int = 0
    results: int = 0
    skip_notes: int = 0
    outbox_bodies: int = 0


def personal_fields(kind: TaskKind) -> frozenset[str]:
    return frozenset(spec.name for spec in kind.payload_fields if spec.personal)


def free_text_results(kind: TaskKind) -> frozenset[str]:
    """Result fields written freely by a worker (a reply, a note): they may repeat a customer's details."""
    return frozenset(spec.name for spec in kind.result_fields if spec.type in _FREE_TEXT or spec.personal)


def purge_due(connection: sqlite3.Connection, cipher: sealing.FieldCipher, cutoff: datetime,
              now: datetime) -> tuple[PurgeReport, bool]:
    """Purge one batch in the caller's transaction; (what was purged, whether more may be due)."""
    report = PurgeReport()
    rows = connection.execute(_DUE, {"cutoff": to_text(cutoff), "limit": BATCH}).fetchall()
    for task_id, kind_code, payload_json in rows:
        kind = find_kind(kind_code)
        personal = personal_fields(kind) if kind else frozenset()
        free = free_text_results(kind) if kind else frozenset()
        connection.execute("UPDATE tasks SET payload_json = ?, personal_purged_at = ? WHERE id = ?",
                           (_without(cipher, sealing.PAYLOAD, task_id, payload_json, personal, keep_all=kind is None),
                            to_text(now), task_id))
        result_ids = []
        for result_id, values_json in connection.execute("SELECT id, values_json FROM results WHERE task_id = ?",
                                                         (task_id,)).fetchall():
            connection.execute("UPDATE results SET values_json = ? WHERE id = ?",
                               (_without(cipher, sealing.RESULT, result_id, values_json, free), result_id))
            result_ids.append(result_id)
        skip_ids = [row[0] for row in connection.execute("SELECT id FROM task_skips WHERE task_id = ?", (task_id,))]
        report.skip_notes += connection.execute("UPDATE task_skips SET note = '' WHERE task_id = ? AND note != ''",
                                                (task_id,)).rowcount
        report.outbox_bodies += _drop_local_wraps(connection, [*result_ids, *skip_ids])
        report.results += len(result_ids)
        report.tasks += 1
    return report, len(rows) == BATCH


def _without(cipher: sealing.FieldCipher, column: str, row_id: str, stored: str, fields: frozenset[str],
             keep_all: bool = False) -> str:
    try:
        values: dict[str, Any] = cipher.open_json(column, row_id, stored)
    except sealing.Unreadable:
        return sealing.LOST  # nobody can read it any more: the bytes go too
    if keep_all:
        return stored
    return cipher.seal_json(column, row_id, {key: value for key, value in values.items() if key not in fields})


def _drop_local_wraps(connection: sqlite3.Connection, item_ids: list[str]) -> int:
    """Outbox bodies of a purged task stay openable by the server only (for a resend after its restore)."""
    changed = 0
    for item_id, body_json in connection.execute(
            f"SELECT id, body_json FROM outbox WHERE id IN ({', '.join('?' * len(item_ids))}) "
            "AND status = 'acked'", item_ids).fetchall() if item_ids else []:
        body = json.loads(body_json)
        if not sealed.is_sealed(body):
            continue
        envelope = body[sealed.SEALED]
        if "local" not in envelope or not envelope.get("server"):
            continue  # without a server wrap it stays until the outbox drops the row (30 days)
        envelope.pop("local")
        connection.execute("UPDATE outbox SET body_json = ? WHERE id = ?",
                           (json.dumps({sealed.SEALED: envelope}, sort_keys=True), item_id))
        changed += 1
    return changed
