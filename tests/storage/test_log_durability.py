"""Real processes: a writer killed with SIGKILL loses no acknowledged turn; two writers never see "locked"."""

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from simulator.storage import queries
from simulator.storage.database import open_database

WRITER = Path(__file__).with_name("log_writer.py")
ROOT = Path(__file__).parents[2]


def start_writer(db: Path, session_id: str, trainee: str, turns: int) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    return subprocess.Popen(
        [sys.executable, str(WRITER), str(db), session_id, trainee, str(turns)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def go(writer: subprocess.Popen[str]) -> None:
    """Wait until the writer has opened the database, then let it write."""
    assert writer.stdout.readline() == "ready\n", writer.stderr.read()
    writer.stdin.write("go\n")
    writer.stdin.flush()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_turns_acknowledged_before_a_kill_9_are_all_there(tmp_path):
    db_path = tmp_path / "log.db"
    writer = start_writer(db_path, "s1", "Alice", turns=100_000)
    go(writer)
    acknowledged = [writer.stdout.readline() for _ in range(40)]
    writer.send_signal(signal.SIGKILL)  # mid-session: it keeps writing turns until it dies
    writer.wait(timeout=10)
    assert writer.returncode == -signal.SIGKILL
    assert acknowledged[-1] == "ack 39\n"

    db = open_database(db_path)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    stored = [t["idx"] for t in queries.session_turns(db, "s1")]
    assert stored[:40] == list(range(40))
    assert stored == list(range(len(stored)))  # nothing half-written after the last acknowledged turn either
    assert queries.session_score(db, "s1") is None


def test_two_processes_writing_at_once_lose_nothing(tmp_path):
    db_path = tmp_path / "shared.db"  # new: the two also race to create and migrate it
    writers = [start_writer(db_path, f"s{n}", "Shared trainee", turns=300) for n in (1, 2)]
    for writer in writers:  # then both write at once, racing even to add the shared trainee
        go(writer)
    for writer in writers:
        out, err = writer.communicate(timeout=60)
        assert writer.returncode == 0, err
        assert "locked" not in err
        assert out.endswith("ack 299\ndone\n")

    db = open_database(db_path)
    assert db["trainees"].count == 1
    for session_id in ("s1", "s2"):
        assert [t["idx"] for t in queries.session_turns(db, session_id)] == list(range(300))
        assert queries.session_score(db, session_id)["total"] == 72
