"""Is the database file sound? And what to do, calmly, when it is not."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from deskclient.store.pragmas import apply_pragmas

SIDE_FILES = ("-wal", "-shm")


@dataclass(frozen=True)
class HealthReport:
    """Outcome of the start-up check."""

    ok: bool
    detail: str = ""


def quick_check(path: Path) -> HealthReport:
    """Run ``PRAGMA quick_check`` (fast, catches torn pages); a missing file is healthy (new PC)."""
    if not path.exists():
        return HealthReport(ok=True, detail="new")
    if path.stat().st_size == 0:
        # SQLite would take it for a new, empty database and the PC would start over silently, while
        # the work file was lost (a file system truncating it after a power cut). Say so; offer backups.
        return HealthReport(ok=False, detail="the work file is empty (0 bytes)")
    try:
        connection = sqlite3.connect(path, timeout=5)
        try:
            apply_pragmas(connection)
            rows = connection.execute("PRAGMA quick_check").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        return HealthReport(ok=False, detail=str(error))
    messages = [str(row[0]) for row in rows]
    if messages == ["ok"]:
        return HealthReport(ok=True, detail="ok")
    return HealthReport(ok=False, detail="; ".join(messages[:5]))


def quarantine(path: Path, folder: Path) -> Path:
    """Move a damaged database (and its WAL) aside, never deleting it; returns where it went."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    folder.mkdir(parents=True, exist_ok=True)
    target_dir = folder / stamp
    attempt = 1
    while True:
        try:
            target_dir.mkdir(exist_ok=False)  # a fresh folder each time: nothing is ever overwritten
            break
        except FileExistsError:
            attempt += 1
            target_dir = folder / f"{stamp}-{attempt}"
    for suffix in ("", *SIDE_FILES):
        source = Path(f"{path}{suffix}")
        if source.exists():
            shutil.move(str(source), target_dir / source.name)
    return target_dir


def restore_backup(backup: Path, path: Path) -> None:
    """Put ``backup`` in place of the (already quarantined) database at ``path``."""
    for suffix in SIDE_FILES:
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    partial = path.with_suffix(".restoring")
    shutil.copy2(backup, partial)
    partial.replace(path)


def checkpoint(path: Path) -> None:
    """Fold the WAL back into the database so it does not grow without bound."""
    connection = sqlite3.connect(path, timeout=5)
    try:
        apply_pragmas(connection)
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()


def free_bytes(folder: Path) -> int:
    """Free space on the disk that holds ``folder``."""
    return shutil.disk_usage(folder).free
