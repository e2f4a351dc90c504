"""The demo's own central server, on loopback inside the app: the demo syncs the way a center does.

The first start creates the demo center on the server (people, canned replies, 240 tickets),
enrolls this PC with a one-time code and syncs, so the tickets reach the PC through the real
protocol. The server can be stopped and started from the status bar to show offline work and
catch-up.
"""

from __future__ import annotations

import json
import logging
import tempfile
import uuid
from dataclasses import asdict
from pathlib import Path
from urllib.parse import urlparse

from deskclient.demo.content import demo_people, generate_canned_responses, generate_tickets
from deskclient.demo.seed import DEMO_CENTER_ID, DEMO_CENTER_NAME, DEMO_LANGUAGES, NAMESPACE
from deskclient.domain.credentials import make_verifier
from deskclient.paths import DataFolder
from deskclient.server import admin
from deskclient.server.clock import server_now
from deskclient.server.runner import EmbeddedServer
from deskclient.services.context import ServiceContext
from deskclient.store import sync_store
from deskclient.store.models import SyncState
from deskclient.sync.client import SyncClient

log = logging.getLogger(__name__)
SERVER_FILE = "demo-server.sqlite3"
DEMO_TICKETS = 240


def server_url_for(folder: DataFolder) -> str:
    return f"sqlite:///{folder.root / SERVER_FILE}"


def start_demo_server(folder: DataFolder, context: ServiceContext) -> tuple[EmbeddedServer, int]:
    """Start (and on first use fill) the demo server; enroll and sync this PC. Returns (server, new tasks)."""
    with context.database.read() as session:
        row = session.get(SyncState, 1)
        known_url = row.server_url if row else None
    port = (urlparse(known_url).port or 0) if known_url else 0
    server = EmbeddedServer(server_url_for(folder), port=port)
    try:
        server.start()
    except OSError:
        server = EmbeddedServer(server_url_for(folder), port=0).start()  # the old port is taken now
    assert server.database is not None
    client = SyncClient(context)
    new_tasks = 0
    if not known_url:
        code = _create_demo_center(server)
        client.enroll(server.base_url, code, device_name="Demo PC")
    elif known_url != server.base_url:
        with context.database.write() as session:
            sync_store.state(session).server_url = server.base_url
    try:
        new_tasks = client.run_once().new_tasks
    except Exception:
        log.exception("first demo sync failed")
    return server, new_tasks


def _create_demo_center(server: EmbeddedServer) -> str:
    database = server.database
    assert database is not None
    now = server_now()
    _, code = admin.add_center(database, DEMO_CENTER_NAME, now, center_id=DEMO_CENTER_ID)
    for person in demo_people():
        admin.add_user(database, center_id=DEMO_CENTER_ID, role=person.role, username=person.username,
                       display_name=person.display_name, secret=person.pin, now=now,
                       language=DEMO_LANGUAGES.get(person.username), verifier=make_verifier(person.pin),
                       user_id=str(uuid.uuid5(NAMESPACE, f"user:{person.username}")))
    admin.add_canned_responses(database, DEMO_CENTER_ID, (
        dict(asdict(response), kind="support_ticket") for response in generate_canned_responses()))
    with tempfile.TemporaryDirectory() as scratch:
        batch = Path(scratch) / "demo-batch.jsonl"
        with batch.open("w", encoding="utf-8") as out:
            for ticket in generate_tickets(DEMO_TICKETS, now=now):
                out.write(json.dumps({
                    "external_id": ticket.external_id, "kind": ticket.kind, "payload": ticket.payload,
                    "priority": ticket.priority, "due_at": ticket.due_at.isoformat() if ticket.due_at else None,
                }, ensure_ascii=False) + "\n")
        report = admin.import_batch(database, DEMO_CENTER_ID, batch, now)
    log.info("demo server: %d tickets imported", report.added)
    return code
