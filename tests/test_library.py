"""The scenario library: every file lints clean, keeps the authoring rules, and plays out as scripted.

Each scenario has tests/playthroughs/<id>.yaml with three scripted trainees. Playing them through the real
`play` command (engine, scorer and grader together) must give: the expert resolves with the best score,
the poor trainee loses or escalates with the worst, the average one scores in between.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
import yaml

from simulator.cli import main as cli_main
from simulator.core.branching import choose_branch
from simulator.core.customer import Customer
from simulator.core.library import default_scenario_dir, scenario_files
from simulator.core.loader import check_file
from simulator.core.scenario import Example, Node, Phase, Scenario
from simulator.core.scoring import load_tagger
from tests.script_module import load_script

SCENARIOS = default_scenario_dir()
PLAYTHROUGHS = Path(__file__).parent / "playthroughs"
TRAINEES = ("expert", "average", "poor")
PER_LANGUAGE = 12
PER_LEVEL = 4

FILES = scenario_files([SCENARIOS])
# A broken file is left out here (so collection still works) and reported by the lint test.
LIBRARY: list[Scenario] = [s for s in (check_file(path)[0] for path in FILES) if s is not None]
BY_ID = {s.id: s for s in LIBRARY}


def _examples() -> list[pytest.param]:
    """Every example of every node."""
    params = []
    for scenario in LIBRARY:
        for node in scenario.nodes.values():
            for i, example in enumerate(node.examples):
                params.append(pytest.param(scenario, node, example, id=f"{scenario.id}:{node.id}:{i}"))
    return params


def _play(scenario: Scenario, replies: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> dict:
    tmp_path.mkdir()
    reply_file = tmp_path / "replies.txt"
    reply_file.write_text("\n".join(replies) + "\n", encoding="utf-8")
    assert scenario.path is not None
    argv = ["play", str(scenario.path), "--replies", str(reply_file), "--json", "--db", str(tmp_path / "log.db")]
    capsys.readouterr()
    assert cli_main(argv) == 0
    out = capsys.readouterr().out
    return json.loads(out)


def test_whole_folder_lints_clean_in_strict_mode(capsys: pytest.CaptureFixture[str]) -> None:
    code = cli_main(["lint", "--strict", str(SCENARIOS)])
    out = capsys.readouterr().out
    assert code == 0, out
    assert out == ""


def test_twelve_per_language_four_per_level() -> None:
    assert len(LIBRARY) == len(FILES), "some scenario files do not load: see the lint test"
    counts = Counter((s.language, s.level) for s in LIBRARY)
    assert counts == {(lang, level): PER_LEVEL for lang in ("en", "zh") for level in (1, 2, 3)}
    assert sum(counts.values()) == 2 * PER_LANGUAGE


def test_ids_unique_and_files_named_after_them() -> None:
    assert len(BY_ID) == len(LIBRARY)
    for s in LIBRARY:
        assert s.path is not None
        assert s.path.stem == s.id
        assert s.path.parent.name == s.language
        assert s.id.endswith("-zh") == (s.language == "zh"), s.id


@pytest.mark.parametrize("scenario", LIBRARY, ids=lambda s: s.id)
def test_scenario_keeps_the_authoring_rules(scenario: Scenario) -> None:
    nodes = scenario.nodes.values()
    endings = {n.phase for n in nodes if n.phase.is_ending}
    open_nodes = [n for n in nodes if not n.phase.is_ending]
    assert len(scenario.nodes) >= 10
    assert endings == {Phase.RESOLVED, Phase.ESCALATED, Phase.LOST}
    assert scenario.persona.voice in ("male", "female")
    assert scenario.briefing.strip()
    for node in open_nodes:
        assert node.model_reply and node.hint, node.id
        assert any(branch.condition is None for branch in node.next), node.id
    assert sum(bool(n.examples) for n in nodes) >= 3
    conditions = [b.condition for n in nodes for b in n.next if b.condition]
    assert any(c.has or c.any for c in conditions), "no branch on tags"
    assert any(c.mood_above is not None or c.mood_below is not None for c in conditions), "no branch on anger"


@pytest.mark.parametrize(("scenario", "node", "example"), _examples())
def test_example_takes_its_branch(scenario: Scenario, node: Node, example: Example) -> None:
    """With the tags its author gave it, an example takes its branch (at the persona's starting mood)."""
    assert example.tags is not None and example.goto is not None
    customer = Customer.from_persona(scenario.persona).after_reply(example.tags, phase=node.phase, overrides=node.anger)
    assert choose_branch(node, example.tags, customer.anger, customer.replies).goto == example.goto


@pytest.mark.parametrize(("scenario", "node", "example"), _examples())
def test_scorer_gives_example_its_tags(scenario: Scenario, node: Node, example: Example) -> None:
    tagged = load_tagger().tag(example.reply, customer=node.customer)
    assert example.tags is not None
    assert sorted(t.value for t in tagged.tags) == sorted(t.value for t in example.tags)


def test_every_scenario_has_a_playthrough_and_no_stray_ones() -> None:
    assert {p.stem for p in PLAYTHROUGHS.glob("*.yaml")} == set(BY_ID)


@pytest.mark.parametrize("scenario", LIBRARY, ids=lambda s: s.id)
def test_playthrough_ranks_expert_average_poor(
    scenario: Scenario, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    script = yaml.safe_load((PLAYTHROUGHS / f"{scenario.id}.yaml").read_text(encoding="utf-8"))
    assert set(script) == set(TRAINEES)
    results = {}
    for trainee in TRAINEES:
        replies = script[trainee]
        assert all(isinstance(r, str) and "\n" not in r.strip() for r in replies), "one reply per line"
        results[trainee] = _play(scenario, replies, tmp_path / trainee, capsys)
    outcome = {t: results[t]["outcome"] for t in TRAINEES}
    total = {t: results[t]["score"]["total"] for t in TRAINEES}
    assert outcome["expert"] == "resolved", results["expert"]
    assert outcome["poor"] in ("lost", "escalated"), results["poor"]
    assert total["expert"] > total["average"] > total["poor"], total


def test_readme_table_is_up_to_date() -> None:
    assert load_script("scenario_table").main(["--check"]) == 0
