"""Calibration: sessions several trainers scored where they disagree, widest disagreement first."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from simulator.storage import queries
from simulator.storage.overrides import Disagreement, calibration
from simulator.ui.services import Services
from simulator.ui.tables import fill_table, make_table


class CalibrationPage(QWidget):
    open_requested = Signal(str)  # a session id to open in the review

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.found: list[Disagreement] = []
        self.tolerance = QSpinBox()
        self.tolerance.setRange(0, 100)
        self.tolerance.setValue(5)
        self.tolerance.setSuffix(self.tr(" points"))
        self.tolerance.setAccessibleName(self.tr("Grades within this many points agree"))
        self.refresh_button = QPushButton(self.tr("Re&fresh"))
        self.refresh_button.setAccessibleName(self.tr("Refresh the calibration list"))
        self.open_button = QPushButton(self.tr("&Open in review"))
        self.open_button.setAccessibleName(self.tr("Open the chosen session in the review"))
        self.table = make_table(
            [self.tr("Date"), self.tr("Trainee"), self.tr("Scenario"), self.tr("Trainers' grades"), self.tr("Spread"),
             self.tr("Replies tagged differently")],
            self.tr("Sessions trainers disagree on"),
        )  # fmt: skip
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Grades agree within")))
        top.addWidget(self.tolerance)
        top.addWidget(self.refresh_button)
        top.addStretch(1)
        top.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.refresh_button.clicked.connect(self.refresh)
        self.tolerance.valueChanged.connect(self.refresh)
        self.open_button.clicked.connect(self._open_current)
        self.table.cellActivated.connect(lambda row, _col: self._open(row))

    def refresh(self) -> None:
        db = self.services.db
        self.found = calibration(db, self.tolerance.value())
        rows = []
        for item in self.found:
            session = queries.session(db, item.session_id) or {}
            rows.append(
                [
                    str(session.get("started_at", ""))[:16].replace("T", " "),
                    str(session.get("trainee", "")),
                    str(session.get("scenario_title", "")),
                    "  ·  ".join(f"{trainer} {grade}" for trainer, grade in item.grades.items()),
                    str(item.spread) if len(item.grades) > 1 else "",
                    ", ".join(str(idx + 1) for idx in item.disputed_turns),
                ]
            )
        fill_table(self.table, rows)

    def _open_current(self) -> None:
        self._open(self.table.currentRow())

    def _open(self, row: int) -> None:
        if 0 <= row < len(self.found):
            self.open_requested.emit(self.found[row].session_id)
