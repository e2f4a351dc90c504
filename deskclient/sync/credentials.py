"""The device secret, kept by the operating system's keyring, or a protected file where there is none."""

from __future__ import annotations

import logging
import os
import sys
from enum import StrEnum
from pathlib import Path

from deskclient.paths import DataFolder

log = logging.getLogger(__name__)
SERVICE = "deskclient"
FILE_NAME = "device-secret"


class SecretStorage(StrEnum):
    KEYRING = "keyring"
    #: No keyring back-end (a headless Linux PC): a file only this OS user can read. The UI says so.
    FILE = "file"


def _keyring_usable() -> bool:
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
    except Exception:  # a broken keyring install must not stop the PC from syncing
        log.exception("keyring could not be loaded")
        return False
    if isinstance(backend, fail.Keyring):
        return False
    children = getattr(backend, "backends", None)
    return not (children is not None and not children)


class CredentialStore:
    """Saves and finds the secret of this PC's device id."""

    def __init__(self, folder: DataFolder) -> None:
        self.folder = folder

    @property
    def file(self) -> Path:
        return self.folder.root / FILE_NAME

    def save(self, device_id: str, secret: str) -> SecretStorage:
        if _keyring_usable():
            import keyring

            try:
                keyring.set_password(SERVICE, f"device:{device_id}", secret)
                self.file.unlink(missing_ok=True)
                return SecretStorage.KEYRING
            except Exception:
                log.exception("keyring refused to store the device secret; using a protected file")
        self._write_file(secret)
        log.warning("no usable keyring: the device secret is kept in %s, readable only by this user", self.file)
        return SecretStorage.FILE

    def load(self, device_id: str) -> tuple[str | None, SecretStorage | None]:
        if _keyring_usable():
            import keyring

            try:
                secret = keyring.get_password(SERVICE, f"device:{device_id}")
            except Exception:
                log.exception("keyring could not be read")
                secret = None
            if secret:
                return secret, SecretStorage.KEYRING
        if self.file.exists():
            return self.file.read_text(encoding="utf-8").strip(), SecretStorage.FILE
        return None, None

    def _write_file(self, secret: str) -> None:
        self.folder.root.mkdir(parents=True, exist_ok=True)
        partial = self.file.with_suffix(".partial")
        if sys.platform == "win32":
            # The data folder is inside the user's profile, which Windows already keeps to that user.
            partial.write_text(secret, encoding="utf-8")
        else:
            descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
                handle.write(secret)
        partial.replace(self.file)
