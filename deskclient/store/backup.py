"""Consistent copies of the database, kept in rotation."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

AUTO_PREFIX = "auto-"


def backup_database(source: Path, folder: Path, label: str = "auto") -> Path:
    """Copy ``source`` with SQLite's online backup API (safe while the app writes) into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{label}-{stamp}.sqlite3"
    partial = target.with_suffix(".partial")
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    partial.replace(target)  # a power cut mid-copy leaves only a .partial, never a torn backup
    return target


def list_backups(folder: Path) -> list[Path]:
    """Backups in ``folder``, newest first."""
    if not folder.is_dir():
        return []
    return sorted(folder.glob("*.sqlite3"), key=lambda path: path.stat().st_mtime, reverse=True)


def rotate_backups(folder: Path, keep: int, prefix: str = AUTO_PREFIX, newest: Path | None = None) -> list[Path]:
    """Delete the oldest automatic backups beyond ``keep``; returns what was removed.

    ``newest`` (the backup just written) is never removed, even when a PC clock that went back
    makes it look like the oldest one.
    """
    automatic = [path for path in list_backups(folder) if path.name.startswith(prefix) and path != newest]
    removed = automatic[max(0, keep - (1 if newest else 0)):]
    for path in removed:
        path.unlink(missing_ok=True)
    for stale in folder.glob("*.partial"):
        stale.unlink(missing_ok=True)
    return removed
