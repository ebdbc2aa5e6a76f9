"""One role-play conversation: tags each reply, moves the customer's mood and the phase, follows the branches,
logs every step as it happens and grades the whole at the end. Plain Python: the Qt views subscribe through
`Session.listeners`.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from simulator.core.branching import choose_branch
from simulator.core.customer import Customer, give_up_line
from simulator.core.grading_types import ConversationGrader, GradedTurn, Scorecard
from simulator.core.phase_machine import PhaseMachine
from simulator.core.records import SessionInfo, SessionRecorder, TurnRecord
from simulator.core.scenario import Node, Phase, Scenario
from simulator.core.tags import ReplyTagger, TaggedReply

UNFINISHED = "unfinished"


@dataclass(frozen=True)
class TurnResult:
    tagged: TaggedReply
    anger: int  # after the reply
    phase: Phase  # after the reply
    node_id: str  # the node now current (unchanged when the customer gives up)
    customer_line: str  # the customer's next line, or their last one if the session ended
    ended: bool
    outcome: str | None  # resolved | escalated | lost once ended
    index: int  # the turn's position in the log, undone turns included


# What listeners receive, in the order things happen.
@dataclass(frozen=True)
class SessionStarted:
    customer_line: str


@dataclass(frozen=True)
class TurnSent:
    result: TurnResult


@dataclass(frozen=True)
class TurnUndone:
    index: int  # the undone turn's log index
    customer_line: str  # the line to answer again


@dataclass(frozen=True)
class SessionFinished:
    scorecard: Scorecard


SessionEvent = SessionStarted | TurnSent | TurnUndone | SessionFinished
Listener = Callable[[SessionEvent], None]


@dataclass(frozen=True)
class _State:
    """Everything a reply changes, kept whole so undo puts back exactly what was there."""

    node_id: str
    customer: Customer
    phase: Phase
    customer_line: str
    hint_pending: bool = False


def _utc_now() -> datetime:
    return datetime.now(UTC)


class Session:
    def __init__(
        self,
        scenario: Scenario,
        tagger: ReplyTagger,
        grader: ConversationGrader,
        recorder: SessionRecorder | None = None,
        trainee: str = "trainee",
        clock: Callable[[], datetime] = _utc_now,
        session_id: str | None = None,
        group: bool = False,
        participants: Sequence[str] = (),
    ) -> None:
        self._scenario = scenario
        self._tagger = tagger
        self._grader = grader
        self._recorder = recorder
        self._clock = clock
        self._info_args = (trainee, group, tuple(participants))
        self._session_id = session_id or str(uuid.uuid4())
        start = scenario.nodes[scenario.start]
        self._machine = PhaseMachine(start.phase)
        self._state = _State(start.id, Customer.from_persona(scenario.persona), start.phase, start.customer)
        self._turns: list[TurnRecord] = []
        self._before: list[_State] = []  # the state before each completed turn, for undo
        self._next_index = 0
        self._started = False
        self._scorecard: Scorecard | None = None
        self.listeners: list[Listener] = []

    # --- what the views read -------------------------------------------------------------------------------

    @property
    def scenario(self) -> Scenario:
        return self._scenario

    @property
    def session_id(self) -> str:
        return self._session_id

    @property
    def anger(self) -> int:
        return self._state.customer.anger

    @property
    def phase(self) -> Phase:
        return self._state.phase

    @property
    def node(self) -> Node:
        return self._scenario.nodes[self._state.node_id]

    @property
    def customer_line(self) -> str:
        return self._state.customer_line

    @property
    def turns(self) -> list[TurnRecord]:
        return list(self._turns)

    @property
    def started(self) -> bool:
        return self._started

    @property
    def ended(self) -> bool:
        return self._state.phase.is_ending

    @property
    def outcome(self) -> str | None:
        return self._state.phase.value if self.ended else None

    @property
    def finished(self) -> bool:
        return self._scorecard is not None

    # --- what the trainee does --------------------------------------------------------------------------------

    def start(self) -> str:
        """Open the conversation: returns the customer's first line."""
        if self._started:
            raise ValueError("the session has already started")
        self._started = True
        trainee, group, participants = self._info_args
        info = SessionInfo(
            session_id=self._session_id,
            trainee=trainee,
            scenario_id=self._scenario.id,
            scenario_title=self._scenario.title,
            language=self._scenario.language,
            started_at=self._now(),
            group=group,
            participants=participants,
        )
        if self._recorder:
            self._recorder.session_started(info)
        self._notify(SessionStarted(self._state.customer_line))
        return self._state.customer_line

    def send(
        self, reply: str, *, interrupted: bool = False, hint_used: bool = False, proposed_by: str | None = None
    ) -> TurnResult:
        self._require_open()
        if not reply.strip():
            raise ValueError("the reply is empty")
        if self.ended:
            raise ValueError(f"the conversation has ended ({self.outcome}); undo the last reply or finish")
        before = self._state
        node = self.node
        tagged = self._tagger.tag(reply, customer=before.customer_line)  # the tagger tells the reply's language
        customer = before.customer.after_reply(
            tagged.tags, phase=before.phase, interrupted=interrupted, overrides=node.anger
        )
        target = self._scenario.nodes[choose_branch(node, tagged.tags, customer.anger, customer.replies).goto]
        gave_up = customer.gives_up(reached_ending=target.phase.is_ending)
        if gave_up:
            after = _State(node.id, customer, Phase.LOST, give_up_line(self._scenario.language, gave_up))
        else:
            after = _State(target.id, customer, target.phase, target.customer)
        self._machine.move_to(after.phase)  # before any change, so an illegal move leaves the session as it was
        record = TurnRecord(
            index=self._next_index,
            node_id=node.id,
            customer=before.customer_line,
            tagged=tagged,
            anger=customer.anger,
            phase=after.phase.value,
            at=self._now(),
            proposed_by=proposed_by,
            interrupted=interrupted,
            hint_used=hint_used or before.hint_pending,
        )
        self._state = after
        self._before.append(before)
        self._turns.append(record)
        self._next_index += 1
        if self._recorder:
            self._recorder.turn_sent(self._session_id, record)
        result = TurnResult(
            tagged=tagged,
            anger=customer.anger,
            phase=after.phase,
            node_id=after.node_id,
            customer_line=after.customer_line,
            ended=self.ended,
            outcome=self.outcome,
            index=record.index,
        )
        self._notify(TurnSent(result))
        return result

    def undo(self) -> str:
        """Take back the last reply: the customer, node and phase are as before it. Returns the line to answer."""
        self._require_open()
        if not self._turns:
            raise ValueError("there is no reply to undo")
        undone = self._turns.pop()
        self._state = self._before.pop()
        self._machine.restore(self._state.phase)
        if self._recorder:
            self._recorder.turn_undone(self._session_id, undone.index)
        self._notify(TurnUndone(undone.index, self._state.customer_line))
        return self._state.customer_line

    def hint(self) -> str | None:
        """The current node's hint; once shown, the next reply counts as hinted."""
        self._require_open()
        text = None if self.ended else self.node.hint
        if text:
            self._state = replace(self._state, hint_pending=True)
        return text

    def finish(self) -> Scorecard:
        """Grade the conversation as it stands (ended or not) and close the session. Repeat calls return the card."""
        if self._scorecard is not None:
            return self._scorecard
        if not self._started:
            raise ValueError("the session has not started")
        outcome = self.outcome or UNFINISHED
        graded = [self._graded(turn) for turn in self._turns]
        self._scorecard = self._grader.grade(
            graded, self._scenario.language, outcome=outcome, patience=self._scenario.persona.patience
        )
        if self._recorder:
            self._recorder.session_finished(self._session_id, outcome, self._scorecard)
        self._notify(SessionFinished(self._scorecard))
        return self._scorecard

    # --- inside -----------------------------------------------------------------------------------------------

    def _graded(self, turn: TurnRecord) -> GradedTurn:
        node = self._scenario.nodes[turn.node_id]
        return GradedTurn(
            customer=turn.customer,
            tagged=turn.tagged,
            expect=node.expect,
            model_reply=node.model_reply,
            hint_used=turn.hint_used,
            interrupted=turn.interrupted,
            anger_after=turn.anger,
        )

    def _require_open(self) -> None:
        if not self._started:
            raise ValueError("the session has not started: call start() first")
        if self._scorecard is not None:
            raise ValueError("the session is finished")

    def _now(self) -> str:
        return self._clock().isoformat()

    def _notify(self, event: SessionEvent) -> None:
        for listener in list(self.listeners):
            listener(event)
