"""Coverage from the log: visits per node and per branch of a scenario, from sessions logged as the app logs them."""

from dataclasses import replace
from pathlib import Path

import pytest

from simulator.core.loader import load_scenario
from simulator.core.scoring import load_grader, load_tagger
from simulator.core.session import Session
from simulator.storage.coverage import scenario_coverage
from simulator.storage.database import open_database
from simulator.storage.session_log import SessionLog

TEMPLATE = Path(__file__).resolve().parents[2] / "assets" / "templates" / "scenario_en.yaml"
ASK = "Could you give me the order number so I can check?"
FIX = "I'm sorry it has taken so long. I've sent a new kettle by express, it arrives tomorrow."
RUDE = "Calm down, it will come when it comes."


@pytest.fixture
def db():
    database = open_database(":memory:")
    yield database
    database.close()


def play(db, scenario, *replies, undo_after=None):
    session = Session(scenario, load_tagger(), load_grader(), recorder=SessionLog(db))
    session.start()
    for i, reply in enumerate(replies):
        session.send(reply)
        if i == undo_after:
            session.undo()
    session.finish()
    return session


def test_visits_and_branches_are_counted_from_kept_turns_including_the_ending_reached(db):
    scenario = load_scenario(TEMPLATE)
    play(db, scenario, ASK, FIX)  # opening -> gives_number -> thanked
    play(db, scenario, RUDE, FIX)  # opening -> complains -> thanked
    play(db, scenario, RUDE, undo_after=0)  # undone: leaves only the visit to nothing
    coverage = scenario_coverage(db, scenario)
    assert coverage.nodes == {"opening": 2, "gives_number": 1, "complains": 1, "thanked": 2}
    assert coverage.edges == {
        ("opening", "gives_number"): 1,
        ("gives_number", "thanked"): 1,
        ("opening", "complains"): 1,
        ("complains", "thanked"): 1,
    }
    assert coverage.sessions == 2  # the session whose only reply was undone has no turns left
    assert coverage.unreached_nodes(scenario) == ["gives_up"]
    assert ("complains", "gives_up") in coverage.unreached_edges(scenario)
    assert ("opening", "gives_number") not in coverage.unreached_edges(scenario)


def test_a_customer_who_gives_up_reaches_no_ending_node(db):
    scenario = load_scenario(TEMPLATE)
    scenario = replace(scenario, persona=replace(scenario.persona, patience=1))
    session = play(db, scenario, "Thanks.")  # opening -> complains would follow, but patience runs out first
    assert session.outcome == "lost"
    coverage = scenario_coverage(db, scenario)
    assert coverage.nodes == {"opening": 1}
    assert coverage.edges == {}


def test_only_the_scenarios_own_sessions_count_and_unknown_nodes_are_skipped(db):
    scenario = load_scenario(TEMPLATE)
    play(db, scenario, ASK, FIX)
    play(db, replace(scenario, id="another"), RUDE)
    assert scenario_coverage(db, scenario).nodes == {"opening": 1, "gives_number": 1, "thanked": 1}
    without = {k: v for k, v in scenario.nodes.items() if k != "gives_number"}
    assert scenario_coverage(db, replace(scenario, nodes=without)).nodes == {"opening": 1}
