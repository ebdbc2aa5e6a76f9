"""`lint [PATH...] [--strict]`: check scenario files and print `FILE:LINE:COL: error|warning: message` lines."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from simulator.core.diagnostics import Diagnostic
from simulator.core.library import default_scenario_dir
from simulator.core.linter import lint_paths


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("lint", help="check scenario files for errors and warnings")
    parser.add_argument(
        "paths", nargs="*", metavar="PATH", help="scenario files or folders (default: the scenarios folder)"
    )
    parser.add_argument("--strict", action="store_true", help="report warnings as errors")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    paths = args.paths or [default_scenario_dir()]
    return report(lint_paths(paths, strict=args.strict))


def report(diagnostics: Sequence[Diagnostic]) -> int:
    """Print the diagnostics, one per line, and a count on stderr; 1 if any is an error."""
    for diagnostic in sorted(diagnostics):
        print(diagnostic)
    errors = sum(d.is_error for d in diagnostics)
    print(f"{errors} error(s), {len(diagnostics) - errors} warning(s)", file=sys.stderr)
    return 1 if errors else 0
