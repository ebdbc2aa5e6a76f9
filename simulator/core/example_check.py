"""Example replies that guard the scoring: each must still get its tags and take its branch.

An example is played at its node as the session would: the tagger hears the reply after the node's customer
line, the customer's anger moves from the scenario's starting anger (or a given one), and `choose_branch`
picks the branch. The turn number is the node's distance from start plus one, and a node past the start
counts as already probed, as it would be on the shortest way there.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from simulator.core.branching import NoBranchError, choose_branch
from simulator.core.customer import Customer, clamp_anger
from simulator.core.diagnostics import Diagnostic
from simulator.core.library import scenario_files
from simulator.core.lint_graph import successors
from simulator.core.loader import check_file
from simulator.core.scenario import Example, Node, Scenario
from simulator.core.tags import ALL_TAGS, ReplyTagger, Tag


@dataclass(frozen=True)
class ExampleRun:
    """What one reply does at one node."""

    node_id: str
    reply: str
    tags: tuple[Tag, ...]  # in ALL_TAGS order
    anger_after: int
    goto: str | None  # None at an ending, which has no branch


@dataclass(frozen=True)
class ExampleDrift:
    """An example whose tags or branch are not the ones the author wrote."""

    example: Example
    run: ExampleRun
    message: str


def depths(scenario: Scenario) -> dict[str, int]:
    """Each reachable node's distance in replies from start."""
    found = {scenario.start: 0} if scenario.start in scenario.nodes else {}
    queue = deque(found)
    while queue:
        node_id = queue.popleft()
        for target in successors(scenario, node_id):
            if target in scenario.nodes and target not in found:
                found[target] = found[node_id] + 1
                queue.append(target)
    return found


def run_reply(
    scenario: Scenario,
    node: Node,
    reply: str,
    tagger: ReplyTagger,
    anger: int | None = None,
    depth: int | None = None,
) -> ExampleRun:
    """Tag `reply` at `node` and follow the branch it takes; `depth` defaults to the node's distance from start."""
    if depth is None:
        depth = depths(scenario).get(node.id, 0)
    tags = tagger.tag(reply, customer=node.customer).tags
    before = Customer(
        anger=clamp_anger(scenario.persona.mood if anger is None else anger),
        patience=scenario.persona.patience,
        replies=depth,
        probed=depth > 0,
    )
    after = before.after_reply(tags, phase=node.phase, overrides=node.anger)
    try:
        goto: str | None = choose_branch(node, tags, after.anger, after.replies).goto
    except NoBranchError:
        goto = None
    return ExampleRun(node.id, reply, tags, after.anger, goto)


def find_drifts(scenario: Scenario, tagger: ReplyTagger, anger: int | None = None) -> list[ExampleDrift]:
    """Every example of every node whose tags or branch differ from what its author wrote."""
    distance = depths(scenario)
    drifts = []
    for node in scenario.nodes.values():
        for example in node.examples:
            run = run_reply(scenario, node, example.reply, tagger, anger, distance.get(node.id, 0))
            problems = []
            if example.tags is not None and set(example.tags) != set(run.tags):
                problems.append(f"gets tags {_tag_list(run.tags)}, expected {_tag_list(example.tags)}")
            if example.goto is not None and example.goto != run.goto:
                taken = f"goes to {run.goto!r}" if run.goto else f"takes no branch ({node.id!r} is an ending)"
                problems.append(f"{taken} (anger after {run.anger_after}), expected {example.goto!r}")
            if problems:
                message = f"example at node {node.id!r} {example.reply!r} " + "; ".join(problems)
                drifts.append(ExampleDrift(example, run, message))
    return drifts


def check_examples(scenario: Scenario, tagger: ReplyTagger, anger: int | None = None) -> list[Diagnostic]:
    """An error at each drifting example's line, for `lint --examples` and the editor."""
    file = str(scenario.path) if scenario.path else scenario.id
    return [
        Diagnostic(file, d.example.pos.line, d.example.pos.col, "error", d.message)
        for d in find_drifts(scenario, tagger, anger)
    ]


def _tag_list(tags: tuple[Tag, ...]) -> str:
    present = set(tags)
    return "[" + ", ".join(t.value for t in ALL_TAGS if t in present) + "]"


def check_example_files(paths: Iterable[str | Path], tagger: ReplyTagger) -> list[Diagnostic]:
    """The drifting examples of every scenario that loads among the files and folders given."""
    found = []
    for path in scenario_files(paths):
        scenario, _ = check_file(path)
        if scenario is not None:
            found += check_examples(scenario, tagger)
    return found
