"""The customer: name, a face that follows the anger, an anger meter, and the phase as a stepper."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QSizePolicy, QVBoxLayout, QWidget

from simulator.core.scenario import Phase
from simulator.ui.avatar import Avatar, mood_colour
from simulator.ui.theme import emphasise


def phase_name(phase: Phase) -> str:
    return {
        Phase.INQUIRY: QCoreApplication.translate("Phase", "Inquiry"),
        Phase.QUERY: QCoreApplication.translate("Phase", "Query"),
        Phase.COMPLAINT: QCoreApplication.translate("Phase", "Complaint"),
        Phase.RESOLVED: QCoreApplication.translate("Phase", "Resolved"),
        Phase.ESCALATED: QCoreApplication.translate("Phase", "Escalated"),
        Phase.LOST: QCoreApplication.translate("Phase", "Lost"),
    }[phase]


def outcome_name(outcome: str | None) -> str:
    """A session's outcome, "unfinished" included."""
    if outcome is not None and outcome in Phase._value2member_map_:
        return phase_name(Phase(outcome))
    return QCoreApplication.translate("Phase", "Unfinished")


class PhaseStepper(QWidget):
    """inquiry > query > complaint > ending, the current step in bold and highlighted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        self.steps = [QLabel() for _ in range(4)]
        row.addStretch(1)
        for i, label in enumerate(self.steps):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setSizePolicy(
                QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred
            )  # never narrower than its text
            row.addWidget(label)
            if i < 3:
                arrow = QLabel("›")
                arrow.setAccessibleName("")
                row.addWidget(arrow)
        row.addStretch(1)
        self.set_phase(Phase.INQUIRY)

    def set_phase(self, phase: Phase) -> None:
        names = [phase_name(Phase.INQUIRY), phase_name(Phase.QUERY), phase_name(Phase.COMPLAINT)]
        names.append(phase_name(phase) if phase.is_ending else QCoreApplication.translate("Phase", "Ending"))
        current = 3 if phase.is_ending else [Phase.INQUIRY, Phase.QUERY, Phase.COMPLAINT].index(phase)
        for i, (label, name) in enumerate(zip(self.steps, names, strict=True)):
            label.setText(name)
            active = i == current
            label.setStyleSheet(
                "font-weight: bold; border-radius: 6px; padding: 2px 4px; background: palette(highlight);"
                " color: palette(highlighted-text);"
                if active
                else "padding: 2px 4px; color: palette(text);"
            )
        self.setAccessibleName(QCoreApplication.translate("Phase", "Phase: %1").replace("%1", names[current]))


class CustomerCard(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.avatar = Avatar()
        self.name = QLabel()
        self.name.setWordWrap(True)
        emphasise(self.name, 1.4, bold=True)
        self.meter = QProgressBar()
        self.meter.setRange(0, 100)
        self.meter.setFormat(QCoreApplication.translate("CustomerCard", "Anger %v"))
        self.phase = PhaseStepper()
        # Shown while the customer's line is being spoken: a reply now would interrupt them.
        self.speaking = QLabel("◉ " + QCoreApplication.translate("CustomerCard", "Speaking…"))
        self.speaking.setAccessibleName(QCoreApplication.translate("CustomerCard", "The customer is speaking"))
        self.speaking.setVisible(False)
        top = QHBoxLayout()
        top.addWidget(self.avatar)
        info = QVBoxLayout()
        info.addWidget(self.name)
        info.addWidget(self.meter)
        info.addWidget(self.speaking)
        info.addStretch(1)
        top.addLayout(info, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.phase)
        self.meter.setAccessibleName(QCoreApplication.translate("CustomerCard", "Customer's anger"))
        self.avatar.setAccessibleName(QCoreApplication.translate("CustomerCard", "Customer's face"))

    def show_customer(self, name: str, anger: int, phase: Phase, image: Path | None = None) -> None:
        """image: the persona's picture, if the scenario has one; otherwise the drawn face."""
        self.name.setText(name)
        self.avatar.set_image(image)
        self.set_anger(anger)
        self.phase.set_phase(phase)
        self.set_speaking(False)

    def set_speaking(self, speaking: bool) -> None:
        self.speaking.setVisible(speaking)

    def set_anger(self, anger: int) -> None:
        self.avatar.set_anger(anger)
        self.meter.setValue(anger)
        self.meter.setStyleSheet(f"QProgressBar::chunk {{ background: {mood_colour(anger).name()}; }}")
