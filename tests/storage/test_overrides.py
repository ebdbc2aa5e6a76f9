"""Trainers' overrides sit beside the logged reply and score, which never change; the trainer store keeps a hash."""

import json

import pytest
from storage_samples import info, scorecard, turn

from simulator.core.tags import Tag
from simulator.storage import queries
from simulator.storage.database import open_database
from simulator.storage.overrides import add_override, calibration, latest_grades, overrides_for
from simulator.storage.session_log import SessionLog
from simulator.storage.trainer_store import TrainerStore


@pytest.fixture
def db():
    database = open_database(":memory:")
    log = SessionLog(database)
    for sid in ("s1", "s2", "s3"):
        log.session_started(info(sid))
        for index in range(3):
            log.turn_sent(sid, turn(index, reply="I'm sorry. Calm down." if index == 1 else "I'm really sorry."))
        log.session_finished(sid, "resolved", scorecard(total=70))
    yield database
    database.close()


def _raw(db, sid):
    return (
        list(db.query("SELECT * FROM turns WHERE session_id = ? ORDER BY idx", [sid])),
        list(db.query("SELECT * FROM scores WHERE session_id = ?", [sid])),
        list(db.query("SELECT * FROM sessions WHERE id = ?", [sid])),
    )


def test_overrides_leave_the_original_turns_and_score_exactly_as_logged(db):
    before = _raw(db, "s1")
    add_override(db, "s1", "Mr Chen", "An apology and an order", turn_idx=1, tags=["FORBIDDEN", "APOLOGIZE"])
    add_override(db, "s1", "Mr Chen", "Too generous for a calm-down", total=55)
    assert _raw(db, "s1") == before
    assert queries.session_score(db, "s1")["total"] == 70
    found = overrides_for(db, "s1")
    assert [(o.turn_idx, o.tags, o.total) for o in found] == [
        (1, (Tag.APOLOGIZE, Tag.FORBIDDEN), None),
        (None, None, 55),
    ]
    assert found[0].comment == "An apology and an order" and found[0].trainer == "Mr Chen"
    stored = db.execute("SELECT tags FROM overrides WHERE turn_idx = 1").fetchone()[0]
    assert json.loads(stored) == ["APOLOGIZE", "FORBIDDEN"]


def test_the_newest_grade_override_wins(db):
    times = iter(["2026-11-21T10:00:00+00:00", "2026-11-21T11:00:00+00:00", "2026-11-21T09:00:00+00:00"])
    add_override(db, "s1", "A", "first look", total=60, clock=lambda: next(times))
    add_override(db, "s1", "B", "second look", total=40, clock=lambda: next(times))
    add_override(db, "s2", "A", "earlier", total=90, clock=lambda: next(times))
    latest = latest_grades(db)
    assert {sid: o.total for sid, o in latest.items()} == {"s1": 40, "s2": 90}
    assert set(latest_grades(db, ["s2"])) == {"s2"}


@pytest.mark.parametrize(
    ("kwargs", "problem"),
    [
        ({"session_id": "s1", "trainer": " ", "comment": "x", "total": 5}, "trainer's name"),
        ({"session_id": "s1", "trainer": "A", "comment": "  ", "total": 5}, "comment"),
        ({"session_id": "s1", "trainer": "A", "comment": "x"}, "needs the new grade"),
        ({"session_id": "s1", "trainer": "A", "comment": "x", "turn_idx": 0}, "needs the reply's tags"),
        ({"session_id": "s1", "trainer": "A", "comment": "x", "total": 101}, "between 0 and 100"),
        ({"session_id": "s1", "trainer": "A", "comment": "x", "turn_idx": 0, "tags": ["SHOUT"]}, "unknown tag"),
        ({"session_id": "nope", "trainer": "A", "comment": "x", "total": 5}, "no session nope"),
        ({"session_id": "s1", "trainer": "A", "comment": "x", "turn_idx": 9, "tags": []}, "has no reply 9"),
    ],
)
def test_incomplete_or_dangling_overrides_are_refused_with_a_reason(db, kwargs, problem):
    session_id, trainer, comment = kwargs.pop("session_id"), kwargs.pop("trainer"), kwargs.pop("comment")
    with pytest.raises(ValueError, match=problem):
        add_override(db, session_id, trainer, comment, **kwargs)
    assert overrides_for(db, session_id) == []


def test_calibration_lists_sessions_trainers_disagree_on(db):
    add_override(db, "s1", "A", "fine", total=70)
    add_override(db, "s1", "B", "weak", total=50)
    add_override(db, "s1", "A", "on reflection", total=65)  # A's newest grade counts
    add_override(db, "s2", "A", "agree", total=80)
    add_override(db, "s2", "B", "agree", total=80)
    add_override(db, "s3", "A", "not an apology", turn_idx=1, tags=["FORBIDDEN"])
    add_override(db, "s3", "B", "both", turn_idx=1, tags=["APOLOGIZE", "FORBIDDEN"])
    add_override(db, "s3", "B", "one trainer only", turn_idx=2, tags=[])
    found = calibration(db)
    assert [(d.session_id, d.grades, d.spread, d.disputed_turns) for d in found] == [
        ("s1", {"A": 65, "B": 50}, 15, ()),
        ("s3", {}, 0, (1,)),
    ]
    assert [d.session_id for d in calibration(db, tolerance=15)] == ["s3"]


def test_the_trainer_store_keeps_only_a_hash_and_sets_it_once(db):
    store = TrainerStore(db)
    assert not store.is_set() and not store.verify("anything at all")
    store.set_first("open sesame 42", "open sesame 42")
    assert store.is_set() and store.verify("open sesame 42") and not store.verify("open sesame 43")
    salt, hashed, params = db.execute("SELECT salt, hash, params FROM trainer_auth").fetchone()
    assert b"open sesame" not in salt + hashed and params.startswith("scrypt:")
    with pytest.raises(PermissionError):
        store.set_first("another one 42", "another one 42")
    assert not store.change("wrong guess", "new passphrase", "new passphrase")
    assert store.verify("open sesame 42")
    assert store.change("open sesame 42", "new passphrase", "new passphrase")
    assert store.verify("new passphrase") and not store.verify("open sesame 42")
    assert db.execute("SELECT count(*) FROM trainer_auth").fetchone()[0] == 1
