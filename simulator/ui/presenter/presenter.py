"""Runs a group session: the console's controls drive the Session, and both views follow its events.

Only this class decides what reaches the audience view, and it sends a hint or a model reply there only when the
trainer reveals it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox

from simulator.core.session import Session, SessionEvent, SessionStarted, TurnSent, TurnUndone
from simulator.speech import Line
from simulator.storage.session_log import SessionLog
from simulator.ui.customer_card import outcome_name
from simulator.ui.presenter.audience import AudienceView
from simulator.ui.presenter.console import PresenterConsole
from simulator.ui.presenter.explain import explain_reply
from simulator.ui.services import Services


def _clock(seconds: int) -> str:
    return f"{seconds // 60}:{seconds % 60:02d}"


class Presenter(QObject):
    finished = Signal(object)  # the finished Session

    def __init__(self, services: Services, console: PresenterConsole, audience: AudienceView) -> None:
        super().__init__()
        self.services = services
        self.console = console
        self.audience = audience
        self.session: Session | None = None
        self.remaining = 0
        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self._tick)
        console.start_button.clicked.connect(self.start)
        console.reply_box.submitted.connect(self.send)
        console.send_button.clicked.connect(self._send_typed)
        console.hint_button.clicked.connect(self.reveal_hint)
        console.model_button.clicked.connect(self.reveal_model_reply)
        console.explain_button.clicked.connect(self.explain)
        console.undo_button.clicked.connect(self.undo)
        console.end_button.clicked.connect(self.end)
        console.pause_button.toggled.connect(self.set_paused)
        console.timer_button.toggled.connect(self.run_timer)
        self._update_controls()

    @property
    def paused(self) -> bool:
        return self.console.pause_button.isChecked()

    # --- the session ------------------------------------------------------------------------------------------

    def start(self) -> None:
        scenario = self.services.scenarios[self.console.scenario_id()]
        group = self.console.group_edit.text().strip() or self.tr("Group")
        participants = self.console.participants()
        self.console.set_participants(participants)
        self.console.transcript.clear()
        self.console.explanation.clear()
        self.console.pause_button.setChecked(False)
        self.audience.start(scenario)
        self.session = Session(
            scenario,
            self.services.tagger,
            self.services.grader,
            SessionLog(self.services.db),
            trainee=group,
            group=True,
            participants=participants,
        )
        self.session.listeners.append(self._on_event)
        self.session.start()
        self.console.reply_box.setFocus()

    def send(self, text: str) -> None:
        session = self.session
        if session is None or session.ended or session.finished or self.paused:
            return
        proposer = self.console.proposer_box.currentText().strip()
        session.send(text, proposed_by=proposer or None)

    def undo(self) -> None:
        if self.session is not None and self.session.turns and not self.session.finished:
            self.session.undo()

    def end(self) -> None:
        session = self.session
        if session is None or session.finished:
            return
        if not session.turns:
            QMessageBox.information(
                self.console, self.tr("Nothing to score"), self.tr("Send at least one reply first.")
            )
            return
        self.services.speech.speaker.stop()
        card = session.finish()
        self.run_timer(False)
        self.audience.show_result(card)
        self.console.explanation.setText(self.tr("Grade %1/100").replace("%1", str(card.total)))
        self._update_controls()
        self.finished.emit(session)

    # --- what the trainer puts on the big screen --------------------------------------------------------------

    def reveal_hint(self) -> None:
        if self.session is None or self.session.ended or self.session.finished:
            return
        hint = self.session.hint()  # the group saw it: their next reply counts as hinted
        self.audience.reveal(self.tr("Hint"), hint or self.tr("No hint for this moment."))

    def reveal_model_reply(self) -> None:
        if self.session is None or self.session.ended or self.session.finished:
            return
        model = self.session.node.model_reply
        self.audience.reveal(self.tr("Model reply"), model or self.tr("No model reply for this moment."))

    def explain(self) -> None:
        if self.session is None or not self.session.turns:
            return
        turn = self.session.turns[-1]
        text = explain_reply(turn.tagged, self.session.scenario.nodes[turn.node_id].expect)
        self.console.explanation.setText(text)
        self.audience.reveal(self.tr("Why it scored so"), text)

    # --- the room's pace --------------------------------------------------------------------------------------

    def run_timer(self, on: bool) -> None:
        if self.console.timer_button.isChecked() != on:
            self.console.timer_button.setChecked(on)  # comes back here through toggled
            return
        if on:
            self.remaining = self.console.timer_seconds.value()
            self._show_time()
            if not self.paused:
                self.ticker.start()
        else:
            self.ticker.stop()
            self.remaining = 0
            self.console.timer_display.clear()
            self.audience.set_status(self.tr("Paused") if self.paused else "")

    def set_paused(self, paused: bool) -> None:
        if paused:
            self.ticker.stop()
            self.audience.set_status(self.tr("Paused"))
        else:
            if self.remaining > 0:
                self.ticker.start()
            self.audience.set_status(self._time_left() if self.remaining > 0 else "")
        self._update_controls()

    def _tick(self) -> None:
        self.remaining = max(0, self.remaining - 1)
        self._show_time()
        if self.remaining == 0:
            self.ticker.stop()

    def _time_left(self) -> str:
        return self.tr("Time left %1").replace("%1", _clock(self.remaining))

    def _show_time(self) -> None:
        text = self._time_left() if self.remaining > 0 else self.tr("Time's up")
        self.console.timer_display.setText(text)
        self.audience.set_status(text)

    # --- what the session tells us ----------------------------------------------------------------------------

    def _on_event(self, event: SessionEvent) -> None:
        session = self.session
        assert session is not None
        self.audience.on_event(session, event)
        if isinstance(event, SessionStarted):
            self._customer_says(event.customer_line, 0)
        elif isinstance(event, TurnSent):
            self.console.transcript.add_reply(event.result.tagged)
            self._customer_says(event.result.customer_line, event.result.index + 1)
            self.console.explanation.clear()
        elif isinstance(event, TurnUndone):
            self.console.transcript.remove_last(2)
            self.console.customer_line.setText(event.customer_line)
        self._show_private()
        self._update_controls()

    def _customer_says(self, text: str, index: int) -> None:
        session = self.session
        assert session is not None
        self.console.customer_line.setText(text)
        self.console.transcript.add_customer(text)
        persona = session.scenario.persona
        self.services.speech.say(
            Line(f"{session.session_id}:{index}", text, session.scenario.language, persona.voice, session.anger)
        )

    def _show_private(self) -> None:
        session = self.session
        assert session is not None
        node = session.node
        ended = session.ended
        self.console.private_hint.setText("" if ended else node.hint or "—")
        self.console.private_model.setText("" if ended else node.model_reply or "—")
        if ended:
            self.console.customer_line.setText(session.customer_line + f"  [{outcome_name(session.outcome)}]")

    def _send_typed(self) -> None:
        text = self.console.reply_box.toPlainText().strip()
        if text:
            self.console.reply_box.clear()
            self.send(text)

    def _update_controls(self) -> None:
        session = self.session
        live = session is not None and not session.finished
        open_ = live and session is not None and not session.ended and not self.paused
        for widget in (self.console.reply_box, self.console.send_button, self.console.hint_button):
            widget.setEnabled(open_)
        self.console.model_button.setEnabled(open_)
        self.console.explain_button.setEnabled(session is not None and bool(session.turns))
        self.console.undo_button.setEnabled(live and session is not None and bool(session.turns))
        self.console.end_button.setEnabled(live)
