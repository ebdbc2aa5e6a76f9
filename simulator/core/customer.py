"""The customer's mood: anger 0..100 that each reply moves, and the patience that runs out.

How one reply changes anger (the defaults; a node's `anger:` mapping replaces the value for the tags it names):

| what the reply does                      | anger | why                                                     |
|------------------------------------------|-------|---------------------------------------------------------|
| VENT (listens, names the feeling)        |    -8 | being heard calms                                        |
| APOLOGIZE, once there is a grievance     |   -10 | only in query or complaint; at an inquiry it changes 0  |
| PROBE                                    |    -3 | a real question shows the problem is taken up           |
| RESOLVE, after some PROBE in the session |   -12 | a concrete fix calms most                               |
| RESOLVE before any PROBE                 |    +8 | a fix offered without asking feels like a brush-off     |
| FOLLOW_UP                                |    -5 | a promise to come back reassures                        |
| FORBIDDEN                                |   +25 | blame, dismissal, "calm down"                           |
| no tag at all                            |    +5 | being ignored annoys                                    |
| sent while the customer was speaking     |    +5 | interrupting annoys, added to the rest                  |

A reply's tags add up ("Sorry, but calm down" is -10 + 25). A PROBE in the same reply counts as probing first.
A node override is the author's word for that tag at that node, so it also replaces the RESOLVE-before-PROBE and
inquiry-apology rules. The result is clamped to 0..100. The customer gives up (the session is lost) when anger
reaches 100, or when the trainee has sent `patience` replies without reaching an ending.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, replace
from enum import StrEnum

from simulator.core.scenario import Persona, Phase
from simulator.core.tags import Tag

ANGER_MIN = 0
ANGER_MAX = 100

DEFAULT_ANGER: Mapping[Tag, int] = {
    Tag.VENT: -8,
    Tag.APOLOGIZE: -10,
    Tag.PROBE: -3,
    Tag.RESOLVE: -12,
    Tag.FOLLOW_UP: -5,
    Tag.FORBIDDEN: +25,
}
APOLOGY_WITHOUT_GRIEVANCE = 0
RESOLVE_BEFORE_PROBE = +8
NO_TAG = +5
INTERRUPTED = +5


class GiveUp(StrEnum):
    """Why the customer walked away."""

    ANGER = "anger"
    PATIENCE = "patience"


# What the customer says when giving up, since no scenario node was written for it.
GIVE_UP_LINES: Mapping[str, Mapping[GiveUp, str]] = {
    "en": {
        GiveUp.ANGER: "That's it, I've had enough of this. Goodbye.",
        GiveUp.PATIENCE: "I've spent long enough on this and got nowhere. I'll take it elsewhere.",
    },
    "zh": {
        GiveUp.ANGER: "够了,我不想再跟你说了,再见!",
        GiveUp.PATIENCE: "说了这么久也没解决,算了,我去别的地方问吧。",
    },
}


def give_up_line(language: str, reason: GiveUp) -> str:
    return GIVE_UP_LINES.get(language, GIVE_UP_LINES["en"])[reason]


def anger_delta(
    tags: Collection[Tag],
    *,
    phase: Phase,
    probed: bool,
    interrupted: bool = False,
    overrides: Mapping[Tag, int] | None = None,
) -> int:
    """The change in anger one reply causes. `probed`: some reply so far, this one included, was a PROBE."""
    overrides = overrides or {}
    delta = INTERRUPTED if interrupted else 0
    if not tags:
        return delta + NO_TAG
    for tag in tags:
        if tag in overrides:
            delta += overrides[tag]
        elif tag is Tag.RESOLVE and not probed:
            delta += RESOLVE_BEFORE_PROBE
        elif tag is Tag.APOLOGIZE and phase is Phase.INQUIRY:
            delta += APOLOGY_WITHOUT_GRIEVANCE
        else:
            delta += DEFAULT_ANGER[tag]
    return delta


def clamp_anger(value: int) -> int:
    return max(ANGER_MIN, min(ANGER_MAX, value))


@dataclass(frozen=True)
class Customer:
    """An immutable snapshot of the customer's state; each reply yields a new one, so undo is just the old one."""

    anger: int
    patience: int  # replies the trainee may send before an unresolved customer gives up
    replies: int = 0  # replies received so far
    probed: bool = False  # some reply so far was a PROBE

    @classmethod
    def from_persona(cls, persona: Persona) -> Customer:
        return cls(anger=clamp_anger(persona.mood), patience=persona.patience)

    def after_reply(
        self,
        tags: Collection[Tag],
        *,
        phase: Phase,
        interrupted: bool = False,
        overrides: Mapping[Tag, int] | None = None,
    ) -> Customer:
        """The customer after hearing a reply given at `phase` (the phase of the node it answers)."""
        probed = self.probed or Tag.PROBE in tags
        delta = anger_delta(tags, phase=phase, probed=probed, interrupted=interrupted, overrides=overrides)
        return replace(self, anger=clamp_anger(self.anger + delta), replies=self.replies + 1, probed=probed)

    @property
    def furious(self) -> bool:
        return self.anger >= ANGER_MAX

    @property
    def out_of_patience(self) -> bool:
        return self.replies >= self.patience

    def gives_up(self, *, reached_ending: bool) -> GiveUp | None:
        """Why the customer leaves now, if they do: fury always wins; patience only if no ending was reached."""
        if self.furious:
            return GiveUp.ANGER
        if self.out_of_patience and not reached_ending:
            return GiveUp.PATIENCE
        return None
