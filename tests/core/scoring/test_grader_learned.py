"""The grader's learned judgement of whole conversations: how it enters the total, when it may put a cap in doubt,
where it stays out, and the model file that ships."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from simulator.core.grading_types import GradedTurn
from simulator.core.scoring import load_grader, load_tagger
from simulator.core.scoring.conversation_model import ConversationModel, load_conversation_model, reply_features
from simulator.core.scoring.grade_config import GradingConfigError, load_grading_config
from simulator.core.scoring.grader import Grader
from simulator.core.scoring.rules import RuleFileError
from simulator.core.tags import Tag
from tests.core.scoring.test_grader import UPSET, expert, half_up, reply, turn

V, A, P, R, F, X = Tag.VENT, Tag.APOLOGIZE, Tag.PROBE, Tag.RESOLVE, Tag.FOLLOW_UP, Tag.FORBIDDEN
CONFIG = load_grading_config()
LEARNED = CONFIG.learned
RUBRIC = Grader()


def judged_by(weights: dict[str, float]) -> Grader:
    """A grader whose model knows only these English features."""
    return Grader(model=ConversationModel({"en": weights}, {}))


def test_each_reply_scores_the_sum_of_its_features_and_the_conversation_their_mean() -> None:
    model = ConversationModel({"en": {"w:sorry": 2.0, "t:APOLOGIZE": 1.0, "b:my_fault": 3.0}}, {})
    turns = [turn(UPSET, "Sorry, my fault.", A), turn("Hm.", "Noted.")]
    assert reply_features(turns[0].tagged, "en", {}) >= {"w:sorry", "b:my_fault", "t:APOLOGIZE"}
    assert model.reply_scores(turns, "en") == [6.0, 0.0]
    assert model.reply_scores(turns, "zh") is None  # no Chinese weights: the rubric grades alone
    card = Grader(model=model).grade(turns, "en")
    assert card.learned == half_up(LEARNED.judged(3.0))
    assert card.learned_replies == (half_up(LEARNED.judged(6.0)), half_up(LEARNED.judged(0.0)))
    assert card.learned_replies[0] > card.learned > card.learned_replies[1]  # which reply pulled it down
    assert card.to_json()["learned"] == {"score": card.learned, "replies": list(card.learned_replies)}


def test_without_a_scenario_half_the_total_is_the_learned_judgement() -> None:
    turns = expert()[:2]  # no follow-up: the rubric alone gives less than 100
    rubric = RUBRIC.grade(turns, "en")
    assert rubric.learned is None
    for z, direction in ((8.0, 1), (-4.0, -1)):
        card = judged_by({"w:sent": z * 2}).grade(turns, "en")  # "sent" is in one of the two replies
        assert card.learned == half_up(LEARNED.judged(z))
        expected = rubric.total * (100 - LEARNED.share) / 100 + LEARNED.share * card.learned / 100
        assert abs(card.total - expected) <= 1
        assert (card.total - rubric.total) * direction > 0
        assert card.steps == rubric.steps and [p.code for p in card.penalties] == [p.code for p in rubric.penalties]


def test_with_a_scenario_the_nodes_say_what_was_due_and_the_model_stays_out() -> None:
    turns = [GradedTurn(t.customer, t.tagged, expect=(P,)) for t in expert()]
    assert judged_by({"w:sent": 50.0}).grade(turns, "en") == RUBRIC.grade(turns, "en")


def forbidden_expert() -> list[GradedTurn]:
    opening, *rest = expert()
    rude = turn(opening.customer, opening.tagged.text + " Let's not get emotional.", V, A, P, forbidden=("emotional",))
    return [rude, *rest]


def test_a_forbidden_cap_is_in_doubt_when_the_replies_read_like_an_experts() -> None:
    sure = judged_by({"w:i": 0.0}).grade(forbidden_expert(), "en")  # the model sees nothing to praise
    doubted = judged_by({"w:i": 30.0}).grade(forbidden_expert(), "en")
    assert doubted.learned > sure.learned
    for card, limit in ((sure, CONFIG.caps["forbidden"]), (doubted, LEARNED.doubted_cap)):
        cap = next(p for p in card.penalties if p.code == "cap_forbidden")
        assert str(limit) in cap.message and card.total <= limit
        assert ("trainer should check" in cap.message) == (card is doubted)
    assert doubted.total > CONFIG.caps["forbidden"]
    assert any(p.code == "forbidden" for p in doubted.penalties)  # the phrase still costs its points


def test_an_unresolved_cap_can_be_doubted_but_a_lost_customer_cannot() -> None:
    unresolved = [turn(UPSET, "I'm so sorry, I hear you. What's the order number, and what would help most?", V, A, P)]
    doubted = judged_by({"w:sorry": 40.0}).grade(unresolved, "en")
    assert any("trainer should check" in p.message for p in doubted.penalties if p.code == "cap_unresolved")
    lost = judged_by({"w:sorry": 40.0}).grade(unresolved, "en", outcome="lost")
    assert lost.total <= CONFIG.caps["lost"]
    assert not any("trainer should check" in p.message for p in lost.penalties)


def test_the_doubt_is_in_chinese_for_a_chinese_conversation() -> None:
    turns = [GradedTurn("太过分了", reply("非常抱歉,这是我们的错,请问订单号是多少?", A, P, forbidden=("请问",)))]
    model = ConversationModel({"zh": {"c:抱": 40.0}}, {})
    message = next(p.message for p in Grader(model=model).grade(turns, "zh").penalties if p.code == "cap_forbidden")
    assert "培训师复核" in message


def test_the_shipped_model_prefers_the_expert_in_both_languages() -> None:
    tagger, grader = load_tagger(), load_grader()

    def tagged(pairs: list[tuple[str, str]], language: str) -> list[GradedTurn]:
        return [GradedTurn(c, tagger.tag(r, c, language)) for c, r in pairs]

    complaint = "My parcel still hasn't arrived after two weeks. This is ridiculous."
    good = tagged([(complaint, "I'm so sorry, that's far too long. I've sent a replacement by express today.")], "en")
    bad = tagged([(complaint, "Parcels get delayed, there's nothing I can do. Check the courier's website.")], "en")
    assert grader.grade(good, "en").learned > 50 > grader.grade(bad, "en").learned
    zh_good = tagged([("快递半个月没到!", "真是抱歉让您久等了,我马上给您补发,今天就发顺丰。")], "zh")
    zh_bad = tagged([("快递半个月没到!", "这个不归我们管,您自己去问快递公司。")], "zh")
    assert grader.grade(zh_good, "zh").learned > grader.grade(zh_bad, "zh").learned


def test_a_broken_model_file_names_itself(tmp_path: Path) -> None:
    path = tmp_path / "conversation_model.json"
    path.write_text('{"models": {"en": {"w:a": 1.0}', encoding="utf-8")
    with pytest.raises(RuleFileError, match=r"conversation_model\.json:1: error: not valid JSON"):
        load_conversation_model(path, {})
    path.write_text(json.dumps({"models": {"en": {"w:a": "high"}}}), encoding="utf-8")
    with pytest.raises(RuleFileError, match="retrain: python scripts/train_grade_model.py"):
        load_conversation_model(path, {})


@pytest.mark.parametrize(
    ("section", "problem"),
    [
        ("", "`learned` must be a mapping"),
        ("learned: {share: 50, centre: 3, slope: 0.5, confident: 5, doubted_cap: 120}", "out of 100"),
        ("learned: {share: 50, centre: high, slope: 0.5, confident: 5, doubted_cap: 89}", "`learned.centre`"),
    ],
)
def test_a_broken_learned_section_is_reported(tmp_path: Path, section: str, problem: str) -> None:
    source = Path(__file__).resolve().parents[3] / "assets" / "scoring" / "grading.yaml"
    text = source.read_text(encoding="utf-8")
    start = text.index("\nlearned:")
    end = text.index("\n\n", start)
    broken = tmp_path / "grading.yaml"
    broken.write_text(text[:start] + "\n" + section + text[end:], encoding="utf-8")
    with pytest.raises(GradingConfigError, match=problem):
        load_grading_config(broken)
