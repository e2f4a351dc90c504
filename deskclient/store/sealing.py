"""Customer data encrypted at rest in the local database (AES-256-GCM, ``cryptography``).

What is encrypted: ``tasks.payload_json``, ``drafts.values_json``, ``results.values_json``,
``task_skips.note``, and the outbox body of topics that carry free text (``result.*``,
``task.skipped``). Columns hold ``enc1:`` + base64(nonce | ciphertext), with the column and row id as
associated data (a value cannot be moved to another row); text without the prefix is plaintext
written by an older version and is still read. Outbox bodies are sealed envelopes
(``deskclient.domain.sealed``) the server can open without this PC's key.

The data key is one per data folder, kept like the device secret (``deskclient.store.keystore``). Its
id and a check value live in ``settings``; a key that is missing or does not match is "lost": a new
key is made and what cannot be read any more is set aside to be pulled again (see ``recover``).
See docs/SECURITY.md for what this protects against and what it does not.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import os
import sqlite3
import uuid
import weakref
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy.orm import Session

from deskclient.domain import sealed
from deskclient.store.clock import to_text
from deskclient.store.db import Database
from deskclient.store.keystore import SecretKeeper, SecretStorage
from deskclient.store.models import Setting

log = logging.getLogger(__name__)

PREFIX = "enc1:"
#: A payload that could not be read after the key was lost; the next pull of that task replaces it.
LOST = "lost:"
KEY_FILE = "data-key"
KEY_ID_SETTING = "data_key_id"
KEY_CHECK_SETTING = "data_key_check"
SERVER_KEY_SETTING = "server_sealing_key"
AT_REST_SETTING = "at_rest_version"
AT_REST_VERSION = "1"
#: Refusal reason of an outbox row that can no longer be opened by anybody (see ``recover``).
KEY_LOST_REASON = "sealed_key_lost"

PAYLOAD = "tasks.payload_json"
DRAFT = "drafts.values_json"
RESULT = "results.values_json"
SKIP_NOTE = "task_skips.note"
_CHECK = "settings.data_key_check"
_NONCE = 12


class Unreadable(Exception):
    """A stored value that this PC cannot decrypt (its key was lost, or the bytes were changed)."""


def sealed_topic(topic: str) -> bool:
    """Outbox topics whose body carries a customer's data or free text."""
    return topic.startswith("result.") or topic == "task.skipped"


