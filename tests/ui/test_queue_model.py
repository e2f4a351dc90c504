from __future__ import annotations

from functools import partial

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from deskclient.domain.views import LoggedInUser
from deskclient.services.queue import QueueService
from deskclient.ui.background import Operations
from deskclient.ui.queue_model import PAGE_SIZE, QueueTableModel
from tests.factories import add_tickets, ticket

VIEWER = LoggedInUser(id="user-viewer", display_name="Viewer", role="worker", session_id="s")


def test_queue_loads_lazily_in_pages_and_passes_the_model_tester(qtbot, context):
    add_tickets(context, PAGE_SIZE * 2 + 17)
    operations = Operations()
    model = QueueTableModel(operations, partial(QueueService(context).page, VIEWER))
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert model.rowCount() == 0 and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    qtbot.waitUntil(lambda: model.rowCount() == PAGE_SIZE, timeout=10_000)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
        qtbot.waitUntil(lambda: not model.loading, timeout=10_000)
    assert model.rowCount() == PAGE_SIZE * 2 + 17
    ids = [model.index(row, 0).data(Qt.ItemDataRole.UserRole) for row in range(model.rowCount())]
    assert len(set(ids)) == len(ids)
    assert model.index(0, QueueTableModel.TITLE).data().startswith("Ticket")
    assert model.headerData(QueueTableModel.DUE, Qt.Orientation.Horizontal) == "Due"
    operations.shutdown()


def test_unknown_kind_shows_as_needing_an_update(qtbot, context):
    from deskclient.services.intake import IntakeService
    from tests.factories import CENTER_ID

    IntakeService(context).import_tasks(CENTER_ID, "mixed", [
        ticket("Known"), ticket("Label these photos", kind="image_labelling", payload={"subject": "Photos"})])
    operations = Operations()
    model = QueueTableModel(operations, partial(QueueService(context).page, VIEWER))
    model.fetchMore(QModelIndex())
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=10_000)
    kinds = {model.index(row, QueueTableModel.KIND).data() for row in range(2)}
    assert kinds == {"Support ticket", "Needs an app update"}
    operations.shutdown()


def test_reload_drops_a_page_that_arrives_late(qtbot, context):
    add_tickets(context, 5)
    operations = Operations()
    model = QueueTableModel(operations, partial(QueueService(context).page, VIEWER))
    model.fetchMore(QModelIndex())
    model.reload()  # the first request's rows must not be appended to the new list
    qtbot.waitUntil(lambda: not model.loading and model.rowCount() == 5, timeout=10_000)
    operations.shutdown()
    assert model.rowCount() == 5
