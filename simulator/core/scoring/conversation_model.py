"""A learned judgement of a whole conversation, the grader's second opinion where no scenario says what was due.

Trained by scripts/train_grade_model.py on conversations written three times, by an expert, an average and a
poor agent: from every pair of versions of one situation it learned which words and steps separate the better
agent. A conversation's judgement is the mean of its replies' scores, so each reply's share can be shown.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from simulator.core.grading_types import GradedTurn
from simulator.core.scoring.learned import features
from simulator.core.scoring.normalize import normalise
from simulator.core.scoring.rules import RuleFileError
from simulator.core.tags import TaggedReply


def reply_features(reply: TaggedReply, language: str, t2s: Mapping[str, str]) -> set[str]:
    """The reply's words (English) or characters and character pairs (Chinese), and the tags it was given."""
    return set(features(normalise(reply.text, t2s).text, language, reply.tags))


@dataclass(frozen=True)
class ConversationModel:
    weights: Mapping[str, Mapping[str, float]]  # language -> feature -> weight
    t2s: Mapping[str, str]

    def reply_scores(self, turns: Sequence[GradedTurn], language: str) -> list[float] | None:
        """Each reply's score (higher reads more like the expert's), or None for a language with no model."""
        weights = self.weights.get(language)
        if weights is None or not turns:
            return None
        return [sum(weights.get(f, 0.0) for f in reply_features(t.tagged, language, self.t2s)) for t in turns]


def load_conversation_model(path: Path, t2s: Mapping[str, str]) -> ConversationModel:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        models = data["models"]
        if not isinstance(models, dict) or not all(
            isinstance(m, dict) and set(map(type, m.values())) <= {float, int} for m in models.values()
        ):
            raise TypeError("models must map each language to its feature weights")
        return ConversationModel(models, t2s)
    except json.JSONDecodeError as exc:
        raise RuleFileError(path, exc.lineno, f"not valid JSON: {exc.msg}") from None
    except (KeyError, TypeError) as exc:
        raise RuleFileError(
            path, 1, f"not a model file ({exc}); retrain: python scripts/train_grade_model.py"
        ) from None
