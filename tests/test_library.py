"""The scenario library: every file lints clean, keeps the authoring rules, and plays out as scripted.

Each scenario has tests/playthroughs/<id>.yaml with three scripted trainees. Playing them through the real
`play` command (engine, scorer and grader together) must give: the expert resolves with the best score,
the poor trainee loses or escalates with the worst, the average one scores in between.
"""

from __future__ import annotations

import importlib.util
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

SCENARIOS = default_scenario_dir()
PLAYTHROUGHS = Path(__file__).parent / "playthroughs"
TRAINEES = ("expert", "average", "poor")
PER_LANGUAGE = 12
PER_LEVEL = 4

FILES = scenario_files([SCENARIOS])
# A broken file is left out here (so collection still works) and reported by the lint test.
LIBRARY: list[Scenario] = [s for s in (check_file(path)[0] for path in FILES) if s is not None]
BY_ID = {s.id: s for s in LIBRARY}

# Example replies whose tags the scorer got wrong, by the rubric (complaint-steps.md), when this list was
# last checked: reported to the scorer's author. Not strict: the scorer is still being tuned, so an entry it
# now gets right shows as XPASS (and can go), while any other example it gets wrong fails.
SCORER_GAPS: dict[tuple[str, str, str], str] = {
    (
        "aircon-no-show",
        "opening",
        "I'm sure the manager had a good reason. What's your order number?",
    ): "excusing the failure dismisses it: FORBIDDEN missed",
    (
        "bank-double-charge",
        "security",
        "I can see both payments, so it does look like a duplicate. Has it caused any other problems?",
    ): "a genuine question tagged FORBIDDEN (learned model)",
    (
        "broadband-port-full",
        "gives_number",
        "I can see the switch in your building is full. Did anyone call you afterwards to explain what happens next?",
    ): "'switch' the noun read as the verb: RESOLVE",
    (
        "hotel-overbooked",
        "story",
        "I'm really sorry. Could you give me your booking reference so I can see what I can do nearby?",
    ): "'I can see what' read as empathy: VENT",
    (
        "insurance-claim-delayed",
        "story",
        "I'm so sorry. Could you give me the claim number so I can see where it's stuck?",
    ): "'it's stuck' read as a feeling: VENT",
    (
        "invoice-not-delivered",
        "order_details",
        "I can send you a copy of the receipt now.",
    ): "a concrete (if wrong) fix: RESOLVE missed",
    ("phone-bill-roaming", "opening", "Bills go up and down, sir."): "dismissive: FORBIDDEN missed",
    ("broadband-port-full", "accepts", "It'll come when it comes. Anything else?"): "dismissive: FORBIDDEN missed",
    (
        "bank-double-charge",
        "knock_on",
        "You should keep a buffer in your account for things like this.",
    ): "blames the customer: FORBIDDEN missed",
    (
        "invoice-not-delivered",
        "brushed_off",
        "That's not my department, you'll need to email accounts.",
    ): "sending the customer elsewhere is no question: PROBE",
    (
        "broadband-port-full-zh",
        "gives_number",
        "我看到您那栋楼的端口已经满了。请问之后有人给您打电话解释过吗？",
    ): "asking whether someone called is no promise to call: FOLLOW_UP",
    (
        "card-double-charge-zh",
        "reveals_wish",
        "我已经给您发起差错处理，由银行先行垫付，3280元明天中午前退回您的卡上，利息和手续费全部给您减免。",
    ): "'退回您' read as '回您' (call back): FOLLOW_UP",
    (
        "hotel-oversold-holiday-zh",
        "story",
        "太对不起了，确实不应该。麻烦您告诉我一下订单号，我马上看附近还有什么能给您安排的。",
    ): "looking for what can be arranged is no fix yet: RESOLVE",
    (
        "invoice-not-delivered-zh",
        "second_time",
        "实在对不起，是我们两次都没按要求开票，这是我们的失误，让您在财务那边为难了。",
    ): "'让您为难了' names her difficulty: VENT missed",
    (
        "phone-bill-value-added-zh",
        "reveals_wish",
        "两项业务我已经给您退订了，180元全额退回您的话费账户，还给您开通了订购二次确认。",
    ): "'退回您' read as '回您' (call back): FOLLOW_UP",
    (
        "robot-vacuum-new-model-zh",
        "wants_confirmation",
        "周五下午我会给您打电话确认上门时间，新机用上以后我再回访一次。",
    ): "a call to confirm a visit read as the visit itself: RESOLVE",
    (
        "video-membership-renewal-zh",
        "reveals_wish",
        "已经扣的钱按规定是不退的。",
    ): "a refusal to refund ('不退') tagged RESOLVE",
    (
        "hotel-oversold-holiday-zh",
        "booking_details",
        "查到了。请问老人家有什么特别需要注意的吗？",
    ): "a caring, genuine question tagged FORBIDDEN (learned model)",
    (
        "video-membership-renewal-zh",
        "opening",
        "您在“我的-设置-自动续费”里自己关一下就行。",
    ): "answers the question she asked (how to switch it off): FORBIDDEN",
}


def _examples(*, known_gaps: bool) -> list[pytest.param]:
    """Every example of every node; with `known_gaps`, those in SCORER_GAPS are marked as expected failures."""
    params = []
    for scenario in LIBRARY:
        for node in scenario.nodes.values():
            for i, example in enumerate(node.examples):
                key = (scenario.id, node.id, example.reply)
                gap = known_gaps and key in SCORER_GAPS
                marks = [pytest.mark.xfail(reason=SCORER_GAPS.get(key, ""), strict=False)] if gap else []
                params.append(pytest.param(scenario, node, example, id=f"{scenario.id}:{node.id}:{i}", marks=marks))
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


@pytest.mark.parametrize(("scenario", "node", "example"), _examples(known_gaps=False))
def test_example_takes_its_branch(scenario: Scenario, node: Node, example: Example) -> None:
    """With the tags its author gave it, an example takes its branch (at the persona's starting mood)."""
    assert example.tags is not None and example.goto is not None
    customer = Customer.from_persona(scenario.persona).after_reply(example.tags, phase=node.phase, overrides=node.anger)
    assert choose_branch(node, example.tags, customer.anger, customer.replies).goto == example.goto


@pytest.mark.parametrize(("scenario", "node", "example"), _examples(known_gaps=True))
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
    spec = importlib.util.spec_from_file_location("scenario_table", SCENARIOS.parent / "scripts" / "scenario_table.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main(["--check"]) == 0
