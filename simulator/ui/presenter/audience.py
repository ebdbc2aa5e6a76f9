"""What the room sees on the projector: the customer, the anger, the phase, the transcript and the steps, in type
readable from the back. It never holds what is the trainer's alone (hints, model replies, notes) until revealed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from simulator.core.grading_types import Scorecard
from simulator.core.scenario import Scenario
from simulator.core.session import Session, SessionEvent, SessionStarted, TurnSent, TurnUndone
from simulator.ui.checklist import Checklist
from simulator.ui.customer_card import CustomerCard, outcome_name
from simulator.ui.transcript import Transcript

# Every piece of text is at least 1/28 of the window's height: above the 1/30 a room can read from the back.
TYPE_FRACTION = 28
SMALLEST_FRACTION = 30


def _big_label(object_name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class AudienceView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("audience")
        self.setAccessibleName(QCoreApplication.translate("Audience", "Audience view"))
        self.title = _big_label("audience-title")
        self.customer_line = _big_label("audience-customer-line")
        self.customer_line.setAccessibleName(QCoreApplication.translate("Audience", "What the customer says"))
        self.card = CustomerCard()
        self.checklist = Checklist()
        self.transcript = Transcript()
        # Nobody scrolls a projector: whenever bubbles arrive or reflow, the latest exchange stays in view.
        bar = self.transcript.verticalScrollBar()
        bar.rangeChanged.connect(lambda _low, high: bar.setValue(high))
        self.revealed = _big_label("audience-revealed")
        self.revealed.setFrameShape(QFrame.Shape.Box)
        self.revealed.hide()
        self.status = _big_label("audience-status")
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        side = QVBoxLayout()
        side.addWidget(self.card)
        side.addWidget(self.checklist, 1)
        side.addWidget(self.status)
        main = QVBoxLayout()
        main.addWidget(self.title)
        main.addWidget(self.customer_line)
        main.addWidget(self.transcript, 1)
        main.addWidget(self.revealed)
        layout = QHBoxLayout(self)
        layout.addLayout(main, 3)
        layout.addLayout(side, 2)
        self._scale(600)

    # --- what the session shows -------------------------------------------------------------------------------

    def start(self, scenario: Scenario) -> None:
        self.title.setText(scenario.title)
        self.transcript.clear()
        self.checklist.show_tags([])
        self.clear_reveal()
        self.set_status("")
        start = scenario.nodes[scenario.start]
        self.card.show_customer(scenario.persona.name, scenario.persona.mood, start.phase)

    def on_event(self, session: Session, event: SessionEvent) -> None:
        if isinstance(event, SessionStarted):
            self._customer_says(event.customer_line)
        elif isinstance(event, TurnSent):
            self._fit(self.transcript.add_reply(event.result.tagged))
            self._customer_says(event.result.customer_line)
            self.clear_reveal()
        elif isinstance(event, TurnUndone):
            self.transcript.remove_last(2)  # the reply and the customer's answer to it
            self.customer_line.setText(event.customer_line)
            self.clear_reveal()
        self.card.set_anger(session.anger)
        self.card.phase.set_phase(session.phase)
        self.checklist.show_tags(turn.tagged.tags for turn in session.turns)

    def show_result(self, card: Scorecard) -> None:
        grade = QCoreApplication.translate("Audience", "Grade %1/100").replace("%1", str(card.total))
        self.reveal(grade, outcome_name(card.outcome))

    def reveal(self, heading: str, text: str) -> None:
        """Put something on the big screen on the trainer's say-so (a hint, the model reply, an explanation)."""
        self.revealed.setText(f"{heading}\n{text}")
        self.revealed.setAccessibleName(heading)
        self.revealed.show()

    def clear_reveal(self) -> None:
        self.revealed.clear()
        self.revealed.setAccessibleName("")
        self.revealed.hide()

    def set_status(self, text: str) -> None:
        self.status.setText(text)

    # --- type the room can read -------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._scale(self.window().height())

    def _scale(self, height: int) -> None:
        self.base_pixels = max(12, round(height / TYPE_FRACTION))
        # A style sheet rather than setFont: the shared widgets carry style sheets, which stop font inheritance.
        self.setStyleSheet(
            f"#audience, #audience QWidget {{ font-size: {self.base_pixels}px; }}"
            f" #audience-title {{ font-weight: bold; }}"
            f" #audience QLabel#audience-customer-line {{ font-size: {round(self.base_pixels * 1.3)}px; }}"
        )
        side = max(96, round(height / 6))
        self.card.avatar.setMinimumSize(side, side)
        for bubble in self.transcript.bubbles:
            self._fit(bubble)

    def _fit(self, bubble: QWidget) -> None:
        # Bubbles are sized for a laptop window; on the projector they may take most of the width.
        bubble.setMaximumWidth(max(620, round(self.width() * 0.6)))

    def _customer_says(self, text: str) -> None:
        self.customer_line.setText(text)
        self._fit(self.transcript.add_customer(text))
