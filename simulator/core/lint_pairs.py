"""The bilingual check: the English and Chinese files of one scenario should have the same nodes.

Two files pair when one's id is the other's plus `-zh` (`aircon-no-show` and `aircon-no-show-zh`), or when
they have the same file name in sibling `en/` and `zh/` folders. Node ids are read straight from the YAML
tree, so a file with other errors is still compared.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from simulator.core.diagnostics import Diagnostic
from simulator.core.library import scenario_files
from simulator.core.scenario import Pos
from simulator.core.scenario_build import id_node
from simulator.core.yaml_source import YamlDoc, YamlError, YMap, parse_yaml, read_yaml

ZH_SUFFIX = "-zh"


@dataclass(frozen=True)
class Outline:
    """A scenario file's id and where each node id is written."""

    file: str
    id: str | None
    nodes: dict[str, Pos]


def outline_file(path: str | Path) -> Outline | None:
    """The file's outline, or None if it is not YAML at all (the loader reports that)."""
    try:
        return _outline(str(path), read_yaml(Path(path)))
    except YamlError:
        return None


def outline_text(text: str, file: str) -> Outline | None:
    try:
        return _outline(file, parse_yaml(text))
    except YamlError:
        return None


def _outline(file: str, doc: YamlDoc) -> Outline:
    given = id_node(doc.root)
    nodes: dict[str, Pos] = {}
    if isinstance(doc.root, YMap) and "nodes" in doc.root.entries:
        graph = doc.root.entries["nodes"].value
        if isinstance(graph, YMap):
            nodes = {name: entry.key_pos for name, entry in graph.entries.items()}
    return Outline(file, str(given.value) if given else None, nodes)


def compare_pair(first: Outline, second: Outline) -> list[Diagnostic]:
    """A warning at each node one file has and the other lacks, in the file that has it."""
    found = []
    for have, lack in ((first, second), (second, first)):
        for node_id, pos in have.nodes.items():
            if node_id not in lack.nodes:
                message = f"node {node_id!r} is missing from the other language's file {lack.file}"
                found.append(Diagnostic(have.file, pos.line, pos.col, "warning", message))
    return sorted(found)


def find_pairs(outlines: Iterable[Outline]) -> list[tuple[Outline, Outline]]:
    """(English, Chinese) pairs among the outlines, each file in at most one pair."""
    outlines = list(outlines)
    by_id = {o.id: o for o in outlines if o.id}
    by_place = {_place(o.file): o for o in outlines}
    pairs: list[tuple[Outline, Outline]] = []
    paired: set[str] = set()
    for first in outlines:
        second = by_id.get(f"{first.id}{ZH_SUFFIX}") if first.id else None
        file = Path(first.file)
        if second is None and file.parent.name == "en":
            second = by_place.get(_place(file.parent.parent / "zh" / file.name))
        if second is not None and second is not first and not {first.file, second.file} & paired:
            pairs.append((first, second))
            paired.update((first.file, second.file))
    return pairs


def lint_pairs(paths: Iterable[str | Path]) -> list[Diagnostic]:
    """Nodes missing from one file of each English/Chinese pair among the files and folders given."""
    outlines = [o for o in map(outline_file, scenario_files(paths)) if o is not None]
    return sorted(d for first, second in find_pairs(outlines) for d in compare_pair(first, second))


def _place(file: str | Path) -> Path:
    return Path(file).resolve()


def find_partner(path: str | Path, roots: Iterable[str | Path]) -> Path | None:
    """The other language's file of the scenario in `path`, searched for among the roots' files."""
    outlines = [o for o in map(outline_file, scenario_files([path, *roots])) if o is not None]
    mine = _place(path)
    for first, second in find_pairs(outlines):
        if _place(first.file) == mine:
            return Path(second.file)
        if _place(second.file) == mine:
            return Path(first.file)
    return None