class FieldCipher:
    """Seals and opens column values and outbox bodies with this data folder's key."""

    def __init__(self, key_id: str, key: bytes, server_key: str | None = None) -> None:
        self.key_id = key_id
        self._aead = AESGCM(key)
        #: The server's X25519 public key (base64), once this PC learned it (enrollment or a pull).
        self.server_key = server_key

    # -- columns ----------------------------------------------------------------------------------
    def seal_text(self, column: str, row_id: str, text: str) -> str:
        nonce = os.urandom(_NONCE)
        cipher = self._aead.encrypt(nonce, text.encode(), f"{column}:{row_id}".encode())
        return PREFIX + base64.b64encode(nonce + cipher).decode("ascii")

    def open_text(self, column: str, row_id: str, stored: str) -> str:
        if stored.startswith(LOST):
            raise Unreadable(f"{column} of {row_id} was lost with an earlier key")
        if not stored.startswith(PREFIX):
            return stored  # written before encryption at rest (the start-up step seals it)
        try:
            raw = base64.b64decode(stored[len(PREFIX):], validate=True)
            return self._aead.decrypt(raw[:_NONCE], raw[_NONCE:], f"{column}:{row_id}".encode()).decode()
        except (InvalidTag, binascii.Error, ValueError) as error:
            raise Unreadable(f"{column} of {row_id} does not open with this PC's key") from error

    def seal_json(self, column: str, row_id: str, value: Mapping[str, Any]) -> str:
        return self.seal_text(column, row_id, json.dumps(dict(value), ensure_ascii=False, sort_keys=True))

    def open_json(self, column: str, row_id: str, stored: str) -> dict[str, Any]:
        value = json.loads(self.open_text(column, row_id, stored))
        if not isinstance(value, dict):
            raise Unreadable(f"{column} of {row_id} is not an object")
        return value

    # -- outbox bodies ----------------------------------------------------------------------------
    def outbox_json(self, topic: str, item_id: str, body: Mapping[str, Any]) -> str:
        """The stored ``body_json``: plain for topics without personal data, else a sealed envelope."""
        if not sealed_topic(topic):
            return json.dumps(dict(body), ensure_ascii=False, sort_keys=True, default=str)
        envelope, data_key = sealed.seal(body, item_id=item_id, topic=topic)
        envelope["local"] = sealed.wrap_local(data_key, self._aead, item_id=item_id, topic=topic)
        if self.server_key:
            envelope["server"] = sealed.wrap_for_server(data_key, self.server_key, item_id=item_id, topic=topic)
        return json.dumps({sealed.SEALED: envelope}, sort_keys=True)

    def open_outbox(self, topic: str, item_id: str, body_json: str) -> dict[str, Any]:
        """The plain body of an outbox row, opened with this PC's key."""
        body = json.loads(body_json)
        if not sealed.is_sealed(body):
            return dict(body)
        envelope = body[sealed.SEALED]
        try:
            data_key = sealed.unwrap_local(envelope.get("local"), self._aead, item_id=item_id, topic=topic)
            return sealed.open_body(envelope, data_key, item_id=item_id, topic=topic)
        except sealed.SealError as error:
            raise Unreadable(f"outbox {item_id} does not open with this PC's key") from error

    def wire_body(self, topic: str, item_id: str, body_json: str) -> tuple[dict[str, Any], str | None]:
        """The body to push, and a new ``body_json`` to store when a server wrap had to be added.

        A sealed body goes as ``{"sealed": envelope}`` without the local wrap (useless to the server).
        Without a server key (a server that predates sealing) the body is opened here and sent plain.
        Raises ``Unreadable`` when neither is possible (local key lost before the server key was known).
        """
        body = json.loads(body_json)
        if not sealed.is_sealed(body):
            return body, None
        envelope = dict(body[sealed.SEALED])
        updated = None
        if self.server_key and (envelope.get("server") or {}).get("to") != self.server_key:
            try:
                data_key = sealed.unwrap_local(envelope.get("local"), self._aead, item_id=item_id, topic=topic)
            except sealed.SealError as error:
                if envelope.get("server"):  # sealed to an earlier server key: let that server say
                    return {sealed.SEALED: {k: v for k, v in envelope.items() if k != "local"}}, None
                raise Unreadable(f"outbox {item_id} cannot be opened by anybody") from error
            envelope["server"] = sealed.wrap_for_server(data_key, self.server_key, item_id=item_id, topic=topic)
            updated = json.dumps({sealed.SEALED: envelope}, sort_keys=True)
        if not envelope.get("server"):
            return self.open_outbox(topic, item_id, body_json), None
        return {sealed.SEALED: {k: v for k, v in envelope.items() if k != "local"}}, updated


# -- the key ------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class KeyReport:
    """How the data key was found: where it is kept, and whether it was just made or replaced a lost one."""

    storage: SecretStorage
    created: bool = False
    lost: bool = False
    set_aside_tasks: int = 0
    lost_outbox: int = 0


def keeper(root: Path) -> SecretKeeper:
    return SecretKeeper(root, KEY_FILE, "local data key")


def key_name(key_id: str) -> str:
    return f"data-key:{key_id}"


def _setting(connection: sqlite3.Connection, key: str) -> str | None:
    row = connection.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def _put_setting(connection: sqlite3.Connection, key: str, value: str) -> None:
    connection.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", (key, value))


def load_key(connection: sqlite3.Connection, root: Path, now: datetime) -> tuple[FieldCipher, KeyReport]:
    """The folder's cipher, in the caller's write transaction; makes a key, or replaces a lost one."""
    key_id = _setting(connection, KEY_ID_SETTING)
    server_key = _setting(connection, SERVER_KEY_SETTING)
    if key_id is not None:
        secret, storage = keeper(root).load(key_name(key_id))
        if secret is not None and storage is not None:
            cipher = _cipher(key_id, secret, server_key)
            check = _setting(connection, KEY_CHECK_SETTING) or ""
            try:
                if cipher is not None and cipher.open_text(_CHECK, key_id, check) == key_id:
                    return cipher, KeyReport(storage=storage)
            except Unreadable:
                pass
        log.error("the local data key %s is missing or does not match this database: making a new one", key_id)
    cipher, storage = _new_key(connection, root, server_key)
    if key_id is None:
        return cipher, KeyReport(storage=storage, created=True)
    set_aside, lost_outbox = recover(connection, now)
    return cipher, KeyReport(storage=storage, created=True, lost=True, set_aside_tasks=set_aside,
                             lost_outbox=lost_outbox)


