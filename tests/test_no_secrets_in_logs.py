"""Nothing secret in the logs: a full run at DEBUG level in one process, then the log file is searched.

The app's own log set-up (``configure_logging``) writes the file; the server runs in the same
process (``EmbeddedServer``), so its logs land in the same file too. The run enrolls with a code,
syncs, fails a login and logs in with a PIN, claims a ticket, saves a draft and submits a reply
that names the customer, and syncs again.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from deskclient.domain.credentials import make_verifier
from deskclient.domain.problems import Problem
from deskclient.logs import REDACTED, SecretFilter, configure_logging, redact
from deskclient.paths import DataFolder
from deskclient.server import admin
from deskclient.server.clock import server_now
from deskclient.server.runner import EmbeddedServer
from deskclient.services.bundle import Services
from deskclient.services.startup import prepare_database
from deskclient.sync.client import SyncClient
from tests.factories import FAST_PARAMS

WORKER_PIN = "570318"
WRONG_PIN = "961742"
CUSTOMER = {"customer_name": "Zanele Okonkwo-Barasa", "customer_email": "zanele.barasa@example.net",
            "customer_phone": "+254 712 345 678"}
BODY = "My router Qx7 blinks orange since the storm on Tuesday."
REPLY = ("Dear Zanele Okonkwo-Barasa, we called you on +254 712 345 678 and wrote to zanele.barasa@example.net: "
         "please hold the reset button of the router for ten seconds.")
NOTE = "Customer sounded upset; second call this week."


@pytest.fixture
def restore_logging() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    quiet = {name: logging.getLogger(name).level for name in ("urllib3", "requests", "sqlalchemy", "uvicorn.access",
                                                               "httpx", "httpcore", "hpack", "multipart",
                                                               "python_multipart", "keyring")}
    yield
    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)
    for name, old in quiet.items():
        logging.getLogger(name).setLevel(old)


def _read_logs(folder: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return "\n".join(path.read_text(encoding="utf-8") for path in sorted(folder.glob("deskclient.log*")))


def test_a_full_run_at_debug_level_leaves_no_secret_in_the_log(tmp_path: Path, restore_logging: None) -> None:
    log_path = configure_logging(tmp_path / "logs", logging.DEBUG)
    server = EmbeddedServer(f"sqlite:///{tmp_path / 'server.sqlite3'}").start()
    services: Services | None = None
    try:
        assert server.database is not None
        center_id, code = admin.add_center(server.database, "Kisumu Center", server_now())
        worker = admin.add_user(server.database, center_id=center_id, role="worker", username="wanjiru",
                                display_name="Wanjiru K.", secret=WORKER_PIN, now=server_now(),
                                verifier=make_verifier(WORKER_PIN, FAST_PARAMS))
        batch = tmp_path / "batch.jsonl"
        import json

        batch.write_text(json.dumps({"external_id": "T-1", "kind": "support_ticket", "payload": {
            "subject": "Router blinks orange", "body": BODY, "channel": "email", **CUSTOMER}}) + "\n", encoding="utf-8")
        assert admin.import_batch(server.database, center_id, batch, server_now()).ok

        folder = DataFolder(tmp_path / "pc")
        assert prepare_database(folder).state == "ready"
        services = Services.open(folder)
        client = SyncClient(services.context)
        with pytest.raises(Problem):
            client.enroll(server.base_url, "WRNG-CDE2-XXXX")  # refused: the server's answer is logged nowhere
        client.enroll(server.base_url, code)
        secret, _ = client.credentials.load(services.context.device_id)
        assert secret
        assert client.run_once().new_tasks == 1

        with pytest.raises(Problem):
            services.auth.login(worker, WRONG_PIN)
        user = services.auth.login(worker, WORKER_PIN)
        item = services.work.next_task(user)
        assert item.payload["customer_name"] == CUSTOMER["customer_name"]
        answer = {"category": "hardware_fault", "priority": "normal", "resolution_code": "answered",
                  "reply_text": REPLY, "internal_note": NOTE}
        services.work.save_draft(user, item.task_id, answer, 30_000)
        services.work.submit(user, item.task_id, answer, 61_000)
        assert client.run_once().pushed >= 1
    finally:
        if services is not None:
            services.close()
        server.stop()

    text = _read_logs(log_path.parent)
    # The entries support needs are there...
    assert " DEBUG " in text
    assert "login: user " + worker in text
    assert "login_failed: user " + worker in text
    assert "task_submitted: user " + worker in text
    assert "enrolled as " + services.context.device_id in text
    assert text.count("sync finished:") == 2
    assert "POST /v1/pull" in text and "POST /v1/push" in text
    # ...and nothing secret or personal is.
    forbidden = {
        "device secret": secret, "bearer token": f"{services.context.device_id}.{secret}", "enrollment code": code,
        "PIN": WORKER_PIN, "wrong PIN": WRONG_PIN, "reply text": REPLY[:40], "internal note": NOTE[:30],
        "ticket body": BODY[:30], **{f"customer's {key}": value for key, value in CUSTOMER.items()},
        "customer's surname": "Okonkwo", "phone digits": "712 345 678", "e-mail user": "zanele.barasa",
    }
    leaks = [what for what, value in forbidden.items() if value.lower() in text.lower()]
    assert leaks == [], f"found in the log: {leaks}"
    assert "Bearer " + services.context.device_id not in text
    assert "scrypt$n=" not in text


# -- the filter itself -----------------------------------------------------------------------------
SECRET = "q2VwX8a9kR_3bT-7mYpLz4cNdE6fGhJ0sUvW1xZ5iOk"  # token_urlsafe(32): 43 characters


@pytest.mark.parametrize(("message", "kept"), [
    (f"headers: {{'Authorization': 'Bearer 1b4e28ba-2fa1-11d2-883f-0016d3cca427.{SECRET}'}}", "Authorization"),
    (f"device_secret={SECRET}", "device_secret="),
    (f'{{"device-secret": "{SECRET}", "center": "Kisumu"}}', "Kisumu"),
    (f"key on its own: {SECRET} (end)", "(end)"),
    ("enrolling with code ABCD-EFGH-JK2M now", "now"),
    ("pin=570318 for wanjiru", "wanjiru"),
    ("verifier scrypt$n=16384,r=8,p=1$c2FsdHNhbHQ$a2V5a2V5a2V5 stored", "stored"),
    ("(sqlite3.IntegrityError) UNIQUE failed\n[SQL: INSERT INTO tasks VALUES (?)]\n[parameters: ('Zanele', 'x@y')]",
     "[SQL: INSERT"),
])
def test_the_filter_redacts_what_looks_like_a_secret(message: str, kept: str) -> None:
    record = logging.LogRecord("deskclient.test", logging.INFO, __file__, 1, "%s", (message,), None)
    assert SecretFilter().filter(record)
    text = record.getMessage()
    assert REDACTED in text and kept in text
    for secret in (SECRET, "ABCD-EFGH-JK2M", "570318", "c2FsdHNhbHQ", "Zanele"):
        assert secret not in text


def test_the_filter_redacts_tracebacks_too() -> None:
    try:
        raise RuntimeError(f"server said no to Bearer abc.{SECRET}")
    except RuntimeError:
        import sys

        record = logging.LogRecord("deskclient.test", logging.ERROR, __file__, 1, "failed", None, sys.exc_info())
    SecretFilter().filter(record)
    formatted = logging.Formatter().format(record)
    assert "RuntimeError" in formatted and SECRET not in formatted


@pytest.mark.parametrize("harmless", [
    "enrolled as 1b4e28ba-2fa1-11d2-883f-0016d3cca427 with https://tasks.example.org (center Kisumu)",
    "POST /v1/pull: 312 -> 40211 bytes, HTTP 200, 35 ms", "secret kept in keyring",
    "backup written: deskclient-20260101-120000.sqlite3", "sync finished: 3 sent, 0 already there",
])
def test_the_filter_leaves_ordinary_lines_alone(harmless: str) -> None:
    assert redact(harmless) == harmless
