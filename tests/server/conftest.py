"""Fixtures of the server tests: a started server with a center; helpers live in fixtures.py."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from tests.server.fixtures import Center, Server


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    started = Server(tmp_path / "server")
    try:
        yield started
    finally:
        started.close()


@pytest.fixture
def center(server: Server) -> Center:
    """A center with two workers (Amina, Priya), a supervisor and a trainer."""
    made = server.center("Kisumu Center")
    made.person("Amina")
    made.person("Priya")
    made.person("Grace", role="supervisor")
    made.person("Lakshmi", role="trainer")
    return made


ADMIN_DSN = "host=127.0.0.1 port=5432 user=postgres dbname=test connect_timeout=5"


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A fresh database of this test's own on the local PostgreSQL, dropped afterwards.

    Under ``CI=true`` an unreachable PostgreSQL fails the test: CI must never skip it.
    """
    try:
        connection = psycopg.connect(ADMIN_DSN, autocommit=True)
    except psycopg.OperationalError as error:
        message = f"PostgreSQL is unreachable at 127.0.0.1:5432 (user postgres, database test): {error}".strip()
        if os.environ.get("CI") == "true":
            pytest.fail(message + " — with CI=true these tests must run (.ci/run starts PostgreSQL)")
        pytest.skip(message)
    name = f"deskclient_test_{secrets.token_hex(6)}"
    with connection:
        connection.execute(f'CREATE DATABASE "{name}"')
        try:
            yield f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
        finally:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
