"""Which way the conversation goes after a reply: `if:` conditions and the first branch that holds.

Pure functions, shared by the session, the linter's example checker and the editor's preview.
"""

from __future__ import annotations

from collections.abc import Iterable

from simulator.core.scenario import Branch, Condition, Node
from simulator.core.tags import Tag


class NoBranchError(ValueError):
    """A node has no branch that holds (no fallback) or is an ending; the linter rejects such files."""


def condition_holds(condition: Condition, tags: Iterable[Tag], anger_after: int, turn: int) -> bool:
    """Every key set in `condition` holds. `anger_after`: anger after the reply; `turn`: replies sent, this one too."""
    present = frozenset(tags)
    return (
        all(tag in present for tag in condition.has)
        and (not condition.any or any(tag in present for tag in condition.any))
        and not any(tag in present for tag in condition.not_)
        and (condition.mood_above is None or anger_after > condition.mood_above)
        and (condition.mood_below is None or anger_after < condition.mood_below)
        and (condition.turn_at_least is None or turn >= condition.turn_at_least)
    )


def choose_branch(node: Node, tags: Iterable[Tag], anger_after: int, turn: int) -> Branch:
    """The first branch of `node` whose condition holds; a branch without a condition always holds."""
    present = frozenset(tags)
    for branch in node.next:
        if branch.condition is None or condition_holds(branch.condition, present, anger_after, turn):
            return branch
    raise NoBranchError(
        f"node {node.id!r} (line {node.pos.line}) has no branch for tags {sorted(t.value for t in present)}"
    )
