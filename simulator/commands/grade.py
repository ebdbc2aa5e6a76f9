"""`grade --jsonl FILE`: grade whole conversations without a scenario, one JSON object per line in and out.

In:  {"id": ..., "language": "en"|"zh", "turns": [{"customer": "...", "reply": "..."}, ...]}
Out: {"id": ..., "total": 0-100, "steps": {STEP: 0-100}, "penalties": [...], "feedback": [...],
      "learned": {"score": 0-100, "replies": [0-100, ...]}}
("learned": the learned judgement of the whole conversation that makes half the total, and of each reply)
A bad line is reported as `FILE:LINE: error: message` on stderr; the others are still graded; the exit code is 1.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from typing import Any

from simulator.commands.json_lines import for_each_object
from simulator.core.grading_types import GradedTurn
from simulator.core.scoring import RuleFileError, load_grader, load_tagger

LANGUAGES = ("en", "zh")


class LineError(ValueError):
    """What is wrong with one input line, without the file and line number."""


@dataclass(frozen=True)
class Conversation:
    id: Any  # echoed back as given: a string or a number
    language: str
    turns: list[tuple[str, str]]  # (customer, reply)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "grade",
        help="grade conversations from a JSON Lines file (no scenario needed)",
        description="Tag each reply, grade each conversation 0-100 and print one JSON result per input line.",
    )
    parser.add_argument(
        "--jsonl", required=True, metavar="FILE", help="conversations, one JSON object a line; - for stdin"
    )
    parser.set_defaults(func=run)


def parse_conversation(item: dict[str, Any]) -> Conversation:
    if not isinstance(item.get("id"), (str, int)) or isinstance(item.get("id"), bool):
        raise LineError('"id" must be a string or a number')
    if item.get("language") not in LANGUAGES:
        raise LineError(f'"language" must be one of {", ".join(LANGUAGES)}, got {item.get("language")!r}')
    raw_turns = item.get("turns")
    if not isinstance(raw_turns, list) or not raw_turns:
        raise LineError('"turns" must be a non-empty list of {"customer", "reply"} objects')
    turns: list[tuple[str, str]] = []
    for n, turn in enumerate(raw_turns, start=1):
        if not isinstance(turn, dict) or not all(isinstance(turn.get(k), str) for k in ("customer", "reply")):
            raise LineError(f'turn {n}: expected {{"customer": text, "reply": text}}')
        turns.append((turn["customer"], turn["reply"]))
    return Conversation(item["id"], item["language"], turns)


def run(args: argparse.Namespace) -> int:
    try:
        tagger, grader = load_tagger().warm(), load_grader()
    except (RuleFileError, ValueError) as exc:  # a broken rules, grading or feedback file names itself
        print(f"error: {exc}", file=sys.stderr)
        return 1

    def grade(conversation: Conversation) -> None:
        turns = [
            GradedTurn(customer, tagger.tag(reply, customer, conversation.language))
            for customer, reply in conversation.turns
        ]
        card = grader.grade(turns, conversation.language).to_json()
        result = {"id": conversation.id, **{k: card[k] for k in ("total", "steps", "penalties", "feedback", "learned")}}
        print(json.dumps(result, ensure_ascii=False), flush=True)

    return for_each_object(args.jsonl, parse_conversation, grade)
