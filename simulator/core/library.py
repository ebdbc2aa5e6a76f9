"""Where scenario files live, and finding one by path or by id."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from simulator.core.diagnostics import Diagnostic, ScenarioError
from simulator.core.scenario_build import id_node
from simulator.core.yaml_source import YamlError, read_yaml

SUFFIXES = (".yaml", ".yml")


class ScenarioNotFound(ScenarioError, LookupError):
    """No scenario file matches a reference; its one diagnostic says what was searched."""

    def __init__(self, ref: str, message: str) -> None:
        super().__init__([Diagnostic(ref, 1, 1, "error", message)])


def default_scenario_dir() -> Path:
    """The repository's scenarios/ folder (next to the simulator package)."""
    return Path(__file__).resolve().parents[2] / "scenarios"


def scenario_files(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given; folders replaced by their *.yaml and *.yml files, recursively, in sorted order.

    A path that does not exist is kept, so that loading it reports the problem.
    """
    found: dict[Path, None] = {}
    for path in map(Path, paths):
        if path.is_dir():
            found.update(dict.fromkeys(_folder_files(path)))
        else:
            found[path] = None
    return list(found)


def _folder_files(folder: Path) -> list[Path]:
    files = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        files += [Path(root, name) for name in names if name.endswith(SUFFIXES) and not name.startswith(".")]
    return sorted(files)


def find_scenario(ref: str, roots: Iterable[str | Path] | None = None) -> Path:
    """The file `ref` names: a path to a scenario file, or the id of a scenario in the roots' files."""
    path = Path(ref)
    if path.is_file():
        return path
    if path.suffix in SUFFIXES or os.sep in ref or "/" in ref:
        raise ScenarioNotFound(ref, "no such scenario file")
    folders = [Path(r) for r in roots] if roots is not None else [default_scenario_dir()]
    matches = [f for f in scenario_files(folders) if _file_id(f) == ref]
    if not matches:
        searched = ", ".join(str(f) for f in folders)
        raise ScenarioNotFound(ref, f"no scenario file or id {ref!r} (searched {searched})")
    if len(matches) > 1:
        raise ScenarioNotFound(ref, f"the id {ref!r} is used by several files: {', '.join(map(str, matches))}")
    return matches[0]


def _file_id(path: Path) -> str | None:
    try:
        node = id_node(read_yaml(path).root)
    except YamlError:
        return None
    return str(node.value) if node else None
