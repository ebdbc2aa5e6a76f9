"""Example replies guard the scoring: the checker reports every example whose tags or branch drift."""

from dataclasses import replace
from pathlib import Path

import pytest

from simulator.cli import main
from simulator.core.example_check import check_example_files, check_examples, depths, find_drifts, run_reply
from simulator.core.loader import load_scenario
from simulator.core.scenario import Branch, Condition, Example, Node, Persona, Phase, Pos, Scenario
from simulator.core.scoring import load_tagger
from simulator.core.tags import ALL_TAGS, Tag, TaggedReply

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "authoring"
TEMPLATES = ROOT / "assets" / "templates"


class WordTagger:
    """A tag per keyword, so a test says exactly which tags a reply gets."""

    WORDS = {"sorry": Tag.APOLOGIZE, "?": Tag.PROBE, "refund": Tag.RESOLVE, "calm down": Tag.FORBIDDEN}

    def tag(self, reply: str, customer: str | None = None, language: str | None = None) -> TaggedReply:
        found = {tag for word, tag in self.WORDS.items() if word in reply.lower()}
        return TaggedReply(reply, "en", tuple(t for t in ALL_TAGS if t in found))


def mood_scenario(examples: tuple[Example, ...], mood: int = 40) -> Scenario:
    """start -(FORBIDDEN and anger > 60)-> lost; -(turn >= 2)-> late; else -> calm; calm -(turn >= 3)-> done."""
    start = Node(
        "start",
        Phase.QUERY,
        "Where is my parcel?",
        next=(
            Branch("lost", Condition(any=(Tag.FORBIDDEN,), mood_above=60)),
            Branch("late", Condition(turn_at_least=2)),
            Branch("calm"),
        ),
        examples=examples,
    )
    calm = Node(
        "calm",
        Phase.QUERY,
        "Well?",
        next=(Branch("done", Condition(turn_at_least=2)), Branch("lost")),
        examples=(Example("Sorry, a refund?", goto="done", pos=Pos(30, 9)),),
    )
    endings = [Node(n, p, "Bye.") for n, p in (("lost", Phase.LOST), ("late", Phase.LOST), ("done", Phase.RESOLVED))]
    nodes = {n.id: n for n in (start, calm, *endings)}
    return Scenario("moods", "Moods", "en", 2, Persona("Ann", mood=mood), "start", nodes)


def test_the_templates_examples_hold_with_the_real_tagger():
    for name in ("scenario_en.yaml", "scenario_zh.yaml"):
        scenario = load_scenario(TEMPLATES / name)
        assert any(node.examples for node in scenario.nodes.values())
        assert check_examples(scenario, load_tagger()) == []


def test_a_drifting_tag_and_a_drifting_branch_are_reported_at_their_lines():
    scenario = load_scenario(FIXTURES / "drift.yaml")
    found = check_examples(scenario, load_tagger())
    assert [(d.line, d.severity) for d in found] == [(31, "error"), (33, "error")]
    assert "gets tags [PROBE], expected [APOLOGIZE, PROBE]" in found[0].message
    assert "goes to 'complains'" in found[1].message and "expected 'gives_number'" in found[1].message
    assert found[0].file == str(FIXTURES / "drift.yaml")


def test_the_branch_follows_the_anger_after_the_reply_from_the_starting_or_given_anger():
    example = Example("Calm down.", tags=(Tag.FORBIDDEN,), goto="lost", pos=Pos(12, 9))
    scenario = mood_scenario((example,), mood=40)  # 40 + 25 = 65 > 60
    assert find_drifts(scenario, WordTagger()) == []
    [drift] = find_drifts(scenario, WordTagger(), anger=20)  # 20 + 25 = 45: not above 60
    assert drift.run.goto == "calm" and drift.run.anger_after == 45
    assert "expected 'lost'" in drift.message


def test_the_turn_number_is_the_nodes_distance_from_start_plus_one():
    scenario = mood_scenario(())
    assert depths(scenario) == {"start": 0, "lost": 1, "late": 1, "calm": 1, "done": 2}
    assert run_reply(scenario, scenario.nodes["start"], "Where?", WordTagger()).goto == "calm"  # turn 1
    assert run_reply(scenario, scenario.nodes["calm"], "Sorry, a refund?", WordTagger()).goto == "done"  # turn 2
    assert find_drifts(scenario, WordTagger()) == []


def test_a_node_past_start_counts_as_probed_so_a_fix_calms():
    scenario = mood_scenario(())
    # RESOLVE before any PROBE angers (+8); at calm, one reply in, the trainee is taken to have asked already.
    assert run_reply(scenario, scenario.nodes["start"], "A refund.", WordTagger()).anger_after == 48
    assert run_reply(scenario, scenario.nodes["calm"], "A refund.", WordTagger()).anger_after == 28


def test_an_example_at_an_ending_takes_no_branch():
    scenario = mood_scenario(())
    lost = replace(scenario.nodes["lost"], examples=(Example("Sorry.", goto="start", pos=Pos(40, 9)),))
    scenario = replace(scenario, nodes={**scenario.nodes, "lost": lost})
    [diagnostic] = check_examples(scenario, WordTagger())
    assert diagnostic.line == 40 and "takes no branch ('lost' is an ending)" in diagnostic.message


def test_examples_without_tags_or_goto_only_check_what_they_give():
    example = Example("Calm down.", pos=Pos(12, 9))
    assert find_drifts(mood_scenario((example,)), WordTagger()) == []


def test_files_with_errors_are_left_to_the_linter(tmp_path):
    broken = tmp_path / "broken.yaml"
    broken.write_text("id: [unclosed\n", encoding="utf-8")
    (tmp_path / "drift.yaml").write_bytes((FIXTURES / "drift.yaml").read_bytes())
    found = check_example_files([tmp_path], load_tagger())
    assert {d.file for d in found} == {str(tmp_path / "drift.yaml")}


def test_lint_examples_reports_the_drift_and_fails(capsys):
    assert main(["lint", str(FIXTURES / "drift.yaml")]) == 0  # without --examples: only the file's own checks
    assert "example at node" not in capsys.readouterr().out
    assert main(["lint", "--examples", str(FIXTURES / "drift.yaml")]) == 1
    out = capsys.readouterr().out.splitlines()
    assert [line.split(": error:")[0] for line in out] == [f"{FIXTURES / 'drift.yaml'}:{n}:9" for n in (31, 33)]


@pytest.mark.parametrize("language", ["en", "zh"])
def test_lint_examples_passes_a_clean_template(language, capsys):
    assert main(["lint", "--examples", "--strict", str(TEMPLATES / f"scenario_{language}.yaml")]) == 0
