import sqlite3

import pytest
from sqlite_utils import Database

from simulator.storage.database import StorageError, default_db_path, open_database, open_existing_database
from simulator.storage.migrations import MIGRATIONS, migrate, schema_version


def _schema(db: Database) -> set[tuple[str, str]]:
    return {(row["name"], row["sql"]) for row in db.query("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL")}


def _file_db_at(path, version: int) -> None:
    db = Database(path)
    migrate(db, MIGRATIONS[:version])
    db.close()


def test_empty_database_gets_every_table_and_the_latest_version():
    db = open_database(":memory:")
    assert schema_version(db) == len(MIGRATIONS)
    assert {"trainees", "sessions", "participants", "turns", "scores"} <= set(db.table_names())
    assert db["turns"].pks == ["session_id", "idx"]
    assert db["turns"].default_values["undone"] == 0
    assert {fk.other_table for fk in db["turns"].foreign_keys} == {"sessions"}


@pytest.mark.parametrize("start", range(len(MIGRATIONS)))
def test_database_at_each_earlier_version_ends_like_a_fresh_one(start):
    db = Database(memory=True)
    assert migrate(db, MIGRATIONS[:start]) == start
    assert migrate(db) == len(MIGRATIONS)
    assert _schema(db) == _schema(open_database(":memory:"))


def test_each_migration_runs_once():
    calls = []
    steps = (*MIGRATIONS, lambda db: calls.append(db))
    db = open_database(":memory:")
    migrate(db, steps)
    migrate(db, steps)
    assert len(calls) == 1
    assert schema_version(db) == len(steps)


def test_failing_migration_leaves_no_trace():
    def broken(db: Database) -> None:
        db["half_done"].create({"id": int})
        raise RuntimeError("boom")

    db = open_database(":memory:")
    with pytest.raises(RuntimeError):
        migrate(db, (*MIGRATIONS, broken))
    assert "half_done" not in db.table_names()
    assert schema_version(db) == len(MIGRATIONS)


def test_file_database_pragmas(tmp_path):
    db = open_database(tmp_path / "sub" / "log.db")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] == 10_000


def test_default_path_is_in_the_user_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    path = default_db_path()
    assert path == tmp_path / "complaint-simulator" / "sessions.db"
    assert path.parent.is_dir()
    open_database(None).close()
    assert path.is_file()


def test_newer_database_is_refused_with_its_name(tmp_path):
    path = tmp_path / "future.db"
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    with pytest.raises(StorageError, match=r"future\.db: made by a newer version"):
        open_database(path)
    with pytest.raises(StorageError, match=r"future\.db: made by a newer version"):
        open_existing_database(path)


def test_garbage_file_is_refused_with_its_name(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("this is not SQLite, just notes\n" * 50)
    with pytest.raises(StorageError, match=r"notes\.db: file is not a database"):
        open_database(path)


def test_existing_old_file_is_read_migrated_but_left_unchanged(tmp_path):
    path = tmp_path / "old.db"
    _file_db_at(path, 1)
    db = open_existing_database(path)
    assert schema_version(db) == len(MIGRATIONS)
    db.close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1


def test_existing_database_is_read_only(tmp_path):
    open_database(tmp_path / "log.db").close()
    db = open_existing_database(tmp_path / "log.db")
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        db.execute("INSERT INTO trainees VALUES ('x', 'X', '2026-01-01')")
