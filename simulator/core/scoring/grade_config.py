"""The grading table (assets/scoring/grading.yaml) as typed, checked data."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from simulator.core.scoring.data_file import read_mapping
from simulator.core.scoring.learned import sigmoid
from simulator.core.tags import STEPS, Tag

ASSETS = Path(__file__).resolve().parents[3] / "assets" / "scoring"
GRADING_FILE = ASSETS / "grading.yaml"

CREDITS = ("on_time", "prompt", "late", "out_of_order", "escalated", "untimed", "accepted")
PENALTIES = (
    "forbidden",
    "resolve_before_probe",
    "apology_after_resolve",
    "follow_up_before_resolve",
    "hint",
    "slow_turn",
    "slow_max",
    "pushback",
    "repeated",
)
CAPS = ("forbidden", "unresolved", "escalated", "lost")


class GradingConfigError(ValueError):
    """The grading table is missing a key or has a wrong value; the message names the file."""


@dataclass(frozen=True)
class LearnedShare:
    """How the learned judgement of a conversation (conversation_model.py) enters the total, without a scenario."""

    share: int  # of 100
    centre: float  # the replies' mean score that reads as 50
    slope: float
    confident: float  # above this mean score a forbidden or unresolved cap is in doubt
    doubted_cap: int

    def judged(self, z: float) -> float:
        """The model's mean reply score z as 0-100."""
        return 100 * sigmoid(self.slope * (z - self.centre))


@dataclass(frozen=True)
class GradingConfig:
    weights: Mapping[Tag, int]
    credit: Mapping[str, int]
    grace_turns: int
    penalties: Mapping[str, int]
    interruption: int
    conduct: int
    patience_share: float
    caps: Mapping[str, int]
    learned: LearnedShare
    upset_anger: int
    upset_patterns: Mapping[str, re.Pattern[str]]  # language -> one pattern for all its cues
    pushback_patterns: Mapping[str, re.Pattern[str]]
    inquiry_patterns: Mapping[str, re.Pattern[str]]
    timed_patterns: Mapping[str, re.Pattern[str]]
    accept_patterns: Mapping[str, re.Pattern[str]]
    leave_patterns: Mapping[str, re.Pattern[str]]
    kept_patterns: Mapping[str, re.Pattern[str]]

    def is_upset(self, line: str) -> bool:
        """Whether a customer line shows a complaint or anger, in either language."""
        return _matches(self.upset_patterns, line)

    def is_pushback(self, line: str) -> bool:
        """Whether a customer line pushes back at what the trainee just said, in either language."""
        return _matches(self.pushback_patterns, line)

    def is_timed(self, reply: str) -> bool:
        """Whether a reply says when (a time, a date, "already done") or gives a reference, in either language."""
        return _matches(self.timed_patterns, reply)

    def is_accepting(self, line: str) -> bool:
        """Whether a customer line thanks the trainee or agrees to what was offered, in either language."""
        return _matches(self.accept_patterns, line)

    def is_leaving(self, line: str) -> bool:
        """Whether a customer line says they are leaving or taking the complaint elsewhere (and not that they
        nearly did), in either language."""
        return _matches(self.leave_patterns, line) and not _matches(self.kept_patterns, line)

    def is_inquiry(self, line: str) -> bool:
        """Whether a customer's opening line asks for information rather than reporting a problem."""
        return _matches(self.inquiry_patterns, line)


def _matches(patterns: Mapping[str, re.Pattern[str]], line: str) -> bool:
    return any(p.search(_plain(line)) for p in patterns.values())


def _plain(text: str) -> str:
    """Lower case without apostrophes, so "didn't", "didn’t" and the typed "didnt" are one cue."""
    return text.lower().replace("\u2019", "").replace("'", "")


def _cue_pattern(language: str, cues: list[str]) -> re.Pattern[str]:
    if language != "en":  # Chinese has no word breaks: a cue matches anywhere
        return re.compile("|".join(re.escape(_plain(c)) for c in cues))
    # English cues are whole words ("late" not in "later"); "frustrat*" also matches "frustrating".
    alternatives = (re.escape(_plain(c[:-1])) if c.endswith("*") else re.escape(_plain(c)) + r"\b" for c in cues)
    return re.compile(r"\b(?:" + "|".join(alternatives) + ")")


