"""The scorer: tags each reply with the rubric's steps (the tagger) and grades whole conversations (the grader)."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

from simulator.core.scoring.rules import RuleFileError
from simulator.core.scoring.tagger import Tagger, build_tagger

if TYPE_CHECKING:
    from simulator.core.scoring.grader import Grader

__all__ = ["RuleFileError", "Tagger", "load_grader", "load_tagger"]


@cache
def load_tagger() -> Tagger:
    """The tagger built from assets/scoring/, loaded once per process, its compiled rules cached per user."""
    return build_tagger(cache_folder=Path(platformdirs.user_cache_dir("complaint-simulator", appauthor=False)))


def load_grader() -> Grader:
    """The grader with its learned judgement of whole conversations."""
    # Imported here: commands that only tag replies (score) need not load the grading tables.
    from simulator.core.scoring.conversation_model import load_conversation_model
    from simulator.core.scoring.grader import Grader
    from simulator.core.scoring.rules import load_char_table
    from simulator.core.scoring.tagger import ASSETS

    t2s = load_char_table(ASSETS / "t2s.txt")
    return Grader(model=load_conversation_model(ASSETS / "conversation_model.json", t2s))
