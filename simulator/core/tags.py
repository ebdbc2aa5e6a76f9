"""The rubric's step tags and a tagged reply with its evidence (see complaint-steps.md)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol


class Tag(StrEnum):
    VENT = "VENT"
    APOLOGIZE = "APOLOGIZE"
    PROBE = "PROBE"
    RESOLVE = "RESOLVE"
    FOLLOW_UP = "FOLLOW_UP"
    FORBIDDEN = "FORBIDDEN"


# The five steps of the training material, in the order they are taught.
STEPS: tuple[Tag, ...] = (Tag.VENT, Tag.APOLOGIZE, Tag.PROBE, Tag.RESOLVE, Tag.FOLLOW_UP)
ALL_TAGS: tuple[Tag, ...] = (*STEPS, Tag.FORBIDDEN)


@dataclass(frozen=True)
class Evidence:
    """The span of a reply that earned a tag: reply[start:end] == text."""

    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, object]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class TaggedReply:
    text: str
    language: str  # "en", "zh" or "mixed"
    tags: tuple[Tag, ...]  # in ALL_TAGS order
    evidence: Mapping[Tag, tuple[Evidence, ...]] = field(default_factory=dict)

    def has(self, tag: Tag) -> bool:
        return tag in self.tags

    @classmethod
    def from_json(
        cls, text: str, language: str, tags: list[str], evidence: Mapping[str, list[dict[str, object]]]
    ) -> TaggedReply:
        """Rebuild a logged reply (the shape `to_json` wrote) for replay."""
        found = {Tag(t) for t in tags}
        return cls(
            text=text,
            language=language,
            tags=tuple(t for t in ALL_TAGS if t in found),
            evidence={
                Tag(name): tuple(Evidence(int(str(e["start"])), int(str(e["end"])), str(e["text"])) for e in spans)
                for name, spans in evidence.items()
            },
        )

    def to_json(self) -> dict[str, object]:
        return {
            "tags": [t.value for t in self.tags],
            "evidence": {t.value: [e.to_json() for e in self.evidence.get(t, ())] for t in self.tags},
        }


class ReplyTagger(Protocol):
    """What the engine needs from the scorer: tag one reply, given the customer's previous line."""

    def tag(self, reply: str, customer: str | None = None, language: str | None = None) -> TaggedReply: ...
