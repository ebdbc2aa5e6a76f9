"""Feedback a trainee can act on: what went wrong, in their own words, and a better reply.

The texts live in assets/scoring/feedback_<language>.yaml, so a trainer can reword them without code.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from simulator.core.grading_types import Feedback, GradedTurn
from simulator.core.scoring.data_file import read_mapping
from simulator.core.scoring.grade_config import ASSETS
from simulator.core.tags import ALL_TAGS, Tag

LANGUAGES = ("en", "zh")
PENALTY_TEXTS = (
    "forbidden",
    "resolve_before_probe",
    "apology_after_resolve",
    "follow_up_before_resolve",
    "hint",
    "slow",
    "interruption",
    "pushback",
    "cap_forbidden",
    "cap_unresolved",
    "cap_escalated",
    "cap_lost",
    "cap_doubted",
)


class FeedbackTextError(ValueError):
    """A feedback file is missing a text; the message names the file and the key."""


@dataclass(frozen=True)
class FeedbackTexts:
    problems: Mapping[Tag, Mapping[str, str]]  # step -> problem key -> text
    examples: Mapping[Tag, str]  # step -> a stock good reply
    penalties: Mapping[str, str]  # penalty code -> message template
    path: Path

    def problem(self, step: Tag, key: str) -> str:
        try:
            return self.problems[step][key]
        except KeyError:
            raise FeedbackTextError(f"{self.path}: error: no text for problems.{step.value}.{key}") from None

    def penalty(self, code: str, **values: object) -> str:
        return self.penalties[code].format(**values)


@dataclass(frozen=True)
class Finding:
    """One thing the trainee should do differently, before it is worded."""

    step: Tag
    problem: str  # a key under problems.<step> in the feedback file
    turn: int
    quote: str | None = None  # the words to quote; by default the whole reply at `turn`


def _texts(raw: Any, where: str, path: Path) -> dict[str, str]:
    if not isinstance(raw, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in raw.items()):
        raise FeedbackTextError(f"{path}: error: `{where}` must map names to texts")
    return raw


@cache
def load_feedback_texts(language: str) -> FeedbackTexts:
    """The feedback texts for `en` or `zh`; raises FeedbackTextError naming the file on a bad file."""
    if language not in LANGUAGES:
        raise FeedbackTextError(f"no feedback texts for language {language!r}; expected one of {', '.join(LANGUAGES)}")
    path = ASSETS / f"feedback_{language}.yaml"
    raw = read_mapping(path, "the feedback texts", FeedbackTextError)
    problems = raw.get("problems")
    if not isinstance(problems, dict) or not set(problems) <= {t.value for t in ALL_TAGS}:
        raise FeedbackTextError(f"{path}: error: `problems` must map step tags to their texts")
    examples = _texts(raw.get("examples"), "examples", path)
    penalties = _texts(raw.get("penalties"), "penalties", path)
    missing = [t.value for t in ALL_TAGS if t.value not in examples] + [c for c in PENALTY_TEXTS if c not in penalties]
    if missing:
        raise FeedbackTextError(f"{path}: error: missing texts: {', '.join(missing)}")
    return FeedbackTexts(
        problems={Tag(step): _texts(texts, f"problems.{step}", path) for step, texts in problems.items()},
        examples={Tag(step): text for step, text in examples.items()},
        penalties=penalties,
        path=path,
    )


def write_feedback(findings: Sequence[Finding], turns: Sequence[GradedTurn], texts: FeedbackTexts) -> list[Feedback]:
    """One Feedback per distinct finding, in conversation order, quoting the trainee and offering a better reply."""
    seen: set[tuple[Tag, str, int, str | None]] = set()
    out: list[Feedback] = []
    order = {tag: i for i, tag in enumerate(ALL_TAGS)}
    for f in sorted(findings, key=lambda f: (f.turn, order[f.step])):
        key = (f.step, f.problem, f.turn, f.quote)
        if key in seen:
            continue
        seen.add(key)
        turn = turns[f.turn]
        out.append(
            Feedback(
                step=f.step.value,
                problem=texts.problem(f.step, f.problem),
                quote=f.quote if f.quote is not None else turn.tagged.text,
                better=turn.model_reply or texts.examples[f.step],
                turn=f.turn,
            )
        )
    return out
