"""`graph SCENARIO --format dot|mermaid [--out FILE]`: draw a scenario's conversation graph."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from simulator.core.diagnostics import ScenarioError
from simulator.core.graph_export import FORMATS, export_graph
from simulator.core.library import find_scenario
from simulator.core.loader import load_scenario


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("graph", help="print a scenario's conversation graph as Graphviz DOT or Mermaid")
    parser.add_argument("scenario", metavar="SCENARIO", help="a scenario file or a scenario id")
    parser.add_argument("--format", choices=FORMATS, default="dot", help="output format (default: dot)")
    parser.add_argument("--out", metavar="FILE", help="write to FILE instead of standard output")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        text = export_graph(load_scenario(find_scenario(args.scenario)), args.format)
    except ScenarioError as e:
        for diagnostic in e.diagnostics:
            print(diagnostic, file=sys.stderr)
        return 1
    if args.out is None:
        sys.stdout.write(text)
        return 0
    try:
        Path(args.out).write_text(text, encoding="utf-8")
    except OSError as e:
        print(f"{args.out}: cannot write the graph: {e.strerror or e}", file=sys.stderr)
        return 1
    return 0
