import uuid
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from simulator.core.customer import GiveUp, give_up_line
from simulator.core.grading_types import GradedTurn, Scorecard
from simulator.core.phase_machine import MachineError
from simulator.core.records import SessionInfo, TurnRecord
from simulator.core.scenario import Branch, Condition, Node, Persona, Phase, Scenario
from simulator.core.session import Session, SessionFinished, SessionStarted, TurnSent, TurnUndone
from simulator.core.tags import ALL_TAGS, Tag, TaggedReply

V, A, P, R, F, X = Tag.VENT, Tag.APOLOGIZE, Tag.PROBE, Tag.RESOLVE, Tag.FOLLOW_UP, Tag.FORBIDDEN


class KeywordTagger:
    """A test double: a tag per keyword, so each test says exactly which tags a reply gets."""

    KEYWORDS = {"listening": V, "sorry": A, "?": P, "refund": R, "call you": F, "calm down": X}

    def __init__(self) -> None:
        self.calls: list[tuple[str, str | None, str | None]] = []

    def tag(self, reply: str, customer: str | None = None, language: str | None = None) -> TaggedReply:
        self.calls.append((reply, customer, language))
        found = {tag for word, tag in self.KEYWORDS.items() if word in reply.lower()}
        return TaggedReply(reply, language or "en", tuple(t for t in ALL_TAGS if t in found))


class FakeGrader:
    def __init__(self) -> None:
        self.calls: list[tuple[list[GradedTurn], str, str, int | None]] = []

    def grade(
        self, turns: Sequence[GradedTurn], language: str, outcome: str = "unfinished", patience: int | None = None
    ) -> Scorecard:
        self.calls.append((list(turns), language, outcome, patience))
        return Scorecard(total=len(turns), steps={"PROBE": 50}, outcome=outcome)


class FakeRecorder:
    def __init__(self) -> None:
        self.calls: list[tuple[str, object]] = []

    def session_started(self, info: SessionInfo) -> None:
        self.calls.append(("started", info))

    def turn_sent(self, session_id: str, turn: TurnRecord) -> None:
        self.calls.append(("sent", (session_id, turn)))

    def turn_undone(self, session_id: str, index: int) -> None:
        self.calls.append(("undone", (session_id, index)))

    def session_finished(self, session_id: str, outcome: str, scorecard: Scorecard) -> None:
        self.calls.append(("finished", (session_id, outcome, scorecard)))

    def kinds(self) -> list[str]:
        return [kind for kind, _ in self.calls]


def node(id: str, phase: Phase, customer: str, *branches: Branch, **kw: object) -> Node:
    return Node(id=id, phase=phase, customer=customer, next=branches, **kw)  # type: ignore[arg-type]


NODES = [
    node(
        "opening",
        Phase.INQUIRY,
        "When will my broadband be installed?",
        Branch("details", Condition(has=(P,))),
        Branch("complaint", Condition(any=(X,))),
        Branch("opening"),
        expect=(P,),
        model_reply="Could you give me your application number?",
        hint="Ask which application he means.",
    ),
    node(
        "details",
        Phase.QUERY,
        "It's 20240518 and it just says pending.",
        Branch("thanked", Condition(has=(R,))),
        Branch("supervisor", Condition(mood_above=70)),
        Branch("complaint", Condition(turn_at_least=4)),
        Branch("details"),
        expect=(A, P),
        model_reply="I'm sorry. Which building do you live in?",
        anger={A: -20},
    ),
    node(
        "complaint",
        Phase.COMPLAINT,
        "This is ridiculous!",
        Branch("thanked", Condition(has=(R,))),
        Branch("supervisor", Condition(any=(X,))),
        Branch("complaint"),
        expect=(V, A),
    ),
    node("thanked", Phase.RESOLVED, "Thank you, that is all I wanted."),
    node("supervisor", Phase.ESCALATED, "Put me through to your supervisor."),
]
SCENARIO = Scenario(
    id="broadband",
    title="Broadband",
    language="en",
    level=1,
    persona=Persona(name="Mr. Li", mood=30, patience=6),
    start="opening",
    nodes={n.id: n for n in NODES},
)
T0 = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


