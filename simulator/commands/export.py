"""`export`: write the session log as CSV (one row per turn) or JSONL (one object per session)."""

from __future__ import annotations

import argparse
import os
import sys
from contextlib import closing
from pathlib import Path
from typing import Any

from simulator.storage.database import StorageError, default_db_path, open_existing_database
from simulator.storage.export import export


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "export",
        help="export the session log as CSV or JSONL",
        description="Export the session log: CSV has one row per turn (UTF-8 with BOM for Excel), "
        "JSONL one object per session with its turns and score.",
    )
    parser.add_argument("--db", type=Path, help="session database (default: this user's)")
    parser.add_argument("--format", choices=("csv", "jsonl"), default="csv", help="output format (default: csv)")
    parser.add_argument("--out", type=Path, help="output file (default: standard output)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        db = open_existing_database(args.db or default_db_path())
    except StorageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    with closing(db):
        if args.out is None:
            try:
                export(db, args.format, sys.stdout.buffer)
            except BrokenPipeError:
                # The reader (e.g. `head`) stopped early; point stdout at devnull so the exit flush stays quiet.
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
                return 1
            return 0
        try:
            with args.out.open("wb") as out:
                written = export(db, args.format, out)
        except OSError as exc:
            print(f"error: {args.out}: {exc.strerror or exc}", file=sys.stderr)
            return 1
    unit = "turns" if args.format == "csv" else "sessions"
    print(f"Wrote {written} {unit} to {args.out}", file=sys.stderr)
    return 0
