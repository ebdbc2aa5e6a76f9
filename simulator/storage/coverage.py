"""Coverage from the session log: how often trainees reached each node and took each branch of a scenario.

A turn answers its node, so each kept (not undone) turn is a visit to its node and, with the next kept turn's
node, a branch taken. The last turn's branch leads to an ending the log does not name: it is worked out again
from the logged tags, anger and turn number, and counted only if that node's phase is the logged one (a customer
who gave up ends the session as lost without moving).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from itertools import groupby

from sqlite_utils import Database

from simulator.core.branching import NoBranchError, choose_branch
from simulator.core.scenario import Scenario
from simulator.core.tags import Tag

Edge = tuple[str, str]


@dataclass
class Coverage:
    sessions: int = 0
    nodes: Counter[str] = field(default_factory=Counter)
    edges: Counter[Edge] = field(default_factory=Counter)

    def unreached_nodes(self, scenario: Scenario) -> list[str]:
        return [node_id for node_id in scenario.nodes if not self.nodes[node_id]]

    def unreached_edges(self, scenario: Scenario) -> list[Edge]:
        edges = dict.fromkeys((node.id, b.goto) for node in scenario.nodes.values() for b in node.next)
        return [edge for edge in edges if not self.edges[edge]]


def scenario_coverage(db: Database, scenario: Scenario) -> Coverage:
    """Visits per node and per branch over every logged session of `scenario` (by id); unknown nodes are skipped."""
    rows = db.query(
        "SELECT t.session_id, t.node_id, t.tags, t.anger, t.phase FROM turns t JOIN sessions s ON s.id = t.session_id"
        " WHERE s.scenario_id = ? AND t.undone = 0 ORDER BY t.session_id, t.idx",
        [scenario.id],
    )
    coverage = Coverage()
    for _, turns in groupby(rows, key=lambda row: row["session_id"]):
        coverage.sessions += 1
        kept = list(turns)
        for number, (turn, following) in enumerate(zip(kept, [*kept[1:], None], strict=True), start=1):
            node = scenario.nodes.get(turn["node_id"])
            if node is None:
                continue
            coverage.nodes[node.id] += 1
            target = str(following["node_id"]) if following else _ending(scenario, turn, number)
            if target is not None and target in scenario.nodes:
                coverage.edges[(node.id, target)] += 1
                if following is None:
                    coverage.nodes[target] += 1  # the ending reached, which no turn answers
    return coverage


def _ending(scenario: Scenario, turn: dict[str, object], number: int) -> str | None:
    node = scenario.nodes[str(turn["node_id"])]
    if node.phase.is_ending:
        return None
    try:
        tags = [Tag(t) for t in json.loads(str(turn["tags"]))]
        goto = choose_branch(node, tags, int(str(turn["anger"])), number).goto
    except (ValueError, NoBranchError):  # a log from an older version of the scenario
        return None
    target = scenario.nodes.get(goto)
    return goto if target is not None and target.phase.value == turn["phase"] else None
