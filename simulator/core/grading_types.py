"""What a conversation grade is made of, shared by the grader, the session and the views."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from simulator.core.tags import Tag, TaggedReply


@dataclass(frozen=True)
class GradedTurn:
    customer: str  # the customer's line this reply answers
    tagged: TaggedReply  # the trainee's reply, tagged
    expect: tuple[Tag, ...] | None = None  # the node's expected steps, when a scenario is known
    model_reply: str | None = None
    hint_used: bool = False
    interrupted: bool = False  # sent while the customer was still speaking
    anger_after: int | None = None


@dataclass(frozen=True)
class Penalty:
    code: str  # stable identifier, e.g. "forbidden", "resolve_before_probe"
    points: int
    message: str
    turn: int | None = None  # 0-based index of the turn it refers to

    def to_json(self) -> dict[str, object]:
        return {"code": self.code, "points": self.points, "message": self.message, "turn": self.turn}


@dataclass(frozen=True)
class Feedback:
    step: str  # a Tag value
    problem: str
    quote: str | None = None  # the trainee's own words
    better: str | None = None  # a better reply
    turn: int | None = None

    def to_json(self) -> dict[str, object]:
        return {
            "step": self.step,
            "problem": self.problem,
            "quote": self.quote,
            "better": self.better,
            "turn": self.turn,
        }


@dataclass(frozen=True)
class Scorecard:
    total: int  # 0-100
    steps: dict[str, int]  # step tag value -> 0-100
    penalties: list[Penalty] = field(default_factory=list)
    feedback: list[Feedback] = field(default_factory=list)
    outcome: str = "unfinished"  # resolved | escalated | lost | unfinished
    # Steps the conversation never called for: their score is 100 by convention and left out of the total,
    # so views show them as "not needed" rather than as done.
    not_due: tuple[str, ...] = ()
    # Without a scenario, the learned judgement of the whole conversation (half the total) and of each reply,
    # 0-100: which reply read like a weaker agent's.
    learned: int | None = None
    learned_replies: tuple[int, ...] = ()

    def to_json(self) -> dict[str, object]:
        return {
            "total": self.total,
            "steps": dict(self.steps),
            "not_due": list(self.not_due),
            "penalties": [p.to_json() for p in self.penalties],
            "feedback": [f.to_json() for f in self.feedback],
            "outcome": self.outcome,
            "learned": None if self.learned is None else {"score": self.learned, "replies": list(self.learned_replies)},
        }


class ConversationGrader(Protocol):
    def grade(
        self,
        turns: Sequence[GradedTurn],
        language: str,
        outcome: str = "unfinished",
        patience: int | None = None,
    ) -> Scorecard: ...
