"""The status bar tells the truth about sync: online, offline, last success, waiting, needs attention."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from deskclient.paths import DataFolder
from deskclient.server import admin
from deskclient.server.clock import server_now
from deskclient.server.runner import EmbeddedServer
from deskclient.services.context import open_context
from deskclient.services.startup import prepare_database
from deskclient.sync.client import SyncClient
from tests.factories import PIN
from tests.ui.conftest import log_in


@pytest.fixture
def server(tmp_path: Path):
    running = EmbeddedServer(f"sqlite:///{tmp_path / 'server.sqlite3'}").start()
    yield running
    running.stop()


@pytest.fixture
def enrolled_folder(tmp_path: Path, server: EmbeddedServer) -> DataFolder:
    assert server.database is not None
    center_id, code = admin.add_center(server.database, "UI Center", server_now())
    admin.add_user(server.database, center_id=center_id, role="worker", username="amina",
                   display_name="Amina Yusuf", secret=PIN, now=server_now(), user_id="user-amina-yusuf")
    batch = tmp_path / "batch.jsonl"
    batch.write_text("\n".join(json.dumps({"external_id": f"T{n}", "kind": "support_ticket",
                                           "payload": {"subject": f"Ticket {n}", "body": "Help"}})
                               for n in range(4)), encoding="utf-8")
    admin.import_batch(server.database, center_id, batch, server_now())
    folder = DataFolder(tmp_path / "pc").ensure()
    prepare_database(folder)
    context = open_context(folder)
    client = SyncClient(context)
    client.enroll(server.base_url, code)
    client.run_once()
    context.database.dispose()
    return folder


def test_status_bar_shows_online_then_offline_and_never_failed_after_success(qtbot, make_window, enrolled_folder,
                                                                           server):
    window = make_window(folder=enrolled_folder)
    bar = window.sync_bar
    assert window.sync is not None
    qtbot.waitUntil(lambda: bar.state.text() == "Online", timeout=10_000)
    assert "Last sync:" in bar.details.text() and "never" not in bar.details.text()

    server.stop()
    window.sync.controller.sync_now()
    qtbot.waitUntil(lambda: bar.state.text().startswith("Offline since"), timeout=60_000)

    server.start(migrate_first=False)
    window.sync.controller.sync_now()
    qtbot.waitUntil(lambda: bar.state.text() == "Online", timeout=60_000)


def test_submitted_work_is_sent_by_the_next_sync(qtbot, make_window, enrolled_folder, server):
    window = make_window(folder=enrolled_folder)
    log_in(qtbot, window, "user-amina-yusuf")
    window.session.home.start_button.click()
    from deskclient.ui.work.support_ticket import SupportTicketScreen

    qtbot.waitUntil(lambda: isinstance(window.stack.currentWidget(), SupportTicketScreen), timeout=10_000)
    screen = window.stack.currentWidget()
    screen.category.setCurrentIndex(screen.category.findData("billing"))
    screen.resolution.setCurrentIndex(screen.resolution.findData("answered"))
    screen.reply.setPlainText("Done.")
    screen.submit_button.click()
    controller = window.sync.controller
    qtbot.waitUntil(lambda: controller.status is not None and controller.status.waiting >= 2, timeout=10_000)
    assert controller._timer.remainingTime() <= 11_000  # scheduled soon after the submit (coarse timer: 5%)
    controller.sync_now()
    qtbot.waitUntil(lambda: not controller.running and controller.status.waiting == 0, timeout=30_000)
    assert "0" in window.sync_bar.details.text()
    assert server.database is not None
    rows = admin.export_rows(server.database, admin_center(server))
    assert [row["worker"] for row in rows] == ["amina"]


def admin_center(server: EmbeddedServer) -> str:
    from sqlalchemy import select

    from deskclient.server.models import Center

    assert server.database is not None
    with server.database.transaction() as session:
        return session.scalars(select(Center.id)).one()


def test_demo_toggle_stops_and_starts_the_server(qtbot, make_window, enrolled_folder, server):
    from deskclient.ui.app import build_window

    window = build_window(enrolled_folder, demo_server=server)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=15_000):
        window.show()
    assert window.demo is not None
    window.demo.button.click()
    assert not server.running and "start server" in window.demo.button.text()
    window.demo.button.click()
    assert server.running and "stop server" in window.demo.button.text()
    qtbot.waitUntil(lambda: window.sync_bar.state.text() == "Online", timeout=30_000)
    window.shutdown()
    from PySide6.QtWidgets import QApplication

    QApplication.instance().removeEventFilter(window.watcher)


def test_a_new_pc_asks_for_the_server_and_code(qtbot, make_window, tmp_path, server):
    assert server.database is not None
    center_id, code = admin.add_center(server.database, "New Center", server_now())
    admin.add_user(server.database, center_id=center_id, role="worker", username="asha", display_name="Asha",
                   secret=PIN, now=server_now())
    window = make_window(folder=DataFolder(tmp_path / "new-pc").ensure())
    qtbot.waitUntil(lambda: window.sync is not None and window.sync.enroll_dialog is not None
                    and window.sync.enroll_dialog.isVisible(), timeout=10_000)
    dialog = window.sync.enroll_dialog
    dialog.server.setText("not a url")
    dialog._accept()
    assert dialog.isVisible() and "full server address" in dialog.error.text()
    dialog.server.setText(server.base_url)
    dialog.code.setText(code)
    dialog._accept()
    qtbot.waitUntil(lambda: window.sync_bar.state.text() == "Online", timeout=30_000)
    qtbot.waitUntil(lambda: [p.display_name for p in window.login_page._people] == ["Asha"], timeout=10_000)
