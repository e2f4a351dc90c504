"""``deskclient enroll``, ``sync --once`` and ``status --json`` against the real server on loopback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from deskclient.cli import main
from deskclient.server import admin
from deskclient.server.clock import server_now
from deskclient.server.runner import EmbeddedServer


@pytest.fixture
def server(tmp_path: Path) -> Iterator[EmbeddedServer]:
    running = EmbeddedServer(f"sqlite:///{tmp_path / 'server.sqlite3'}").start()
    yield running
    running.stop()


def test_enroll_sync_and_status_from_the_command_line(tmp_path, server, monkeypatch, capsys):
    assert server.database is not None
    center_id, code = admin.add_center(server.database, "CLI Center", server_now())
    admin.add_user(server.database, center_id=center_id, role="worker", username="amina", secret="482915",
                   now=server_now())
    batch = tmp_path / "batch.jsonl"
    batch.write_text("\n".join(json.dumps({"external_id": f"T{n}", "kind": "support_ticket",
                                           "payload": {"subject": f"Ticket {n}", "body": "Help"}})
                               for n in range(3)), encoding="utf-8")
    admin.import_batch(server.database, center_id, batch, server_now())
    monkeypatch.setenv("DESKCLIENT_HOME", str(tmp_path / "pc"))

    assert main(["sync", "--once"]) == 1
    assert "not enrolled" in capsys.readouterr().err
    assert main(["enroll", "--server", server.base_url, "--code", "WRONG-CODE-0000"]) == 1
    assert main(["enroll", "--server", server.base_url, "--code", code]) == 0
    assert "enrolled" in capsys.readouterr().out
    assert main(["sync", "--once"]) == 0
    assert "3 new task(s)" in capsys.readouterr().out
    assert main(["status", "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["enrolled"] is True and status["queue_depth"] == 3 and status["outbox_pending"] == 0
    assert status["last_successful_sync"] is not None and status["last_attempt_failed"] is False
    assert status["server_epoch"]

    server.stop()
    assert main(["sync", "--once"]) == 1
    assert "cannot be reached" in capsys.readouterr().err
    assert main(["status", "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["last_attempt_failed"] is True and status["server_unreachable_since"] is not None
    server.start(migrate_first=False)


def test_sync_once_in_a_subprocess_exits_non_zero_when_offline(tmp_path):
    env = dict(os.environ, DESKCLIENT_HOME=str(tmp_path / "pc"),
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    done = subprocess.run([sys.executable, "-m", "deskclient", "sync", "--once"], env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 1
    assert "not enrolled" in done.stderr
