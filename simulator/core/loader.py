"""Loading one scenario file: YAML with positions, then its shape, then the per-file lint rules."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from simulator.core.diagnostics import Diagnostic, Report, ScenarioError
from simulator.core.lint_content import lint_content
from simulator.core.lint_graph import lint_graph
from simulator.core.scenario import Pos, Scenario
from simulator.core.scenario_build import build_draft, id_node
from simulator.core.yaml_source import SourceMap, YamlDoc, YamlError, parse_yaml, read_yaml


@dataclass(frozen=True)
class FileCheck:
    """Everything one file's check found; the id is kept even for a broken file, to spot duplicates."""

    scenario: Scenario | None  # None when there is any error
    diagnostics: list[Diagnostic]
    id: str | None = None
    id_pos: Pos = Pos(1, 1)


def load_scenario(path: str | Path) -> Scenario:
    """The scenario in `path`; raises ScenarioError listing the problems if it has any error."""
    check = inspect_file(path)
    if check.scenario is None:
        raise ScenarioError(check.diagnostics)
    return check.scenario


def check_file(path: str | Path) -> tuple[Scenario | None, list[Diagnostic]]:
    """The scenario (None if it has errors) and every error and warning about it, in file order."""
    check = inspect_file(path)
    return check.scenario, check.diagnostics


def check_text(text: str, path: str | Path) -> tuple[Scenario | None, list[Diagnostic]]:
    """As check_file, for text not saved yet (the editor's buffer); `path` names it and places its asset files."""
    check = inspect_text(text, path)
    return check.scenario, check.diagnostics


def inspect_file(path: str | Path) -> FileCheck:
    path = Path(path)
    return _inspect(path, lambda: read_yaml(path))


def inspect_text(text: str, path: str | Path) -> FileCheck:
    return _inspect(Path(path), lambda: parse_yaml(text))


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Building a scenario makes tens of thousands of small objects that all stay alive: the cyclic garbage
    collector would keep scanning them and find nothing (a third of the time of a 1,000-node file)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _inspect(path: Path, read: Callable[[], YamlDoc]) -> FileCheck:
    with _collector_paused():
        return _inspect_now(path, read)


def _inspect_now(path: Path, read: Callable[[], YamlDoc]) -> FileCheck:
    report = Report(str(path))
    try:
        doc = read()
    except YamlError as e:
        report.error(e.pos, e.message)
        return FileCheck(None, report.items)
    for pos, message in doc.problems:
        report.error(pos, message)
    where = SourceMap(doc.root)
    draft = build_draft(doc.root, report, path)
    if draft is not None:  # a file with shape errors still gets the graph and content rules on its sound nodes
        lint_graph(draft.scenario, where, report, draft.node_ids)
        lint_content(draft.scenario, where, report)
    given_id = id_node(doc.root)
    return FileCheck(
        draft.scenario if draft is not None and not report.has_errors else None,
        sorted(report.items),
        str(given_id.value) if given_id else None,
        given_id.pos if given_id else Pos(1, 1),
    )
