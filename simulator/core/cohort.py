"""Pure figures of the cohort dashboard: a trend line's slope from running sums, and a trainee's weakest step."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from simulator.core.tags import STEPS


@dataclass(frozen=True)
class StepFigure:
    average: float
    trend: float  # points gained per week: the least-squares slope of the score over the sessions' start times
    count: int


def slope_from_sums(n: int, sx: float, sy: float, sxy: float, sxx: float) -> float:
    """The least-squares slope of y on x from the sums SQL can gather in one pass; 0 with fewer than two points."""
    spread = n * sxx - sx * sx
    return (n * sxy - sx * sy) / spread if n > 1 and spread else 0.0


def weakest_step(figures: Mapping[str, StepFigure]) -> str | None:
    """The step with the lowest average (ties go to the earlier step in teaching order), or None without data."""
    known = [step.value for step in STEPS if step.value in figures and figures[step.value].count]
    return min(known, key=lambda step: figures[step].average) if known else None