def make(scenario: Scenario = SCENARIO, **kw: object) -> tuple[Session, KeywordTagger, FakeGrader, FakeRecorder]:
    tagger, grader, recorder = KeywordTagger(), FakeGrader(), FakeRecorder()
    session = Session(scenario, tagger, grader, recorder, clock=Clock(), **kw)  # type: ignore[arg-type]
    return session, tagger, grader, recorder


def with_persona(**kw: object) -> Scenario:
    return replace(SCENARIO, persona=replace(SCENARIO.persona, **kw))  # type: ignore[arg-type]


def started(scenario: Scenario = SCENARIO, **kw: object) -> tuple[Session, KeywordTagger, FakeGrader, FakeRecorder]:
    parts = make(scenario, **kw)
    parts[0].start()
    return parts


def test_start_returns_the_opening_line_and_records_the_session() -> None:
    session, _, _, recorder = make(trainee="ann", group=True, participants=["ann", "bo"])
    assert session.start() == "When will my broadband be installed?"
    ((kind, info),) = recorder.calls
    assert kind == "started"
    assert info == SessionInfo(
        session_id=session.session_id,
        trainee="ann",
        scenario_id="broadband",
        scenario_title="Broadband",
        language="en",
        started_at=(T0 + timedelta(seconds=1)).isoformat(),
        group=True,
        participants=("ann", "bo"),
    )
    assert (session.phase, session.anger, session.node.id, session.ended, session.outcome) == (
        Phase.INQUIRY,
        30,
        "opening",
        False,
        None,
    )


def test_session_id_is_a_fresh_uuid4_unless_given() -> None:
    first, second = make()[0], make()[0]
    assert uuid.UUID(first.session_id).version == 4
    assert first.session_id != second.session_id
    assert make(session_id="abc")[0].session_id == "abc"


def test_start_twice_and_send_before_start_are_refused() -> None:
    session = make()[0]
    with pytest.raises(ValueError, match="start"):
        session.send("Hello?")
    session.start()
    with pytest.raises(ValueError, match="already started"):
        session.start()


@pytest.mark.parametrize("reply", ["", "   ", "\n"])
def test_empty_replies_are_refused(reply: str) -> None:
    session, tagger, _, recorder = started()
    with pytest.raises(ValueError, match="empty"):
        session.send(reply)
    assert tagger.calls == [] and recorder.kinds() == ["started"]


def test_send_tags_moves_anger_and_follows_the_branch() -> None:
    session, tagger, _, recorder = started()
    result = session.send("What is your application number?")
    assert tagger.calls == [("What is your application number?", "When will my broadband be installed?", None)]
    assert result.tagged.tags == (P,)
    assert (result.anger, result.phase, result.node_id) == (27, Phase.QUERY, "details")
    assert result.customer_line == "It's 20240518 and it just says pending."
    assert (result.ended, result.outcome, result.index) == (False, None, 0)
    assert (session.anger, session.phase, session.node.id, session.customer_line) == (
        27,
        Phase.QUERY,
        "details",
        result.customer_line,
    )
    kind, (sid, record) = recorder.calls[-1]
    assert (kind, sid) == ("sent", session.session_id)
    assert record == TurnRecord(
        index=0,
        node_id="opening",
        customer="When will my broadband be installed?",
        tagged=result.tagged,
        anger=27,
        phase="query",
        at=(T0 + timedelta(seconds=2)).isoformat(),
    )
    assert session.turns == [record]


def test_node_anger_override_applies() -> None:
    session = started()[0]
    session.send("Which number?")  # -> details, 27
    assert session.send("I'm so sorry.").anger == 27 - 20  # details overrides APOLOGIZE: -20


def test_resolved_ending() -> None:
    session, _, _, recorder = started()
    session.send("Which number?")
    result = session.send("Sorry, I'll refund the fee?")
    assert (result.ended, result.outcome, result.phase, result.node_id) == (True, "resolved", Phase.RESOLVED, "thanked")
    assert result.customer_line == "Thank you, that is all I wanted."
    assert session.ended and session.outcome == "resolved"
    with pytest.raises(ValueError, match="ended"):
        session.send("Anything else?")
    assert recorder.kinds() == ["started", "sent", "sent"]


