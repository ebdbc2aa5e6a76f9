"""The scenario model: plain, immutable data built by the loader from an author's YAML file."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from simulator.core.tags import Tag


class Phase(StrEnum):
    INQUIRY = "inquiry"
    QUERY = "query"
    COMPLAINT = "complaint"
    RESOLVED = "resolved"
    ESCALATED = "escalated"
    LOST = "lost"

    @property
    def is_ending(self) -> bool:
        return self in ENDINGS


OPEN_PHASES: tuple[Phase, ...] = (Phase.INQUIRY, Phase.QUERY, Phase.COMPLAINT)
ENDINGS: tuple[Phase, ...] = (Phase.RESOLVED, Phase.ESCALATED, Phase.LOST)


@dataclass(frozen=True)
class Pos:
    """1-based line and column in the source file, for error messages and the editor."""

    line: int
    col: int


NOWHERE = Pos(1, 1)


@dataclass(frozen=True)
class Condition:
    """An `if:` block; every key that is set must hold."""

    has: tuple[Tag, ...] = ()
    any: tuple[Tag, ...] = ()
    not_: tuple[Tag, ...] = ()
    mood_above: int | None = None
    mood_below: int | None = None
    turn_at_least: int | None = None


@dataclass(frozen=True)
class Branch:
    goto: str
    condition: Condition | None = None  # None: the fallback branch
    pos: Pos = NOWHERE


@dataclass(frozen=True)
class Example:
    """An author's example reply with the tags and branch it must produce (guards the scoring)."""

    reply: str
    tags: tuple[Tag, ...] | None = None
    goto: str | None = None
    pos: Pos = NOWHERE


@dataclass(frozen=True)
class Node:
    id: str
    phase: Phase
    customer: str
    expect: tuple[Tag, ...] = ()
    model_reply: str | None = None
    hint: str | None = None
    audio: str | None = None
    next: tuple[Branch, ...] = ()
    # Overrides of the default anger change per tag at this node (project key `anger:`).
    anger: Mapping[Tag, int] = field(default_factory=dict)
    examples: tuple[Example, ...] = ()
    pos: Pos = NOWHERE


@dataclass(frozen=True)
class Persona:
    name: str
    voice: str = "female"
    mood: int = 30
    patience: int = 8
    image: str | None = None


@dataclass(frozen=True)
class Scenario:
    id: str
    title: str
    language: str
    level: int
    persona: Persona
    start: str
    nodes: Mapping[str, Node]
    briefing: str = ""
    tags: tuple[str, ...] = ()
    path: Path | None = None  # the file it came from, if any

    @property
    def folder(self) -> Path | None:
        return self.path.parent if self.path else None
