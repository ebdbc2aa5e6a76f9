"""Trainers' overrides of a reply's tags or a session's grade, stored beside the original, which stays as logged."""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from simulator.core.tags import ALL_TAGS, Tag
from simulator.storage.session_log import utc_now
from simulator.storage.transaction import write_transaction

# Each trainer's latest word per session and turn (turn_idx NULL: the grade); rowid breaks same-second ties.
_LATEST = """
SELECT * FROM (
  SELECT o.*, row_number() OVER (
    PARTITION BY o.session_id, o.turn_idx, o.trainer ORDER BY o.created_at DESC, o.rowid DESC) AS rank
  FROM overrides o
) WHERE rank = 1
"""


@dataclass(frozen=True)
class Override:
    id: str
    session_id: str
    turn_idx: int | None  # None: the override is of the session's grade
    trainer: str
    tags: tuple[Tag, ...] | None  # the reply's tags as the trainer sees them
    total: int | None  # the grade as the trainer sees it
    comment: str
    created_at: str

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Override:
        tags = None if row["tags"] is None else tuple(Tag(t) for t in json.loads(row["tags"]))
        return cls(
            row["id"], row["session_id"], row["turn_idx"], row["trainer"], tags, row["total"], row["comment"],
            row["created_at"],
        )  # fmt: skip


def add_override(
    db: Database,
    session_id: str,
    trainer: str,
    comment: str,
    *,
    turn_idx: int | None = None,
    tags: Iterable[Tag | str] | None = None,
    total: int | None = None,
    clock: Callable[[], str] = utc_now,
) -> Override:
    """Record a trainer's override; ValueError, worded for the user, when it is incomplete or names nothing."""
    trainer, comment = trainer.strip(), comment.strip()
    if not trainer:
        raise ValueError("an override needs the trainer's name")
    if not comment:
        raise ValueError("an override needs a comment saying why")
    if turn_idx is None and total is None:
        raise ValueError("a grade override needs the new grade")
    if turn_idx is not None and tags is None:
        raise ValueError("a reply override needs the reply's tags")
    if total is not None and not 0 <= total <= 100:
        raise ValueError(f"a grade is between 0 and 100, not {total}")
    try:
        chosen = None if tags is None else {Tag(t) for t in tags}
    except ValueError as exc:
        raise ValueError(f"unknown tag: {exc}") from exc
    if db.execute("SELECT 1 FROM sessions WHERE id = ?", [session_id]).fetchone() is None:
        raise ValueError(f"no session {session_id}")
    if turn_idx is not None and (
        db.execute("SELECT 1 FROM turns WHERE session_id = ? AND idx = ?", [session_id, turn_idx]).fetchone() is None
    ):
        raise ValueError(f"session {session_id} has no reply {turn_idx}")
    override = Override(
        id=str(uuid.uuid4()),
        session_id=session_id,
        turn_idx=turn_idx,
        trainer=trainer,
        tags=None if chosen is None else tuple(t for t in ALL_TAGS if t in chosen),
        total=total,
        comment=comment,
        created_at=clock(),
    )
    row = {**override.__dict__, "tags": None if override.tags is None else json.dumps([t.value for t in override.tags])}
    with write_transaction(db):
        db.table("overrides").insert(row)
    return override


def overrides_for(db: Database, session_id: str) -> list[Override]:
    """Every override of a session, oldest first."""
    rows = db.query("SELECT * FROM overrides WHERE session_id = ? ORDER BY created_at, rowid", [session_id])
    return [Override.from_row(row) for row in rows]


def latest_grades(db: Database, session_ids: Iterable[str] | None = None) -> dict[str, Override]:
    """The newest grade override of each session (of any trainer), by session id."""
    sql = "SELECT * FROM overrides WHERE turn_idx IS NULL AND total IS NOT NULL"
    params: list[str] = []
    if session_ids is not None:
        params = list(session_ids)
        sql += f" AND session_id IN ({', '.join('?' * len(params))})"
    latest: dict[str, Override] = {}
    for row in db.query(sql + " ORDER BY created_at, rowid", params):
        latest[row["session_id"]] = Override.from_row(row)
    return latest


@dataclass(frozen=True)
class Disagreement:
    """A session several trainers scored: each one's latest grade and the replies whose tags they differ on."""

    session_id: str
    grades: dict[str, int]  # trainer -> grade
    disputed_turns: tuple[int, ...]

    @property
    def spread(self) -> int:
        return max(self.grades.values()) - min(self.grades.values()) if self.grades else 0


def calibration(db: Database, tolerance: int = 0) -> list[Disagreement]:
    """Sessions at least two trainers scored where their grades differ by more than `tolerance` or their tags differ.

    Widest disagreement first.
    """
    grades: dict[str, dict[str, int]] = defaultdict(dict)
    turn_tags: dict[tuple[str, int], dict[str, str]] = defaultdict(dict)
    trainers: dict[str, set[str]] = defaultdict(set)
    for row in db.query(_LATEST):
        trainers[row["session_id"]].add(row["trainer"])
        if row["turn_idx"] is None:
            if row["total"] is not None:
                grades[row["session_id"]][row["trainer"]] = row["total"]
        elif row["tags"] is not None:
            turn_tags[(row["session_id"], row["turn_idx"])][row["trainer"]] = row["tags"]
    disputed: dict[str, list[int]] = defaultdict(list)
    for (session_id, idx), by_trainer in sorted(turn_tags.items()):
        if len(by_trainer) > 1 and len(set(by_trainer.values())) > 1:
            disputed[session_id].append(idx)
    found = [
        Disagreement(session_id, dict(sorted(grades[session_id].items())), tuple(disputed[session_id]))
        for session_id, who in trainers.items()
        if len(who) > 1
    ]
    return sorted(
        (d for d in found if d.disputed_turns or (len(d.grades) > 1 and d.spread > tolerance)),
        key=lambda d: (-d.spread, -len(d.disputed_turns), d.session_id),
    )