def test_escalated_ending_through_complaint() -> None:
    session = started()[0]
    assert session.send("Calm down.").phase is Phase.COMPLAINT  # inquiry straight to complaint is forward
    result = session.send("Calm down!")
    assert (result.outcome, result.node_id, result.customer_line) == (
        "escalated",
        "supervisor",
        "Put me through to your supervisor.",
    )


def test_mood_condition_sees_anger_after_the_reply() -> None:
    session = started(with_persona(mood=60))[0]
    session.send("Which number?")  # 57, query
    assert session.send("OK.").node_id == "details"  # 62: not above 70
    assert session.send("Hmm, calm down.").outcome == "escalated"  # 87 > 70 at details


def test_turn_at_least_counts_replies() -> None:
    session = started()[0]
    session.send("Which number?")
    assert session.send("I'm listening.").node_id == "details"  # reply 2
    assert session.send("I'm listening.").node_id == "details"  # reply 3
    assert session.send("I'm listening.").node_id == "complaint"  # reply 4


def test_lost_when_anger_reaches_100_even_if_the_branch_ends_well() -> None:
    session = started(with_persona(mood=95))[0]
    session.send("Which number?")  # 92, details
    result = session.send("Calm down, refund?")  # the branch goes to thanked, but 92 + 25 - 3 - 12 = 102
    assert (result.anger, result.phase, result.outcome, result.ended) == (100, Phase.LOST, "lost", True)
    assert result.node_id == "details"  # the customer left from where they were
    assert result.customer_line == give_up_line("en", GiveUp.ANGER)


def test_lost_when_patience_runs_out() -> None:
    session = started(with_persona(patience=3))[0]
    session.send("OK.")
    session.send("OK.")
    result = session.send("OK.")
    assert (result.outcome, result.customer_line) == ("lost", give_up_line("en", GiveUp.PATIENCE))
    assert session.anger == 45


def test_reaching_an_ending_on_the_last_patient_turn_counts() -> None:
    session = started(with_persona(patience=2))[0]
    session.send("Which number?")
    assert session.send("Refund?").outcome == "resolved"


def test_give_up_line_follows_the_scenario_language() -> None:
    session = started(replace(with_persona(mood=95), language="zh"))[0]
    assert session.send("calm down").customer_line == give_up_line("zh", GiveUp.ANGER)


def test_interrupted_and_proposed_by_are_recorded_and_interrupting_annoys() -> None:
    session = started()[0]
    result = session.send("Which number?", interrupted=True, proposed_by="bo")
    assert result.anger == 30 - 3 + 5
    assert (session.turns[0].interrupted, session.turns[0].proposed_by) == (True, "bo")


def test_undo_restores_exactly_the_state_before_the_last_reply() -> None:
    session, _, _, recorder = started()
    session.send("Which number?")
    before = (session.anger, session.phase, session.node, session.customer_line, session.turns)
    session.send("calm down, refund?")
    assert session.ended
    assert session.undo() == "It's 20240518 and it just says pending."
    assert (session.anger, session.phase, session.node, session.customer_line, session.turns) == before
    assert not session.ended and session.outcome is None
    assert recorder.calls[-1] == ("undone", (session.session_id, 1))
    # the machine was put back too: the conversation goes on from details
    assert session.send("I'm listening.").phase is Phase.QUERY


def test_undo_restores_probing_history_and_patience() -> None:
    session = started(with_persona(patience=2))[0]
    session.send("Which number?")  # probed, 27
    session.undo()
    # without the undone PROBE, resolving first annoys again: +8 instead of -12
    assert session.send("I'll refund it.").anger == 38
    assert session.send("OK.").outcome == "lost"  # 2 replies kept, the undone one not counted


def test_undone_turns_keep_their_log_index() -> None:
    session, _, _, recorder = started()
    session.send("Which number?")
    session.send("OK.")
    session.undo()
    assert session.send("Sorry.").index == 2
    indexes = [payload[1].index for kind, payload in recorder.calls if kind == "sent"]  # type: ignore[index]
    assert indexes == [0, 1, 2]
    assert [t.index for t in session.turns] == [0, 2]


