"""`merge`: combine session logs from several workstations into one database."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from simulator.storage.database import StorageError
from simulator.storage.merge import TABLES, merge_files


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "merge",
        help="merge session logs into one database",
        description="Copy trainees (matched by name), sessions, turns and scores from each FILE into the target. "
        "Merging the same file again adds nothing.",
    )
    parser.add_argument("sources", nargs="+", type=Path, metavar="FILE", help="session database to read")
    parser.add_argument("--into", type=Path, required=True, help="target database (created if missing)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        counts = merge_files(args.sources, args.into)
    except StorageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    summary = ", ".join(f"{table} +{counts.added[table]} ~{counts.updated[table]}" for table in TABLES)
    print(f"Merged {len(args.sources)} file(s) into {args.into} (+added ~updated): {summary}")
    return 0
