"""PIN and password verifiers, checked offline on a shared PC.

A verifier is a self-describing string so the parameters can be raised later without breaking old
verifiers, and so the central server can issue verifiers in the very same format::

    scrypt$n=16384,r=8,p=1$<salt, base64>$<key, base64>
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import itertools
import os
import secrets
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


#: Shortest PIN (digits only) and password (anything else) a person may choose.
MIN_PIN_DIGITS = 6
MIN_PASSWORD_LENGTH = 8
#: The three codes ``secret_policy_problem`` answers.
PIN_TOO_SHORT, PIN_TOO_SIMPLE, PASSWORD_TOO_SHORT = "pin_too_short", "pin_too_simple", "password_too_short"


def _repeats_a_short_group(secret: str) -> bool:
    """True for 121212, 123123, 4545454: a group of up to three characters said again and again."""
    return any(secret == (secret[:size] * (len(secret) // size + 1))[:len(secret)]
               for size in range(1, min(3, len(secret) // 2) + 1))


def _is_straight_run(secret: str) -> bool:
    """True for 123456, 654321, 7890123: each digit one more (or one less) than the last, 9 wrapping to 0."""
    steps = {(int(b) - int(a)) % 10 for a, b in itertools.pairwise(secret)}
    return steps in ({1}, {9})


def is_trivial_pin(secret: str) -> bool:
    """A PIN anyone would try first: one digit repeated, a straight run, or a short group repeated."""
    return secret.isdigit() and (_repeats_a_short_group(secret) or _is_straight_run(secret))


def secret_policy_problem(secret: str) -> str | None:
    """Why ``secret`` is too weak to be a PIN or password, as a short code; None when it is fine.

    A PIN (digits only) needs at least six digits and must not be trivial (``is_trivial_pin``);
    a password (anything else) needs at least eight characters and more than one character repeated.
    """
    if secret.isdigit():
        if len(secret) < MIN_PIN_DIGITS:
            return PIN_TOO_SHORT
        if is_trivial_pin(secret):
            return PIN_TOO_SIMPLE
        return None
    if len(secret) < MIN_PASSWORD_LENGTH or _repeats_a_short_group(secret):
        return PASSWORD_TOO_SHORT
    return None


def generate_pin(digits: int = MIN_PIN_DIGITS) -> str:
    """A random one-time PIN that passes the policy (for a supervisor's reset), from ``secrets``."""
    if digits < MIN_PIN_DIGITS:
        raise ValueError(f"a PIN has at least {MIN_PIN_DIGITS} digits")
    while True:
        pin = "".join(secrets.choice("0123456789") for _ in range(digits))
        if secret_policy_problem(pin) is None:
            return pin


#: Whose PIN each role may reset on site: a supervisor their workers; the center admin everyone but admins.
RESETTABLE_ROLES: dict[str, frozenset[str]] = {
    "supervisor": frozenset({"worker"}),
    "center_admin": frozenset({"worker", "supervisor", "trainer"}),
}


def may_reset_secret(actor_role: str, target_role: str) -> bool:
    """True when a person of ``actor_role`` may reset the PIN of one of ``target_role`` (same center)."""
    return target_role in RESETTABLE_ROLES.get(actor_role, frozenset())
