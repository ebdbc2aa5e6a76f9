"""Command line: `complaint-sim` (or `python main.py`) with no arguments opens the app."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

# Each command lives in simulator/commands/<name>.py with `register(subparsers)`,
# which adds its parser and sets `func(args) -> int` as the parser default.
COMMANDS = ("play", "lint", "graph", "score", "grade", "export", "merge", "edit", "present")


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The full parser, or with `only` just that command's (imports nothing else, so it starts fast)."""
    parser = argparse.ArgumentParser(
        prog="complaint-sim",
        description="Complaint Simulator: practise handling customer complaints. Without a command, opens the app.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS if only is None else (only,):
        importlib.import_module(f"simulator.commands.{name}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list:
        from simulator.app import run_app

        return run_app()
    command = args_list[0] if args_list[0] in COMMANDS else None
    args = build_parser(command).parse_args(args_list)
    if not getattr(args, "func", None):
        build_parser().print_help()
        return 2
    code: int = args.func(args)
    return code
