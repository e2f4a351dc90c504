"""Keeping a PC healthy unattended: backups in rotation, WAL checkpoints, disk space, retention."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum
from pathlib import Path

from deskclient.services.context import ServiceContext, read_setting
from deskclient.services.permissions import system_task
from deskclient.store import backup, health, retention, sealing

log = logging.getLogger(__name__)

#: Below this much free space the worker is warned: a submit still fits, but not for long.
LOW_DISK_BYTES = 500 * 1024 * 1024
#: Below this, work is at risk: new tasks are not handed out until space is freed.
CRITICAL_DISK_BYTES = 50 * 1024 * 1024
KEEP_AUTOMATIC_BACKUPS = 7
#: Days after the server acknowledged a result before the customer's personal data leaves the PC
#: (the review window); the setting ``retention_days`` changes it.
RETENTION_DAYS_KEY = "retention_days"
DEFAULT_RETENTION_DAYS = 14


class DiskState(StrEnum):
    OK = "ok"
    LOW = "low"
    CRITICAL = "critical"


@dataclass(frozen=True)
class DiskReport:
    state: DiskState
    free_bytes: int


class HousekeepingService:
    """Periodic care, run off the UI thread on the database lane."""

    def __init__(self, context: ServiceContext) -> None:
        self.context = context

    @system_task
    def back_up(self) -> Path:
        """A fresh rotating backup of the database (personal data past retention purged first)."""
        self.purge_personal()
        path = backup.backup_database(self.context.folder.database, self.context.folder.backups,
                                      label=backup.AUTO_PREFIX.rstrip("-"))
        backup.rotate_backups(self.context.folder.backups, keep=KEEP_AUTOMATIC_BACKUPS, newest=path)
        log.info("backup written: %s", path.name)
        return path

    @system_task
    def retention_days(self) -> int:
        raw = read_setting(self.context, RETENTION_DAYS_KEY, str(DEFAULT_RETENTION_DAYS))
        try:
            days = int(raw)
        except ValueError:
            days = 0
        if days < 1:
            log.warning("setting %s=%r is not a number of days (1 or more): %d used", RETENTION_DAYS_KEY, raw,
                        DEFAULT_RETENTION_DAYS)
            return DEFAULT_RETENTION_DAYS
        return days

    @system_task
    def purge_personal(self) -> retention.PurgeReport:
        """Remove customers' personal data of finished tasks the server acknowledged ``retention_days`` ago.

        Payload fields marked personal, free-text result fields and skip notes go; counts, handle
        times, outcomes and history stay (``deskclient.store.retention``). Batched, one transaction each.
        """
        now = self.context.now()
        cutoff = now - timedelta(days=self.retention_days())
        cipher = sealing.cipher_for(self.context.database)
        total = retention.PurgeReport()
        more = True
        while more:
            with self.context.database.raw_write() as connection:
                batch, more = retention.purge_due(connection, cipher, cutoff, now)
            for name in ("tasks", "results", "skip_notes", "outbox_bodies"):
                setattr(total, name, getattr(total, name) + getattr(batch, name))
        if total.tasks:
            log.info("retention: personal data of %d finished task(s) removed", total.tasks)
        return total

    @system_task
    def checkpoint(self) -> None:
        health.checkpoint(self.context.folder.database)

    @system_task
    def disk(self) -> DiskReport:
        free = health.free_bytes(self.context.folder.root)
        if free < CRITICAL_DISK_BYTES:
            state = DiskState.CRITICAL
        elif free < LOW_DISK_BYTES:
            state = DiskState.LOW
        else:
            state = DiskState.OK
        return DiskReport(state=state, free_bytes=free)
