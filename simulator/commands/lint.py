"""`lint [PATH...] [--strict] [--examples]`: check scenario files, print `FILE:LINE:COL: severity: message`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from simulator.core.diagnostics import Diagnostic, promote_warnings
from simulator.core.library import default_scenario_dir
from simulator.core.lint_pairs import lint_pairs
from simulator.core.linter import lint_paths


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("lint", help="check scenario files for errors and warnings")
    parser.add_argument(
        "paths", nargs="*", metavar="PATH", help="scenario files or folders (default: the scenarios folder)"
    )
    parser.add_argument("--strict", action="store_true", help="report warnings as errors")
    parser.add_argument(
        "--examples", action="store_true", help="also check that every example reply still gets its tags and branch"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    paths = args.paths or [default_scenario_dir()]
    extra = lint_pairs(paths)  # English and Chinese files of one scenario with different nodes
    if args.examples:
        from simulator.core.example_check import check_example_files
        from simulator.core.scoring import load_tagger  # only here: building the tagger takes a moment

        extra += check_example_files(paths, load_tagger())
    return report(lint_paths(paths, strict=args.strict) + (promote_warnings(extra) if args.strict else extra))


def report(diagnostics: Sequence[Diagnostic]) -> int:
    """Print the diagnostics, one per line, and a count on stderr; 1 if any is an error."""
    for diagnostic in sorted(diagnostics):
        print(diagnostic)
    errors = sum(d.is_error for d in diagnostics)
    print(f"{errors} error(s), {len(diagnostics) - errors} warning(s)", file=sys.stderr)
    return 1 if errors else 0
