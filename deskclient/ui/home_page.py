"""A worker's home: their figures, a big "Start next task", their unfinished tickets, the queue."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from deskclient.domain.credentials import RESETTABLE_ROLES
from deskclient.domain.roles import TASK_ROLES
from deskclient.domain.views import DraftSummary, LoggedInUser, WorkerStats
from deskclient.ui.accessibility import chain_tab_order, max_lines, rows_fit_text, shortcut_hint
from deskclient.ui.labels import format_number
from deskclient.ui.messages import format_duration
from deskclient.ui.queue_model import QueueTableModel
from deskclient.ui.shortcuts import add_shortcut


def _card(title: str, value: QLabel, note: QLabel) -> QFrame:
    frame = QFrame()
    frame.setProperty("role", "card")
    heading = QLabel(title)
    heading.setProperty("role", "subtitle")
    value.setProperty("role", "figure")
    note.setProperty("role", "subtitle")
    layout = QVBoxLayout(frame)
    layout.addWidget(heading)
    layout.addWidget(value)
    layout.addWidget(note)
    return frame


class HomePage(QWidget):
    """Built for one person at login and destroyed at logout: nothing of it survives a switch."""

    start_next_requested = Signal()
    resume_requested = Signal(str)
    switch_user_requested = Signal()
    reset_secret_requested = Signal()

    def __init__(self, user: LoggedInUser, queue_model: QueueTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("homePage")
        self.user = user

        self.name = QLabel(user.display_name)
        self.name.setProperty("role", "title")
        self.switch_button = QPushButton(self.tr("Switch user"))
        self.switch_button.setToolTip(self.tr("Lock the screen and let someone else log in (Ctrl+L)"))
        self.switch_button.clicked.connect(self.switch_user_requested)
        add_shortcut(self, "Ctrl+L", self.switch_user_requested.emit)
        header = QHBoxLayout()
        header.addWidget(self.name)
        header.addStretch(1)
        self.reset_button: QPushButton | None = None
        if user.role in RESETTABLE_ROLES:  # supervisors and the center admin: on site, offline
            self.reset_button = QPushButton(self.tr("Reset a worker's PIN…"))
            self.reset_button.setObjectName("resetSecretButton")
            self.reset_button.setAccessibleName(self.tr("Reset a worker's PIN"))
            self.reset_button.setToolTip(self.tr("Give someone who forgot their PIN a one-time PIN (Ctrl+R)"))
            self.reset_button.clicked.connect(self.reset_secret_requested)
            add_shortcut(self, "Ctrl+R", self.reset_button.click)
            header.addWidget(self.reset_button)
        header.addWidget(self.switch_button)

        self.today_value, self.today_note = QLabel("—"), QLabel()
        self.week_value, self.week_note = QLabel("—"), QLabel()
        for note in (self.today_note, self.week_note):  # the same text the figures bring, so no jump
            note.setText(self.tr("Average time: %1").replace("%1", "—"))
        cards = QHBoxLayout()
        cards.addWidget(_card(self.tr("Done today"), self.today_value, self.today_note))
        cards.addWidget(_card(self.tr("Done this week"), self.week_value, self.week_note))

        self.start_button = QPushButton(self.tr("Start next task"))
        self.start_button.setProperty("role", "primary")
        self.start_button.setProperty("big", True)
        self.start_button.setToolTip(self.tr("Shortcut: Ctrl+N"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start_next_requested)
        add_shortcut(self, "Ctrl+N", self.start_button.click)
        self.start_note = QLabel()
        self.start_note.setProperty("role", "subtitle")
        self.start_note.setWordWrap(True)
        if user.role not in TASK_ROLES:
            self.start_button.setEnabled(False)
            self.start_note.setText(self.tr("Your role does not take tickets. Your tools come in a later version."))

        self.drafts = QListWidget()
        self.drafts.setAccessibleName(self.tr("Your unfinished and returned tickets"))
        max_lines(self.drafts, 5)
        self.drafts.itemActivated.connect(self._resume_item)
        self.drafts_heading = QLabel(self.tr("Your unfinished and returned tickets"))
        self.drafts_heading.setProperty("role", "subtitle")

        self.queue_heading = QLabel(self.tr("Waiting in the queue"))
        self.queue_heading.setProperty("role", "subtitle")
        self.queue = QTableView()
        self.queue.setObjectName("queueView")
        self.queue.setAccessibleName(self.tr("Tickets waiting in the queue"))
        self.queue.setModel(queue_model)
        self.queue.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.queue.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.queue.setAlternatingRowColors(True)
        self.queue.verticalHeader().setVisible(False)
        rows_fit_text(self.queue)  # rows grow with the text size
        self.queue.setTabKeyNavigation(False)  # Tab leaves the list; arrow keys move between tickets
        self.queue.setWordWrap(False)
        header_view = self.queue.horizontalHeader()
        header_view.setSectionResizeMode(QueueTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (QueueTableModel.PRIORITY, QueueTableModel.DUE, QueueTableModel.KIND):
            header_view.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        left = QVBoxLayout()
        left.addLayout(cards)
        left.addSpacing(8)
        left.addWidget(self.start_button)
        left.addWidget(self.start_note)
        left.addSpacing(8)
        left.addWidget(self.drafts_heading)
        left.addWidget(self.drafts)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.queue_heading)
        right.addWidget(self.queue, 1)
        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addSpacing(16)
        body.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(header)
        layout.addLayout(body, 1)
        layout.addWidget(shortcut_hint([("Ctrl+N", self.tr("Start next task")),
                                        ("Ctrl+L", self.tr("Switch user"))]))
        chain_tab_order(self.start_button, self.drafts, self.queue,
                        *([self.reset_button] if self.reset_button else []), self.switch_button)
        self._focused_once = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._focused_once:  # setFocus before the page is shown would be lost
            self._focused_once = True
            target = self.start_button if self.start_button.isEnabled() else self.queue
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_stats(self, stats: WorkerStats) -> None:
        self.today_value.setText(format_number(stats.today_count))
        self.today_note.setText(self.tr("Average time: %1").replace(
            "%1", format_duration(stats.today_avg_handle_ms)))
        self.week_value.setText(format_number(stats.week_count))
        self.week_note.setText(self.tr("Average time: %1").replace(
            "%1", format_duration(stats.week_avg_handle_ms)))

    def show_drafts(self, drafts: list[DraftSummary]) -> None:
        self.drafts.clear()
        for draft in drafts:
            title = self.tr("Returned to you: %1").replace("%1", draft.title) if draft.returned else draft.title
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, draft.task_id)
            item.setToolTip(self.tr("Double-click or press Enter to continue"))
            self.drafts.addItem(item)
        self.drafts.setVisible(bool(drafts))
        self.drafts_heading.setVisible(bool(drafts))

    def show_waiting(self, count: int) -> None:
        self.queue_heading.setText(self.tr("Waiting in the queue: %n ticket(s)", "", count))

    def set_start_note(self, text: str) -> None:
        self.start_note.setText(text)

    def set_busy(self, busy: bool) -> None:
        if self.user.role in TASK_ROLES:
            self.start_button.setEnabled(not busy)

    def _resume_item(self, item: QListWidgetItem) -> None:
        self.resume_requested.emit(str(item.data(Qt.ItemDataRole.UserRole)))
