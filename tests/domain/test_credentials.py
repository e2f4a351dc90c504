"""PIN verifiers: the self-describing format, checking, and what a bad verifier does."""

from __future__ import annotations

import base64
import hashlib
import re

import pytest

from deskclient.domain.credentials import (
    DEFAULT_PARAMS,
    MalformedVerifier,
    ScryptParams,
    check_secret,
    make_verifier,
    secret_policy_problem,
)
from tests.factories import FAST_PARAMS

VERIFIER_FORMAT = re.compile(
    r"^scrypt\$n=(?P<n>\d+),r=(?P<r>\d+),p=(?P<p>\d+)\$(?P<salt>[A-Za-z0-9+/]+=*)\$(?P<key>[A-Za-z0-9+/]+=*)$"
)


def test_default_verifier_format() -> None:
    verifier = make_verifier("482913")
    match = VERIFIER_FORMAT.match(verifier)
    assert match, verifier
    assert (int(match["n"]), int(match["r"]), int(match["p"])) == (2**14, 8, 1)
    assert len(base64.b64decode(match["salt"])) == 16
    assert len(base64.b64decode(match["key"])) == DEFAULT_PARAMS.key_length == 32
    assert check_secret("482913", verifier)


def test_round_trip_and_wrong_secret() -> None:
    verifier = make_verifier("482913", FAST_PARAMS)
    assert verifier.startswith("scrypt$n=16,r=8,p=1$")
    assert check_secret("482913", verifier) is True
    assert check_secret("482914", verifier) is False
    assert check_secret("", verifier) is False
    assert check_secret("482913 ", verifier) is False


def test_non_ascii_secret_round_trips() -> None:
    verifier = make_verifier("পাসওয়ার্ড-১২৩", FAST_PARAMS)
    assert check_secret("পাসওয়ার্ড-১২৩", verifier)
    assert not check_secret("পাসওয়ার্ড-১২", verifier)


def test_fresh_salt_each_time_fixed_salt_is_deterministic() -> None:
    first, second = make_verifier("482913", FAST_PARAMS), make_verifier("482913", FAST_PARAMS)
    assert first != second
    assert first.split("$")[2] != second.split("$")[2]
    assert check_secret("482913", first) and check_secret("482913", second)
    salt = b"\x01" * 16
    assert make_verifier("482913", FAST_PARAMS, salt=salt) == make_verifier("482913", FAST_PARAMS, salt=salt)


def test_verifier_made_elsewhere_in_the_documented_format_is_accepted() -> None:
    """The server issues verifiers too: build one by the documented recipe, without our helper."""
    salt = b"center-pc-salt!!"
    key = hashlib.scrypt(b"271828", salt=salt, n=32, r=4, p=2, dklen=24)
    verifier = f"scrypt$n=32,r=4,p=2${base64.b64encode(salt).decode()}${base64.b64encode(key).decode()}"
    assert check_secret("271828", verifier)
    assert not check_secret("271829", verifier)


def test_params_encode_decode() -> None:
    params = ScryptParams(n=1024, r=4, p=3, key_length=20)
    assert params.encode() == "n=1024,r=4,p=3"
    assert ScryptParams.decode(params.encode(), key_length=20) == params


@pytest.mark.parametrize("verifier", [
    "",
    "plain-text-pin",
    "bcrypt$n=16,r=8,p=1$AAAA$AAAA",
    "scrypt$n=16,r=8,p=1$AAAA",  # missing key
    "scrypt$n=16,r=8,p=1$AAAA$AAAA$AAAA",  # one part too many
    "scrypt$r=8,p=1$AAAAAAAA$AAAAAAAA",  # n missing
    "scrypt$n=sixteen,r=8,p=1$AAAAAAAA$AAAAAAAA",
    "scrypt$n16,r8,p1$AAAAAAAA$AAAAAAAA",
    "scrypt$n=16,r=8,p=1$not base64!$AAAAAAAA",
    "scrypt$n=16,r=8,p=1$AAAAAAAA$***",
])
def test_malformed_verifier_raises(verifier: str) -> None:
    with pytest.raises(MalformedVerifier):
        check_secret("482913", verifier)


@pytest.mark.parametrize("params", ["n=15,r=8,p=1", "n=1,r=8,p=1", "n=0,r=8,p=1", "n=16,r=0,p=1"])
def test_unusable_scrypt_parameters_are_a_malformed_verifier(params: str) -> None:
    verifier = f"scrypt${params}$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="
    with pytest.raises(MalformedVerifier):
        check_secret("482913", verifier)


def test_malformed_verifier_is_a_value_error() -> None:
    assert issubclass(MalformedVerifier, ValueError)


@pytest.mark.parametrize(("secret", "problem"), [
    ("48291", "pin_too_short"),
    ("", "password_too_short"),
    ("111111", "pin_too_simple"),
    ("123456", "pin_too_simple"),
    ("4567890", "pin_too_simple"),
    ("654321", "pin_too_simple"),
    ("0987", "pin_too_short"),
    ("482913", None),
    ("90817263", None),
    ("abc123", "password_too_short"),
    ("correct horse", None),
    ("pässwörd", None),
])
def test_secret_policy(secret: str, problem: str | None) -> None:
    assert secret_policy_problem(secret) == problem
