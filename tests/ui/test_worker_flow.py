from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QWidget
from sqlalchemy import func, select

from deskclient.domain.problems import DISK_FULL, Problem
from deskclient.services.context import open_context
from deskclient.store import sealing
from deskclient.store.models import Draft, OutboxItem, Result, Task, TaskSkip
from deskclient.ui.work.reason_dialogs import EscalateDialog, SkipDialog
from deskclient.ui.work.support_ticket import SupportTicketScreen
from tests.ui.conftest import log_in


def open_next(qtbot, window) -> SupportTicketScreen:
    window.session.home.start_button.click()
    qtbot.waitUntil(lambda: isinstance(window.stack.currentWidget(), SupportTicketScreen), timeout=10_000)
    return window.stack.currentWidget()


def fill(screen: SupportTicketScreen) -> None:
    screen.category.setCurrentIndex(screen.category.findData("account_access"))
    screen.resolution.setCurrentIndex(screen.resolution.findData("password_reset"))
    screen.reply.setPlainText("Dear Asha, we sent you a reset link.")


def count(folder, model, **where) -> int:
    context = open_context(folder)
    try:
        with context.database.read() as session:
            statement = select(func.count()).select_from(model)
            for name, value in where.items():
                statement = statement.where(getattr(model, name) == value)
            return session.scalar(statement)
    finally:
        context.database.dispose()


def test_next_task_shows_the_ticket_safely(qtbot, make_window):
    window = make_window()
    log_in(qtbot, window)
    screen = open_next(qtbot, window)
    assert screen.subject.text().startswith("Ticket")
    assert "cannot log in" in screen.body.toPlainText()
    assert screen.body.isReadOnly()


def test_submit_with_missing_answers_marks_them_and_keeps_the_ticket(qtbot, make_window, seeded_folder):
    window = make_window()
    log_in(qtbot, window)
    screen = open_next(qtbot, window)
    screen.reply.setPlainText("Half an answer")
    screen.submit_button.click()
    qtbot.waitUntil(lambda: screen._errors["category"].isVisible(), timeout=10_000)
    assert screen._errors["resolution_code"].text() == "Required"
    assert window.stack.currentWidget() is screen
    assert count(seeded_folder, Result) == 0


def test_submit_records_the_result_and_the_home_counts_it(qtbot, make_window, seeded_folder):
    window = make_window()
    log_in(qtbot, window)
    screen = open_next(qtbot, window)
    task_id = screen.item.task_id
    fill(screen)
    screen.submit_button.click()
    home = window.session.home
    qtbot.waitUntil(lambda: window.stack.currentWidget() is home and home.today_value.text() == "1", timeout=10_000)
    assert count(seeded_folder, Result, task_id=task_id) == 1
    assert count(seeded_folder, OutboxItem, topic="result.submitted") == 1
    assert count(seeded_folder, Task, id=task_id, state="submitted") == 1
    assert "Sent" in window.notice.text()


def test_insert_canned_reply_fills_variables(qtbot, make_window, seeded_folder):
    from deskclient.services.intake import IntakeService

    context = open_context(seeded_folder)
    IntakeService(context).add_canned_responses("support_ticket", [
        {"code": "reset", "title": "Password reset", "category": "account_access",
         "body": "Hello {customer_name}, about {product}: done. {agent_name}"}])
    context.database.dispose()
    window = make_window()
    log_in(qtbot, window)
    screen = open_next(qtbot, window)
    screen.canned_box.setCurrentIndex(screen.canned_box.findData("reset"))
    screen.insert_button.click()
    assert screen.reply.toPlainText() == "Hello Asha Mwangi, about PesaPlus app: done. Amina"
    assert screen.category.currentData() == "account_access"


def test_skip_hands_the_ticket_back_with_a_reason(qtbot, make_window, seeded_folder, monkeypatch):
    monkeypatch.setattr(SkipDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    window = make_window()
    log_in(qtbot, window)
    screen = open_next(qtbot, window)
    task_id = screen.item.task_id
    screen.skip_button.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.session.home, timeout=10_000)
    assert count(seeded_folder, TaskSkip, task_id=task_id, reason="language") == 1
    assert count(seeded_folder, Task, id=task_id, state="available") == 1


def test_escalate_needs_a_note_and_records_it(qtbot, make_window, seeded_folder, monkeypatch):
    def accept(dialog: EscalateDialog) -> QDialog.DialogCode:
        dialog.note.setPlainText("Customer reports fraud, needs the security team")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(EscalateDialog, "exec", accept)
    window = make_window()
    log_in(qtbot, window)
    screen = open_next(qtbot, window)
    task_id = screen.item.task_id
    screen.category.setCurrentIndex(screen.category.findData("security"))
    screen.escalate_button.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.session.home, timeout=10_000)
    assert count(seeded_folder, Task, id=task_id, state="escalated") == 1
    context = open_context(seeded_folder)
    with context.database.read() as session:
        result_id, stored = session.execute(select(Result.id, Result.values_json)
                                            .where(Result.task_id == task_id)).one()
    values = sealing.cipher_for(context.database).open_json(sealing.RESULT, result_id, stored)  # sealed at rest
    context.database.dispose()
    assert values["escalated"] is True
    assert values["internal_note"].startswith("Customer reports fraud")


