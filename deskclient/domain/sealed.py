"""Sealed outbox bodies: a push item's body encrypted so the server can open it without the PC's key.

A body is encrypted with a fresh AES-256-GCM data key; that key is wrapped twice:

- ``local``: with the PC's own data key (the PC can read its outbox while it keeps that key);
- ``server``: to the server's X25519 public key (ECIES: an ephemeral X25519 key, HKDF-SHA256, AES-GCM),
  so work waiting in the outbox still reaches the server if the PC loses its key. One ephemeral key
  serves up to ``EPHEMERAL_KEY_USES`` items of a process (the exchange is the only slow step); the
  server caches the wrapping key per ephemeral key.

On the wire the item's body is ``{"sealed": <envelope>}``; the item's id and topic are bound to the
ciphertext (associated data), so a sealed body cannot be moved to another item. Shared by the PC
(store) and the server, hence in domain (no Qt, no SQL). Everything comes from
the ``cryptography`` library; nothing here is home-made except the layout.
"""

from __future__ import annotations

import base64
import functools
import json
import os
import threading
from collections.abc import Mapping
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

SEALED = "sealed"
VERSION = 1
_INFO = b"deskclient sealed outbox v1"
_NONCE = 12


class SealError(Exception):
    """A sealed body that cannot be opened (wrong key, changed bytes, unknown layout)."""


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise SealError("not base64 text")
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError) as error:
        raise SealError("not base64 text") from error


def item_aad(item_id: str, topic: str) -> bytes:
    return f"deskclient/v1/{topic}/{item_id}".encode()


# -- the server's key pair ------------------------------------------------------------------------
def new_server_key() -> str:
    """A new X25519 private key, base64 of its 32 raw bytes (kept by the server only)."""
    raw = X25519PrivateKey.generate().private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                                    serialization.NoEncryption())
    return b64(raw)


def public_key_of(private_b64: str) -> str:
    """The public half (base64, 44 characters) that PCs seal to."""
    private = X25519PrivateKey.from_private_bytes(unb64(private_b64))
    return b64(private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw))


def _kek(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_INFO + ephemeral + recipient).derive(shared)


# -- sealing and opening ----------------------------------------------------------------------------
def seal(body: Mapping[str, Any], *, item_id: str, topic: str) -> tuple[dict[str, Any], bytes]:
    """Encrypt ``body`` with a fresh data key; returns the envelope (no wraps yet) and that key."""
    data_key = AESGCM.generate_key(bit_length=256)
    nonce = os.urandom(_NONCE)
    plain = json.dumps(dict(body), ensure_ascii=False, sort_keys=True, default=str).encode()
    cipher = AESGCM(data_key).encrypt(nonce, plain, item_aad(item_id, topic))
    return {"v": VERSION, "n": b64(nonce), "ct": b64(cipher)}, data_key


def wrap_local(data_key: bytes, local_key: AESGCM, *, item_id: str, topic: str) -> dict[str, str]:
    nonce = os.urandom(_NONCE)
    return {"n": b64(nonce), "ct": b64(local_key.encrypt(nonce, data_key, b"key:" + item_aad(item_id, topic)))}


def unwrap_local(wrap: object, local_key: AESGCM, *, item_id: str, topic: str) -> bytes:
    if not isinstance(wrap, Mapping):
        raise SealError("no local wrap")
    try:
        return local_key.decrypt(unb64(wrap.get("n")), unb64(wrap.get("ct")), b"key:" + item_aad(item_id, topic))
    except InvalidTag as error:
        raise SealError("local wrap does not open with this key") from error


class _SenderKey:
    """One ephemeral X25519 key and the wrapping key it agrees with the server, used for many items.

    The X25519 exchange costs about 0.1 ms; doing it once per batch of items instead of per item keeps a
    submit fast. Each item's data key is still its own, wrapped under a fresh random nonce with the item's
    id and topic as associated data (far below AES-GCM's limit of 2**32 random nonces per key).
    """

    def __init__(self, recipient: bytes) -> None:
        ephemeral = X25519PrivateKey.generate()
        self.public = ephemeral.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        self.kek = AESGCM(_kek(ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient)), self.public,
                               recipient))
        self.uses = 0


#: Items wrapped with one ephemeral key before a new one is made.
EPHEMERAL_KEY_USES = 10_000
_sender_keys: dict[str, _SenderKey] = {}
_sender_lock = threading.Lock()


def _sender_key(server_public_b64: str) -> _SenderKey:
    with _sender_lock:
        key = _sender_keys.get(server_public_b64)
        if key is None or key.uses >= EPHEMERAL_KEY_USES:
            key = _SenderKey(unb64(server_public_b64))
            _sender_keys[server_public_b64] = key
        key.uses += 1
        return key


def wrap_for_server(data_key: bytes, server_public_b64: str, *, item_id: str, topic: str) -> dict[str, str]:
    """The data key for the server: ephemeral X25519 with its public key, HKDF-SHA256, AES-GCM."""
    sender = _sender_key(server_public_b64)
    nonce = os.urandom(_NONCE)
    wrapped = sender.kek.encrypt(nonce, data_key, b"server:" + item_aad(item_id, topic))
    return {"to": server_public_b64, "epk": b64(sender.public), "n": b64(nonce), "ct": b64(wrapped)}


@functools.lru_cache(maxsize=1024)
def _receiver_kek(private_b64: str, ephemeral_public: bytes) -> AESGCM:
    """The wrapping key of one sender key (cached: a push brings many items under the same one)."""
    private = X25519PrivateKey.from_private_bytes(unb64(private_b64))
    recipient = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
    return AESGCM(_kek(shared, ephemeral_public, recipient))


def unwrap_for_server(wrap: object, private_b64: str, *, item_id: str, topic: str) -> bytes:
    if not isinstance(wrap, Mapping):
        raise SealError("not sealed for the server")
    try:
        kek = _receiver_kek(private_b64, unb64(wrap.get("epk")))
        return kek.decrypt(unb64(wrap.get("n")), unb64(wrap.get("ct")), b"server:" + item_aad(item_id, topic))
    except (InvalidTag, ValueError) as error:
        raise SealError("server wrap does not open with this key") from error


def open_body(envelope: object, data_key: bytes, *, item_id: str, topic: str) -> dict[str, Any]:
    if not isinstance(envelope, Mapping) or envelope.get("v") != VERSION:
        raise SealError("unknown sealed layout")
    try:
        plain = AESGCM(data_key).decrypt(unb64(envelope.get("n")), unb64(envelope.get("ct")),
                                         item_aad(item_id, topic))
    except (InvalidTag, ValueError) as error:
        raise SealError("sealed body was changed or does not belong to this item") from error
    body = json.loads(plain)
    if not isinstance(body, dict):
        raise SealError("sealed body is not an object")
    return body


def open_for_server(body: Mapping[str, Any], private_b64: str, *, item_id: str, topic: str) -> dict[str, Any]:
    """The server's side: the plain body of a push item whose body is ``{"sealed": ...}``."""
    envelope = body.get(SEALED)
    if not isinstance(envelope, Mapping):
        raise SealError("not a sealed body")
    data_key = unwrap_for_server(envelope.get("server"), private_b64, item_id=item_id, topic=topic)
    return open_body(envelope, data_key, item_id=item_id, topic=topic)


def is_sealed(body: Mapping[str, Any]) -> bool:
    return set(body) == {SEALED}
