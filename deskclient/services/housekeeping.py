"""Keeping a PC healthy unattended: backups in rotation, WAL checkpoints, disk space."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from deskclient.services.context import ServiceContext
from deskclient.services.permissions import system_task
from deskclient.store import backup, health

log = logging.getLogger(__name__)

#: Below this much free space the worker is warned: a submit still fits, but not for long.
LOW_DISK_BYTES = 500 * 1024 * 1024
#: Below this, work is at risk: new tasks are not handed out until space is freed.
CRITICAL_DISK_BYTES = 50 * 1024 * 1024
KEEP_AUTOMATIC_BACKUPS = 7


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
        """A fresh rotating backup of the database."""
        path = backup.backup_database(self.context.folder.database, self.context.folder.backups,
                                      label=backup.AUTO_PREFIX.rstrip("-"))
        backup.rotate_backups(self.context.folder.backups, keep=KEEP_AUTOMATIC_BACKUPS, newest=path)
        log.info("backup written: %s", path.name)
        return path

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
