"""Export the session log: CSV with one row per turn, or JSONL with one object per session."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import BinaryIO, Literal, TextIO

from sqlite_utils import Database

from simulator.storage.csv_safety import neutralise_cell
from simulator.storage.queries import Row, session_score, session_turns, sessions

Format = Literal["csv", "jsonl"]

CSV_COLUMNS = (
    "session_id", "trainee", "scenario_id", "language", "started_at", "outcome", "total",
    "idx", "customer", "reply", "tags", "anger", "phase", "at", "undone",
)  # fmt: skip
# Excel only reads a CSV as UTF-8 (and so shows Chinese) when the file starts with a byte-order mark.
ENCODINGS: dict[str, str] = {"csv": "utf-8-sig", "jsonl": "utf-8"}


def _sessions_oldest_first(db: Database) -> Iterator[Row]:
    return reversed(sessions(db))


def _write_csv(db: Database, out: TextIO) -> int:
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    rows = 0
    for info in _sessions_oldest_first(db):
        for turn in session_turns(db, info["id"], include_undone=True):
            values = {
                **info,
                **turn,
                "session_id": info["id"],
                "tags": ";".join(turn["tags"]),
                "undone": int(turn["undone"]),
            }
            writer.writerow([neutralise_cell(values[column]) for column in CSV_COLUMNS])
            rows += 1
    return rows


def _write_jsonl(db: Database, out: TextIO) -> int:
    count = 0
    for info in _sessions_oldest_first(db):
        turns = session_turns(db, info["id"], include_undone=True)
        for turn in turns:
            del turn["session_id"]  # the session object already says it
        record = {**info, "turns": turns, "score": session_score(db, info["id"])}
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def export(db: Database, fmt: Format, out: BinaryIO) -> int:
    """Write the whole log to a binary stream; returns the number of CSV rows (turns) or JSONL sessions written."""
    text = io.TextIOWrapper(out, encoding=ENCODINGS[fmt], newline="")
    try:
        return _write_csv(db, text) if fmt == "csv" else _write_jsonl(db, text)
    finally:
        text.flush()
        text.detach()  # leave the caller's stream open (it may be stdout)
