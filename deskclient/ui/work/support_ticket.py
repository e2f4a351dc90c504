"""The support-ticket screen: the customer's message on the left, the answer on the right."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from deskclient.domain.kinds.base import FieldError, FieldSpec
from deskclient.domain.kinds.support_ticket import SUPPORT_TICKET
from deskclient.domain.templates import fill_template
from deskclient.domain.untrusted import display_text, has_damaged_text
from deskclient.domain.views import CannedResponse, LoggedInUser, WorkItem
from deskclient.ui.accessibility import chain_tab_order, max_lines, shortcut_hint
from deskclient.ui.i18n import LANGUAGES
from deskclient.ui.labels import choice_label, field_label, format_datetime, priority_label
from deskclient.ui.messages import describe_field_error
from deskclient.ui.shortcuts import add_shortcut
from deskclient.ui.work.base import WorkScreen

KIND = SUPPORT_TICKET
CHOICE_FIELDS = ("category", "priority", "resolution_code")
CUSTOMER_FIELDS = ("customer_name", "customer_email", "customer_phone", "product", "channel", "language")


def safe_text(value: Any, *, single_line: bool = False) -> str:
    """Ticket text as inert plain text (``domain/untrusted.py``).

    No markup is ever interpreted, nothing remote is loaded, bidi overrides and control characters
    are shown visibly.
    """
    return display_text(value, single_line=single_line)


class SupportTicketScreen(WorkScreen):
    """Read the ticket, pick category, priority and resolution, write the reply."""

    def __init__(self, item: WorkItem, canned: list[CannedResponse], user: LoggedInUser,
                 parent: QWidget | None = None) -> None:
        super().__init__(item, canned, user, parent)
        self.setObjectName("supportTicketScreen")
        payload = item.payload
        self._errors: dict[str, QLabel] = {}

        self.back_button = QPushButton(self.tr("← Save and go back"))
        self.back_button.setToolTip(self.tr("Keeps your answer as a draft (Ctrl+S)"))
        self.back_button.clicked.connect(self.back_requested)
        self.subject = QLabel(safe_text(payload.get("subject"), single_line=True))
        self.subject.setTextFormat(Qt.TextFormat.PlainText)
        self.subject.setProperty("role", "title")
        self.subject.setWordWrap(True)
        due = format_datetime(item.due_at) if item.due_at else ""
        meta = self.tr("Priority: %1").replace("%1", priority_label(item.priority))
        if due:
            meta += "   ·   " + self.tr("Due: %1").replace("%1", due)
        self.meta = QLabel(meta)
        self.meta.setProperty("role", "subtitle")
        header = QVBoxLayout()
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addStretch(1)
        header.addLayout(top)
        header.addWidget(self.subject)
        header.addWidget(self.meta)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_ticket(payload))
        splitter.addWidget(self._build_answer())
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 12, 20, 12)
        layout.addLayout(header)
        layout.addWidget(splitter, 1)
        layout.addLayout(self._build_actions())
        layout.addWidget(shortcut_hint([("Ctrl+Return", self.tr("Submit")), ("Ctrl+S", self.tr("Save and go back")),
                                        ("Ctrl+R", self.tr("Insert")), ("Ctrl+K", self.tr("Skip…")),
                                        ("Ctrl+E", self.tr("Escalate…"))]))
        chain_tab_order(self.back_button, self.body, self.category, self.priority, self.resolution, self.canned_box,
                        self.insert_button, self.reply, self.note, self.skip_button, self.escalate_button,
                        self.submit_button)
        self.load_draft(item.draft)
        self.dirty = False
        self._focused_once = False

    # -- left: the ticket -------------------------------------------------------------------------
    def _build_ticket(self, payload: Mapping[str, Any]) -> QWidget:
        frame = QFrame()
        frame.setProperty("role", "card")
        form = QFormLayout()
        for name in CUSTOMER_FIELDS:
            spec = next(spec for spec in KIND.payload_fields if spec.name == name)
            value = QLabel(self._payload_text(spec, payload.get(name)) or "—")
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(field_label(KIND.code, spec) + ":", value)
        self.damaged_note: QLabel | None = None
        if has_damaged_text(payload):
            self.damaged_note = QLabel(self.tr("Some characters of this ticket were damaged before it reached this "
                                               "PC. They are shown as \ufffd."))
            self.damaged_note.setProperty("role", "subtitle")
            self.damaged_note.setWordWrap(True)
        self.body = QPlainTextEdit()
        self.body.setObjectName("ticketBody")
        self.body.setReadOnly(True)
        self.body.setUndoRedoEnabled(False)  # read-only; a long message needs no undo history
        self.body.setPlainText(safe_text(payload.get("body")))
        self.body.setAccessibleName(self.tr("Customer's message"))
        self.body.setTabChangesFocus(True)
        layout = QVBoxLayout(frame)
        layout.addLayout(form)
        if self.damaged_note is not None:
            layout.addWidget(self.damaged_note)
        heading = QLabel(self.tr("Message"))
        heading.setProperty("role", "subtitle")
        layout.addWidget(heading)
        layout.addWidget(self.body, 1)
        return frame

    @staticmethod
    def _payload_text(spec: FieldSpec, value: Any) -> str:
        code = "" if value is None else str(value)
        if spec.choices:
            choice = next((choice for choice in spec.choices if choice.code == code), None)
            if choice:
                return choice_label(KIND.code, choice)
        elif spec.name == "language" and code in LANGUAGES:
            return LANGUAGES[code]
        return safe_text(value, single_line=True)

    # -- right: the answer ------------------------------------------------------------------------
    def _build_answer(self) -> QWidget:
        frame = QFrame()
        frame.setProperty("role", "card")
        form = QFormLayout()
        self.category, self.priority, self.resolution = (self._combo(name) for name in CHOICE_FIELDS)
        for name, combo in zip(CHOICE_FIELDS, (self.category, self.priority, self.resolution), strict=True):
            form.addRow(field_label(KIND.code, KIND.result_field(name)) + ":", self._with_error(name, combo))
        self.priority.setCurrentIndex(max(0, self.priority.findData(self.item.priority)))

        self.canned_box = QComboBox()
        self.canned_box.setAccessibleName(self.tr("Canned responses"))
        self.canned_box.addItem(self.tr("Choose a ready answer…"), None)
        for response in self.canned:
            self.canned_box.addItem(response.title, response.code)
        self.insert_button = QPushButton(self.tr("Insert"))
        self.insert_button.setToolTip(self.tr("Insert the ready answer into the reply (Ctrl+R)"))
        self.insert_button.clicked.connect(self.insert_canned)
        add_shortcut(self, "Ctrl+R", self.insert_canned)
        canned_row = QHBoxLayout()
        canned_row.addWidget(self.canned_box, 1)
        canned_row.addWidget(self.insert_button)
        form.addRow(self.tr("Ready answers:"), canned_row)

        self.reply = QPlainTextEdit()
        self.reply.setObjectName("replyEditor")
        self.reply.setAccessibleName(field_label(KIND.code, KIND.result_field("reply_text")))
        self.reply.textChanged.connect(self.changed)
        self.reply.setTabChangesFocus(True)  # Tab moves on to the next field, as everywhere else
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(field_label(KIND.code, KIND.result_field("internal_note")))
        self.note.setPlaceholderText(self.tr("Only your team sees this."))
        max_lines(self.note, 2.5)
        self.note.setTabChangesFocus(True)
        self.note.textChanged.connect(self.changed)
        layout = QVBoxLayout(frame)
        layout.addLayout(form)
        reply_label = QLabel(field_label(KIND.code, KIND.result_field("reply_text")) + ":")
        reply_label.setBuddy(self.reply)
        layout.addWidget(reply_label)
        layout.addWidget(self._with_error("reply_text", self.reply), 1)
        note_label = QLabel(field_label(KIND.code, KIND.result_field("internal_note")) + ":")
        note_label.setBuddy(self.note)
        layout.addWidget(note_label)
        layout.addWidget(self._with_error("internal_note", self.note))
        return frame

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(f"field-{name}")
        combo.setAccessibleName(field_label(KIND.code, KIND.result_field(name)))
        combo.addItem(self.tr("— choose —"), None)
        for choice in KIND.result_field(name).choices:
            combo.addItem(choice_label(KIND.code, choice), choice.code)
        combo.currentIndexChanged.connect(self.changed)
        return combo

    def _with_error(self, name: str, widget: QWidget) -> QWidget:
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget, 1)
        error = QLabel()
        error.setProperty("role", "fieldError")
        error.setVisible(False)
        layout.addWidget(error)
        self._errors[name] = error
        return holder

    def _build_actions(self) -> QHBoxLayout:
        self.skip_button = QPushButton(self.tr("Skip…"))
        self.skip_button.setToolTip(self.tr("Give this ticket to someone else (Ctrl+K)"))
        self.skip_button.clicked.connect(self.skip_requested)
        self.escalate_button = QPushButton(self.tr("Escalate…"))
        self.escalate_button.setToolTip(self.tr("Send to a specialist (Ctrl+E)"))
        self.escalate_button.clicked.connect(self.escalate_requested)
        self.submit_button = QPushButton(self.tr("Submit"))
        self.submit_button.setProperty("role", "primary")
        self.submit_button.setToolTip(self.tr("Send your answer (Ctrl+Enter)"))
        self.submit_button.clicked.connect(self.submit_requested)
        for sequence, button in (("Ctrl+K", self.skip_button), ("Ctrl+E", self.escalate_button),
                                 ("Ctrl+Return", self.submit_button), ("Ctrl+Enter", self.submit_button),
                                 ("Ctrl+S", self.back_button)):
            add_shortcut(self, sequence, button.click)
        row = QHBoxLayout()
        row.addWidget(self.skip_button)
        row.addWidget(self.escalate_button)
        row.addStretch(1)
        row.addWidget(self.submit_button)
        return row

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._focused_once:  # the first thing to decide; setFocus before the page is shown is lost
            self._focused_once = True
            self.category.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- WorkScreen -------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "category": self.category.currentData(),
            "priority": self.priority.currentData(),
            "resolution_code": self.resolution.currentData(),
            "reply_text": self.reply.toPlainText(),
            "internal_note": self.note.toPlainText(),
        }
        return {key: value for key, value in values.items() if value not in (None, "")}

    def load_draft(self, draft: Mapping[str, Any]) -> None:
        for name, combo in zip(CHOICE_FIELDS, (self.category, self.priority, self.resolution), strict=True):
            if draft.get(name):
                combo.setCurrentIndex(max(0, combo.findData(draft[name])))
        if "reply_text" in draft:
            self.reply.setPlainText(str(draft["reply_text"]))
        if "internal_note" in draft:
            self.note.setPlainText(str(draft["internal_note"]))

    def show_field_errors(self, errors: list[FieldError]) -> None:
        by_field = {error.field: error for error in errors}
        for name, label in self._errors.items():
            error = by_field.get(name)
            label.setVisible(error is not None)
            label.setText(describe_field_error(error) if error else "")

    def set_busy(self, busy: bool) -> None:
        for button in (self.submit_button, self.escalate_button, self.skip_button, self.back_button):
            button.setEnabled(not busy)

    def insert_canned(self) -> None:
        code = self.canned_box.currentData()
        response = next((r for r in self.canned if r.code == code), None)
        if response is None:
            return
        variables = KIND.template_variables(self.item.payload)
        variables.update(agent_name=self.user.display_name.split()[0] if self.user.display_name else "",
                         ticket_subject=str(self.item.payload.get("subject") or ""))
        self.reply.insertPlainText(fill_template(response.body, variables))
        self.reply.setFocus()
        if response.category and self.category.currentData() is None:
            self.category.setCurrentIndex(max(0, self.category.findData(response.category)))
