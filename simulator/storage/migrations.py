"""Versioned schema changes: an ordered list applied once each, the version kept in PRAGMA user_version.

Append new migrations at the end; never edit or reorder released ones (user files carry their number).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence

from sqlite_utils import Database

from simulator.storage.transaction import write_transaction

Migration = Callable[[Database], None]


def _create_tables(db: Database) -> None:
    # Ids are UUID strings made where the data is recorded, so logs from several workstations merge cleanly.
    db.table("trainees").create(
        {"id": str, "name": str, "created_at": str}, pk="id", not_null=["id", "name", "created_at"]
    )
    db.table("trainees").create_index(["name"], unique=True)  # one trainee per name, also across merged logs
    db.table("sessions").create(
        {
            "id": str,
            "trainee_id": str,
            "scenario_id": str,
            "scenario_title": str,
            "language": str,
            "started_at": str,
            "finished_at": str,
            "outcome": str,
            "is_group": int,
            "total": int,
        },
        pk="id",
        foreign_keys=[("trainee_id", "trainees", "id")],
        not_null=["id", "trainee_id", "scenario_id", "scenario_title", "language", "started_at", "is_group"],
        defaults={"is_group": 0},
    )
    db.table("participants").create(
        {"session_id": str, "name": str},
        pk=("session_id", "name"),
        foreign_keys=[("session_id", "sessions", "id")],
        not_null=["session_id", "name"],
    )
    db.table("turns").create(
        {
            "session_id": str,
            "idx": int,
            "node_id": str,
            "customer": str,
            "reply": str,
            "tags": str,  # JSON list of tag values
            "evidence": str,  # JSON {tag: [{start, end, text}]}
            "anger": int,
            "phase": str,
            "at": str,
            "proposed_by": str,
            "interrupted": int,
            "hint_used": int,
            "undone": int,
            "extra": str,  # JSON object: whatever else the session controller attached to the turn
        },
        pk=("session_id", "idx"),
        foreign_keys=[("session_id", "sessions", "id")],
        not_null=[
            "session_id",
            "idx",
            "node_id",
            "customer",
            "reply",
            "tags",
            "evidence",
            "anger",
            "phase",
            "at",
            "undone",
        ],
        defaults={"interrupted": 0, "hint_used": 0, "undone": 0, "extra": "{}"},
    )
    db.table("scores").create(
        {"session_id": str, "total": int, "steps": str, "penalties": str, "feedback": str, "outcome": str},
        pk="session_id",
        foreign_keys=[("session_id", "sessions", "id")],
        not_null=["session_id", "total", "steps", "penalties", "feedback", "outcome"],
    )


def _index_history_filters(db: Database) -> None:
    # The history views filter sessions by trainee and date, and by scenario.
    db.table("sessions").create_index(["trainee_id", "started_at"])
    db.table("sessions").create_index(["scenario_id"])


def _add_trainer_tables(db: Database) -> None:
    # A trainer's correction sits beside the logged turn or score, which is never changed. turn_idx NULL: the grade.
    db.table("overrides").create(
        {
            "id": str,
            "session_id": str,
            "turn_idx": int,
            "trainer": str,
            "tags": str,  # JSON list of tag values, NULL when the override keeps the tags
            "total": int,  # NULL when the override keeps the grade
            "comment": str,
            "created_at": str,
        },
        pk="id",
        foreign_keys=[("session_id", "sessions", "id")],
        not_null=["id", "session_id", "trainer", "comment", "created_at"],
    )
    db.table("overrides").create_index(["session_id", "turn_idx", "created_at"])
    # One row: the trainer passphrase's salted hash.
    db.table("trainer_auth").create(
        {"id": int, "salt": bytes, "hash": bytes, "params": str}, pk="id", not_null=["salt", "hash", "params"]
    )


_FACT_STEPS = ("VENT", "APOLOGIZE", "PROBE", "RESOLVE", "FOLLOW_UP")
# The sessions columns the dashboard reads, copied as they are (the session's own id becomes session_id).
_FACT_COLUMNS = ("trainee_id", "scenario_id", "scenario_title", "started_at", "is_group", "outcome", "total")
_FACT_LIST = ", ".join(_FACT_COLUMNS)


def _set_steps(steps_json: str) -> str:
    return ", ".join(f"step_{s.lower()} = json_extract({steps_json}, '$.{s}')" for s in _FACT_STEPS)


def _last_node(session_id: str) -> str:
    return f"(SELECT node_id FROM turns WHERE session_id = {session_id} AND undone = 0 ORDER BY idx DESC LIMIT 1)"


_FACT_TRIGGERS = {
    "facts_session_added": f"AFTER INSERT ON sessions BEGIN INSERT INTO session_facts (session_id, {_FACT_LIST}) "
    f"VALUES (NEW.id, {', '.join(f'NEW.{c}' for c in _FACT_COLUMNS)}); END",
    "facts_session_changed": "AFTER UPDATE ON sessions BEGIN UPDATE session_facts SET "
    f"{', '.join(f'{c} = NEW.{c}' for c in _FACT_COLUMNS)} WHERE session_id = NEW.id; END",
    **{
        f"facts_score_{event.lower()}": f"AFTER {event} ON scores BEGIN UPDATE session_facts SET "
        f"{_set_steps('NEW.steps')} WHERE session_id = NEW.session_id; END"
        for event in ("INSERT", "UPDATE")
    },
    **{
        f"facts_turn_{event.split()[0].lower()}": f"AFTER {event} ON turns BEGIN UPDATE session_facts SET "
        f"last_node = {_last_node('NEW.session_id')} WHERE session_id = NEW.session_id; END"
        for event in ("INSERT", "UPDATE OF undone")
    },
}


def _add_dashboard_facts(db: Database) -> None:
    # One compact row per session with its step scores and the node its last reply answered, kept current by
    # triggers: the cohort dashboard scans this instead of parsing every score's JSON and walking every turn.
    db.table("session_facts").create(
        {
            "session_id": str,
            **{column: int if column in ("is_group", "total") else str for column in _FACT_COLUMNS},
            **{f"step_{s.lower()}": int for s in _FACT_STEPS},
            "last_node": str,
        },
        pk="session_id",
    )
    db.execute(f"INSERT INTO session_facts (session_id, {_FACT_LIST}) SELECT id, {_FACT_LIST} FROM sessions")
    db.execute(
        f"UPDATE session_facts SET {_set_steps('sc.steps')} "
        "FROM scores sc WHERE sc.session_id = session_facts.session_id"
    )
    db.execute(f"UPDATE session_facts SET last_node = {_last_node('session_facts.session_id')}")
    for name, body in _FACT_TRIGGERS.items():
        db.execute(f"CREATE TRIGGER {name} {body}")
    # Covering indexes, one per dashboard query, so each reads its index in order and never the table.
    steps = [f"step_{s.lower()}" for s in _FACT_STEPS]
    db.table("session_facts").create_index(["is_group", "trainee_id", "started_at", *steps])
    db.table("session_facts").create_index(["scenario_id", "outcome", "total", "session_id", "scenario_title"])
    db.table("session_facts").create_index(["outcome", "scenario_id", "last_node"])


MIGRATIONS: tuple[Migration, ...] = (
    _create_tables,
    _index_history_filters,
    _add_trainer_tables,
    _add_dashboard_facts,
)


def schema_version(db: Database) -> int:
    version: int = db.execute("PRAGMA user_version").fetchone()[0]
    return version


def check_version(db: Database, migrations: Sequence[Migration] = MIGRATIONS) -> int:
    """The schema version, or ValueError when the file is newer than this program."""
    version = schema_version(db)
    if version > len(migrations):
        raise ValueError(
            f"made by a newer version of Complaint Simulator (schema {version}, this version knows {len(migrations)})"
        )
    return version


def migrate(db: Database, migrations: Sequence[Migration] = MIGRATIONS) -> int:
    """Apply the migrations this database lacks, each in its own transaction; return the new version."""
    check_version(db, migrations)
    for version, step in enumerate(migrations, start=1):
        if schema_version(db) >= version:
            continue
        with write_transaction(db):
            if schema_version(db) < version:  # re-read under the lock: another process may have just migrated
                step(db)
                db.execute(f"PRAGMA user_version = {version}")
    return schema_version(db)


def migrated_copy(db: Database, migrations: Sequence[Migration] = MIGRATIONS) -> Database:
    """An in-memory copy of a read-only database, brought up to date without touching the original file."""
    copy = Database(sqlite3.connect(":memory:"))
    db.conn.backup(copy.conn)
    migrate(copy, migrations)
    return copy
