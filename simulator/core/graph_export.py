"""A scenario's conversation graph as Graphviz DOT or Mermaid text, for authors to look at."""

from __future__ import annotations

from simulator.core.scenario import Branch, Condition, Node, Phase, Scenario

FORMATS = ("dot", "mermaid")
_DOT_SHAPES = {Phase.RESOLVED: "doublecircle", Phase.ESCALATED: "doubleoctagon", Phase.LOST: "octagon"}


def condition_text(condition: Condition | None) -> str:
    """A branch's condition in short text: `has PROBE`, `mood>60 and turn>=3`, `else` for the fallback."""
    if condition is None:
        return "else"
    # + reads "and", / reads "or": `has APOLOGIZE+RESOLVE`, `any VENT/APOLOGIZE`, `not FORBIDDEN/VENT` (neither)
    parts = [
        f"{word} {joint.join(t.value for t in tags)}"
        for word, joint, tags in (
            ("has", "+", condition.has),
            ("any", "/", condition.any),
            ("not", "/", condition.not_),
        )
        if tags
    ]
    for label, value in (
        ("mood>", condition.mood_above),
        ("mood<", condition.mood_below),
        ("turn>=", condition.turn_at_least),
    ):
        if value is not None:
            parts.append(f"{label}{value}")
    return " and ".join(parts)


def export_graph(scenario: Scenario, fmt: str) -> str:
    if fmt == "dot":
        return to_dot(scenario)
    if fmt == "mermaid":
        return to_mermaid(scenario)
    raise ValueError(f"unknown graph format {fmt!r}; choose one of {', '.join(FORMATS)}")


def _dot_quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def to_dot(scenario: Scenario) -> str:
    lines = [f"digraph {_dot_quote(scenario.id)} {{", "  node [shape=box, style=rounded];"]
    for node in scenario.nodes.values():
        label = node.id + "\n(" + node.phase.value + ")"
        attrs = [f"label={_dot_quote(label)}"]
        if node.phase.is_ending:
            attrs.append(f"shape={_DOT_SHAPES[node.phase]}")
        if node.id == scenario.start:
            attrs.append("penwidth=2")
        lines.append(f"  {_dot_quote(node.id)} [{', '.join(attrs)}];")
    for node, branch in _edges(scenario):
        label = _dot_quote(condition_text(branch.condition))
        lines.append(f"  {_dot_quote(node.id)} -> {_dot_quote(branch.goto)} [label={label}];")
    lines.append("}")
    return "\n".join(lines) + "\n"


def _mermaid_text(text: str) -> str:
    """Text for inside Mermaid's quotes: `<` and `>` would be read as HTML."""
    return text.replace("<", "#lt;").replace(">", "#gt;")


def to_mermaid(scenario: Scenario) -> str:
    # Mermaid ids cannot hold every character a node id can (`-` reads as an arrow), so number them.
    ids = {node_id: f"n{i}" for i, node_id in enumerate(scenario.nodes)}
    lines = ["flowchart TD"]
    for node in scenario.nodes.values():
        text = f'"{node.id}<br/>({node.phase.value})"'
        shape = f"([{text}])" if node.phase.is_ending else f"[{text}]"
        lines.append(f"  {ids[node.id]}{shape}")
    for node, branch in _edges(scenario):
        lines.append(f'  {ids[node.id]} -->|"{_mermaid_text(condition_text(branch.condition))}"| {ids[branch.goto]}')
    lines.append(f"  style {ids[scenario.start]} stroke-width:3px")
    return "\n".join(lines) + "\n"


def _edges(scenario: Scenario) -> list[tuple[Node, Branch]]:
    return [(node, branch) for node in scenario.nodes.values() for branch in node.next]