def _cipher(key_id: str, secret: str, server_key: str | None) -> FieldCipher | None:
    try:
        key = base64.b64decode(secret, validate=True)
    except (binascii.Error, ValueError):
        return None
    return FieldCipher(key_id, key, server_key) if len(key) == 32 else None


def _new_key(connection: sqlite3.Connection, root: Path, server_key: str | None) -> tuple[FieldCipher, SecretStorage]:
    key_id = str(uuid.uuid4())
    key = AESGCM.generate_key(bit_length=256)
    storage = keeper(root).save(key_name(key_id), base64.b64encode(key).decode("ascii"))
    cipher = FieldCipher(key_id, key, server_key)
    _put_setting(connection, KEY_ID_SETTING, key_id)
    _put_setting(connection, KEY_CHECK_SETTING, cipher.seal_text(_CHECK, key_id, key_id))
    return cipher, storage


def recover(connection: sqlite3.Connection, now: datetime) -> tuple[int, int]:
    """After a lost key, set aside what cannot be read and pull it all again; (tasks set aside, outbox lost).

    - payloads that no longer open become ``lost:``; waiting tasks among them are set aside (expired)
      and come back, with their payload, when the re-pull (cursor 0) delivers them again; a task a
      worker holds keeps its state and gets its payload back the same way;
    - drafts that no longer open are emptied (a draft is lost with the key: docs/SECURITY.md);
    - outbox rows still waiting whose envelope has no server wrap cannot be opened by anybody: they
      are set aside as "needs attention". Rows with a server wrap are sent as they are.
    Results and skip notes already sent stay as they are (history; the server has them).
    """
    stamp = to_text(now)
    set_aside = connection.execute(
        "UPDATE tasks SET state = CASE WHEN state = 'available' THEN 'expired' ELSE state END, "
        "payload_json = ?, updated_at = ? WHERE substr(payload_json, 1, 5) = ? AND state = 'available'",
        (LOST, stamp, PREFIX)).rowcount
    connection.execute("UPDATE tasks SET payload_json = ? WHERE substr(payload_json, 1, 5) = ?", (LOST, PREFIX))
    connection.execute("UPDATE drafts SET values_json = '{}', updated_at = ? WHERE substr(values_json, 1, 5) = ?",
                       (stamp, PREFIX))
    lost_outbox = connection.execute(
        "UPDATE outbox SET status = 'rejected', acked_at = ?, last_error = ? WHERE status = 'pending' "
        "AND json_valid(body_json) AND json_type(body_json, '$.sealed') = 'object' "
        "AND json_type(body_json, '$.sealed.server') IS NULL", (stamp, KEY_LOST_REASON)).rowcount
    connection.execute("UPDATE sync_state SET cursor = 0")
    log.warning("local data key lost: %d waiting task(s) set aside until pulled again, %d unsent item(s) "
                "unreadable; drafts that could not be read were emptied", set_aside, lost_outbox)
    return int(set_aside), int(lost_outbox)


# -- one cipher per open database ---------------------------------------------------------------------
_ciphers: weakref.WeakKeyDictionary[Database, FieldCipher] = weakref.WeakKeyDictionary()


def cipher_for(database: Database, now: datetime | None = None) -> FieldCipher:
    """The cipher of ``database``'s data folder (loaded once). Call it before opening a write."""
    cipher = _ciphers.get(database)
    if cipher is None:
        from deskclient.store.clock import utc_now

        with database.raw_write() as connection:
            cipher, report = load_key(connection, database.path.parent, now or utc_now())
        if report.storage is SecretStorage.FILE:
            log.warning("no usable keyring: the local data key is kept in %s", keeper(database.path.parent).file)
        _ciphers[database] = cipher
    return cipher


