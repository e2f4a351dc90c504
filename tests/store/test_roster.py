"""The login grid's roster: plain sqlite3, active people only, sorted by name."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from deskclient.domain.views import UserCard
from deskclient.store.db import Database
from deskclient.store.models import Center, User
from deskclient.store.roster import read_roster
from tests.factories import FakeClock


def add_users(database: Database, *people: tuple[str, str, bool]) -> None:
    with database.write() as session:
        if session.get(Center, "c1") is None:
            session.add(Center(id="c1", name="Center"))
        for display_name, role, active in people:
            user_id = display_name.lower().replace(" ", "-")
            session.add(User(id=user_id, center_id="c1", username=user_id, display_name=display_name,
                             role=role, verifier="scrypt$n=16,r=8,p=1$AA==$AA==", active=active,
                             language="bn" if role == "supervisor" else None, updated_at=FakeClock()()))


def test_missing_file(tmp_path: Path) -> None:
    assert read_roster(tmp_path / "none.sqlite3") == []
    assert not (tmp_path / "none.sqlite3").exists()


def test_database_without_users_table(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE other (x)")
    assert read_roster(path) == []


def test_active_people_only_sorted_without_case(database: Database) -> None:
    add_users(database, ("Zainab Bello", "worker", True), ("amina Yusuf", "worker", True),
              ("Chen Li", "worker", False), ("Bashir Ahmed", "supervisor", True))
    assert read_roster(database.path) == [
        UserCard(id="amina-yusuf", display_name="amina Yusuf", role="worker", language=None),
        UserCard(id="bashir-ahmed", display_name="Bashir Ahmed", role="supervisor", language="bn"),
        UserCard(id="zainab-bello", display_name="Zainab Bello", role="worker", language=None),
    ]


def test_reads_committed_rows_while_the_app_writes(database: Database) -> None:
    add_users(database, ("Amina Yusuf", "worker", True))
    with database.write() as session:
        session.add(User(id="late", center_id="c1", username="late", display_name="Late Comer", role="worker",
                         verifier="x", updated_at=FakeClock()()))
        session.flush()
        # Not blocked by the open write transaction, and not shown what it has not committed.
        assert [card.id for card in read_roster(database.path)] == ["amina-yusuf"]
    assert [card.id for card in read_roster(database.path)] == ["amina-yusuf", "late"]
