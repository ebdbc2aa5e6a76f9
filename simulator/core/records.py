"""What the session controller reports to its recorder (the SQLite log implements it)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from simulator.core.grading_types import Scorecard
from simulator.core.tags import TaggedReply


@dataclass(frozen=True)
class SessionInfo:
    session_id: str  # a UUID string: stable across workstations so logs merge without clashes
    trainee: str
    scenario_id: str
    scenario_title: str
    language: str
    started_at: str  # ISO 8601, UTC
    group: bool = False
    participants: tuple[str, ...] = ()


@dataclass(frozen=True)
class TurnRecord:
    index: int  # 0-based position among the session's turns, undone ones included
    node_id: str
    customer: str  # the customer's line the reply answers
    tagged: TaggedReply
    anger: int  # the customer's anger after the reply
    phase: str  # the phase after the reply
    at: str  # ISO 8601, UTC
    proposed_by: str | None = None  # in group sessions, who proposed the reply
    interrupted: bool = False
    hint_used: bool = False
    extra: dict[str, object] = field(default_factory=dict)


class SessionRecorder(Protocol):
    def session_started(self, info: SessionInfo) -> None: ...

    def turn_sent(self, session_id: str, turn: TurnRecord) -> None: ...

    def turn_undone(self, session_id: str, index: int) -> None: ...

    def session_finished(self, session_id: str, outcome: str, scorecard: Scorecard) -> None: ...
