"""The end of a session: the grade, a bar per step, penalties, feedback, and each reply beside the model reply."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QListWidget,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from simulator.core.grading_types import Feedback, Scorecard
from simulator.core.session import Session
from simulator.core.tags import STEPS
from simulator.ui.customer_card import outcome_name
from simulator.ui.step_names import step_name
from simulator.ui.theme import emphasise


def feedback_text(item: Feedback) -> str:
    """One point of feedback: the step's problem, the trainee's words and a better reply."""
    text = f"{step_name(item.step)}: {item.problem}"
    if item.quote:
        text += "\n" + QCoreApplication.translate("ScorecardPage", "You said:") + f" “{item.quote}”"
    if item.better:
        text += "\n" + QCoreApplication.translate("ScorecardPage", "Better:") + f" “{item.better}”"
    return text


class ScorecardPage(QWidget):
    again = Signal()
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grade = QLabel()
        emphasise(self.grade, 2.6, bold=True)
        self.outcome = QLabel()
        emphasise(self.outcome, 1.4)
        self.bars: dict[str, QProgressBar] = {}
        bars = QGridLayout()
        for row, tag in enumerate(STEPS):
            bar = QProgressBar()
            bar.setRange(0, 100)
            bar.setFormat("%v")
            bar.setAccessibleName(step_name(tag))
            bars.addWidget(QLabel(step_name(tag)), row, 0)
            bars.addWidget(bar, row, 1)
            self.bars[tag.value] = bar
        self.penalties = QListWidget()
        self.penalties.setAccessibleName(self.tr("Penalties"))
        self.feedback = QListWidget()
        self.feedback.setWordWrap(True)
        self.feedback.setSpacing(4)  # one item per step: kept apart so each reads as its own point
        self.feedback.setAlternatingRowColors(True)
        # Re-wrap the items when the list is laid out or resized, or the first ones keep a too-narrow height.
        self.feedback.setResizeMode(QListView.ResizeMode.Adjust)
        self.feedback.setAccessibleName(self.tr("Feedback"))
        self.turns = QTableWidget(0, 2)
        self.turns.setHorizontalHeaderLabels([self.tr("Your reply"), self.tr("Model reply")])
        self.turns.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.turns.setWordWrap(True)
        self.turns.setAccessibleName(self.tr("Your replies beside the model replies"))
        self.again_button = QPushButton(self.tr("&Try again"))
        self.back_button = QPushButton(self.tr("&Back to scenarios"))
        self.again_button.setAccessibleName(self.tr("Try again"))
        self.back_button.setAccessibleName(self.tr("Back to scenarios"))

        head = QHBoxLayout()
        head.addWidget(self.grade)
        head.addWidget(self.outcome, 1)
        head.addWidget(self.again_button)
        head.addWidget(self.back_button)
        left = QVBoxLayout()
        left.addLayout(bars)
        left.addWidget(QLabel(self.tr("Penalties")))
        left.addWidget(self.penalties, 1)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Feedback")))
        right.addWidget(self.feedback, 1)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(body, 2)
        layout.addWidget(self.turns, 2)
        self.again_button.clicked.connect(self.again)
        self.back_button.clicked.connect(self.back)

    def show_card(self, card: Scorecard, replies: list[tuple[str, str]]) -> None:
        """replies: (the trainee's reply, the model reply of the node it answered) per turn."""
        self.grade.setText(f"{card.total}/100")
        self.grade.setAccessibleName(self.tr("Grade") + f" {card.total}")
        self.outcome.setText(outcome_name(card.outcome))
        for step, bar in self.bars.items():
            needed = step not in card.not_due
            bar.setValue(card.steps.get(step, 0) if needed else 0)
            bar.setFormat("%v" if needed else self.tr("not needed"))
            bar.setEnabled(needed)
        self.penalties.clear()
        self.penalties.addItems([f"−{p.points}  {p.message}" for p in card.penalties] or [self.tr("None")])
        self.feedback.clear()
        self.feedback.addItems([feedback_text(item) for item in card.feedback])
        self.turns.setRowCount(len(replies))
        for row, (mine, model) in enumerate(replies):
            self.turns.setItem(row, 0, QTableWidgetItem(mine))
            self.turns.setItem(row, 1, QTableWidgetItem(model))
        self.turns.resizeRowsToContents()
        self.again_button.setFocus()

    def show_session(self, session: Session) -> None:
        nodes = session.scenario.nodes
        replies = [(t.tagged.text, nodes[t.node_id].model_reply or "") for t in session.turns]
        self.show_card(session.finish(), replies)
