"""Fixtures of the store tests: a real, freshly migrated SQLite file per test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from deskclient.store.db import Database
from deskclient.store.schema import run_alembic_upgrade


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "deskclient.sqlite3"
    run_alembic_upgrade(path)
    return path


@pytest.fixture
def database(db_path: Path) -> Iterator[Database]:
    database = Database(db_path)
    yield database
    database.dispose()
