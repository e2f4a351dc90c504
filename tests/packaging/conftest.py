"""A real central server on loopback for ``deskclient --selftest --server``: one center, one worker, a few tickets."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from deskclient.server import admin
from deskclient.server.clock import server_now
from deskclient.server.runner import EmbeddedServer

WORKER, PIN = "selftest.worker", "482915"


@dataclass(frozen=True)
class SelftestServer:
    server: EmbeddedServer
    code: str

    def args(self) -> list[str]:
        return ["--server", self.server.base_url, "--enroll-code", self.code, "--user", WORKER, "--pin", PIN]


@pytest.fixture
def selftest_server(tmp_path: Path) -> Iterator[SelftestServer]:
    server = EmbeddedServer(f"sqlite:///{tmp_path / 'server.sqlite3'}").start()
    assert server.database is not None
    center_id, code = admin.add_center(server.database, "Selftest Center", server_now())
    admin.add_user(server.database, center_id=center_id, role="worker", username=WORKER, secret=PIN,
                   now=server_now())
    batch = tmp_path / "batch.jsonl"
    batch.write_text("\n".join(json.dumps({"external_id": f"S{n}", "kind": "support_ticket", "payload": {
        "subject": f"Selftest ticket {n}", "body": "My parcel did not arrive."}}) for n in range(3)),
        encoding="utf-8")
    admin.import_batch(server.database, center_id, batch, server_now())
    yield SelftestServer(server, code)
    server.stop()


def expected_checks(with_server: bool) -> list[str]:
    """The check names ``--selftest`` prints, in order."""
    from deskclient.ui.screens import SCREENS

    names = ["qt", "fonts", "translations", "keyring", "database", "demo data", "window",
             *(f"screen {entry.name}" for entry in SCREENS), "claim-submit"]
    if with_server:
        names += ["enroll", "sync", "claim-submit on a server task", "sync the result"]
    return names


def passed_checks(output: str) -> list[str]:
    return [line[6:].split(":", 1)[0] for line in output.splitlines() if line.startswith("ok    ")]
