"""Linting many scenario files at once: each file's checks plus ids unique across all of them."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from simulator.core.diagnostics import Diagnostic, promote_warnings
from simulator.core.library import scenario_files
from simulator.core.loader import inspect_file


def lint_paths(paths: Iterable[str | Path], strict: bool = False) -> list[Diagnostic]:
    """Every diagnostic for the files and folders given, sorted by file, line and column.

    With strict, warnings are reported as errors.
    """
    paths = list(paths)
    diagnostics = [
        Diagnostic(str(p), 1, 1, "warning", "no scenario files (*.yaml, *.yml) in this folder")
        for p in map(Path, paths)
        if p.is_dir() and not scenario_files([p])
    ]
    first_seen: dict[str, str] = {}  # id -> where it was first given
    for path in scenario_files(paths):
        check = inspect_file(path)
        diagnostics += check.diagnostics
        if check.id is None:
            continue
        if check.id in first_seen:
            message = f"duplicate id {check.id!r}: {first_seen[check.id]} has it too"
            diagnostics.append(Diagnostic(str(path), check.id_pos.line, check.id_pos.col, "error", message))
        else:
            first_seen[check.id] = f"{path}:{check.id_pos.line}"
    return sorted(promote_warnings(diagnostics) if strict else diagnostics)
