"""The SQLite session recorder: every call is its own committed transaction, so a crash loses no sent reply."""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

from simulator.core.grading_types import Scorecard
from simulator.core.records import SessionInfo, TurnRecord
from simulator.storage.database import StorageError, open_database
from simulator.storage.transaction import write_transaction


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def trainee_id(db: Database, name: str, created_at: str, id_if_new: str | None = None) -> str:
    """The id of the trainee with this name, adding the trainee first if new. Call inside a write transaction."""
    row = db.execute("SELECT id FROM trainees WHERE name = ?", [name]).fetchone()
    if row:
        found: str = row[0]
        return found
    new_id = id_if_new or str(uuid.uuid4())
    db.table("trainees").insert({"id": new_id, "name": name, "created_at": created_at})
    return new_id


class SessionLog:
    """Implements simulator.core.records.SessionRecorder over a database file (or an open Database)."""

    def __init__(self, target: str | Path | Database | None = None, clock: Callable[[], str] = utc_now) -> None:
        self._owns_db = not isinstance(target, Database)
        self.db = target if isinstance(target, Database) else open_database(target)
        self._clock = clock

    def close(self) -> None:
        if self._owns_db:
            self.db.close()

    def __enter__(self) -> SessionLog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _writing(self, what: str) -> Iterator[None]:
        try:
            with write_transaction(self.db):
                yield
        except sqlite3.IntegrityError as exc:
            # An unknown session (foreign key) or a repeated id or index (primary key): a caller's bug.
            raise StorageError(f"cannot {what}: {exc}") from exc

    def session_started(self, info: SessionInfo) -> None:
        name = info.trainee.strip()
        if not name:
            raise ValueError("a session needs a trainee name")
        with self._writing(f"start session {info.session_id}"):
            self.db.table("sessions").insert(
                {
                    "id": info.session_id,
                    "trainee_id": trainee_id(self.db, name, info.started_at),
                    "scenario_id": info.scenario_id,
                    "scenario_title": info.scenario_title,
                    "language": info.language,
                    "started_at": info.started_at,
                    "is_group": int(info.group),
                }
            )
            self.db.table("participants").insert_all(
                {"session_id": info.session_id, "name": person} for person in dict.fromkeys(info.participants)
            )

    def turn_sent(self, session_id: str, turn: TurnRecord) -> None:
        row = {
            "session_id": session_id,
            "idx": turn.index,
            "node_id": turn.node_id,
            "customer": turn.customer,
            "reply": turn.tagged.text,
            "tags": json.dumps([tag.value for tag in turn.tagged.tags]),
            "evidence": json.dumps(turn.tagged.to_json()["evidence"], ensure_ascii=False),
            "anger": turn.anger,
            "phase": turn.phase,
            "at": turn.at,
            "proposed_by": turn.proposed_by,
            "interrupted": int(turn.interrupted),
            "hint_used": int(turn.hint_used),
            "undone": 0,
            "extra": json.dumps(turn.extra, ensure_ascii=False, default=str),
        }
        with self._writing(f"record turn {turn.index} of session {session_id}"):
            self.db.table("turns").insert(row)

    def turn_undone(self, session_id: str, index: int) -> None:
        with self._writing(f"undo turn {index} of session {session_id}"):
            changed = self.db.execute(
                "UPDATE turns SET undone = 1 WHERE session_id = ? AND idx = ?", [session_id, index]
            ).rowcount
        if changed == 0:
            raise StorageError(f"cannot undo turn {index} of session {session_id}: no such turn")

    def session_finished(self, session_id: str, outcome: str, scorecard: Scorecard) -> None:
        score = scorecard.to_json()
        with self._writing(f"finish session {session_id}"):
            changed = self.db.execute(
                "UPDATE sessions SET finished_at = ?, outcome = ?, total = ? WHERE id = ?",
                [self._clock(), outcome, scorecard.total, session_id],
            ).rowcount
            if changed == 0:
                raise StorageError(f"cannot finish session {session_id}: no such session")
            self.db.table("scores").upsert(
                {
                    "session_id": session_id,
                    "total": scorecard.total,
                    "steps": json.dumps(score["steps"]),
                    "penalties": json.dumps(score["penalties"], ensure_ascii=False),
                    "feedback": json.dumps(score["feedback"], ensure_ascii=False),
                    "outcome": outcome,
                },
                pk="session_id",
            )