def test_disk_full_on_submit_keeps_the_answer(qtbot, make_window, seeded_folder, monkeypatch):
    window = make_window()
    log_in(qtbot, window)
    screen = open_next(qtbot, window)
    fill(screen)

    def full(*_args, **_kwargs):
        raise Problem(DISK_FULL)

    monkeypatch.setattr(window.services.work, "submit", full)
    screen.submit_button.click()
    qtbot.waitUntil(lambda: "disk is full" in window.notice.text(), timeout=10_000)
    assert window.stack.currentWidget() is screen
    assert screen.reply.toPlainText().startswith("Dear Asha")
    qtbot.waitUntil(lambda: count(seeded_folder, Draft, task_id=screen.item.task_id) == 1, timeout=10_000)
    context = open_context(seeded_folder)
    with context.database.read() as session:
        stored = session.scalar(select(Draft.values_json).where(Draft.task_id == screen.item.task_id))
    draft = sealing.cipher_for(context.database).open_json(sealing.DRAFT, screen.item.task_id, stored)
    context.database.dispose()
    assert draft["reply_text"].startswith("Dear Asha")


def test_save_and_go_back_keeps_a_draft_to_resume(qtbot, make_window):
    window = make_window()
    log_in(qtbot, window)
    screen = open_next(qtbot, window)
    task_id = screen.item.task_id
    screen.reply.setPlainText("Work in progress")
    screen.back_button.click()
    home = window.session.home
    qtbot.waitUntil(lambda: window.stack.currentWidget() is home and home.drafts.count() == 1, timeout=10_000)
    home.drafts.itemActivated.emit(home.drafts.item(0))
    qtbot.waitUntil(lambda: isinstance(window.stack.currentWidget(), SupportTicketScreen), timeout=10_000)
    resumed = window.stack.currentWidget()
    assert resumed.item.task_id == task_id
    assert resumed.reply.toPlainText() == "Work in progress"


@pytest.mark.parametrize("how", ["switch_button", "idle"])
def test_lock_keeps_the_draft_and_shows_nothing_of_the_previous_person(qtbot, make_window, seeded_folder, how):
    window = make_window(idle_seconds=2 if how == "idle" else None)
    log_in(qtbot, window)
    screen = open_next(qtbot, window)
    task_id = screen.item.task_id
    screen.reply.setPlainText("Private draft of Amina")
    if how == "switch_button":
        window.stack.setCurrentWidget(window.session.home)
        window.session.home.switch_button.click()
    qtbot.waitUntil(lambda: window.session is None and window.stack.currentWidget() is window.login_page,
                    timeout=15_000)
    qtbot.waitUntil(lambda: count(seeded_folder, Draft, task_id=task_id) == 1, timeout=10_000)
    qtbot.waitUntil(lambda: window.stack.count() == 1, timeout=5_000)
    leftovers = [widget for widget in window.findChildren(QWidget)
                 if widget.objectName() in ("homePage", "supportTicketScreen")]
    assert leftovers == [] or all(not widget.isVisible() for widget in leftovers)
    assert window.login_page.stack.currentIndex() == 0
    if how == "idle":
        assert "locked" in window.notice.text()
    # The next person logs in and sees only their own home.
    from tests.ui.conftest import log_in as log_in_again

    log_in_again(qtbot, window, "user-priya-das")
    assert window.session.home.name.text() == "Priya Das"
    qtbot.waitUntil(lambda: window.session.home.today_value.text() == "0", timeout=10_000)
    assert window.session.home.drafts.count() == 0


def test_handle_time_counts_typing_and_is_saved_with_the_result(qtbot, make_window, seeded_folder):
    window = make_window()
    log_in(qtbot, window)
    screen = open_next(qtbot, window)
    fill(screen)
    screen.reply.setFocus()
    qtbot.keyClicks(screen.reply, " Thanks", delay=20)
    assert screen.tracker.active_ms > 0
    counted = screen.tracker.active_ms
    task_id = screen.item.task_id
    screen.submit_button.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.session.home, timeout=10_000)
    context = open_context(seeded_folder)
    with context.database.read() as session:
        handle_ms = session.scalar(select(Result.handle_ms).where(Result.task_id == task_id))
    context.database.dispose()
    assert handle_ms >= counted
