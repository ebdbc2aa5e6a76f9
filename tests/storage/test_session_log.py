import inspect
import sqlite3
import threading
import time
from dataclasses import replace

import pytest
from storage_samples import info, scorecard, turn

from simulator.core.records import SessionRecorder
from simulator.storage.database import StorageError, open_database
from simulator.storage.queries import session, session_score, session_turns
from simulator.storage.session_log import SessionLog
from simulator.storage.transaction import write_transaction


@pytest.fixture
def log():
    with SessionLog(":memory:", clock=lambda: "2026-11-20T09:30:00+00:00") as session_log:
        yield session_log


@pytest.mark.parametrize("method", ["session_started", "turn_sent", "turn_undone", "session_finished"])
def test_matches_the_session_recorder_protocol(method):
    expected = inspect.signature(getattr(SessionRecorder, method))
    assert inspect.signature(getattr(SessionLog, method)).parameters.keys() == expected.parameters.keys()


def test_round_trip_of_a_group_session(log):
    log.session_started(info("s1", trainee="  Alice ", participants=("Chen", "Bo", "Chen")))
    sent = turn(0, reply="I'm so sorry, 我马上处理")
    log.turn_sent("s1", sent)
    log.session_finished("s1", "resolved", scorecard(81))

    row = session(log.db, "s1")
    assert row["trainee"] == "Alice"
    assert row["participants"] == ["Bo", "Chen"]
    assert row["is_group"] is True
    assert (row["outcome"], row["total"], row["finished_at"]) == ("resolved", 81, "2026-11-20T09:30:00+00:00")
    [stored] = session_turns(log.db, "s1")
    assert stored["reply"] == "I'm so sorry, 我马上处理"
    assert stored["tags"] == ["APOLOGIZE"]
    assert stored["evidence"] == {"APOLOGIZE": [{"start": 7, "end": 12, "text": "sorry"}]}
    assert (stored["customer"], stored["node_id"], stored["anger"], stored["phase"]) == (
        sent.customer, "n0", 5, "query",
    )  # fmt: skip
    assert (stored["undone"], stored["interrupted"], stored["hint_used"]) == (False, False, False)
    score = session_score(log.db, "s1")
    assert score["steps"]["APOLOGIZE"] == 90
    assert score["penalties"][0]["code"] == "forbidden"
    assert score["feedback"][0]["better"] == "I'll call you tomorrow."


def test_turn_flags_and_extra_are_kept(log):
    log.session_started(info("s1"))
    log.turn_sent(
        "s1", replace(turn(0), proposed_by="Chen", interrupted=True, hint_used=True, extra={"latency_ms": 830})
    )
    [stored] = session_turns(log.db, "s1")
    assert (stored["proposed_by"], stored["interrupted"], stored["hint_used"]) == ("Chen", True, True)
    assert stored["extra"] == {"latency_ms": 830}


def test_undo_marks_the_turn_and_keeps_it(log):
    log.session_started(info("s1"))
    for index in range(3):
        log.turn_sent("s1", turn(index))
    log.turn_undone("s1", 1)
    assert [t["idx"] for t in session_turns(log.db, "s1")] == [0, 2]
    everything = session_turns(log.db, "s1", include_undone=True)
    assert [(t["idx"], t["undone"]) for t in everything] == [(0, False), (1, True), (2, False)]
    assert session(log.db, "s1")["turn_count"] == 2


def test_same_trainee_name_is_one_trainee(log):
    log.session_started(info("s1", trainee="Alice"))
    log.session_started(info("s2", trainee="Alice "))
    log.session_started(info("s3", trainee="Bo"))
    assert log.db["trainees"].count == 2


def test_caller_mistakes_are_clear_errors_and_change_nothing(log):
    log.session_started(info("s1"))
    log.turn_sent("s1", turn(0, reply="first"))
    with pytest.raises(StorageError, match="cannot record turn 0 of session s1"):
        log.turn_sent("s1", turn(0, reply="second"))
    with pytest.raises(StorageError, match="cannot record turn 0 of session nope"):
        log.turn_sent("nope", turn(0))
    with pytest.raises(StorageError, match="cannot undo turn 7 of session s1: no such turn"):
        log.turn_undone("s1", 7)
    with pytest.raises(StorageError, match="cannot finish session nope"):
        log.session_finished("nope", "lost", scorecard())
    with pytest.raises(StorageError, match="cannot start session s1"):
        log.session_started(info("s1"))
    with pytest.raises(ValueError, match="trainee name"):
        log.session_started(info("s9", trainee="  "))
    assert [t["reply"] for t in session_turns(log.db, "s1")] == ["first"]
    assert log.db["scores"].count == 0
    assert not log.db.conn.in_transaction


def test_every_call_is_committed_at_once(tmp_path):
    path = tmp_path / "log.db"
    log = SessionLog(path)
    log.session_started(info("s1"))
    log.turn_sent("s1", turn(0))
    log.turn_undone("s1", 0)
    other = sqlite3.connect(path)  # another connection sees it while the log is still open
    assert other.execute("SELECT idx, undone FROM turns").fetchall() == [(0, 1)]
    log.close()


def test_write_transaction_takes_the_write_lock_at_begin(tmp_path):
    path = tmp_path / "log.db"
    db = open_database(path)
    rival = sqlite3.connect(path, timeout=0, isolation_level=None)
    with write_transaction(db):
        db.execute("SELECT count(*) FROM turns").fetchone()  # a read only, yet the lock is already ours
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            rival.execute("INSERT INTO trainees VALUES ('t', 'Rival', '2026-01-01')")
    rival.execute("INSERT INTO trainees VALUES ('t', 'Rival', '2026-01-01')")


def test_read_then_write_waits_for_a_rival_writer_instead_of_failing(tmp_path):
    """The case a deferred transaction fails on: our snapshot is older than a rival's commit."""
    path = tmp_path / "log.db"
    log = SessionLog(path)
    rival = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    rival.execute("BEGIN IMMEDIATE")
    rival.execute("INSERT INTO trainees VALUES ('t', 'Rival', '2026-01-01')")
    releaser = threading.Timer(0.3, lambda: rival.execute("COMMIT"))
    releaser.start()
    started = time.monotonic()
    log.session_started(info("s1", trainee="Rival"))  # reads trainees, then writes
    releaser.join()
    assert time.monotonic() - started >= 0.25
    assert log.db["trainees"].count == 1  # it saw the rival's trainee once it had the lock
    log.close()
