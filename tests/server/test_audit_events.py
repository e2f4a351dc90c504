"""The server's audit log: append-only on SQLite and PostgreSQL, fed by the PCs, the server and the admins.

PostgreSQL runs at 127.0.0.1:5432 (see ``test_postgres.py``): unreachable, the test is skipped, or
fails when ``CI=true``.
"""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from deskclient.domain.audit import AuditAction
from deskclient.server import audit
from deskclient.server.cli import main
from deskclient.server.clock import server_now
from deskclient.server.db import ServerDatabase, migrate
from tests.server.fixtures import Center, Server, ticket_line, write_jsonl


def refuses_changes(database: ServerDatabase) -> None:
    now = server_now()
    with database.transaction() as session:
        audit.record(session, AuditAction.LOGIN, source="device", at=now, received_at=now, user_id="u1",
                     event_id="event-1")
    for statement in ("UPDATE audit_events SET user_id = 'someone-else'", "DELETE FROM audit_events"):
        with pytest.raises(DBAPIError, match="append-only"), database.transaction() as session:
            session.execute(text(statement))
    with database.transaction() as session:
        assert session.execute(text("SELECT id, user_id FROM audit_events")).all() == [("event-1", "u1")]


def test_audit_events_are_append_only_on_sqlite(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    migrate(url)
    database = ServerDatabase(url)
    try:
        refuses_changes(database)
    finally:
        database.dispose()


def test_audit_events_are_append_only_on_postgresql(postgres_url: str) -> None:
    migrate(postgres_url)
    database = ServerDatabase(postgres_url)
    try:
        refuses_changes(database)
    finally:
        database.dispose()


def test_enrollment_is_audited_by_the_server(server: Server, center: Center) -> None:
    device = center.enroll()
    assert server.sql("SELECT source, center_id, device_id, subject FROM audit_events WHERE action = 'enrollment'") \
        == [("server", center.id, device.id, device.id)]


def test_admin_commands_are_audited_and_listed(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    db = f"sqlite:///{tmp_path / 'central.sqlite3'}"

    def run(*args: str, stdin: str | None = None) -> tuple[int, str]:
        if stdin is not None:
            monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        capsys.readouterr()
        code = main([args[0], "--db", db, *args[1:]])
        return code, capsys.readouterr().out

    assert run("init")[0] == 0
    code, out = run("add-center", "Kisumu Center")
    center_id = out.split("center id: ")[1].split()[0]
    code, out = run("add-user", "--center", center_id, "--role", "worker", "--username", "amina", stdin="739251\n")
    user_id = out.split("user id: ")[1].split()[0]
    assert run("add-user", "--center", center_id, "--role", "supervisor", "--username", "grace",
               "--no-pin-change", stdin="590417\n")[0] == 0
    batch = write_jsonl(tmp_path / "batch.jsonl", [ticket_line("T-1"), ticket_line("T-2")])
    assert run("import-batch", str(batch), "--center", center_id)[0] == 0
    assert run("configure-center", "--center", center_id, "--lease-hours", "24")[0] == 0
    out_file = str(tmp_path / "out.jsonl")
    assert run("export-results", "--center", center_id, "--format", "jsonl", "--out", out_file)[0] == 0
    assert run("new-epoch")[0] == 0

    code, out = run("audit", "--json")
    assert code == 0
    events = [json.loads(line) for line in out.splitlines()]
    assert [(event["action"], event["source"]) for event in events] == [
        ("center_added", "admin"), ("user_added", "admin"), ("user_added", "admin"), ("import", "admin"),
        ("center_configured", "admin"), ("export", "admin"), ("new_epoch", "admin")]
    added = events[1]
    assert added["user_id"] == user_id and added["detail"] == {
        "username": "amina", "role": "worker", "created": True, "must_change_secret": True}
    assert events[2]["detail"]["must_change_secret"] is False
    assert events[3]["detail"] == {"file": "batch.jsonl", "added": 2, "already_there": 0, "skipped_invalid": 0}
    assert events[4]["detail"] == {"lease_hours": {"from": 72, "to": 24}}
    assert "739251" not in out and "590417" not in out and "scrypt" not in out
    # A PIN change at first login is asked of the person added through the command line.
    database = ServerDatabase(db)
    try:
        with database.transaction() as session:
            flags = dict(session.execute(text("SELECT username, must_change_secret FROM users")).all())
    finally:
        database.dispose()
    assert {name: bool(flag) for name, flag in flags.items()} == {"amina": True, "grace": False}

    code, out = run("audit", "--center", center_id, "--since", "1d")
    assert code == 0 and len(out.splitlines()) == 6  # the new epoch belongs to no center
    assert "center_added" in out.splitlines()[0] and f"user={user_id}" in out.splitlines()[1]
    assert run("audit", "--since", "2999-01-01")[1] == ""
    assert run("audit", "--since", "last tuesday")[0] == 2
    assert run("audit", "--center", "nope")[0] == 1
