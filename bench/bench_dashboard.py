"""How long the cohort dashboard takes to load over a large log, and how big that log is.

Run: .venv/bin/python bench/bench_dashboard.py [TRAINEES] [SESSIONS]  (default 500 and 100000).
Generates a database of that many trainees and sessions (4 turns each on average, real scenario nodes),
then prints the file size and the load time of every dashboard query. Target: under 500 ms in all.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlite_utils import Database  # noqa: E402

from simulator.app import load_library  # noqa: E402
from simulator.core.tags import STEPS  # noqa: E402
from simulator.storage import dashboard_queries as dq  # noqa: E402
from simulator.storage.database import open_database  # noqa: E402
from simulator.storage.transaction import write_transaction  # noqa: E402

REPLY = "I'm really sorry about that. Could you give me your order number so I can check?"
OUTCOME_WEIGHTS = {"resolved": 6, "escalated": 2, "lost": 2, "unfinished": 1}


def fill(db: Database, trainees: int, sessions: int, seed: int = 7) -> None:
    """A cohort's log: trainees improving over time on the real scenarios, written straight into the tables."""
    rng = random.Random(seed)
    library = list(load_library()[0].values())
    start = datetime(2026, 1, 5, 9, tzinfo=UTC)
    people = [(str(uuid.UUID(int=rng.getrandbits(128))), f"Trainee {i + 1:03d}") for i in range(trainees)]
    weakness = {tid: rng.choice(STEPS).value for tid, _ in people}
    session_rows, turn_rows, score_rows = [], [], []
    for n in range(sessions):
        trainee_id, _ = people[n % trainees]
        scenario = rng.choice(library)
        session_id = str(uuid.UUID(int=rng.getrandbits(128)))
        outcome = rng.choices(list(OUTCOME_WEIGHTS), weights=list(OUTCOME_WEIGHTS.values()))[0]
        progress = n / sessions * 30  # everyone improves over the period
        steps = {
            s.value: max(
                0, min(100, int(rng.gauss(55 + progress - (25 if s.value == weakness[trainee_id] else 0), 12)))
            )
            for s in STEPS
        }
        total = int(statistics.mean(steps.values()))
        started = start + timedelta(minutes=7 * n)
        session_rows.append(
            (session_id, trainee_id, scenario.id, scenario.title, scenario.language, started.isoformat(),
             (started + timedelta(minutes=5)).isoformat(), outcome, 0, total)
        )  # fmt: skip
        open_nodes = [node.id for node in scenario.nodes.values() if not node.phase.is_ending]
        for idx in range(rng.randint(1, 7)):
            turn_rows.append(
                (session_id, idx, rng.choice(open_nodes), "The customer's line.", REPLY, '["APOLOGIZE", "PROBE"]',
                 "{}", 40, "query", started.isoformat(), 0)
            )  # fmt: skip
        score_rows.append((session_id, total, json.dumps(steps), "[]", "[]", outcome))
    with write_transaction(db):
        created = start.isoformat()
        db.conn.executemany("INSERT INTO trainees VALUES (?, ?, ?)", [(tid, name, created) for tid, name in people])
        db.conn.executemany(
            "INSERT INTO sessions (id, trainee_id, scenario_id, scenario_title, language, started_at, finished_at,"
            " outcome, is_group, total) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            session_rows,
        )
        db.conn.executemany(
            "INSERT INTO turns (session_id, idx, node_id, customer, reply, tags, evidence, anger, phase, at, undone)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            turn_rows,
        )
        db.conn.executemany("INSERT INTO scores VALUES (?, ?, ?, ?, ?, ?)", score_rows)
    db.execute("ANALYZE")


def timed(label: str, call: object, runs: int = 3) -> float:
    samples = []
    for _ in range(runs):
        began = time.perf_counter()
        call()  # type: ignore[operator]
        samples.append(time.perf_counter() - began)
    best = min(samples) * 1000
    print(f"{label:<22} best of {runs}: {best:8.1f} ms   (first {samples[0] * 1000:.1f} ms)")
    return best


def main(trainees: int = 500, sessions: int = 100_000) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "cohort.db"
        db = open_database(path)
        began = time.perf_counter()
        fill(db, trainees, sessions)
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        print(f"generated {trainees} trainees, {sessions} sessions in {time.perf_counter() - began:.1f} s")
        print(f"database file: {path.stat().st_size / 1e6:.1f} MB")
        db.close()
        db = open_database(path)  # a fresh connection, as the app would have
        timed("trainee steps", lambda: dq.trainee_figures(db))
        timed("scenario figures", lambda: dq.scenario_figures(db))
        timed("drop-off nodes", lambda: dq.drop_offs(db))
        total = timed("whole dashboard", lambda: dq.load_dashboard(db))
        print(f"target under 500 ms: {'met' if total < 500 else 'MISSED'}")
        db.close()
        time_page(path, folder)


def time_page(path: Path, folder: str) -> None:
    """The trainer's dashboard page as it opens: the queries plus filling its tables and drawing a graph."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from simulator.app import build_services
    from simulator.speech import NullSpeaker
    from simulator.ui.settings import AppSettings
    from simulator.ui.trainer.dashboard_page import DashboardPage

    app = QApplication.instance() or QApplication([])
    settings = AppSettings(QSettings(f"{folder}/bench.ini", QSettings.Format.IniFormat))
    services, _ = build_services(settings, str(path), NullSpeaker())
    page = DashboardPage(services)
    timed("dashboard page", page.refresh)
    app.processEvents()
    services.db.close()


if __name__ == "__main__":
    main(*(int(arg) for arg in sys.argv[1:3]))  # type: ignore[arg-type]
