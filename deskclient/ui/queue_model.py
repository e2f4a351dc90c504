"""The queue list: a table model that loads pages lazily, off the UI thread, and keeps rows small.

Rows are kept column by column (a list of titles, compact arrays of numbers) rather than as one
object per row: 100,000 waiting tickets cost about 12 MB instead of about 55 MB, which matters on
a 4 GB PC that also runs a browser.
"""

from __future__ import annotations

import sys
from array import array
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from deskclient.domain.tasks import PRIORITY_BY_RANK
from deskclient.domain.views import QueueRow
from deskclient.ui.background import Operations
from deskclient.ui.labels import format_datetime, kind_label, priority_label

PAGE_SIZE = 1000
_Index = QModelIndex | QPersistentModelIndex


class QueueTableModel(QAbstractTableModel):
    """Waiting tasks in hand-out order. ``data()`` never touches the database."""

    PRIORITY, TITLE, DUE, KIND = range(4)
    loading_changed = Signal(bool)

    def __init__(self, operations: Operations, load_page: Callable[[tuple[Any, ...] | None, int], list[QueueRow]],
                 parent: Any = None) -> None:
        super().__init__(parent)
        self._operations = operations
        self._load_page = load_page
        self._titles: list[str] = []
        self._kinds: list[str] = []  # interned: one string per kind, shared by every row
        self._ids: list[str] = []
        self._ranks = bytearray()
        self._known = bytearray()
        self._due_seconds = array("q")  # 0: no due date
        self._last_key: tuple[Any, ...] | None = None
        self._exhausted = False
        self._loading = False
        self._generation = 0

    # -- shape ------------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._titles)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Priority"), self.tr("Subject"), self.tr("Due"), self.tr("Kind"))[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = index.row()
        if not index.isValid() or row >= len(self._titles):
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.PRIORITY:
                return priority_label(PRIORITY_BY_RANK.get(self._ranks[row], "normal"))
            if column == self.TITLE:
                return self._titles[row]
            if column == self.DUE:
                seconds = self._due_seconds[row]
                return format_datetime(datetime.fromtimestamp(seconds, UTC) if seconds else None)
            if column == self.KIND:
                return kind_label(self._kinds[row]) if self._known[row] else self.tr("Needs an app update")
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TITLE:
            return self._titles[row]
        if role == Qt.ItemDataRole.UserRole:
            return self._ids[row]
        return None

    # -- lazy loading -----------------------------------------------------------------------------
    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted or self._loading:
            return
        self._set_loading(True)
        after = self._last_key
        generation = self._generation
        self._operations.run(lambda: self._load_page(after, PAGE_SIZE),
                             on_done=lambda rows: self._append(rows, generation),
                             on_finally=lambda: self._set_loading(False), owner=self, label="queue page")

    def _append(self, rows: list[QueueRow], generation: int) -> None:
        if generation != self._generation:
            return  # a reload started meanwhile; this page belongs to the old list
        if len(rows) < PAGE_SIZE:
            self._exhausted = True
        if rows:
            first = len(self._titles)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            for row in rows:
                self._ids.append(row.id)
                self._titles.append(row.title)
                self._kinds.append(sys.intern(row.kind))
                self._ranks.append(max(0, min(255, row.priority_rank)))
                self._known.append(row.kind_known)
                self._due_seconds.append(int(row.due_at.timestamp()) if row.due_at else 0)
            self._last_key = rows[-1].sort_key
            self.endInsertRows()

    def reload(self) -> None:
        """Start again from the top (after a claim or an import changed the queue)."""
        self._generation += 1
        self.beginResetModel()
        self._ids, self._titles, self._kinds = [], [], []
        self._ranks, self._known, self._due_seconds = bytearray(), bytearray(), array("q")
        self._last_key = None
        self._exhausted = False
        self._loading = False
        self.endResetModel()
        self.fetchMore()

    def _set_loading(self, loading: bool) -> None:
        if self._loading != loading:
            self._loading = loading
            self.loading_changed.emit(loading)

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def exhausted(self) -> bool:
        return self._exhausted
