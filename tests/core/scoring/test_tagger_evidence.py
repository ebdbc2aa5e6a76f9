"""Evidence quotes the trainee's own words: reply[start:end] == text, whatever the normalisation did."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from simulator.core.scoring import load_tagger
from simulator.core.scoring.normalize import normalise
from simulator.core.tags import Tag

# Pieces that trigger rules, mixed with noise that normalisation folds, drops or converts.
PIECES = st.sampled_from(
    [
        "I'm sorry",
        "I\u2019m SORRY",
        "sory",
        "Calm down",
        "Could you give me the order number",
        "I'll call you back",
        "I've refunded the fee",
        "非常抱歉",
        "請問您的帳號是多少",
        "给您退款",
        "冷静",
        "？",
        "。",
        "!",
        ",",
        "  ",
        "\u3000",
        "\u200b",
        "\ufeff",
        "ＡＢＣ",
        "’",
        "\n",
        "é",
        "İ",
        "tell me everything",
        "我在听",
        "sorry",
    ]
)
REPLIES = st.lists(st.one_of(PIECES, st.text(max_size=6)), max_size=12).map("".join)


@settings(max_examples=300, deadline=None)
@given(REPLIES, st.one_of(st.none(), st.text(max_size=20)))
def test_evidence_slices_the_original_reply(reply: str, customer: str | None) -> None:
    tagged = load_tagger().tag(reply, customer)
    assert set(tagged.evidence) == set(tagged.tags)
    for spans in tagged.evidence.values():
        assert spans
        for ev in spans:
            assert 0 <= ev.start < ev.end <= len(reply)
            assert reply[ev.start : ev.end] == ev.text


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_normalised_characters_point_back_into_the_original(text: str) -> None:
    norm = normalise(text, {"對": "对"})
    assert len(norm.origin) == len(norm.text)
    assert list(norm.origin) == sorted(set(norm.origin))
    assert all(0 <= i < len(text) for i in norm.origin)


def test_evidence_of_a_traditional_full_width_reply_quotes_it_unchanged() -> None:
    reply = "真對不起，請問您的訂單號是多少？"
    tagged = load_tagger().tag(reply)
    assert tagged.tags == (Tag.APOLOGIZE, Tag.PROBE)
    assert [e.text for e in tagged.evidence[Tag.APOLOGIZE]] == ["對不起"]
    assert tagged.evidence[Tag.PROBE][0].text.endswith("？")


def test_evidence_names_the_words_that_earned_each_tag_in_a_long_reply() -> None:
    reply = "Sorry  about that!!  Calm down, though. I\u2019ll ring you back tomorrow."
    tagged = load_tagger().tag(reply)
    quotes = {tag: [e.text for e in spans] for tag, spans in tagged.evidence.items()}
    assert quotes[Tag.APOLOGIZE] == ["Sorry"]
    assert quotes[Tag.FORBIDDEN] == ["Calm down"]
    assert any("ring you back" in q for q in quotes[Tag.FOLLOW_UP])
