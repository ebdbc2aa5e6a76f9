"""What the loader and the linter report: `FILE:LINE:COL: error|warning: message`."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Literal

from simulator.core.scenario import Pos

Severity = Literal["error", "warning"]


@dataclass(frozen=True, order=True)
class Diagnostic:
    file: str
    line: int
    col: int
    severity: Severity
    message: str

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.col}: {self.severity}: {self.message}"


class ScenarioError(Exception):
    """A scenario file that cannot be used; `diagnostics` lists every problem found (warnings included)."""

    def __init__(self, diagnostics: Iterable[Diagnostic]) -> None:
        self.diagnostics = sorted(diagnostics)
        errors = [str(d) for d in self.diagnostics if d.is_error]
        super().__init__("\n".join(errors) or "invalid scenario")


class Report:
    """Collects the diagnostics for one file."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.items: list[Diagnostic] = []
        self.error_count = 0  # kept as they come: the builder asks after every node

    def error(self, pos: Pos, message: str) -> None:
        self.items.append(Diagnostic(self.file, pos.line, pos.col, "error", message))
        self.error_count += 1

    def warning(self, pos: Pos, message: str) -> None:
        self.items.append(Diagnostic(self.file, pos.line, pos.col, "warning", message))

    @property
    def has_errors(self) -> bool:
        return self.error_count > 0


def promote_warnings(diagnostics: Iterable[Diagnostic]) -> list[Diagnostic]:
    """--strict: every warning counts as an error."""
    return [replace(d, severity="error") for d in diagnostics]
