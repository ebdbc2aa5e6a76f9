"""First start: a trainee creates or picks a profile (a name; no password for trainees)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QVBoxLayout, QWidget

from simulator.storage.queries import list_trainees
from simulator.ui.services import Services
from simulator.ui.theme import emphasise


class ProfilePage(QWidget):
    chosen = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        title = QLabel(self.tr("Who is practising?"))
        emphasise(title, 1.7, bold=True)
        self.profiles = QListWidget()
        self.profiles.setAccessibleName(self.tr("Profiles"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("New trainee's name"))
        self.name.setAccessibleName(self.tr("New trainee's name"))
        self.create_button = QPushButton(self.tr("&Create profile"))
        self.open_button = QPushButton(self.tr("&Continue"))
        self.create_button.setAccessibleName(self.tr("Create profile"))
        self.open_button.setAccessibleName(self.tr("Continue"))
        new_row = QHBoxLayout()
        new_row.addWidget(self.name, 1)
        new_row.addWidget(self.create_button)
        column = QVBoxLayout()
        column.addWidget(title)
        column.addWidget(self.profiles, 1)
        column.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignRight)
        column.addLayout(new_row)
        box = QWidget()
        box.setLayout(column)
        # A centred column, wide enough for the name field's hint and tall enough for a class's list.
        box.setMinimumSize(480, 460)
        box.setMaximumSize(560, 640)
        layout = QHBoxLayout(self)
        layout.addWidget(box, 0, Qt.AlignmentFlag.AlignCenter)
        self.profiles.itemActivated.connect(lambda item: self.chosen.emit(item.text()))
        self.open_button.clicked.connect(self._open_selected)
        self.create_button.clicked.connect(self._create)
        self.name.returnPressed.connect(self._create)

    def refresh(self, current: str = "") -> None:
        self.profiles.clear()
        names = [row["name"] for row in list_trainees(self.services.db)]
        if current and current not in names:
            names.insert(0, current)
        self.profiles.addItems(names)
        matches = self.profiles.findItems(current, Qt.MatchFlag.MatchExactly) if current else []
        if matches:
            self.profiles.setCurrentItem(matches[0])
        elif names:
            self.profiles.setCurrentRow(0)
        self.open_button.setEnabled(bool(names))
        (self.profiles if names else self.name).setFocus()

    def _open_selected(self) -> None:
        item = self.profiles.currentItem()
        if item is not None:
            self.chosen.emit(item.text())

    def _create(self) -> None:
        name = " ".join(self.name.text().split())
        if name:
            self.name.clear()
            self.chosen.emit(name)
