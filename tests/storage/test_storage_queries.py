from datetime import date, datetime, timedelta, timezone

import pytest
from storage_samples import info, scorecard, turn

from simulator.storage import queries
from simulator.storage.session_log import SessionLog

# (session, trainee, scenario, started_at, outcome or None when unfinished, total)
PLAYED = [
    ("a1", "Alice", "router", "2026-11-01T09:00:00+00:00", "resolved", 60),
    ("a2", "Alice", "router", "2026-11-03T23:30:00+00:00", "escalated", 45),
    ("a3", "Alice", "refund", "2026-11-05T08:00:00+08:00", "resolved", 88),  # 00:00 UTC on the 5th
    ("a4", "Alice", "router", "2026-11-06T10:00:00+00:00", "resolved", 75),
    ("a5", "Alice", "refund", "2026-11-07T10:00:00+00:00", None, None),
    ("b1", "Bo", "router", "2026-11-02T10:00:00Z", "lost", 20),
    ("b2", "Bo", "refund", "2026-11-05T01:00:00+00:00", "resolved", 50),  # after a3, though its text sorts before
]


@pytest.fixture
def db():
    log = SessionLog(":memory:")
    for session_id, trainee, scenario, started_at, outcome, total in PLAYED:
        log.session_started(info(session_id, trainee=trainee, scenario_id=scenario, started_at=started_at))
        log.turn_sent(session_id, turn(0))
        if outcome:
            log.session_finished(session_id, outcome, scorecard(total, outcome))
    yield log.db
    log.close()


def ids(rows):
    return [row["id"] for row in rows]


def test_all_sessions_newest_first(db):
    assert ids(queries.sessions(db)) == ["a5", "a4", "b2", "a3", "a2", "b1", "a1"]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"trainee": "Bo"}, ["b2", "b1"]),
        ({"scenario": "refund"}, ["a5", "b2", "a3"]),
        ({"outcome": "resolved"}, ["a4", "b2", "a3", "a1"]),
        ({"min_total": 60}, ["a4", "a3", "a1"]),
        ({"max_total": 45}, ["a2", "b1"]),
        ({"min_total": 50, "max_total": 80, "trainee": "Alice"}, ["a4", "a1"]),
        ({"since": date(2026, 11, 5)}, ["a5", "a4", "b2", "a3"]),  # a3 started at midnight UTC, in +08:00 text
        ({"until": date(2026, 11, 3)}, ["a2", "b1", "a1"]),  # a plain date includes its whole day
        ({"since": datetime(2026, 11, 2, 10), "until": datetime(2026, 11, 6, 10)}, ["b2", "a3", "a2", "b1"]),
        ({"until": datetime(2026, 11, 5, 1, tzinfo=timezone(timedelta(hours=8)))}, ["a2", "b1", "a1"]),
        ({"trainee": "Nobody"}, []),
    ],
)
def test_session_filters(db, filters, expected):
    assert ids(queries.sessions(db, **filters)) == expected


def test_session_rows_carry_what_the_history_list_shows(db):
    row = queries.session(db, "b1")
    assert row == {
        "id": "b1",
        "trainee": "Bo",
        "scenario_id": "router",
        "scenario_title": "Scenario router",
        "language": "en",
        "started_at": "2026-11-02T10:00:00Z",
        "finished_at": row["finished_at"],
        "outcome": "lost",
        "is_group": False,
        "total": 20,
        "turn_count": 1,
        "participants": [],
    }
    assert row["finished_at"]
    assert queries.session(db, "nope") is None


def test_list_trainees(db):
    assert [(t["name"], t["session_count"], t["last_started_at"]) for t in queries.list_trainees(db)] == [
        ("Alice", 5, "2026-11-07T10:00:00+00:00"),
        ("Bo", 2, "2026-11-05T01:00:00+00:00"),
    ]


def test_best_scores_per_scenario(db):
    assert queries.best_scores(db, "Alice") == {"router": 75, "refund": 88}
    assert queries.best_scores(db, "Nobody") == {}


def test_step_history_is_chronological_and_scored_only(db):
    history = queries.step_history(db, "Alice")
    assert [h["session_id"] for h in history] == ["a1", "a2", "a3", "a4"]
    assert [h["total"] for h in history] == [60, 45, 88, 75]
    assert history[0]["steps"] == scorecard().steps
    assert history[0]["started_at"] == "2026-11-01T09:00:00+00:00"


def test_unfinished_session_has_no_score(db):
    assert queries.session_score(db, "a5") is None
    assert queries.session_score(db, "a1")["outcome"] == "resolved"
