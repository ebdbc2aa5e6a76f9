"""`score`: tag trainee replies with the rubric's steps, as JSON with the evidence for each tag."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from typing import Any

from simulator.core.scoring import RuleFileError, Tagger, load_tagger


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
        tagger = load_tagger()
    except RuleFileError as exc:
        print(exc, file=sys.stderr)
        return 1
    if args.text is not None:
        _print(tagger.tag(args.text, args.customer, args.lang).to_json())
        return 0
    if args.jsonl == "-":
        return _score_lines(tagger, "<stdin>", sys.stdin, args.lang)
    try:
        with open(args.jsonl, encoding="utf-8") as handle:
            return _score_lines(tagger, args.jsonl, handle, args.lang)
    except OSError as exc:
        print(f"error: {args.jsonl}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    except UnicodeDecodeError as exc:
        print(f"error: {args.jsonl}: not UTF-8 text ({exc.reason})", file=sys.stderr)
        return 1


def _score_lines(tagger: Tagger, name: str, lines: Iterable[str], language: str) -> int:
    """Tags every good line; reports each bad one as FILE:LINE and fails at the end if there was any."""
    failed = False
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            item = _parse(line)
        except ValueError as exc:
            print(f"{name}:{number}: error: {exc}", file=sys.stderr)
            failed = True
            continue
        result: dict[str, object] = {"id": item["id"]} if "id" in item else {}
        result.update(tagger.tag(item["reply"], item.get("customer"), language).to_json())
        _print(result)
    return 1 if failed else 0


def _parse(line: str) -> dict[str, Any]:
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not valid JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(item, dict):
        raise ValueError("expected a JSON object")
    if not isinstance(item.get("reply"), str):
        raise ValueError('expected "reply" as a string')
    if item.get("customer") is not None and not isinstance(item["customer"], str):
        raise ValueError('"customer" must be a string')
    return item


def _print(obj: dict[str, object]) -> None:
    print(json.dumps(obj, ensure_ascii=False), flush=True)
