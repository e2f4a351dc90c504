"""A supervisor resets a worker's PIN on site, offline: pick the person, then hand them a one-time PIN."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from deskclient.domain.views import UserCard
from deskclient.ui.labels import role_label


class SecretResetDialog(QDialog):
    """Emits ``reset_requested(user_id, pin)`` (an empty PIN: make one); then ``show_done`` shows it once."""

    reset_requested = Signal(str, str)

    def __init__(self, people: list[UserCard], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("secretResetDialog")
        self.setWindowTitle(self.tr("Reset a PIN"))
        self.setModal(True)
        self.setMinimumWidth(520)
        self.people = people
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_choice_page())
        self.pages.addWidget(self._build_done_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    # -- choose the person and the PIN ------------------------------------------------------------
    def _build_choice_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(self.tr("Whose PIN was forgotten? They get a one-time PIN now and choose their own "
                               "at their next login. This works without the server; the other PCs learn it "
                               "at their next sync."))
        intro.setWordWrap(True)
        self.person_list = QListWidget()
        self.person_list.setAccessibleName(self.tr("People whose PIN you may reset"))
        for person in self.people:
            item = QListWidgetItem(f"{person.display_name}  ·  {role_label(person.role)}")
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.person_list.addItem(item)
        if self.people:
            self.person_list.setCurrentRow(0)
        people_label = QLabel(self.tr("&Person"))
        people_label.setBuddy(self.person_list)
        self.empty_note = QLabel(self.tr("There is nobody here whose PIN you may reset."))
        self.empty_note.setVisible(not self.people)

        self.generate_choice = QRadioButton(self.tr("&Make a one-time PIN for me"))
        self.generate_choice.setAccessibleName(self.tr("Make a one-time PIN for me"))
        self.type_choice = QRadioButton(self.tr("I will &type a one-time PIN"))
        self.type_choice.setAccessibleName(self.tr("I will type a one-time PIN"))
        self.generate_choice.setChecked(True)
        group = QButtonGroup(page)
        group.addButton(self.generate_choice)
        group.addButton(self.type_choice)
        self.pin_field = self._pin_field(self.tr("One-time PIN"))
        self.again_field = self._pin_field(self.tr("One-time PIN again"))
        self.type_choice.toggled.connect(self._typing)
        self._typing(False)

        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.reset_button = QPushButton(self.tr("Reset PIN"))
        self.reset_button.setProperty("role", "primary")
        self.reset_button.setAccessibleName(self.tr("Reset the PIN of the chosen person"))
        self.reset_button.setDefault(True)
        self.reset_button.setEnabled(bool(self.people))
        self.reset_button.clicked.connect(self.submit)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)

        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(people_label)
        layout.addWidget(self.person_list, 1)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.generate_choice)
        layout.addWidget(self.type_choice)
        layout.addWidget(self.pin_field)
        layout.addWidget(self.again_field)
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addWidget(cancel)
        buttons.addStretch(1)
        buttons.addWidget(self.reset_button)
        layout.addLayout(buttons)
        return page

    def _pin_field(self, name: str) -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setMaxLength(64)
        field.setPlaceholderText(name)
        field.setAccessibleName(name)
        field.returnPressed.connect(self.submit)
        return field

    def _typing(self, typing: bool) -> None:
        self.pin_field.setVisible(typing)
        self.again_field.setVisible(typing)
        if typing:
            self.pin_field.setFocus()

    def chosen(self) -> UserCard | None:
        item = self.person_list.currentItem()
        if item is None:
            return None
        user_id = item.data(Qt.ItemDataRole.UserRole)
        return next((person for person in self.people if person.id == user_id), None)

    def submit(self) -> None:
        person = self.chosen()
        if person is None:
            self.error.setText(self.tr("Please choose the person first."))
            self.person_list.setFocus()
            return
        pin = ""
        if self.type_choice.isChecked():
            pin = self.pin_field.text()
            if not pin:
                self.error.setText(self.tr("Please type the one-time PIN."))
                self.pin_field.setFocus()
                return
            if pin != self.again_field.text():
                self.error.setText(self.tr("The two PINs are not the same. Please type them again."))
                self.pin_field.clear()
                self.again_field.clear()
                self.pin_field.setFocus()
                return
        self.error.setText(self.tr("Resetting…"))
        self.reset_button.setEnabled(False)
        self.reset_requested.emit(person.id, pin)

    def show_problem(self, message: str) -> None:
        self.error.setText(message)
        self.reset_button.setEnabled(True)
        self.pin_field.clear()
        self.again_field.clear()

    # -- the one-time PIN, shown once -------------------------------------------------------------
    def _build_done_page(self) -> QWidget:
        page = QWidget()
        self.done_title = QLabel()
        self.done_title.setProperty("role", "title")
        self.done_title.setWordWrap(True)
        self.pin_display = QLabel()
        self.pin_display.setObjectName("oneTimePin")
        self.pin_display.setProperty("role", "code")  # sized from the application font (ui/style.py)
        self.pin_display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pin_display.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.done_note = QLabel(self.tr("Tell it to them in person, not in writing. It is shown only this once; "
                                        "they choose their own PIN when they log in with it."))
        self.done_note.setWordWrap(True)
        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.setProperty("role", "primary")
        self.done_button.setAccessibleName(self.tr("Done: hide the one-time PIN"))
        self.done_button.clicked.connect(self.accept)
        layout = QVBoxLayout(page)
        layout.addWidget(self.done_title)
        layout.addWidget(self.pin_display)
        layout.addWidget(self.done_note)
        layout.addStretch(1)
        layout.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignRight)
        return page

    def show_done(self, person: UserCard, pin: str | None) -> None:
        """The reset is saved; ``pin`` is the one made here (None when the supervisor typed it)."""
        if pin is None:
            self.done_title.setText(self.tr("The PIN of %1 was reset to the one you typed.")
                                    .replace("%1", person.display_name))
            self.pin_display.clear()
            self.pin_display.setVisible(False)
        else:
            self.done_title.setText(self.tr("The one-time PIN of %1 is:").replace("%1", person.display_name))
            self.pin_display.setText(" ".join(pin) if pin.isdigit() else pin)
            self.pin_display.setAccessibleName(self.tr("One-time PIN: %1").replace("%1", " ".join(pin)))
        self.pages.setCurrentIndex(1)
        self.done_button.setFocus()

    def done(self, result: int) -> None:
        """Closed in any way: the PIN leaves the screen and memory of the widgets."""
        self.pin_display.clear()
        self.pin_field.clear()
        self.again_field.clear()
        super().done(result)
