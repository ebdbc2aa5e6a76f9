"""The one place that opens the session database: file location, pragmas, migrations."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import platformdirs
from sqlite_utils import Database

from simulator.storage.migrations import MIGRATIONS, check_version, migrate, migrated_copy

BUSY_TIMEOUT_MS = 10_000


class StorageError(Exception):
    """A problem with the session database, worded for the user (file errors start with the file's name)."""


def default_db_path() -> Path:
    # appauthor=False keeps Windows from nesting the app folder inside a same-named "author" folder.
    folder = Path(platformdirs.user_data_dir("complaint-simulator", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "sessions.db"


@contextmanager
def _reported_as(path: str | Path) -> Iterator[None]:
    try:
        yield
    except (sqlite3.Error, OSError, ValueError) as exc:
        raise StorageError(f"{path}: {exc}") from exc


@contextmanager
def _closed_on_error(db: Database) -> Iterator[None]:
    try:
        yield
    except BaseException:
        db.close()
        raise


def open_database(path: str | Path | None = None) -> Database:
    """Open the session log for writing, creating and migrating it as needed.

    None means the per-user default file; ":memory:" gives a private in-memory database (tests).
    """
    with _reported_as(path or "default session database"):
        target = default_db_path() if path is None else path
        if str(target) == ":memory:":
            db = Database(memory=True)
        else:
            Path(target).parent.mkdir(parents=True, exist_ok=True)
            db = Database(Path(target))
        with _closed_on_error(db):
            db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            # WAL with synchronous=NORMAL: each commit is in the WAL file before the call returns,
            # so killing the process loses nothing; only a power cut may lose the latest commits.
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = NORMAL")
            db.execute("PRAGMA foreign_keys = ON")
            migrate(db)
    return db


def open_existing_database(path: str | Path) -> Database:
    """Open an existing session database read-only (export and merge inputs); never creates or changes it.

    A file from an older version is migrated in an in-memory copy, so callers always see the current schema.
    """
    file = Path(path)
    if not file.is_file():
        raise StorageError(f"{file}: no such database file")
    with _reported_as(file):
        db = Database(sqlite3.connect(f"{file.resolve().as_uri()}?mode=ro", uri=True))
        with _closed_on_error(db):
            db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            version = check_version(db)
            if version == 0:
                raise ValueError("not a Complaint Simulator session database (it has no session schema)")
            if version < len(MIGRATIONS):
                old, db = db, migrated_copy(db)
                old.close()
    return db
