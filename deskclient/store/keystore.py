"""Secrets of this PC kept by the operating system's keyring, or a protected file where there is none.

Used for the device secret (``deskclient.sync.credentials``) and the local data key
(``deskclient.store.sealing``). The rule is the same for both: the keyring when a real back-end is
there; otherwise a file in the data folder that only this OS user can read, and the app says so.
"""

from __future__ import annotations

import logging
import os
import sys
from enum import StrEnum
from pathlib import Path

log = logging.getLogger(__name__)
SERVICE = "deskclient"


class SecretStorage(StrEnum):
    KEYRING = "keyring"
    #: No keyring back-end (a headless Linux PC): a file only this OS user can read. The UI says so.
    FILE = "file"


def keyring_usable() -> bool:
    """True when a real keyring back-end is there (not the "fail" one, not an empty chain)."""
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
    except Exception:  # a broken keyring install must not stop the PC from working
        log.exception("keyring could not be loaded")
        return False
    if isinstance(backend, fail.Keyring):
        return False
    children = getattr(backend, "backends", None)
    return not (children is not None and not children)


class SecretKeeper:
    """One kind of secret of one data folder: ``name`` in the keyring, or the file ``root/file_name``."""

    def __init__(self, root: Path, file_name: str, what: str) -> None:
        self.root = root
        self.file_name = file_name
        self.what = what

    @property
    def file(self) -> Path:
        return self.root / self.file_name

    def save(self, name: str, secret: str) -> SecretStorage:
        """Keep ``secret`` under ``name``: the keyring if it takes it (the file is then removed), else the file."""
        if keyring_usable():
            import keyring

            try:
                keyring.set_password(SERVICE, name, secret)
                self.file.unlink(missing_ok=True)
                return SecretStorage.KEYRING
            except Exception:
                log.exception("keyring refused to store the %s; using a protected file", self.what)
        self.write_file(secret)
        log.warning("no usable keyring: the %s is kept in %s, readable only by this user", self.what, self.file)
        return SecretStorage.FILE

    def load(self, name: str) -> tuple[str | None, SecretStorage | None]:
        """The secret and where it was found; (None, None) when it is nowhere."""
        if keyring_usable():
            import keyring

            try:
                secret = keyring.get_password(SERVICE, name)
            except Exception:
                log.exception("keyring could not be read")
                secret = None
            if secret:
                return secret, SecretStorage.KEYRING
        if self.file.exists():
            text = self.file.read_text(encoding="utf-8").strip()
            if text:
                return text, SecretStorage.FILE
        return None, None

    def forget(self, name: str) -> None:
        """Remove the secret from the keyring and the file (a key that was replaced)."""
        if keyring_usable():
            import keyring

            try:
                keyring.delete_password(SERVICE, name)
            except Exception:  # not there, or the back-end cannot delete: nothing to keep safe
                log.debug("keyring entry %s not removed", name, exc_info=True)
        self.file.unlink(missing_ok=True)

    def write_file(self, secret: str) -> None:
        """Write the protected file atomically (0600 outside Windows)."""
        self.root.mkdir(parents=True, exist_ok=True)
        partial = self.file.with_suffix(".partial")
        if sys.platform == "win32":
            # The data folder is inside the user's profile, which Windows already keeps to that user.
            partial.write_text(secret, encoding="utf-8")
        else:
            descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
                handle.write(secret)
        partial.replace(self.file)
