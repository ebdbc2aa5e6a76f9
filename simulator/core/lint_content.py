"""Rules about what the nodes say and name: language, model replies and hints, file paths."""

from __future__ import annotations

import re
from collections.abc import Iterator

from simulator.core.asset_paths import asset_problem
from simulator.core.diagnostics import Report
from simulator.core.scenario import Scenario
from simulator.core.yaml_source import SourceMap

HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")


def lint_content(scenario: Scenario, where: SourceMap, report: Report) -> None:
    _check_language(scenario, where, report)
    _check_teaching_texts(scenario, report)
    _check_files(scenario, where, report)


def _texts(scenario: Scenario) -> Iterator[str]:
    yield from (scenario.title, scenario.briefing, scenario.persona.name)
    for node in scenario.nodes.values():
        yield from (node.customer, node.model_reply or "", node.hint or "")
        yield from (example.reply for example in node.examples)


def _check_language(scenario: Scenario, where: SourceMap, report: Report) -> None:
    if scenario.language == "zh" and not any(HAN.search(text) for text in _texts(scenario)):
        report.warning(where.value("language"), "the language is zh but the file has no Chinese text")
    if scenario.language == "en":
        for node in scenario.nodes.values():
            if HAN.search(node.customer):
                report.warning(
                    where.value("nodes", node.id, "customer"),
                    f"the language is en but the customer line of node {node.id!r} has Chinese text",
                )


def _check_teaching_texts(scenario: Scenario, report: Report) -> None:
    for node in scenario.nodes.values():
        missing = [key for key in ("model_reply", "hint") if not getattr(node, key) and not node.phase.is_ending]
        if missing:
            report.warning(node.pos, f"node {node.id!r} has no {' or '.join(missing)}; the library needs both")


def _check_files(scenario: Scenario, where: SourceMap, report: Report) -> None:
    named: list[tuple[tuple[str, ...], str | None]] = [(("persona", "image"), scenario.persona.image)]
    named += [(("nodes", node.id, "audio"), node.audio) for node in scenario.nodes.values()]
    for path, raw in named:
        problem = asset_problem(raw, scenario.folder) if raw is not None else None
        if problem:
            report.error(where.value(*path), f"{path[-1]} {raw!r} {problem}")
