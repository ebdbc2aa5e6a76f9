"""Rules about the conversation graph: references, endings, phase order, reachability and apologies."""

from __future__ import annotations

import difflib
from collections import deque
from collections.abc import Collection, Iterator

from simulator.core.diagnostics import Report
from simulator.core.scenario import Phase, Scenario
from simulator.core.tags import Tag
from simulator.core.yaml_source import SourceMap

PHASE_ORDER = {Phase.INQUIRY: 0, Phase.QUERY: 1, Phase.COMPLAINT: 2}
_State = tuple[str, bool]  # a node, and whether the customer has complained on the way (without an apology since)


def lint_graph(scenario: Scenario, where: SourceMap, report: Report, node_ids: Collection[str] = ()) -> None:
    """The graph rules; `node_ids` names every node of a file whose broken nodes are left out of `scenario`."""
    known = set(node_ids) | scenario.nodes.keys()
    references_ok = _check_references(scenario, known, where, report)
    _check_branches(scenario, where, report)
    if references_ok and known == scenario.nodes.keys():  # paths through a broken node are unknown
        _check_reachability(scenario, where, report)
        _check_apologies(scenario, report)


def successors(scenario: Scenario, node_id: str) -> Iterator[str]:
    """The distinct nodes a node's branches lead to, in branch order."""
    yield from dict.fromkeys(b.goto for b in scenario.nodes[node_id].next)


def _unknown(known: Collection[str], name: str) -> str:
    close = difflib.get_close_matches(name, known, n=1)
    return f"no node is called {name!r}" + (f" (did you mean {close[0]!r}?)" if close else "")


def _check_references(scenario: Scenario, known: Collection[str], where: SourceMap, report: Report) -> bool:
    ok = scenario.start in known
    if not ok:
        report.error(where.value("start"), f"start: {_unknown(known, scenario.start)}")
    for node in scenario.nodes.values():
        for i, branch in enumerate(node.next):
            if branch.goto not in known:
                ok = False
                pos = where.value("nodes", node.id, "next", i, "goto")
                report.error(pos, f"goto: {_unknown(known, branch.goto)}")
        for i, example in enumerate(node.examples):
            if example.goto is not None and example.goto not in known:
                pos = where.value("nodes", node.id, "examples", i, "goto")
                report.error(pos, f"goto of an example: {_unknown(known, example.goto)}")
    return ok


def _check_branches(scenario: Scenario, where: SourceMap, report: Report) -> None:
    for node in scenario.nodes.values():
        next_pos = where.key("nodes", node.id, "next") or node.pos
        if node.phase.is_ending:
            if node.next:
                report.error(next_pos, f"node {node.id!r} is {node.phase.value}, which ends the session; remove next")
            continue
        if all(b.condition is not None for b in node.next):
            report.error(
                next_pos,
                f"node {node.id!r} has no fallback branch (a branch without `if`), "
                "so the conversation stops when no condition holds",
            )
        for i, branch in enumerate(node.next):
            target = scenario.nodes.get(branch.goto)
            # endings (absent from PHASE_ORDER) come after every open phase
            if target is not None and PHASE_ORDER.get(target.phase, 3) < PHASE_ORDER[node.phase]:
                report.error(
                    where.value("nodes", node.id, "next", i, "goto"),
                    f"goto {branch.goto!r} moves the phase back from {node.phase.value} to {target.phase.value}; "
                    "phases only move forward: inquiry, query, complaint",
                )


def _check_reachability(scenario: Scenario, where: SourceMap, report: Report) -> None:
    seen = {scenario.start}
    todo = [scenario.start]
    while todo:
        for target in successors(scenario, todo.pop()):
            if target not in seen:
                seen.add(target)
                todo.append(target)
    if not any(scenario.nodes[n].phase is Phase.RESOLVED for n in seen):
        report.error(where.value("start"), f"no path from start {scenario.start!r} reaches a resolved node")
    for node in scenario.nodes.values():
        if node.id not in seen:
            report.warning(node.pos, f"node {node.id!r} is never reached from start")


def _check_apologies(scenario: Scenario, report: Report) -> None:
    """Warn for each resolved node some path reaches after a complaint with no APOLOGIZE expected since.

    Searches (node, complained) states of paths that have not yet apologized after complaining, so the
    cost is linear in the graph's size rather than in its number of paths.
    """

    def after(state: _State | None, node_id: str) -> _State | None:
        """The state on entering node_id, or None once the path has apologized after complaining."""
        node = scenario.nodes[node_id]
        complained = (state is not None and state[1]) or node.phase is Phase.COMPLAINT
        return None if complained and Tag.APOLOGIZE in node.expect else (node_id, complained)

    first = after(None, scenario.start)
    parent: dict[_State, _State | None] = {first: None} if first else {}
    queue = deque(parent)
    warned: set[str] = set()
    while queue:
        state = queue.popleft()
        node = scenario.nodes[state[0]]
        if node.phase is Phase.RESOLVED and state[1] and node.id not in warned:
            warned.add(node.id)
            path = _path_to(state, parent)
            report.warning(
                node.pos,
                f"a path reaches resolved node {node.id!r} after the customer complained, but no node on it "
                f"from the complaint onwards expects APOLOGIZE: {' -> '.join(path)}",
            )
        for target in successors(scenario, node.id):
            nxt = after(state, target)
            if nxt is not None and nxt not in parent:
                parent[nxt] = state
                queue.append(nxt)


def _path_to(state: _State, parent: dict[_State, _State | None]) -> list[str]:
    path: list[str] = []
    step: _State | None = state
    while step is not None:
        path.append(step[0])
        step = parent[step]
    return path[::-1]
