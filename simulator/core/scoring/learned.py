"""A small learned second opinion on every tag, for wording the rules do not know: logistic regression over
words (English) and character pairs (Chinese), trained on data/corpus/<lang>/train.jsonl and the scenarios'
tagged example replies by scripts/train_tagger_models.py.

Rules stay the explanation: a model only adds its tag when no rule found it, and its evidence is the
sentence it scored highest, so a trainee still sees which words earned or cost them the tag.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from simulator.core.scoring.rules import RuleFileError
from simulator.core.tags import Tag

# The tags that have a learned second opinion, in the order they are consulted, and what a sentence the
# model flags cannot also be (a forbidden sentence is no genuine question nor accepted feeling).
LEARNED_TAGS: dict[Tag, frozenset[Tag]] = {
    Tag.FORBIDDEN: frozenset({Tag.PROBE, Tag.VENT}),
    Tag.VENT: frozenset(),
    Tag.APOLOGIZE: frozenset(),
    Tag.PROBE: frozenset(),
    Tag.RESOLVE: frozenset(),
    Tag.FOLLOW_UP: frozenset(),
}
_WORD = re.compile(r"[a-z0-9]+", re.ASCII)
_HAN = re.compile(r"[\u4e00-\u9fff]+")
_UNIT = {"en": _WORD, "zh": re.compile(r"[\u4e00-\u9fff]")}  # a word, or a Chinese character
MIN_UNITS = 4
# The most words (characters in Chinese) that may earn a tag together: a phrase, not a long turn's drift.
PHRASE_UNITS = {"en": 12, "zh": 16}


def features(text: str, language: str, steps: Iterable[Tag] = ()) -> list[str]:
    """Word unigrams and bigrams for English, character unigrams and bigrams for Chinese, and the steps
    the rules already found (a sincere apology or a real fix makes a forbidden reading less likely)."""
    out = [f"t:{t.value}" for t in steps]
    if language == "en":
        words = _WORD.findall(text)
        return out + [f"w:{w}" for w in words] + [f"b:{a}_{b}" for a, b in zip(words, words[1:], strict=False)]
    for run in _HAN.findall(text):
        out += [f"c:{c}" for c in run] + [f"p:{run[i : i + 2]}" for i in range(len(run) - 1)]
    return out


@dataclass(frozen=True)
class LinearModel:
    bias: float
    weights: Mapping[str, float]
    threshold: float  # probability above which the model speaks

    def evidence(self, text: str, language: str, steps: Iterable[Tag] = ()) -> float:
        """What the words themselves add to the log-odds of the model's tag, the prior left out."""
        return sum(self.weights.get(f, 0.0) for f in set(features(text, language, steps)))

    def flags(self, text: str, language: str, steps: Iterable[Tag] = (), whole_reply: bool = True) -> bool:
        # Too few words to judge a whole reply ("Will do.", "稍等") is left to the rules; and the words must
        # point towards the tag: the prior alone never flags a reply.
        if whole_reply and not long_enough(text, language):
            return False
        z = self.evidence(text, language, steps)
        return z > 0 and sigmoid(self.bias + z) >= self.threshold

    def phrase(self, sentence: str, language: str, steps: Iterable[Tag] = ()) -> tuple[int, int] | None:
        """Where in a sentence the model finds its tag: the whole sentence if it is short, else the run of
        PHRASE_UNITS words (characters) with the most evidence; None if that alone does not earn the tag.
        Weak evidence spread over a long turn ("...I'll make them up now; it'll be about ten minutes.") adds up
        past the threshold, so only words close together may earn it."""
        units = list(_UNIT[language].finditer(sentence))
        width = PHRASE_UNITS[language]
        if len(units) <= width:
            span = (0, len(sentence))
        else:
            windows = ((units[i].start(), units[i + width - 1].end()) for i in range(len(units) - width + 1))
            span = max(windows, key=lambda w: self.evidence(sentence[w[0] : w[1]], language))
        return span if self.flags(sentence[span[0] : span[1]], language, steps, whole_reply=False) else None


def long_enough(text: str, language: str) -> bool:
    return len(_UNIT[language].findall(text)) >= MIN_UNITS


def sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def _weights(table: object) -> dict[str, float]:
    # Checked in bulk rather than copied: a model has tens of thousands of weights and this is start-up time.
    if not isinstance(table, dict) or not set(map(type, table.values())) <= {float, int}:
        raise TypeError("weights must map features to numbers")
    return table


def load_models(path: Path) -> dict[Tag, dict[str, LinearModel]]:
    """{Tag: {"en": LinearModel, "zh": LinearModel}} from the JSON the training script writes."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return {
            Tag(tag): {
                lang: LinearModel(float(m["bias"]), _weights(m["weights"]), float(m["threshold"]))
                for lang, m in by_lang.items()
            }
            for tag, by_lang in data["models"].items()
        }
    except json.JSONDecodeError as exc:
        raise RuleFileError(path, exc.lineno, f"not valid JSON: {exc.msg}") from None
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise RuleFileError(
            path, 1, f"not a model file ({exc!r}); retrain: python scripts/train_tagger_models.py"
        ) from None
