"""Play-testing from any node with a chosen anger, and replaying the last path after an edit."""

from dataclasses import replace
from pathlib import Path

import pytest

from simulator.core.loader import load_scenario
from simulator.core.playtest import PlayPath, PlaytestError, first_difference, replay, send, start_playtest
from simulator.core.scenario import Branch
from simulator.core.scoring import load_grader, load_tagger

TEMPLATES = Path(__file__).resolve().parents[2] / "assets" / "templates"


@pytest.fixture(scope="module")
def tools():
    return load_tagger(), load_grader()


@pytest.mark.parametrize("language", ["en", "zh"])
def test_play_from_each_examples_node_follows_the_branch_the_example_predicts(language, tools):
    scenario = load_scenario(TEMPLATES / f"scenario_{language}.yaml")
    checked = 0
    for node in scenario.nodes.values():
        for example in node.examples:
            session = start_playtest(scenario, node.id, scenario.persona.mood, *tools)
            step = send(session, example.reply)
            assert (step.from_node, step.to_node) == (node.id, example.goto)
            assert set(step.tags) == set(example.tags)
            checked += 1
    assert checked >= 2


def test_a_playtest_starts_at_the_node_with_the_chosen_anger_and_logs_nothing(tools):
    scenario = load_scenario(TEMPLATES / "scenario_en.yaml")
    session = start_playtest(scenario, "gives_number", 77, *tools)
    assert (session.node.id, session.anger, session.phase.value) == ("gives_number", 77, "query")
    assert session.customer_line == scenario.nodes["gives_number"].customer
    step = send(session, "I'm sorry it has taken so long. I've sent a new kettle by express, it arrives tomorrow.")
    assert (step.to_node, step.outcome) == ("thanked", "resolved")
    assert step.anger < 77
    assert scenario.start == "opening" and scenario.persona.mood == 30  # the scenario itself is untouched


def test_endings_and_unknown_nodes_cannot_start_a_playtest(tools):
    scenario = load_scenario(TEMPLATES / "scenario_en.yaml")
    with pytest.raises(PlaytestError, match="'thanked' is resolved"):
        start_playtest(scenario, "thanked", 30, *tools)
    with pytest.raises(PlaytestError, match="no node 'nowhere'"):
        start_playtest(scenario, "nowhere", 30, *tools)


def test_replay_after_an_edit_shows_where_the_path_now_differs(tools):
    scenario = load_scenario(TEMPLATES / "scenario_en.yaml")
    path = PlayPath("opening", 30, ("Could you give me the order number?", "Thanks."))
    _, before = replay(scenario, path, *tools)
    assert [s.to_node for s in before] == ["gives_number", "complains"]
    # The author sends "no RESOLVE" at gives_number to the lost ending instead of the complaint.
    node = scenario.nodes["gives_number"]
    edited_node = replace(node, next=(node.next[0], Branch("gives_up")))
    edited = replace(scenario, nodes={**scenario.nodes, "gives_number": edited_node})
    session, after = replay(edited, path, *tools)
    assert [s.to_node for s in after] == ["gives_number", "gives_up"]
    assert first_difference(before, after) == 1
    assert session.ended and session.outcome == "lost"
    assert first_difference(before, before) is None


def test_replay_stops_when_the_conversation_ends(tools):
    scenario = load_scenario(TEMPLATES / "scenario_en.yaml")
    path = PlayPath("gives_number", 30, ("I've sent a new kettle by express, it arrives tomorrow.", "Anything else?"))
    session, steps = replay(scenario, path, *tools)
    assert len(steps) == 1 and session.outcome == "resolved"
    assert first_difference(steps, steps[:0]) == 0
