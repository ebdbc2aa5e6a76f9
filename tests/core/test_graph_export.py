"""The graph export and the `graph` command."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from simulator.commands import graph
from simulator.core.graph_export import condition_text, export_graph, to_dot, to_mermaid
from simulator.core.loader import load_scenario
from simulator.core.scenario import Condition
from simulator.core.tags import Tag

FIXTURE = Path(__file__).parent / "fixtures" / "port-full.yaml"


def run_graph(*argv: str | Path) -> int:
    parser = argparse.ArgumentParser()
    graph.register(parser.add_subparsers())
    args = parser.parse_args(["graph", *map(str, argv)])
    code: int = args.func(args)
    return code


@pytest.mark.parametrize(
    ("condition", "text"),
    [
        (None, "else"),
        (Condition(has=(Tag.PROBE,)), "has PROBE"),
        (Condition(has=(Tag.APOLOGIZE, Tag.RESOLVE), not_=(Tag.FORBIDDEN,)), "has APOLOGIZE+RESOLVE and not FORBIDDEN"),
        (Condition(any=(Tag.VENT, Tag.APOLOGIZE)), "any VENT/APOLOGIZE"),
        (Condition(not_=(Tag.FORBIDDEN, Tag.VENT)), "not FORBIDDEN/VENT"),
        (Condition(mood_above=60), "mood>60"),
        (Condition(mood_below=20, turn_at_least=3), "mood<20 and turn>=3"),
    ],
)
def test_condition_text(condition: Condition | None, text: str) -> None:
    assert condition_text(condition) == text


def test_dot() -> None:
    dot = to_dot(load_scenario(FIXTURE)).splitlines()
    assert dot[0] == 'digraph "port-full" {' and dot[-1] == "}"
    assert '  "opening" [label="opening\\n(inquiry)", penwidth=2];' in dot
    assert '  "port_full" [label="port_full\\n(complaint)"];' in dot
    assert '  "thanked" [label="thanked\\n(resolved)", shape=doublecircle];' in dot
    assert '  "supervisor" [label="supervisor\\n(escalated)", shape=doubleoctagon];' in dot
    assert '  "gave_up" [label="gave_up\\n(lost)", shape=octagon];' in dot
    assert '  "opening" -> "gives_number" [label="has PROBE"];' in dot
    assert '  "opening" -> "asks_again" [label="else"];' in dot
    assert '  "port_full" -> "supervisor" [label="mood>90"];' in dot
    assert sum("->" in line for line in dot) == 11


def test_mermaid() -> None:
    lines = to_mermaid(load_scenario(FIXTURE)).splitlines()
    assert lines[0] == "flowchart TD"
    assert '  n0["opening<br/>(inquiry)"]' in lines
    assert '  n4(["thanked<br/>(resolved)"])' in lines  # endings are stadium-shaped
    assert '  n0 -->|"has PROBE"| n2' in lines
    assert '  n1 -->|"has PROBE and mood#lt;80"| n2' in lines
    assert '  n3 -->|"mood#gt;90"| n5' in lines
    assert "  style n0 stroke-width:3px" in lines
    assert sum("-->" in line for line in lines) == 11


def test_unknown_format() -> None:
    with pytest.raises(ValueError, match="unknown graph format 'svg'"):
        export_graph(load_scenario(FIXTURE), "svg")


def test_command_prints_or_writes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_graph(FIXTURE, "--format", "mermaid") == 0
    assert capsys.readouterr().out == to_mermaid(load_scenario(FIXTURE))
    out = tmp_path / "g.dot"
    assert run_graph(FIXTURE, "--out", out) == 0
    assert out.read_text(encoding="utf-8") == to_dot(load_scenario(FIXTURE))


def test_command_errors_are_messages_not_tracebacks(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_graph("no-such-scenario-id") == 1
    assert "no scenario file or id 'no-such-scenario-id'" in capsys.readouterr().err
    broken = Path(__file__).parent / "broken" / "goto-nowhere.yaml"
    assert run_graph(broken) == 1
    assert f"{broken}:30:15: error: goto: no node is called 'dome'" in capsys.readouterr().err
    assert run_graph(FIXTURE, "--out", tmp_path / "missing" / "g.dot") == 1
    assert "cannot write the graph" in capsys.readouterr().err
