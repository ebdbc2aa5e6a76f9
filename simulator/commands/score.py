"""`score`: tag trainee replies with the rubric's steps, as JSON with the evidence for each tag."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from simulator.commands.json_lines import for_each_object
from simulator.core.scoring import RuleFileError, load_tagger


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "score",
        help="tag replies with the steps they perform (VENT, APOLOGIZE, ...)",
        description='Tag one reply, or a JSONL file of {"reply", "id"?, "customer"?} objects (one per line), '
        'and print {"tags": [...], "evidence": {TAG: [{"start", "end", "text"}]}} for each.',
    )
    parser.add_argument("text", nargs="?", help="the reply to tag")
    parser.add_argument("--lang", choices=("en", "zh", "auto"), default="auto", help="reply language (default: auto)")
    parser.add_argument("--customer", help="the customer's previous line, for context")
    parser.add_argument("--jsonl", metavar="FILE", help="tag every line of FILE (- for standard input)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if (args.text is None) == (args.jsonl is None):
        print("error: give either TEXT or --jsonl FILE", file=sys.stderr)
        return 2
    try:
        tagger = load_tagger().warm()
    except RuleFileError as exc:
        print(exc, file=sys.stderr)
        return 1
    if args.text is not None:
        _print(tagger.tag(args.text, args.customer, args.lang).to_json())
        return 0

    def score(item: dict[str, Any]) -> None:
        result: dict[str, object] = {"id": item["id"]} if "id" in item else {}
        result.update(tagger.tag(item["reply"], item.get("customer"), args.lang).to_json())
        _print(result)

    return for_each_object(args.jsonl, _checked, score)


def _checked(item: dict[str, Any]) -> dict[str, Any]:
    if not isinstance(item.get("reply"), str):
        raise ValueError('expected "reply" as a string')
    if item.get("customer") is not None and not isinstance(item["customer"], str):
        raise ValueError('"customer" must be a string')
    return item


def _print(obj: dict[str, object]) -> None:
    print(json.dumps(obj, ensure_ascii=False), flush=True)
