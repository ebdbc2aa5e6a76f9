"""Sample records for the storage tests and the writer subprocess."""

from __future__ import annotations

from simulator.core.grading_types import Feedback, Penalty, Scorecard
from simulator.core.records import SessionInfo, TurnRecord
from simulator.core.tags import Evidence, Tag, TaggedReply


def info(
    session_id: str,
    trainee: str = "Alice",
    scenario_id: str = "router",
    started_at: str = "2026-11-20T09:00:00+00:00",
    language: str = "en",
    participants: tuple[str, ...] = (),
) -> SessionInfo:
    return SessionInfo(
        session_id=session_id,
        trainee=trainee,
        scenario_id=scenario_id,
        scenario_title=f"Scenario {scenario_id}",
        language=language,
        started_at=started_at,
        group=bool(participants),
        participants=participants,
    )


def turn(index: int, reply: str = "I'm really sorry about that.", customer: str = "My router is dead.") -> TurnRecord:
    word = next((w for w in ("sorry", "抱歉") if w in reply), None)
    start = reply.find(word) if word else -1
    evidence = {Tag.APOLOGIZE: (Evidence(start, start + len(word), word),)} if word else {}
    return TurnRecord(
        index=index,
        node_id=f"n{index}",
        customer=customer,
        tagged=TaggedReply(reply, "en", tuple(evidence), evidence),
        anger=max(0, 5 - index),
        phase="query",
        at=f"2026-11-20T09:{index % 60:02d}:00+00:00",
    )


def scorecard(total: int = 72, outcome: str = "resolved") -> Scorecard:
    return Scorecard(
        total=total,
        steps={"VENT": 60, "APOLOGIZE": 90, "PROBE": 70, "RESOLVE": 80, "FOLLOW_UP": 50},
        penalties=[Penalty("forbidden", -10, "Told the customer to calm down", turn=1)],
        feedback=[Feedback("FOLLOW_UP", "No call-back promised", quote="Bye", better="I'll call you tomorrow.")],
        outcome=outcome,
    )
