"""The device secret, kept by the operating system's keyring, or a protected file where there is none.

The keyring-or-file rule itself lives in ``deskclient.store.keystore`` (the local data key follows it too).
"""

from __future__ import annotations

from pathlib import Path

from deskclient.paths import DataFolder
from deskclient.store.keystore import SERVICE, SecretKeeper, SecretStorage, keyring_usable

__all__ = ["FILE_NAME", "SERVICE", "CredentialStore", "SecretStorage"]

FILE_NAME = "device-secret"
_keyring_usable = keyring_usable  # kept for callers of the old name


class CredentialStore:
    """Saves and finds the secret of this PC's device id."""

    def __init__(self, folder: DataFolder) -> None:
        self.folder = folder
        self._keeper = SecretKeeper(folder.root, FILE_NAME, "device secret")

    @property
    def file(self) -> Path:
        return self._keeper.file

    def save(self, device_id: str, secret: str) -> SecretStorage:
        return self._keeper.save(f"device:{device_id}", secret)

    def load(self, device_id: str) -> tuple[str | None, SecretStorage | None]:
        return self._keeper.load(f"device:{device_id}")

    def _write_file(self, secret: str) -> None:
        self._keeper.write_file(secret)