def _cue_patterns(raw: dict[str, Any], key: str, path: Path) -> dict[str, re.Pattern[str]]:
    cues = raw.get(key)
    if not isinstance(cues, dict) or not all(
        isinstance(v, list) and v and all(isinstance(c, str) and c for c in v) for v in cues.values()
    ):
        raise GradingConfigError(f"{path}: error: `{key}` must map each language to a list of words")
    return {str(lang): _cue_pattern(str(lang), words) for lang, words in cues.items()}


def _regexes(raw: dict[str, Any], key: str, path: Path) -> dict[str, re.Pattern[str]]:
    table = raw.get(key)
    if not isinstance(table, dict) or not all(isinstance(v, str) and v for v in table.values()):
        raise GradingConfigError(f"{path}: error: `{key}` must map each language to a regular expression")
    try:
        return {str(lang): re.compile(source) for lang, source in table.items()}
    except re.error as exc:
        raise GradingConfigError(f"{path}: error: `{key}` has a broken pattern: {exc}") from None


def _ints(table: Any, keys: tuple[str, ...], where: str, path: Path) -> dict[str, int]:
    if not isinstance(table, dict):
        raise GradingConfigError(f"{path}: error: `{where}` must be a mapping")
    out: dict[str, int] = {}
    for key in keys:
        value = table.get(key)
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise GradingConfigError(f"{path}: error: `{where}.{key}` must be a whole number >= 0, got {value!r}")
        out[key] = value
    return out


def _learned(table: Any, path: Path) -> LearnedShare:
    whole = _ints(table, ("share", "doubted_cap"), "learned", path)
    if whole["share"] > 100 or whole["doubted_cap"] > 100:
        raise GradingConfigError(f"{path}: error: `learned.share` and `learned.doubted_cap` are out of 100")
    numbers = {}
    for key in ("centre", "slope", "confident"):
        value = table.get(key)
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            raise GradingConfigError(f"{path}: error: `learned.{key}` must be a number, got {value!r}")
        numbers[key] = float(value)
    return LearnedShare(whole["share"], numbers["centre"], numbers["slope"], numbers["confident"], whole["doubted_cap"])


def load_grading_config(path: Path = GRADING_FILE) -> GradingConfig:
    raw = read_mapping(path, "the grading table", GradingConfigError)
    weights = _ints(raw.get("weights"), tuple(s.value for s in STEPS), "weights", path)
    singles = _ints(raw, ("grace_turns", "interruption", "upset_anger", "conduct"), "top level", path)
    if singles["conduct"] > 100:
        raise GradingConfigError(f"{path}: error: `conduct` is a share of 100, got {singles['conduct']}")
    share = raw.get("patience_share")
    if not isinstance(share, (int, float)) or not 0 < share <= 1:
        raise GradingConfigError(f"{path}: error: `patience_share` must be a number in (0, 1], got {share!r}")
    return GradingConfig(
        weights={Tag(k): v for k, v in weights.items()},
        credit=_ints(raw.get("credit"), CREDITS, "credit", path),
        grace_turns=singles["grace_turns"],
        penalties=_ints(raw.get("penalties"), PENALTIES, "penalties", path),
        interruption=singles["interruption"],
        conduct=singles["conduct"],
        patience_share=float(share),
        caps=_ints(raw.get("caps"), CAPS, "caps", path),
        learned=_learned(raw.get("learned"), path),
        upset_anger=singles["upset_anger"],
        upset_patterns=_cue_patterns(raw, "upset_cues", path),
        pushback_patterns=_cue_patterns(raw, "pushback_cues", path),
        inquiry_patterns=_cue_patterns(raw, "inquiry_cues", path),
        timed_patterns=_regexes(raw, "timed", path),
        accept_patterns=_cue_patterns(raw, "accept_cues", path),
        leave_patterns=_cue_patterns(raw, "leave_cues", path),
        kept_patterns=_cue_patterns(raw, "kept_cues", path),
    )
