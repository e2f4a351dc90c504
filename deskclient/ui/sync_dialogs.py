"""Connecting this PC to a central server, and the list of items the server refused."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from deskclient.ui.labels import format_datetime


class EnrollDialog(QDialog):
    """The server address and the one-time code the central operator gave the center manager."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect this PC to the central server"))
        self.server = QLineEdit()
        self.server.setPlaceholderText("https://tasks.example.org")
        self.server.setAccessibleName(self.tr("Server address"))
        self.code = QLineEdit()
        self.code.setPlaceholderText("ABCD-EFGH-JKLM")
        self.code.setAccessibleName(self.tr("Enrollment code"))
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        #: Shown while the address is plain http:// to this PC itself (allowed for the demo and tests).
        self.warning = QLabel(self.tr("This address is not encrypted (http://). That is only for a test server "
                                      "on this PC; a real server address starts with https://."))
        self.warning.setWordWrap(True)
        self.warning.setVisible(False)
        self.server.textChanged.connect(self._check_address)
        form = QFormLayout()
        form.addRow(self.tr("Server address:"), self.server)
        form.addRow(self.tr("Enrollment code:"), self.code)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Connect"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Ask your center manager for the server address and a one-time code.")))
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def values(self) -> tuple[str, str]:
        return self.server.text().strip(), self.code.text().strip()

    def _check_address(self, text: str) -> None:
        from deskclient.sync import tls

        try:
            self.warning.setVisible(tls.check_server_url(text).plain_loopback)
        except tls.UnsafeServerUrl:
            self.warning.setVisible(False)

    def _accept(self) -> None:
        from deskclient.sync import tls

        server, code = self.values()
        try:
            tls.check_server_url(server)
        except tls.UnsafeServerUrl as unsafe:
            if unsafe.reason == unsafe.INSECURE:
                self.error.setText(self.tr("This address is not encrypted (http://). Please type the https:// "
                                           "address of the server."))
                return
            server = ""
        if not server or len(code) < 4:
            self.error.setText(self.tr("Please type the full server address (starting with https://) and the code."))
            return
        self.accept()


class AttentionDialog(QDialog):
    """What the server refused, and why: nothing here blocks the rest of the work from syncing."""

    def __init__(self, items: list[tuple[str, str, datetime]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Items that need attention"))
        table = QTableWidget(len(items), 3)
        table.setHorizontalHeaderLabels([self.tr("When"), self.tr("What"), self.tr("Why")])
        for row, (topic, reason, created_at) in enumerate(items):
            for column, text in enumerate((format_datetime(created_at), topic, reason)):
                table.setItem(row, column, QTableWidgetItem(text))
        table.setAccessibleName(self.tr("Items that need attention"))
        table.setTabKeyNavigation(False)
        table.resizeColumnsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The server did not accept these items. Your supervisor can check them; "
                                        "everything else keeps syncing.")))
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.resize(720, 360)
