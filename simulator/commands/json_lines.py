"""One JSON object a line, for the commands that take `--jsonl FILE` (`-` for standard input)."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from contextlib import nullcontext
from typing import Any, TypeVar

T = TypeVar("T")


def for_each_object(source: str, parse: Callable[[dict[str, Any]], T], handle: Callable[[T], None]) -> int:
    """Calls `handle` with each good line of `source` as it is read (so a pipe can feed it live), reports each bad
    line as `FILE:LINE: error: message` on stderr (`parse` raises ValueError for what is wrong in an object)
    and returns 1 if there was any, after all the good ones; 0 otherwise."""
    name = "<stdin>" if source == "-" else source
    failed = False
    try:
        with nullcontext(sys.stdin) if source == "-" else open(source, encoding="utf-8") as lines:
            for number, line in enumerate(lines, start=1):
                if not line.strip():
                    continue
                try:
                    parsed = parse(_object(line))
                except ValueError as exc:
                    print(f"{name}:{number}: error: {exc}", file=sys.stderr)
                    failed = True
                    continue
                handle(parsed)
    except OSError as exc:
        print(f"{name}: error: cannot read: {exc.strerror or exc}", file=sys.stderr)
        return 1
    except UnicodeDecodeError as exc:
        print(f"{name}: error: not UTF-8 text ({exc.reason})", file=sys.stderr)
        return 1
    return 1 if failed else 0


def _object(line: str) -> dict[str, Any]:
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not valid JSON: {exc.msg} (column {exc.colno})") from None
    if not isinstance(item, dict):
        raise ValueError("expected a JSON object")
    return item
