import sqlite3

import pytest
from sqlite_utils import Database
from storage_samples import info, scorecard, turn

from simulator.storage import queries
from simulator.storage.database import StorageError, open_existing_database
from simulator.storage.merge import TABLES, merge_files
from simulator.storage.overrides import add_override, overrides_for
from simulator.storage.session_log import SessionLog


def counts(path) -> dict[str, int]:
    db = open_existing_database(path)
    try:
        return {table: db[table].count for table in TABLES}
    finally:
        db.close()


def snapshot(log: SessionLog, path) -> None:
    """Copy a live log file as it is now, like a USB stick taken from a workstation."""
    copy = sqlite3.connect(path)
    log.db.conn.backup(copy)
    copy.close()


@pytest.fixture
def workstations(tmp_path):
    """Two workstations that both know trainee Alice (under different ids), one also Bo."""
    paths = tmp_path / "desk1.db", tmp_path / "desk2.db"
    with SessionLog(paths[0]) as desk1:
        desk1.session_started(info("d1-s1", trainee="Alice", participants=("Alice", "Chen")))
        for index in range(3):
            desk1.turn_sent("d1-s1", turn(index))
        desk1.session_finished("d1-s1", "resolved", scorecard(70))
        add_override(desk1.db, "d1-s1", "Ms Wang", "Generous: no apology", total=60)
    with SessionLog(paths[1]) as desk2:
        desk2.session_started(info("d2-s1", trainee="Alice", scenario_id="refund"))
        desk2.turn_sent("d2-s1", turn(0, reply="非常抱歉"))
        desk2.session_started(info("d2-s2", trainee="Bo"))
    return paths


def test_merge_copies_everything_and_joins_trainees_by_name(workstations, tmp_path):
    into = tmp_path / "all.db"
    result = merge_files(workstations, into)
    assert result.added == {"trainees": 2, "sessions": 3, "participants": 2, "turns": 4, "scores": 1, "overrides": 1}
    assert counts(into) == result.added
    db = open_existing_database(into)
    assert [t["name"] for t in queries.list_trainees(db)] == ["Alice", "Bo"]
    assert sorted(queries.sessions(db, trainee="Alice")[i]["id"] for i in range(2)) == ["d1-s1", "d2-s1"]
    assert queries.session_turns(db, "d2-s1")[0]["reply"] == "非常抱歉"
    assert queries.session_score(db, "d1-s1")["total"] == 70
    assert queries.session(db, "d1-s1")["participants"] == ["Alice", "Chen"]
    assert [(o.trainer, o.total) for o in overrides_for(db, "d1-s1")] == [("Ms Wang", 60)]


def test_merging_again_adds_nothing(workstations, tmp_path):
    into = tmp_path / "all.db"
    merge_files(workstations, into)
    before = counts(into)
    again = merge_files([*workstations, workstations[0]], into)
    assert set(again.added.values()) == {0} and set(again.updated.values()) == {0}
    assert counts(into) == before


def test_ids_are_stable_through_a_chain_of_merges(workstations, tmp_path):
    merge_files(workstations[:1], tmp_path / "region.db")
    merge_files([tmp_path / "region.db", workstations[1]], tmp_path / "hq.db")
    desk1 = open_existing_database(workstations[0])
    hq = open_existing_database(tmp_path / "hq.db")
    alice_id = next(desk1["trainees"].rows)["id"]
    assert hq["trainees"].get(alice_id)["name"] == "Alice"
    assert {row["id"] for row in hq["sessions"].rows} == {"d1-s1", "d2-s1", "d2-s2"}


def test_a_session_that_went_on_is_updated_and_never_rolled_back(tmp_path):
    live_path, early_copy, into = tmp_path / "desk.db", tmp_path / "early.db", tmp_path / "all.db"
    with SessionLog(live_path) as log:
        log.session_started(info("s1"))
        log.turn_sent("s1", turn(0))
        snapshot(log, early_copy)
        merge_files([early_copy], into)
        log.turn_sent("s1", turn(1))
        log.turn_undone("s1", 0)
        log.session_finished("s1", "resolved", scorecard(90))

    result = merge_files([live_path], into)
    assert result.added == {"trainees": 0, "sessions": 0, "participants": 0, "turns": 1, "scores": 1, "overrides": 0}
    assert result.updated == {"trainees": 0, "sessions": 1, "participants": 0, "turns": 1, "scores": 0, "overrides": 0}

    stale = merge_files([early_copy], into)  # an old stick merged late must not undo the newer state
    assert set(stale.added.values()) == {0} and set(stale.updated.values()) == {0}
    db = open_existing_database(into)
    assert queries.session(db, "s1")["outcome"] == "resolved"
    assert [(t["idx"], t["undone"]) for t in queries.session_turns(db, "s1", include_undone=True)] == [
        (0, True),
        (1, False),
    ]


def test_bad_inputs_name_the_file_and_write_nothing(workstations, tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"PK\x03\x04 not a database" * 100)
    into = tmp_path / "all.db"
    with pytest.raises(StorageError, match=r"missing\.db: no such database file"):
        merge_files([workstations[0], tmp_path / "missing.db"], into)
    with pytest.raises(StorageError, match=r"junk\.db: file is not a database"):
        merge_files([workstations[0], junk], into)
    Database(tmp_path / "other.db")["notes"].insert({"x": 1})
    with pytest.raises(StorageError, match=r"other\.db: not a Complaint Simulator session database"):
        merge_files([tmp_path / "other.db"], into)
    assert not into.exists()
    with pytest.raises(StorageError, match=r"desk1\.db: is also the merge target"):
        merge_files(workstations, workstations[0])
