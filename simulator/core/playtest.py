"""Play-testing a scenario from any node with a chosen anger, and replaying the same replies after an edit.

A play-test is an ordinary Session over a copy of the scenario whose start is the chosen node and whose
persona starts at the chosen anger, so it follows exactly the rules a trainee's session does. Nothing is logged.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from simulator.core.grading_types import ConversationGrader
from simulator.core.scenario import Scenario
from simulator.core.session import Session, TurnResult
from simulator.core.tags import ReplyTagger, Tag


class PlaytestError(ValueError):
    """A play-test that cannot start; the message says why, for the author."""


@dataclass(frozen=True)
class Step:
    """One reply of a play-test and where it led."""

    reply: str
    from_node: str
    tags: tuple[Tag, ...]
    to_node: str
    anger: int
    outcome: str | None  # resolved | escalated | lost once the conversation ended

    @classmethod
    def of(cls, from_node: str, reply: str, result: TurnResult) -> Step:
        return cls(reply, from_node, result.tagged.tags, result.node_id, result.anger, result.outcome)


@dataclass(frozen=True)
class PlayPath:
    """Where a play-test started and what the author replied: enough to play it again."""

    node_id: str
    anger: int
    replies: tuple[str, ...] = ()


def start_playtest(
    scenario: Scenario, node_id: str, anger: int, tagger: ReplyTagger, grader: ConversationGrader
) -> Session:
    """A started, unlogged session whose customer says `node_id`'s line with `anger`."""
    node = scenario.nodes.get(node_id)
    if node is None:
        raise PlaytestError(f"the scenario has no node {node_id!r}")
    if node.phase.is_ending:
        raise PlaytestError(f"node {node_id!r} is {node.phase.value}, which ends the session; pick one with branches")
    persona = replace(scenario.persona, mood=anger)
    session = Session(replace(scenario, start=node_id, persona=persona), tagger, grader)
    session.start()
    return session


def send(session: Session, reply: str) -> Step:
    """Send one reply in a play-test and describe where it led."""
    from_node = session.node.id
    return Step.of(from_node, reply, session.send(reply))


def replay(
    scenario: Scenario, path: PlayPath, tagger: ReplyTagger, grader: ConversationGrader
) -> tuple[Session, list[Step]]:
    """Play `path`'s replies again on `scenario` (usually just edited); stops early if the conversation ends."""
    session = start_playtest(scenario, path.node_id, path.anger, tagger, grader)
    steps = []
    for reply in path.replies:
        if session.ended:
            break
        steps.append(send(session, reply))
    return session, steps


def first_difference(before: Sequence[Step], after: Sequence[Step]) -> int | None:
    """The index of the first step that went elsewhere or scored otherwise, or None if the paths are the same."""
    for i, (old, new) in enumerate(zip(before, after, strict=False)):
        if (old.tags, old.to_node, old.anger, old.outcome) != (new.tags, new.to_node, new.anger, new.outcome):
            return i
    return None if len(before) == len(after) else min(len(before), len(after))
