"""Merge session logs from several workstations into one: idempotent upserts keyed by stable ids.

Trainees merge by name. A session or turn already present is only ever completed, never rolled back:
a later finish, score or undo wins over an older copy of the same log, whatever the merge order.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from simulator.storage.database import StorageError, open_database, open_existing_database
from simulator.storage.session_log import trainee_id
from simulator.storage.transaction import write_transaction

TABLES = ("trainees", "sessions", "participants", "turns", "scores", "overrides")

# How each table's existing row absorbs a newer copy: column -> SQL value (`excluded` is the incoming row).
_COMPLETE = {column: f"coalesce(excluded.{column}, {column})" for column in ("finished_at", "outcome", "total")}
_MERGE_RULES: dict[str, dict[str, str]] = {
    "sessions": _COMPLETE,
    "participants": {},
    "turns": {"undone": "max(undone, excluded.undone)"},  # undo is one-way
    "scores": {column: f"excluded.{column}" for column in ("total", "steps", "penalties", "feedback", "outcome")},
    "overrides": {},  # a trainer's override is never edited, only added: same id, same row
}


@dataclass
class MergeCounts:
    added: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TABLES, 0))
    updated: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TABLES, 0))

    def add(self, other: MergeCounts) -> None:
        for table in TABLES:
            self.added[table] += other.added[table]
            self.updated[table] += other.updated[table]


def _upsert(target: Database, table: str, rows: Iterable[Mapping[str, object]], counts: MergeCounts) -> None:
    columns = [column.name for column in target.table(table).columns]
    keys = ", ".join(target.table(table).pks)
    rules = _MERGE_RULES[table]
    if rules:
        changes = " OR ".join(f"{column} IS NOT {value}" for column, value in rules.items())
        assignments = ", ".join(f"{column} = {value}" for column, value in rules.items())
        on_conflict = f"DO UPDATE SET {assignments} WHERE {changes}"  # unchanged rows are left alone and not counted
    else:
        on_conflict = "DO NOTHING"
    sql = (
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))}) "
        f"ON CONFLICT({keys}) {on_conflict}"
    )
    before = target.table(table).count
    written = target.conn.executemany(sql, ([row[column] for column in columns] for row in rows)).rowcount
    counts.added[table] += target.table(table).count - before
    counts.updated[table] += written - (target.table(table).count - before)


def merge_into(target: Database, source: Database) -> MergeCounts:
    """Copy one log into another in a single transaction; returns what was added and updated."""
    counts = MergeCounts()
    with write_transaction(target):
        before = target.table("trainees").count
        new_ids = {
            row["id"]: trainee_id(target, row["name"], row["created_at"], id_if_new=row["id"])
            for row in source.query("SELECT * FROM trainees")
        }
        counts.added["trainees"] = target.table("trainees").count - before
        _upsert(
            target,
            "sessions",
            ({**row, "trainee_id": new_ids[row["trainee_id"]]} for row in source.query("SELECT * FROM sessions")),
            counts,
        )
        for table in ("participants", "turns", "scores", "overrides"):
            _upsert(target, table, source.query(f"SELECT * FROM {table}"), counts)
    return counts


def merge_files(sources: Sequence[str | Path], into: str | Path) -> MergeCounts:
    """Merge every source file into `into` (created if missing). All sources are checked before anything is written."""
    opened: list[Database] = []
    try:
        for path in sources:
            opened.append(open_existing_database(path))
            if Path(into).exists() and os.path.samefile(path, into):
                raise StorageError(f"{path}: is also the merge target")
        target = open_database(into)
        try:
            total = MergeCounts()
            for source in opened:
                total.add(merge_into(target, source))
            return total
        finally:
            target.close()
    finally:
        for source in opened:
            source.close()
