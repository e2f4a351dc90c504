"""Helpers for tests whose child processes open the data folder: they have no in-memory keyring."""

from __future__ import annotations

import base64
import sqlite3
from contextlib import closing

from deskclient.paths import DataFolder
from deskclient.store import sealing
from deskclient.store.keystore import SERVICE

#: For a child process: no keyring back-end at all, so the data key (and device secret) come from files.
NO_KEYRING_ENV = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}


def key_id_of(folder: DataFolder) -> str:
    with closing(sqlite3.connect(folder.database)) as connection:
        row = connection.execute("SELECT value FROM settings WHERE key = ?", (sealing.KEY_ID_SETTING,)).fetchone()
    assert row is not None, "the data folder has no data key yet"
    return str(row[0])


def data_key_to_file(folder: DataFolder) -> None:
    """Copy the folder's data key from the (test's in-memory) keyring to the protected file a child reads."""
    import keyring

    secret = keyring.get_password(SERVICE, sealing.key_name(key_id_of(folder)))
    assert secret, "the data key is not in the keyring"
    sealing.keeper(folder.root).write_file(secret)


def cipher_of(folder: DataFolder) -> sealing.FieldCipher:
    """The folder's cipher from its key file (as a child process without a keyring finds it)."""
    key_id = key_id_of(folder)
    secret = (folder.root / sealing.KEY_FILE).read_text(encoding="utf-8").strip()
    return sealing.FieldCipher(key_id, base64.b64decode(secret))
