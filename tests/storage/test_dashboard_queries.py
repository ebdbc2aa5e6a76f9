"""The dashboard's SQL figures equal the same figures computed in Python straight from the logged rows."""

import json
import random
import uuid
from collections import defaultdict
from datetime import datetime, timedelta

import pytest
from sqlite_utils import Database

from simulator.core.grading_types import Scorecard
from simulator.core.records import SessionInfo, TurnRecord
from simulator.core.tags import STEPS, TaggedReply
from simulator.storage.dashboard_queries import load_dashboard
from simulator.storage.database import open_database
from simulator.storage.merge import merge_into
from simulator.storage.migrations import MIGRATIONS, migrate
from simulator.storage.overrides import add_override
from simulator.storage.session_log import SessionLog

START = datetime.fromisoformat("2026-10-01T08:00:00+00:00")
OUTCOMES = ("resolved", "escalated", "lost", "unfinished")


def play_cohort(db: Database, seed: int = 3, sessions: int = 120) -> None:
    """Random but reproducible sessions through the real recorder: undos, group sessions, unscored ones, overrides."""
    rng = random.Random(seed)
    log = SessionLog(db)
    for n in range(sessions):
        sid = str(uuid.UUID(int=rng.getrandbits(128)))
        group = rng.random() < 0.15
        started = START + timedelta(hours=rng.randint(0, 24 * 40))
        scenario = rng.choice(["aircon", "bank", "hotel"])
        log.session_started(
            SessionInfo(sid, rng.choice(["Ann", "bob", "Chen Wei", "Dana"]), scenario, scenario.title(), "en",
                        started.isoformat(), group, ("P1", "P2") if group else ())
        )  # fmt: skip
        for index in range(rng.randint(0, 5)):
            reply = TaggedReply("Sorry.", "en", ())
            log.turn_sent(sid, TurnRecord(index, f"node{rng.randint(1, 4)}", "Hm.", reply, 40, "query", "t"))
            if rng.random() < 0.3:
                log.turn_undone(sid, index)
        if rng.random() < 0.9:  # some sessions are never finished
            outcome = rng.choice(OUTCOMES)
            steps = {tag.value: rng.randint(0, 100) for tag in STEPS}
            log.session_finished(sid, outcome, Scorecard(rng.randint(0, 100), steps, outcome=outcome))
            if rng.random() < 0.2:
                add_override(db, sid, "Trainer", "regraded", total=rng.randint(0, 100))
        if n % 17 == 0:
            add_override(db, sid, "Trainer", "second thoughts", total=rng.randint(0, 100))


def expected_figures(db: Database):
    """The figures by hand: plain loops over the raw tables, no aggregate SQL."""
    names = {row["id"]: row["name"] for row in db.query("SELECT * FROM trainees")}
    sessions = {row["id"]: row for row in db.query("SELECT * FROM sessions")}
    scores = {row["session_id"]: json.loads(row["steps"]) for row in db.query("SELECT * FROM scores")}
    overrides = defaultdict(list)
    for row in db.query("SELECT *, rowid FROM overrides WHERE turn_idx IS NULL"):
        overrides[row["session_id"]].append((row["created_at"], row["rowid"], row["total"]))
    points = defaultdict(list)
    for sid, steps in scores.items():
        session = sessions[sid]
        if not session["is_group"]:
            days = (datetime.fromisoformat(session["started_at"]) - START).total_seconds() / 86400
            points[names[session["trainee_id"]]].append((days, steps))
    trainees = {}
    for name, rows in points.items():
        figures = {}
        for tag in STEPS:
            xs, ys = [x for x, _ in rows], [s[tag.value] for _, s in rows]
            mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
            spread = sum((x - mx) ** 2 for x in xs)
            slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / spread if spread else 0.0
            figures[tag.value] = (my, 7 * slope)
        trainees[name] = (len(rows), figures)
    by_scenario = defaultdict(list)
    for sid, session in sessions.items():
        grade = max(overrides[sid])[2] if overrides[sid] else session["total"]
        by_scenario[session["scenario_id"]].append((grade, session["outcome"] or "unfinished"))
    scenarios = {}
    for scenario_id, rows in by_scenario.items():
        grades = [g for g, _ in rows if g is not None]
        mix = {o: sum(1 for _, out in rows if out == o) for o in OUTCOMES}
        scenarios[scenario_id] = (len(rows), sum(grades) / len(grades) if grades else None, mix)
    drops = defaultdict(lambda: defaultdict(dict))
    for sid, session in sessions.items():
        turns = list(db.query("SELECT * FROM turns WHERE session_id = ? AND undone = 0 ORDER BY idx", [sid]))
        if session["outcome"] in ("lost", "escalated") and turns:
            node = drops[session["scenario_id"]][turns[-1]["node_id"]]
            node[session["outcome"]] = node.get(session["outcome"], 0) + 1
    return trainees, scenarios, {k: dict(v) for k, v in drops.items()}


