"""Read-only questions the history views and the CLI ask of the session log; rows are plain dicts."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlite_utils import Database

Row = dict[str, Any]

_SESSION_SELECT = """
SELECT s.id, t.name AS trainee, s.scenario_id, s.scenario_title, s.language, s.started_at, s.finished_at,
       s.outcome, s.is_group, s.total,
       (SELECT count(*) FROM turns WHERE session_id = s.id AND undone = 0) AS turn_count,
       (SELECT json_group_array(name) FROM (SELECT name FROM participants WHERE session_id = s.id ORDER BY name))
         AS participants
FROM sessions s JOIN trainees t ON t.id = s.trainee_id
"""


def _decoded(row: Row, json_fields: tuple[str, ...] = (), flags: tuple[str, ...] = ()) -> Row:
    for name in json_fields:
        row[name] = json.loads(row[name]) if row[name] is not None else None
    for name in flags:
        row[name] = bool(row[name])
    return row


def _instant(moment: date | datetime) -> str:
    """ISO text SQLite's julianday() reads; naive datetimes are taken as UTC, a date as its midnight UTC."""
    if not isinstance(moment, datetime):
        moment = datetime.combine(moment, time(), UTC)
    elif moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.isoformat()


def list_trainees(db: Database) -> list[Row]:
    """Every trainee with how many sessions they played and when they last started one."""
    return list(
        db.query(
            """
            SELECT t.id, t.name, t.created_at,
                   (SELECT count(*) FROM sessions WHERE trainee_id = t.id) AS session_count,
                   (SELECT started_at FROM sessions WHERE trainee_id = t.id ORDER BY julianday(started_at) DESC LIMIT 1)
                     AS last_started_at
            FROM trainees t ORDER BY t.name COLLATE NOCASE
            """
        )
    )


def sessions(
    db: Database,
    trainee: str | None = None,
    scenario: str | None = None,
    since: date | datetime | None = None,
    until: date | datetime | None = None,
    outcome: str | None = None,
    min_total: int | None = None,
    max_total: int | None = None,
) -> list[Row]:
    """Sessions, newest first, filtered by trainee name, scenario id, start time, outcome and total.

    since <= started_at < until; a plain date for `until` includes that whole day. Filtering by total
    leaves out unscored sessions.
    """
    where: list[str] = []
    params: list[object] = []

    def keep(clause: str, value: object) -> None:
        where.append(clause)
        params.append(value)

    if trainee is not None:
        keep("t.name = ?", trainee)
    if scenario is not None:
        keep("s.scenario_id = ?", scenario)
    if since is not None:
        keep("julianday(s.started_at) >= julianday(?)", _instant(since))
    if until is not None:
        end = until if isinstance(until, datetime) else until + timedelta(days=1)
        keep("julianday(s.started_at) < julianday(?)", _instant(end))
    if outcome is not None:
        keep("s.outcome = ?", outcome)
    if min_total is not None:
        keep("s.total >= ?", min_total)
    if max_total is not None:
        keep("s.total <= ?", max_total)
    sql = _SESSION_SELECT + (" WHERE " + " AND ".join(where) if where else "")
    sql += " ORDER BY julianday(s.started_at) DESC, s.id DESC"  # by instant: the text may carry any UTC offset
    return [_decoded(row, ("participants",), ("is_group",)) for row in db.query(sql, params)]


def session(db: Database, session_id: str) -> Row | None:
    row = next(db.query(_SESSION_SELECT + " WHERE s.id = ?", [session_id]), None)
    return _decoded(row, ("participants",), ("is_group",)) if row else None


def session_turns(db: Database, session_id: str, include_undone: bool = False) -> list[Row]:
    """A session's turns in order; undone ones (flagged `undone`) only when asked for."""
    sql = "SELECT * FROM turns WHERE session_id = ?" + ("" if include_undone else " AND undone = 0") + " ORDER BY idx"
    return [
        _decoded(row, ("tags", "evidence", "extra"), ("interrupted", "hint_used", "undone"))
        for row in db.query(sql, [session_id])
    ]


def session_score(db: Database, session_id: str) -> Row | None:
    """The scorecard of a finished session (total, steps, penalties, feedback, outcome), or None."""
    row = next(db.query("SELECT * FROM scores WHERE session_id = ?", [session_id]), None)
    return _decoded(row, ("steps", "penalties", "feedback")) if row else None


def best_scores(db: Database, trainee: str) -> dict[str, int]:
    """The trainee's best total per scenario id."""
    rows = db.query(
        """
        SELECT s.scenario_id, max(s.total) AS best
        FROM sessions s JOIN trainees t ON t.id = s.trainee_id
        WHERE t.name = ? AND s.total IS NOT NULL GROUP BY s.scenario_id
        """,
        [trainee],
    )
    return {row["scenario_id"]: row["best"] for row in rows}


def step_history(db: Database, trainee: str) -> list[Row]:
    """The trainee's scored sessions, oldest first, with each step's score: the data of a progress chart."""
    rows = db.query(
        """
        SELECT s.id AS session_id, s.scenario_id, s.started_at, sc.total, sc.steps
        FROM sessions s JOIN trainees t ON t.id = s.trainee_id JOIN scores sc ON sc.session_id = s.id
        WHERE t.name = ? ORDER BY julianday(s.started_at), s.id
        """,
        [trainee],
    )
    return [_decoded(row, ("steps",)) for row in rows]
