"""The learned second opinions: they only add their tag, quote a sentence, need real evidence."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.scoring import RuleFileError, load_tagger
from simulator.core.scoring.learned import LEARNED_TAGS, LinearModel, features, load_models
from simulator.core.scoring.tagger import Tagger
from simulator.core.tags import Tag


def rules_only() -> Tagger:
    shipped = load_tagger()
    return Tagger(shipped.english, shipped.chinese, shipped.t2s)


def with_model(tag: Tag, model: LinearModel) -> Tagger:
    base = rules_only()
    return Tagger(base.english, base.chinese, base.t2s, {tag: {"en": model}})


def test_features_are_words_in_english_and_characters_in_chinese() -> None:
    assert features("you lot again", "en") == ["w:you", "w:lot", "w:again", "b:you_lot", "b:lot_again"]
    assert features("别催,ok", "zh", [Tag.VENT]) == ["t:VENT", "c:别", "c:催", "p:别催"]


def test_model_needs_positive_evidence_not_just_a_low_threshold() -> None:
    model = LinearModel(bias=2.0, weights={"w:whatever": 1.5, "w:sure": -0.5}, threshold=0.5)
    assert model.flags("well whatever you say then", "en")
    assert not model.flags("sure thing, will do", "en")  # the prior alone would pass the threshold
    assert not model.flags("nothing known here at all", "en")


def test_model_leaves_replies_too_short_to_judge_to_the_rules() -> None:
    model = LinearModel(bias=0.0, weights={"w:whatever": 5.0, "c:随": 5.0}, threshold=0.5)
    assert not model.flags("whatever", "en")
    assert not model.flags("随便", "zh")
    assert model.flags("whatever you like then", "en")


def test_model_adds_forbidden_where_the_rules_see_nothing_and_quotes_the_worst_sentence() -> None:
    reply = "Thanks for calling. Bananas and more bananas."
    tagger = with_model(Tag.FORBIDDEN, LinearModel(bias=-1.0, weights={"w:bananas": 3.0}, threshold=0.5))
    assert Tag.FORBIDDEN not in rules_only().tag("Thanks for calling.").tags
    tagged = tagger.tag(reply)
    assert Tag.FORBIDDEN in tagged.tags
    assert [e.text for e in tagged.evidence[Tag.FORBIDDEN]] == ["Bananas and more bananas."]


def test_the_quoted_sentence_must_earn_the_tag_by_itself() -> None:
    # Weak evidence spread over a long turn adds up past the threshold, but no one sentence carries the tag.
    model = LinearModel(bias=-2.0, weights={"w:minutes": 0.8, "w:branch": 0.8, "w:stock": 0.8}, threshold=0.5)
    reply = "It went to our other branch. I have it in stock. It will take ten minutes."
    assert model.flags(reply, "en")
    assert Tag.FORBIDDEN not in with_model(Tag.FORBIDDEN, model).tag(reply).tags
    strong = LinearModel(bias=-2.0, weights={"w:minutes": 3.0}, threshold=0.5)
    assert Tag.FORBIDDEN in with_model(Tag.FORBIDDEN, strong).tag(reply).tags


def test_a_sentence_the_model_flags_is_no_longer_a_genuine_question() -> None:
    tagger = with_model(Tag.FORBIDDEN, LinearModel(bias=-1.0, weights={"w:today": 3.0}, threshold=0.5))
    assert Tag.PROBE in rules_only().tag("Did you need it today?").tags
    assert tagger.tag("Did you need it today?").tags == (Tag.FORBIDDEN,)


def test_a_learned_step_is_added_only_where_the_rules_found_none() -> None:
    tagger = with_model(Tag.VENT, LinearModel(bias=-1.0, weights={"w:wibble": 3.0}, threshold=0.5))
    tagged = tagger.tag("Wibble wibble all week. Could you give me the order number?")
    assert tagged.tags == (Tag.VENT, Tag.PROBE)
    assert [e.text for e in tagged.evidence[Tag.VENT]] == ["Wibble wibble all week."]
    # When a rule already found VENT, its evidence stands and the model adds nothing.
    assert [e.text for e in tagger.tag("Go on. Wibble wibble all week.").evidence[Tag.VENT]] == ["Go on"]


def test_a_learned_step_never_quotes_a_sentence_where_a_rule_cancelled_it() -> None:
    # sympathy_sorry reads "Im sorry, that must be so hard" as sympathy and cancels APOLOGIZE in that sentence.
    tagger = with_model(Tag.APOLOGIZE, LinearModel(bias=-1.0, weights={"w:sorry": 3.0, "w:wibble": 3.0}, threshold=0.5))
    assert Tag.APOLOGIZE not in tagger.tag("I'm sorry, that must be so hard.", "My car was stolen.").tags
    # Another sentence is still open to it.
    tagged = tagger.tag("I'm sorry, that must be so hard. Wibble wibble all week.", "My car was stolen.")
    assert [e.text for e in tagged.evidence[Tag.APOLOGIZE]] == ["Wibble wibble all week."]


def test_shipped_models_load_for_every_tag_and_both_languages() -> None:
    models = load_tagger().models
    assert set(models) == set(LEARNED_TAGS)
    assert all(set(by_lang) == {"en", "zh"} for by_lang in models.values())
    assert all(0 < m.threshold < 1 and m.weights for by_lang in models.values() for m in by_lang.values())


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{not json", "not valid JSON"),
        ('{"models": {"VENT": {"en": {}}}}', "retrain"),
        ('{"models": {"NICE": {}}}', "retrain"),
    ],
)
def test_broken_model_file_is_reported_with_its_path(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "learned_models.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RuleFileError, match=message) as caught:
        load_models(path)
    assert str(path) in str(caught.value)