def as_plain(dashboard):
    trainees = {
        t.trainee: (t.sessions, {step: (f.average, f.trend) for step, f in t.steps.items()}) for t in dashboard.trainees
    }
    scenarios = {s.scenario_id: (s.sessions, s.average_grade, s.outcomes) for s in dashboard.scenarios}
    return trainees, scenarios, dashboard.drop_offs


@pytest.fixture
def db():
    database = open_database(":memory:")
    play_cohort(database)
    yield database
    database.close()


def test_dashboard_figures_equal_those_computed_from_the_raw_log(db):
    got_trainees, got_scenarios, got_drops = as_plain(load_dashboard(db))
    want_trainees, want_scenarios, want_drops = expected_figures(db)
    assert set(got_trainees) == set(want_trainees) == {"Ann", "bob", "Chen Wei", "Dana"}
    for name, (count, figures) in want_trainees.items():
        assert got_trainees[name][0] == count
        for step, (average, trend) in figures.items():
            assert got_trainees[name][1][step] == (pytest.approx(average), pytest.approx(trend, abs=1e-6))
    assert got_scenarios.keys() == want_scenarios.keys()
    for scenario_id, (count, average, mix) in want_scenarios.items():
        assert got_scenarios[scenario_id] == (count, pytest.approx(average), mix)
    assert got_drops == want_drops and got_drops  # the sample does have lost and escalated sessions


def test_the_weakest_step_is_the_lowest_average(db):
    for trainee in load_dashboard(db).trainees:
        lowest = min(trainee.steps.values(), key=lambda f: f.average)
        assert trainee.steps[trainee.weakest] == lowest


def test_a_trend_follows_the_direction_of_progress():
    database = open_database(":memory:")
    log = SessionLog(database)
    for day, score in enumerate((40, 50, 60, 70)):  # ten points a day: seventy a week
        sid = f"s{day}"
        log.session_started(SessionInfo(sid, "Eve", "x", "X", "en", (START + timedelta(days=day)).isoformat()))
        log.session_finished(sid, "resolved", Scorecard(score, {t.value: score for t in STEPS}, outcome="resolved"))
    (eve,) = load_dashboard(database).trainees
    assert eve.steps["PROBE"].average == 55 and eve.steps["PROBE"].trend == pytest.approx(70)


def test_an_older_log_is_backfilled_and_merged_logs_keep_their_figures(db):
    old = Database(memory=True)
    migrate(old, MIGRATIONS[:3])  # before the dashboard's summary table existed
    play_cohort(old)
    migrate(old)
    assert as_plain(load_dashboard(old)) == as_plain(load_dashboard(db))
    merged = open_database(":memory:")
    merge_into(merged, db)
    merged_trainees, merged_scenarios, merged_drops = as_plain(load_dashboard(merged))
    want_trainees, _, want_drops = as_plain(load_dashboard(db))
    assert merged_trainees == want_trainees and merged_drops == want_drops