def remember_server_key(session: Session, cipher: FieldCipher, server_key: str | None) -> bool:
    """Keep the server's sealing key (enrollment, pulls) in the caller's transaction; True if it is new.

    Outbox rows sealed before it was known get their server wrap before they are pushed
    (``FieldCipher.wire_body``).
    """
    if not server_key or server_key == cipher.server_key:
        return False
    try:
        if len(sealed.unb64(server_key)) != 32:
            raise sealed.SealError("not an X25519 public key")
    except sealed.SealError:
        log.error("the server sent a sealing key that is not an X25519 public key; ignored")
        return False
    session.merge(Setting(key=SERVER_KEY_SETTING, value=server_key))
    session.flush()
    cipher.server_key = server_key  # set once the row is written; the transaction commits it
    log.info("the server's sealing key is known: unsent work is sealed to it")
    return True


# -- the start-up step --------------------------------------------------------------------------------
BATCH = 500


def prepare(path: Path, now: datetime) -> KeyReport:
    """At start, after the migration: the key (made or recovered), then plaintext rows of older versions sealed.

    Idempotent and batched (one transaction per batch of rows). When plaintext was found, the freed
    pages are scrubbed: ``secure_delete`` is always on, a VACUUM rewrites the file when there is room,
    and a ``wal_checkpoint(TRUNCATE)`` empties the WAL, so no copy of the old text stays in the files.
    """
    from deskclient.store.pragmas import apply_pragmas

    connection = sqlite3.connect(path, timeout=30, isolation_level=None)
    try:
        apply_pragmas(connection)
        connection.execute("BEGIN IMMEDIATE")
        try:
            cipher, report = load_key(connection, path.parent, now)
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")
        converted = seal_plaintext(connection, cipher)
        if converted or _setting(connection, AT_REST_SETTING) != AT_REST_VERSION:
            _scrub(connection, path, vacuum=converted > 0)
            connection.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
                               (AT_REST_SETTING, AT_REST_VERSION))
        return report
    finally:
        connection.close()


_PLAIN_SCANS = (
    # (table, key column for AAD, column, which rows)
    ("tasks", "id", "payload_json", PAYLOAD, "substr(payload_json, 1, 5) NOT IN ('enc1:', 'lost:')"),
    ("drafts", "task_id", "values_json", DRAFT, "substr(values_json, 1, 5) != 'enc1:' AND values_json != '{}'"),
    ("results", "id", "values_json", RESULT, "substr(values_json, 1, 5) != 'enc1:'"),
    ("task_skips", "id", "note", SKIP_NOTE, "substr(note, 1, 5) != 'enc1:' AND note != ''"),
)


def seal_plaintext(connection: sqlite3.Connection, cipher: FieldCipher) -> int:
    """Seal every plaintext value left by an older version; returns how many were sealed."""
    total = 0
    for table, key_column, column, aad_column, plain in _PLAIN_SCANS:
        while True:
            rows = connection.execute(f"SELECT rowid, {key_column}, {column} FROM {table} WHERE {plain} "
                                      f"LIMIT {BATCH}").fetchall()
            if not rows:
                break
            with _transaction(connection):
                connection.executemany(f"UPDATE {table} SET {column} = ? WHERE rowid = ?",
                                       [(cipher.seal_text(aad_column, key, value), rowid)
                                        for rowid, key, value in rows])
            total += len(rows)
    while True:
        rows = connection.execute(
            "SELECT seq, id, topic, body_json FROM outbox WHERE (topic LIKE 'result.%' OR topic = 'task.skipped') "
            "AND coalesce(json_type(body_json, '$.sealed'), '') != 'object' "
            f"LIMIT {BATCH}").fetchall()
        if not rows:
            break
        with _transaction(connection):
            connection.executemany("UPDATE outbox SET body_json = ? WHERE seq = ?", [
                (cipher.outbox_json(topic, item_id, json.loads(body)), seq) for seq, item_id, topic, body in rows])
        total += len(rows)
    if total:
        log.info("encryption at rest: %d value(s) written by an older version sealed", total)
    return total


class _transaction:
    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection

    def __enter__(self) -> None:
        self.connection.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind: object, *_: object) -> None:
        self.connection.execute("COMMIT" if kind is None else "ROLLBACK")


def _scrub(connection: sqlite3.Connection, path: Path, *, vacuum: bool) -> None:
    """Leave no old plaintext page in the file or the WAL."""
    import shutil

    if vacuum:
        size = path.stat().st_size
        if shutil.disk_usage(path.parent).free > 2 * size + 50 * 1024 * 1024:
            connection.execute("VACUUM")
        else:
            log.warning("not enough free space to VACUUM after sealing old rows; freed pages were zeroed only")
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
