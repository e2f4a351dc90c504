"""Opening the data folder at start: check the database, migrate it, or say calmly what is wrong."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from deskclient.paths import DataFolder
from deskclient.store import backup as backups
from deskclient.store import health, schema, sealing
from deskclient.store.clock import utc_now
from deskclient.store.keystore import SecretStorage

log = logging.getLogger(__name__)


class StartupState(StrEnum):
    READY = "ready"
    DAMAGED = "damaged"
    #: Written by a newer version of the app: left untouched until this PC is updated.
    TOO_NEW = "too_new"


@dataclass(frozen=True)
class StartupOutcome:
    """What the start-up check found; for a damaged database, the backups on offer."""

    state: StartupState
    detail: str = ""
    migrated_from: str | None = None
    backups: list[Path] = field(default_factory=list)
    #: The local data key was missing (keyring wiped, file deleted): a new one was made and the
    #: tickets that could not be read any more come back with the next sync (docs/SECURITY.md).
    data_key_lost: bool = False
    #: No usable keyring: the data key is in a file of the data folder (say so, like the device secret).
    data_key_in_file: bool = False


def prepare_database(folder: DataFolder) -> StartupOutcome:
    """Check the database (``quick_check``), then bring it to this version's schema."""
    folder.ensure()
    report = health.quick_check(folder.database)
    if not report.ok:
        log.error("database check failed: %s", report.detail)
        return StartupOutcome(StartupState.DAMAGED, detail=report.detail,
                              backups=backups.list_backups(folder.backups))
    try:
        revision = schema.current_revision(folder.database)
        if revision is not None and revision not in schema.known_revisions():
            log.error("database revision %s is newer than this version knows", revision)
            return StartupOutcome(StartupState.TOO_NEW, detail=revision)
        schema.upgrade_database(folder.database, folder.backups)
    except Exception as error:  # a file that is not a database at all, or a failed migration
        log.exception("database could not be opened or upgraded")
        return StartupOutcome(StartupState.DAMAGED, detail=str(error),
                              backups=backups.list_backups(folder.backups))
    migrated = revision if revision not in (None, schema.SCHEMA_HEAD) else None
    try:
        key = sealing.prepare(folder.database, utc_now())
    except Exception:  # never stops the start: the key is loaded again on first use
        log.exception("encryption at rest could not be prepared at start")
        return StartupOutcome(StartupState.READY, migrated_from=migrated)
    return StartupOutcome(StartupState.READY, migrated_from=migrated, data_key_lost=key.lost,
                          data_key_in_file=key.storage is SecretStorage.FILE)


def set_damaged_aside(folder: DataFolder, restore_from: Path | None) -> Path:
    """Move the damaged database aside (never delete it) and, if asked, put a backup in its place."""
    kept_at = health.quarantine(folder.database, folder.quarantine)
    log.warning("damaged database moved to %s", kept_at)
    if restore_from is not None:
        health.restore_backup(restore_from, folder.database)
        log.warning("database restored from backup %s", restore_from)
    return kept_at
