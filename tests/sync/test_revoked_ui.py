"""The window after the server revoked this PC: it says so, stops offering "Sync now", and exports the unsent work."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from deskclient.paths import DataFolder
from deskclient.server.clock import server_now
from deskclient.server.devices import revoke
from deskclient.services.context import open_context
from deskclient.services.startup import prepare_database
from deskclient.sync.client import SyncClient
from tests.sync.conftest import CenterSetup, SyncServer
from tests.ui.conftest import make_window, seeded_folder  # noqa: F401  (fixtures)


def _enrolled_and_revoked(scratch: Path, server: SyncServer, center: CenterSetup) -> tuple[DataFolder, str]:
    folder = DataFolder(scratch / "pc").ensure()
    prepare_database(folder)
    context = open_context(folder)
    try:
        client = SyncClient(context)
        client.enroll(server.base_url, center.code, device_name="Front desk")
        client.run_once()
        device_id = context.device_id
    finally:
        context.database.dispose()
    revoke(server.database, device_id, server_now(), "retired")
    return folder, device_id


def test_the_status_bar_says_disconnected_and_exports_unsent_work(qtbot, make_window, scratch: Path,  # noqa: F811
                                                                  server: SyncServer, center: CenterSetup,
                                                                  tmp_path: Path) -> None:
    folder, device_id = _enrolled_and_revoked(scratch, server, center)
    window = make_window(folder=folder)
    bar = window.sync_bar
    assert window.sync is not None
    window.sync.controller.sync_now()
    qtbot.waitUntil(lambda: "disconnected by the center's server" in bar.state.text(), timeout=30_000)
    assert bar.export_button.isVisible() and bar.export_button.text() == "Export unsent work…"
    assert not bar.sync_button.isVisible()

    target = tmp_path / "unsent.json"
    bar.export_button.click()
    dialog = window.sync.export_dialog
    assert isinstance(dialog, QFileDialog) and dialog.isVisible()
    assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    dialog.fileSelected.emit(str(target))  # what choosing a file and "Save" does
    dialog.close()
    qtbot.waitUntil(target.exists, timeout=15_000)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["device_id"] == device_id and data["format"] == "deskclient-outbox"
    database_rows = local_rows_of(folder, "SELECT id FROM outbox WHERE status = 'pending' ORDER BY seq")
    assert [item["id"] for item in data["items"]] == [row[0] for row in database_rows]
    assert any(item["topic"] == "audit.event" for item in data["items"])  # the export's own audit entry


def local_rows_of(folder: DataFolder, statement: str) -> list[tuple[str]]:
    with closing(sqlite3.connect(folder.database)) as connection:
        return list(connection.execute(statement))
