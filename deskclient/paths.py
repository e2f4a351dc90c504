"""Where the app keeps its data and finds its resources (checkout, installed or frozen)."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "deskclient"
HOME_ENV = "DESKCLIENT_HOME"


@dataclass(frozen=True)
class DataFolder:
    """The data folder of one center PC: one database, its backups and logs."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "deskclient.sqlite3"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def quarantine(self) -> Path:
        """Damaged databases are moved here, never deleted."""
        return self.root / "damaged"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    def ensure(self) -> DataFolder:
        for folder in (self.root, self.backups, self.logs):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def data_folder() -> DataFolder:
    """The data folder: ``$DESKCLIENT_HOME`` if set, else the OS's per-user data folder."""
    override = os.environ.get(HOME_ENV)
    if override:
        return DataFolder(Path(override).expanduser().resolve())
    from platformdirs import user_data_path

    return DataFolder(user_data_path(APP_NAME, appauthor=False))


def resource_path(*parts: str) -> Path:
    """A file under ``resources/``, wherever the app runs from.

    PyInstaller unpacks data beside the executable (``sys._MEIPASS``); an installed wheel carries
    them inside the package; a checkout has them at the top of the tree.
    """
    frozen_root = getattr(sys, "_MEIPASS", None)
    candidates = []
    if frozen_root:
        candidates.append(Path(frozen_root) / "resources")
    package_root = Path(__file__).resolve().parent
    candidates += [package_root / "resources", package_root.parent / "resources"]
    for root in candidates:
        if root.is_dir():
            return root.joinpath(*parts)
    return candidates[-1].joinpath(*parts)
