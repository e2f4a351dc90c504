"""Shared fixtures: a temporary data folder per test, an opened service context, logged-in workers."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from deskclient.domain.views import LoggedInUser
from deskclient.paths import DataFolder
from deskclient.services.auth import AuthService
from deskclient.services.context import ServiceContext, open_context
from deskclient.services.intake import IntakeService
from deskclient.services.startup import prepare_database
from tests.factories import CENTER_ID, PIN, FakeClock, MemoryKeyring, add_person


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Every test gets an empty in-memory keyring."""
    import keyring

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def folder(tmp_path: Path) -> DataFolder:
    return DataFolder(tmp_path / "home").ensure()


@pytest.fixture
def context(folder: DataFolder, clock: FakeClock) -> Iterator[ServiceContext]:
    outcome = prepare_database(folder)
    assert outcome.state == "ready", outcome
    ctx = open_context(folder, clock=clock)
    IntakeService(ctx).add_center(CENTER_ID, "Test Center")
    yield ctx
    ctx.database.dispose()


@pytest.fixture
def amina(context: ServiceContext) -> LoggedInUser:
    user_id = add_person(context, "Amina Yusuf")
    return AuthService(context).login(user_id, PIN)


@pytest.fixture
def priya(context: ServiceContext) -> LoggedInUser:
    user_id = add_person(context, "Priya Das")
    return AuthService(context).login(user_id, PIN)