def test_undo_back_to_the_start_and_with_nothing_to_undo() -> None:
    session = started()[0]
    with pytest.raises(ValueError, match="no reply"):
        session.undo()
    session.send("Calm down.")
    assert session.undo() == "When will my broadband be installed?"
    assert (session.phase, session.anger, session.turns) == (Phase.INQUIRY, 30, [])
    with pytest.raises(ValueError, match="no reply"):
        session.undo()


def test_hint_marks_only_the_next_reply() -> None:
    session = started()[0]
    assert session.hint() == "Ask which application he means."
    session.send("Which number?")
    assert session.hint() is None  # details has no hint, and nothing is marked
    session.send("OK.")
    assert [t.hint_used for t in session.turns] == [True, False]
    session.send("OK.", hint_used=True)
    assert session.turns[-1].hint_used


def test_undo_keeps_a_hint_seen_before_the_undone_reply() -> None:
    session = started()[0]
    session.hint()
    session.send("OK.")
    session.undo()
    session.send("Which number?")
    assert session.turns[0].hint_used


def test_finish_grades_every_turn_against_the_node_it_answered() -> None:
    session, _, grader, recorder = started()
    session.hint()
    session.send("Which number?")
    session.send("Sorry, refund?", interrupted=True)
    card = session.finish()
    ((turns, language, outcome, patience),) = grader.calls
    assert (language, outcome, patience) == ("en", "resolved", 6)
    assert turns == [
        GradedTurn(
            customer="When will my broadband be installed?",
            tagged=session.turns[0].tagged,
            expect=(P,),
            model_reply="Could you give me your application number?",
            hint_used=True,
            anger_after=27,
        ),
        GradedTurn(
            customer="It's 20240518 and it just says pending.",
            tagged=session.turns[1].tagged,
            expect=(A, P),
            model_reply="I'm sorry. Which building do you live in?",
            interrupted=True,
            anger_after=0,  # 27 - 20 - 3 - 12 + 5, clamped
        ),
    ]
    assert recorder.calls[-1] == ("finished", (session.session_id, "resolved", card))
    assert recorder.kinds() == ["started", "sent", "sent", "finished"]


def test_finish_an_unfinished_conversation_then_the_session_is_closed() -> None:
    session, _, grader, recorder = started()
    session.send("OK.")
    card = session.finish()
    assert card.outcome == "unfinished" and grader.calls[0][2] == "unfinished"
    assert session.finish() is card  # repeat calls neither grade nor log again
    assert len(grader.calls) == 1 and recorder.kinds().count("finished") == 1
    for action in (lambda: session.send("Hello?"), session.undo, session.hint):
        with pytest.raises(ValueError, match="finished"):
            action()


def test_finish_before_start_is_refused() -> None:
    with pytest.raises(ValueError, match="not started"):
        make()[0].finish()


def test_listeners_hear_every_event_in_order() -> None:
    session = make()[0]
    events: list[object] = []
    session.listeners.append(events.append)
    session.start()
    result = session.send("Which number?")
    session.undo()
    card = session.finish()
    assert events == [
        SessionStarted("When will my broadband be installed?"),
        TurnSent(result),
        TurnUndone(0, "When will my broadband be installed?"),
        SessionFinished(card),
    ]


def test_works_without_a_recorder() -> None:
    session = Session(SCENARIO, KeywordTagger(), FakeGrader())
    session.start()
    assert session.send("refund?").outcome is None
    assert session.finish().total == 1


def test_a_backward_move_raises_and_changes_nothing() -> None:
    backward = node("back", Phase.INQUIRY, "Back to the start?")
    nodes = {
        **SCENARIO.nodes,
        "back": backward,
        "complaint": replace(SCENARIO.nodes["complaint"], next=(Branch("back"),)),
    }
    session, _, _, recorder = started(replace(SCENARIO, nodes=nodes))
    session.send("calm down")
    with pytest.raises(MachineError):
        session.send("OK.")
    assert (session.phase, session.node.id, session.anger, len(session.turns)) == (Phase.COMPLAINT, "complaint", 55, 1)
    assert recorder.kinds() == ["started", "sent"]
