"""PIN and password verifiers, checked offline on a shared PC.

A verifier is a self-describing string so the parameters can be raised later without breaking old
verifiers, and so the central server can issue verifiers in the very same format::

    scrypt$n=16384,r=8,p=1$<salt, base64>$<key, base64>
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

SCHEME = "scrypt"


@dataclass(frozen=True)
class ScryptParams:
    """Cost parameters of scrypt. The defaults take ~50 ms on a low-end PC: slow for a guesser."""

    n: int = 2**14
    r: int = 8
    p: int = 1
    key_length: int = 32

    def encode(self) -> str:
        return f"n={self.n},r={self.r},p={self.p}"

    @classmethod
    def decode(cls, text: str, key_length: int) -> ScryptParams:
        values = dict(part.split("=", 1) for part in text.split(","))
        params = cls(n=int(values["n"]), r=int(values["r"]), p=int(values["p"]), key_length=key_length)
        params.check()
        return params

    def check(self) -> None:
        """Refuse parameters scrypt cannot use, or that would exhaust a 4 GB PC's memory."""
        if self.n < 2 or self.n & (self.n - 1) or self.n > 2**20:
            raise ValueError(f"scrypt n must be a power of two from 2 to 2**20, not {self.n}")
        if not (1 <= self.r <= 32 and 1 <= self.p <= 16 and 16 <= self.key_length <= 128):
            raise ValueError("scrypt r, p or key length out of range")


DEFAULT_PARAMS = ScryptParams()


class MalformedVerifier(ValueError):
    """The stored verifier is not one this version can read."""


def _scrypt(secret: str, salt: bytes, params: ScryptParams) -> bytes:
    return hashlib.scrypt(
        secret.encode("utf-8"),
        salt=salt,
        n=params.n,
        r=params.r,
        p=params.p,
        maxmem=256 * params.n * params.r * params.p + 1024 * 1024,
        dklen=params.key_length,
    )


def make_verifier(secret: str, params: ScryptParams = DEFAULT_PARAMS, salt: bytes | None = None) -> str:
    """Return a verifier string for ``secret`` with a fresh random salt."""
    salt = salt if salt is not None else os.urandom(16)
    key = _scrypt(secret, salt, params)
    return "$".join(
        (SCHEME, params.encode(), base64.b64encode(salt).decode(), base64.b64encode(key).decode())
    )


def parse_verifier(verifier: str) -> tuple[ScryptParams, bytes, bytes]:
    """(parameters, salt, key) of a verifier; ``MalformedVerifier`` when this version cannot use it."""
    try:
        scheme, params_text, salt_text, key_text = verifier.split("$")
        if scheme != SCHEME:
            raise MalformedVerifier(scheme)
        expected = base64.b64decode(key_text, validate=True)
        salt = base64.b64decode(salt_text, validate=True)
        return ScryptParams.decode(params_text, key_length=len(expected)), salt, expected
    except (ValueError, KeyError) as error:
        raise MalformedVerifier(str(error)) from error


def check_secret(secret: str, verifier: str) -> bool:
    """True when ``secret`` matches ``verifier``; constant-time comparison."""
    params, salt, expected = parse_verifier(verifier)
    try:
        key = _scrypt(secret, salt, params)
    except (ValueError, KeyError, MemoryError) as error:
        raise MalformedVerifier(str(error)) from error
    return hmac.compare_digest(key, expected)


def secret_policy_problem(secret: str) -> str | None:
    """Why ``secret`` is too weak to be a PIN or password, as a short code; None when it is fine."""
    if secret.isdigit():
        if len(secret) < 6:
            return "pin_too_short"
        if len(set(secret)) == 1 or secret in "01234567890" or secret in "09876543210":
            return "pin_too_simple"
        return None
    if len(secret) < 8:
        return "password_too_short"
    return None
