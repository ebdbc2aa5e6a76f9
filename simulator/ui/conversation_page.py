"""The role-play itself: customer card, transcript, reply box, step checklist and the session's controls."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from simulator.core.asset_paths import asset_path
from simulator.core.scenario import Scenario
from simulator.core.session import Session, SessionEvent, SessionStarted, TurnSent, TurnUndone
from simulator.speech import Line
from simulator.storage.database import StorageError
from simulator.storage.session_log import SessionLog
from simulator.ui.checklist import Checklist
from simulator.ui.customer_card import CustomerCard
from simulator.ui.reply_box import ReplyBox
from simulator.ui.services import Services
from simulator.ui.transcript import Transcript


class ConversationPage(QWidget):
    finished = Signal(object)  # the finished Session

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.session: Session | None = None
        self.trainee = ""
        self.card = CustomerCard()
        self.briefing = QLabel()
        self.briefing.setWordWrap(True)
        self.briefing.setStyleSheet("font-style: italic;")
        self.transcript = Transcript()
        self.checklist = Checklist()
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        self.reply_box = ReplyBox()
        self.reply_box.setPlaceholderText(self.tr("Type your reply. Enter sends, Shift+Enter starts a new line."))
        self.reply_box.setAccessibleName(self.tr("Your reply"))
        self.send_button = QPushButton(self.tr("&Send"))
        self.hint_button = QPushButton(self.tr("&Hint (costs points)"))
        self.undo_button = QPushButton(self.tr("&Undo last reply"))
        self.restart_button = QPushButton(self.tr("&Restart"))
        self.end_button = QPushButton(self.tr("&End and score"))
        for button in (self.send_button, self.hint_button, self.undo_button, self.restart_button, self.end_button):
            button.setAccessibleName(button.text().replace("&", ""))

        side = QVBoxLayout()
        side.addWidget(self.card)
        side.addWidget(self.checklist, 1)
        side.addWidget(self.hint_label)
        side_panel = QWidget()
        side_panel.setLayout(side)
        side_panel.setMaximumWidth(380)

        buttons = QHBoxLayout()
        for button in (self.hint_button, self.undo_button, self.restart_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.end_button)
        entry = QHBoxLayout()
        entry.addWidget(self.reply_box, 1)
        entry.addWidget(self.send_button)
        main = QVBoxLayout()
        main.addWidget(self.briefing)
        main.addWidget(self.transcript, 1)
        main.addLayout(entry)
        main.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(main, 1)
        layout.addWidget(side_panel)

        self.reply_box.submitted.connect(self.send)
        self.send_button.clicked.connect(self._send_typed)
        self.hint_button.clicked.connect(self.show_hint)
        self.undo_button.clicked.connect(self.undo)
        self.restart_button.clicked.connect(self.restart)
        self.end_button.clicked.connect(self.end)
        self.checklist.focus_changed.connect(self.transcript.focus_step)
        services.speech.started.connect(self._show_speaking)
        services.speech.finished.connect(self._show_speaking)
        QShortcut(QKeySequence("Ctrl+Z"), self, self.undo)
        # Tab follows the work: write, send, then the session's controls, then the steps to review.
        chain = [self.reply_box, self.send_button, self.hint_button, self.undo_button, self.restart_button]
        chain += [self.end_button, *self.checklist.items.values()]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- the session ---------------------------------------------------------------------------------------

    def begin(self, scenario: Scenario, trainee: str) -> None:
        self.trainee = trainee
        self.transcript.clear()
        self.hint_label.clear()
        self.checklist.show_tags([])
        self.briefing.setText(scenario.briefing.strip())
        persona = scenario.persona
        image = asset_path(scenario.folder, persona.image) if persona.image and scenario.folder else None
        self.card.show_customer(persona.name, persona.mood, scenario.nodes[scenario.start].phase, image)
        self.session = Session(
            scenario, self.services.tagger, self.services.grader, SessionLog(self.services.db), trainee=trainee
        )
        self.session.listeners.append(self._on_event)
        with self._saving():
            self.session.start()
        self._update_controls()
        self.reply_box.setFocus()

    def send(self, text: str) -> None:
        session = self.session
        if session is None or session.ended or session.finished:
            return
        # A reply while the customer is still talking interrupts them; the grader counts it against listening.
        with self._saving():
            session.send(text, interrupted=self.services.speech.speaking)

    def show_hint(self) -> None:
        if self.session is None or self.session.ended:
            return
        hint = self.session.hint()
        self.hint_label.setText(self.tr("Hint: %1").replace("%1", hint or self.tr("no hint for this moment.")))

    def undo(self) -> None:
        if self.session is not None and self.session.turns and not self.session.finished:
            with self._saving():
                self.session.undo()

    def restart(self) -> None:
        if self.session is not None:
            self.services.speech.speaker.stop()
            self.begin(self.session.scenario, self.trainee)

    def end(self) -> None:
        session = self.session
        if session is None or session.finished:
            return
        if not session.turns:
            QMessageBox.information(self, self.tr("Nothing to score"), self.tr("Send at least one reply first."))
            return
        self.services.speech.speaker.stop()
        with self._saving():
            session.finish()
        self._update_controls()
        self.finished.emit(session)

    @contextmanager
    def _saving(self) -> Iterator[None]:
        """The session goes on when the log cannot be written (a full disk, a read-only file): say so, then
        redraw from the session itself, since a failed write skips the event that would have updated the view."""
        try:
            yield
        except (StorageError, sqlite3.Error) as exc:  # the log passes some (a read-only file, a full disk) as is
            QMessageBox.warning(
                self,
                self.tr("Not saved"),
                self.tr("This session could not be saved to the session log:\n%1").replace("%1", str(exc)),
            )
            self._redraw()

    # --- what the session tells us ------------------------------------------------------------------------

    def _on_event(self, event: SessionEvent) -> None:
        session = self.session
        assert session is not None
        if isinstance(event, SessionStarted):
            self._customer_says(event.customer_line, 0)
        elif isinstance(event, TurnSent):
            result = event.result
            self.transcript.add_reply(result.tagged)
            self.card.set_anger(result.anger)
            self.card.phase.set_phase(result.phase)
            self._customer_says(result.customer_line, result.index + 1)
            self.hint_label.clear()
        elif isinstance(event, TurnUndone):
            self.transcript.remove_last(2)  # the reply and the customer's answer to it
            self.card.set_anger(session.anger)
            self.card.phase.set_phase(session.phase)
        self.checklist.show_tags(turn.tagged.tags for turn in session.turns)
        self._update_controls()

    def _redraw(self) -> None:
        session = self.session
        if session is None:
            return
        self.transcript.clear()
        for turn in session.turns:
            self.transcript.add_customer(turn.customer)
            self.transcript.add_reply(turn.tagged)
        self.transcript.add_customer(session.customer_line)
        self.card.set_anger(session.anger)
        self.card.phase.set_phase(session.phase)
        self.checklist.show_tags(turn.tagged.tags for turn in session.turns)
        self._update_controls()

    def _show_speaking(self, *_: object) -> None:
        self.card.set_speaking(self.services.speech.speaking)

    def _customer_says(self, text: str, index: int) -> None:
        session = self.session
        assert session is not None
        self.transcript.add_customer(text)
        persona = session.scenario.persona
        self.services.speech.say(
            Line(f"{session.session_id}:{index}", text, session.scenario.language, persona.voice, session.anger)
        )

    def _send_typed(self) -> None:
        text = self.reply_box.toPlainText().strip()
        if text:
            self.reply_box.clear()
            self.send(text)

    def _update_controls(self) -> None:
        session = self.session
        open_ = session is not None and not session.ended and not session.finished
        self.reply_box.setEnabled(open_)
        self.send_button.setEnabled(open_)
        self.hint_button.setEnabled(open_)
        self.undo_button.setEnabled(session is not None and bool(session.turns) and not session.finished)
        self.end_button.setEnabled(session is not None and not session.finished)
        self.end_button.setDefault(session is not None and session.ended)
        if session is not None and session.ended and not session.finished:
            self.end_button.setFocus(Qt.FocusReason.OtherFocusReason)
