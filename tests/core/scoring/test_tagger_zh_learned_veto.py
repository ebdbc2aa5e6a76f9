"""A pure blocker that cancels a tag also keeps the learned second opinion from adding that tag back: a firm but
respectful refusal ("根据保险条款,这种情况不赔") must not be called rude by a model that leans on its words."""

from __future__ import annotations

from simulator.core.scoring import load_tagger
from simulator.core.scoring.learned import LinearModel, features
from simulator.core.scoring.tagger import Tagger
from simulator.core.tags import Tag

FIRM = "根据保险条款,这种情况不赔。"  # zh.yaml's respectful_limit blocker matches this
PLAIN = "这种情况不赔。"  # the same words, no blocker


def _always_forbidden(*replies: str) -> Tagger:
    """The shipped rules with a FORBIDDEN model that flags every word of these replies."""
    shipped = load_tagger()
    weights = {f: 1.0 for reply in replies for f in features(reply, "zh")}
    model = LinearModel(bias=0.0, weights=weights, threshold=0.5)
    return Tagger(shipped.english, shipped.chinese, shipped.t2s, {Tag.FORBIDDEN: {"zh": model}})


def test_model_is_active_where_no_blocker_speaks() -> None:
    assert Tag.FORBIDDEN in _always_forbidden(PLAIN).tag(PLAIN, None, "zh").tags


def test_blocker_vetoes_the_model() -> None:
    assert Tag.FORBIDDEN not in _always_forbidden(FIRM).tag(FIRM, None, "zh").tags


def test_veto_covers_the_whole_reply_only_for_the_tag_blocked() -> None:
    reply = FIRM + "您自己不看条款吗?"  # a blame sentence after the firm one: the rules still find it
    tagged = _always_forbidden(reply).tag(reply, None, "zh")
    assert Tag.FORBIDDEN in tagged.tags
    assert [e.text for e in tagged.evidence[Tag.FORBIDDEN]] == ["您自己不看条款吗?"]


def test_a_tagging_rule_that_blocks_does_not_veto() -> None:
    # take_back (a FORBIDDEN rule) blocks VENT in its sentence; that is no veto on a learned VENT elsewhere
    shipped = load_tagger()
    reply = "我理解您很生气,但是您不能骂人。辛苦辛苦辛苦了。"
    model = LinearModel(bias=0.0, weights={f: 1.0 for f in features("辛苦辛苦辛苦了", "zh")}, threshold=0.5)
    tagger = Tagger(shipped.english, shipped.chinese, shipped.t2s, {Tag.VENT: {"zh": model}})
    assert Tag.VENT in tagger.tag(reply, None, "zh").tags
