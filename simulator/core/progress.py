"""Levels and badges: the training material's game of levels and medals, from a trainee's logged sessions."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

PASS_MARK = 80  # the default; a trainer may change it
LEVELS = (1, 2, 3)  # inquiry, query, complaint
APOLOGY_STREAK = 3  # sessions in a row with a perfect apology step


@dataclass(frozen=True)
class Played:
    """One finished session, as progression sees it."""

    scenario_id: str
    level: int
    total: int
    outcome: str
    apologize: int  # the APOLOGIZE step score, 0-100


@dataclass(frozen=True)
class Summary:
    """A trainee's overall numbers, as the history page shows them."""

    sessions: int  # scored sessions
    average: int | None  # the mean grade, rounded; None before the first scored session
    best_per_level: dict[int, int]  # level -> best grade, for the levels played


def summary(history: Sequence[Played]) -> Summary:
    best: dict[int, int] = {}
    for played in history:
        best[played.level] = max(best.get(played.level, 0), played.total)
    average = round(sum(p.total for p in history) / len(history)) if history else None
    return Summary(len(history), average, dict(sorted(best.items())))


def best_scores(history: Sequence[Played]) -> dict[str, int]:
    best: dict[str, int] = {}
    for played in history:
        best[played.scenario_id] = max(best.get(played.scenario_id, 0), played.total)
    return best


def passed_scenarios(history: Sequence[Played], pass_mark: int = PASS_MARK) -> set[str]:
    return {sid for sid, total in best_scores(history).items() if total >= pass_mark}


def level_passed(level: int, library: Mapping[str, int], history: Sequence[Played], pass_mark: int = PASS_MARK) -> bool:
    """A level is passed once at least half of its scenarios (rounded up) have been passed."""
    of_level = [sid for sid, lvl in library.items() if lvl == level]
    if not of_level:
        return True
    passed = passed_scenarios(history, pass_mark)
    return sum(sid in passed for sid in of_level) >= math.ceil(len(of_level) / 2)


def unlocked_levels(library: Mapping[str, int], history: Sequence[Played], pass_mark: int = PASS_MARK) -> set[int]:
    """Level 1 is always open; each further level opens when the one before it is passed."""
    unlocked = {LEVELS[0]}
    for previous, level in zip(LEVELS, LEVELS[1:], strict=False):
        if not level_passed(previous, library, history, pass_mark):
            break
        unlocked.add(level)
    return unlocked


def badges(library: Mapping[str, int], history: Sequence[Played], pass_mark: int = PASS_MARK) -> list[str]:
    """Badge ids earned, in the order a trainee meets them; the interface names them in its language."""
    earned: list[str] = []
    if history:
        earned.append("first-session")
    if any(p.level == 3 and p.outcome == "resolved" for p in history):
        earned.append("first-resolved-complaint")
    if _longest_run(history, lambda p: p.apologize == 100) >= APOLOGY_STREAK:
        earned.append("apology-streak")
    if any(p.total == 100 for p in history):
        earned.append("perfect-score")
    passed = passed_scenarios(history, pass_mark)
    for level in LEVELS:
        of_level = [sid for sid, lvl in library.items() if lvl == level]
        if of_level and all(sid in passed for sid in of_level):
            earned.append(f"level-{level}-cleared")
    return earned


def _longest_run(history: Sequence[Played], good: Callable[[Played], bool]) -> int:
    longest = current = 0
    for played in history:
        current = current + 1 if good(played) else 0
        longest = max(longest, current)
    return longest
