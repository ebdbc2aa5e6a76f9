"""The graph and content rules on small generated scenarios: apologies, cycles, phases, languages."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.diagnostics import Diagnostic
from simulator.core.loader import check_file

Spec = dict[str, tuple[str, list[str], list[str]]]  # node id -> (phase, expect, gotos; the last one is the fallback)


def scenario_yaml(spec: Spec, start: str = "a", language: str = "en", customer: str = "Hello.") -> str:
    lines = [f"id: gen\ntitle: Generated\nlanguage: {language}\nlevel: 1\npersona: {{name: X}}\nstart: {start}\nnodes:"]
    for node_id, (phase, expect, gotos) in spec.items():
        lines += [
            f"  {node_id}:",
            f"    phase: {phase}",
            f"    customer: {customer}",
            f"    expect: [{', '.join(expect)}]",
        ]
        if phase in ("inquiry", "query", "complaint"):
            lines += ["    model_reply: Right.", "    hint: Be kind."]
        if gotos:
            lines.append("    next:")
            lines += [f"      - if: {{turn_at_least: {i + 1}}}\n        goto: {g}" for i, g in enumerate(gotos[:-1])]
            lines.append(f"      - goto: {gotos[-1]}")
    return "\n".join(lines) + "\n"


def lint(tmp_path: Path, spec: Spec, **kwargs: str) -> list[Diagnostic]:
    path = tmp_path / "gen.yaml"
    path.write_text(scenario_yaml(spec, **kwargs), encoding="utf-8")
    return check_file(path)[1]


def apology_warnings(diagnostics: list[Diagnostic]) -> list[str]:
    return [d.message for d in diagnostics if "expects APOLOGIZE" in d.message]


def test_no_warning_when_every_complaining_path_apologizes(tmp_path: Path) -> None:
    spec: Spec = {
        "a": ("inquiry", ["PROBE"], ["b", "c"]),
        "b": ("complaint", ["APOLOGIZE"], ["done"]),
        "c": ("query", [], ["d"]),
        "d": ("complaint", ["VENT"], ["e"]),
        "e": ("complaint", ["APOLOGIZE", "RESOLVE"], ["done"]),
        "done": ("resolved", [], []),
    }
    assert lint(tmp_path, spec) == []


def test_an_apology_before_the_complaint_does_not_count(tmp_path: Path) -> None:
    spec: Spec = {
        "a": ("inquiry", ["APOLOGIZE"], ["b"]),
        "b": ("complaint", ["RESOLVE"], ["done"]),
        "done": ("resolved", [], []),
    }
    assert apology_warnings(lint(tmp_path, spec)) == [
        "a path reaches resolved node 'done' after the customer complained, but no node on it from the complaint "
        "onwards expects APOLOGIZE: a -> b -> done"
    ]


def test_one_path_without_the_apology_is_enough_to_warn(tmp_path: Path) -> None:
    spec: Spec = {
        "a": ("complaint", ["VENT"], ["sorry", "fix"]),
        "sorry": ("complaint", ["APOLOGIZE"], ["fix"]),
        "fix": ("complaint", ["RESOLVE"], ["done"]),
        "done": ("resolved", [], []),
    }
    diagnostics = lint(tmp_path, spec)
    assert apology_warnings(diagnostics) == [
        "a path reaches resolved node 'done' after the customer complained, but no node on it from the complaint "
        "onwards expects APOLOGIZE: a -> fix -> done"
    ]
    done_line = scenario_yaml(spec).splitlines().index("  done:") + 1
    assert [d.line for d in diagnostics] == [done_line]


def test_paths_that_never_complain_need_no_apology(tmp_path: Path) -> None:
    spec: Spec = {"a": ("inquiry", [], ["b"]), "b": ("query", [], ["done"]), "done": ("resolved", [], [])}
    assert lint(tmp_path, spec) == []


def test_apology_on_the_start_node_counts_when_it_starts_as_a_complaint(tmp_path: Path) -> None:
    spec: Spec = {"a": ("complaint", ["APOLOGIZE"], ["done"]), "done": ("resolved", [], [])}
    assert lint(tmp_path, spec) == []


def test_cycles_are_fine_and_unreachable_cycles_are_reported(tmp_path: Path) -> None:
    spec: Spec = {
        "a": ("query", [], ["a", "b"]),
        "b": ("complaint", ["APOLOGIZE"], ["b", "done"]),
        "x": ("complaint", [], ["y"]),
        "y": ("complaint", [], ["x"]),
        "done": ("resolved", [], []),
    }
    assert [d.message for d in lint(tmp_path, spec)] == [
        "node 'x' is never reached from start",
        "node 'y' is never reached from start",
    ]


def test_phases_may_stay_or_jump_forward_and_end_anywhere(tmp_path: Path) -> None:
    spec: Spec = {
        "a": ("inquiry", [], ["a", "c", "lost"]),
        "c": ("complaint", ["APOLOGIZE"], ["esc", "done"]),
        "esc": ("escalated", [], []),
        "lost": ("lost", [], []),
        "done": ("resolved", [], []),
    }
    assert lint(tmp_path, spec) == []
    spec["c"] = ("complaint", ["APOLOGIZE"], ["esc", "q"])
    spec["q"] = ("query", [], ["done"])
    errors = [d.message for d in lint(tmp_path, spec) if d.is_error]
    assert errors == [
        "goto 'q' moves the phase back from complaint to query; phases only move forward: inquiry, query, complaint"
    ]


def test_apology_search_is_not_path_enumeration(tmp_path: Path) -> None:
    # 300 diamonds in a row: 2**300 paths, but only a few states per node.
    spec: Spec = {"a": ("complaint", [], ["l0", "r0"])}
    for i in range(300):
        join = f"l{i + 1}" if i < 299 else "done"
        spec[f"l{i}"] = ("complaint", [], [f"m{i}"])
        spec[f"r{i}"] = ("complaint", [], [f"m{i}"])
        spec[f"m{i}"] = ("complaint", [], [join, f"r{i + 1}" if i < 299 else "done"])
    spec["done"] = ("resolved", [], [])
    warnings = apology_warnings(lint(tmp_path, spec))
    assert len(warnings) == 1
    assert warnings[0].endswith("a -> l0 -> m0 -> " + " -> ".join(f"l{i} -> m{i}" for i in range(1, 300)) + " -> done")


@pytest.mark.parametrize(
    ("language", "customer", "expected"),
    [
        ("zh", "您好。", []),
        ("zh", "Hello.", ["the language is zh but the file has no Chinese text"]),
        ("en", "Hello.", []),
        (
            "en",
            "Hello 您好.",
            [
                "the language is en but the customer line of node 'a' has Chinese text",
                "the language is en but the customer line of node 'done' has Chinese text",
            ],
        ),
    ],
)
def test_language_rules(tmp_path: Path, language: str, customer: str, expected: list[str]) -> None:
    spec: Spec = {"a": ("inquiry", [], ["done"]), "done": ("resolved", [], [])}
    assert [d.message for d in lint(tmp_path, spec, language=language, customer=customer)] == expected


def test_chinese_in_hints_of_an_en_file_is_fine(tmp_path: Path) -> None:
    text = scenario_yaml({"a": ("inquiry", [], ["done"]), "done": ("resolved", [], [])})
    path = tmp_path / "gen.yaml"
    path.write_text(text.replace("hint: Be kind.", "hint: Say 您好 if he switches to Chinese."), encoding="utf-8")
    assert check_file(path)[1] == []


def test_teaching_texts_are_only_required_on_open_nodes(tmp_path: Path) -> None:
    text = scenario_yaml({"a": ("inquiry", [], ["done"]), "done": ("resolved", [], [])})
    path = tmp_path / "gen.yaml"
    path.write_text(text.replace("    model_reply: Right.\n    hint: Be kind.\n", ""), encoding="utf-8")
    assert [d.message for d in check_file(path)[1]] == ["node 'a' has no model_reply or hint; the library needs both"]
