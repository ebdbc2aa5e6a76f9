"""Play-test inside the editor: start at any node with a chosen anger, reply, and see where each reply leads.

After each edit the last path is played again on the new text (if asked), and the first step that now goes
elsewhere or scores otherwise is marked, so the author sees at once what the change did.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from simulator.core.grading_types import ConversationGrader
from simulator.core.playtest import PlayPath, PlaytestError, Step, first_difference, replay, send, start_playtest
from simulator.core.scenario import Scenario
from simulator.core.session import Session
from simulator.core.tags import ReplyTagger

CHANGED = "#fff2a8"


class PlaytestPanel(QWidget):
    node_reached = Signal(str)  # the node the customer now speaks from

    def __init__(self, tagger: ReplyTagger, grader: ConversationGrader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tagger = tagger
        self.grader = grader
        self.scenario: Scenario | None = None
        self.session: Session | None = None
        self.path: PlayPath | None = None
        self.steps: list[Step] = []
        self.changed_at: int | None = None  # the first step a replay changed

        self.node_box = QComboBox()
        self.node_box.setAccessibleName(self.tr("Start node"))
        self.anger = QSpinBox()
        self.anger.setRange(0, 100)
        self.anger.setAccessibleName(self.tr("Starting anger"))
        self.start_button = QPushButton(self.tr("&Start here"))
        self.start_button.clicked.connect(lambda: self.start_at(str(self.node_box.currentData()), self.anger.value()))
        self.transcript = QListWidget()
        self.transcript.setAccessibleName(self.tr("Play-test transcript"))
        self.transcript.setWordWrap(True)
        self.reply = QLineEdit()
        self.reply.setAccessibleName(self.tr("Reply"))
        self.reply.setPlaceholderText(self.tr("Type a reply and press Enter"))
        self.reply.returnPressed.connect(self._send_typed)
        self.send_button = QPushButton(self.tr("Se&nd"))
        self.send_button.clicked.connect(self._send_typed)
        self.replay_button = QPushButton(self.tr("&Replay last path"))
        self.replay_button.clicked.connect(self.replay_last)
        self.auto_replay = QCheckBox(self.tr("Replay after each &edit"))
        self.auto_replay.setChecked(True)
        self.status = QLabel()
        self.status.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&From node:"), self.node_box)
        form.addRow(self.tr("&Anger:"), self.anger)
        reply_row = QHBoxLayout()
        reply_row.addWidget(self.reply, 1)
        reply_row.addWidget(self.send_button)
        buttons = QHBoxLayout()
        for widget in (self.start_button, self.replay_button, self.auto_replay):
            buttons.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.transcript, 1)
        layout.addLayout(reply_row)
        layout.addWidget(self.status)
        self._enable()

    def set_scenario(self, scenario: Scenario) -> None:
        """The text linted clean: offer its nodes, and replay the last path on it if asked."""
        first = self.scenario is None
        self.scenario = scenario
        chosen = self.node_box.currentData()
        self.node_box.clear()
        for node in scenario.nodes.values():
            if not node.phase.is_ending:
                self.node_box.addItem(f"{node.id} ({node.phase.value})", node.id)
        index = self.node_box.findData(chosen if chosen is not None else scenario.start)
        self.node_box.setCurrentIndex(max(index, 0))
        if first:
            self.anger.setValue(scenario.persona.mood)
        if self.path is not None and self.auto_replay.isChecked():
            self.replay_last()
        self._enable()

    def start_at(self, node_id: str, anger: int) -> None:
        if self.scenario is None:
            return
        try:
            self.session = start_playtest(self.scenario, node_id, anger, self.tagger, self.grader)
        except PlaytestError as e:
            self.status.setText(str(e))
            return
        self.path = PlayPath(node_id, anger)
        self.steps = []
        self.changed_at = None
        self._show()

    def send_reply(self, text: str) -> Step | None:
        if self.session is None or self.path is None or self.session.ended or not text.strip():
            return None
        step = send(self.session, text)
        self.steps.append(step)
        self.path = PlayPath(self.path.node_id, self.path.anger, (*self.path.replies, text))
        self.changed_at = None
        self._show()
        return step

    def replay_last(self) -> None:
        if self.scenario is None or self.path is None:
            return
        try:
            session, steps = replay(self.scenario, self.path, self.tagger, self.grader)
        except PlaytestError as e:
            self.status.setText(str(e))
            return
        self.changed_at = first_difference(self.steps, steps)
        self.session, self.steps = session, steps
        self._show()

    def _send_typed(self) -> None:
        if self.send_reply(self.reply.text()):
            self.reply.clear()

    def _show(self) -> None:
        assert self.session is not None and self.path is not None
        self.transcript.clear()
        self._line(
            self.tr("Customer ({node}, anger {anger}): ").format(node=self.path.node_id, anger=self.path.anger)
            + self.session.scenario.nodes[self.path.node_id].customer
        )
        for i, step in enumerate(self.steps):
            tags = ", ".join(t.value for t in step.tags) or self.tr("no tag")
            where = self.tr("-> {node}, anger {anger}").format(node=step.to_node, anger=step.anger)
            if step.outcome:
                where += self.tr(", ended: {outcome}").format(outcome=step.outcome)
            self._line(
                self.tr("You: {reply}  [{tags}] {where}").format(reply=step.reply, tags=tags, where=where),
                changed=self.changed_at is not None and i >= self.changed_at,
            )
        if self.steps:
            self._line(self.tr("Customer: ") + self.session.customer_line)
        if self.changed_at is not None:
            self.status.setText(
                self.tr("The edit changed the path from reply {n} on (marked).").format(n=self.changed_at + 1)
            )
        else:
            self.status.setText(self.tr("The conversation ended.") if self.session.ended else "")
        self.node_reached.emit(self.session.node.id)
        self._enable()

    def _line(self, text: str, changed: bool = False) -> None:
        item = QListWidgetItem(text)
        if changed:
            item.setBackground(QBrush(QColor(CHANGED)))
        self.transcript.addItem(item)

    def _enable(self) -> None:
        self.start_button.setEnabled(self.scenario is not None and self.node_box.count() > 0)
        playing = self.session is not None and not self.session.ended
        self.reply.setEnabled(playing)
        self.send_button.setEnabled(playing)
        self.replay_button.setEnabled(self.path is not None and self.scenario is not None)
