"""Fixtures of the server tests: a started server with a center; helpers live in fixtures.py."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

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
