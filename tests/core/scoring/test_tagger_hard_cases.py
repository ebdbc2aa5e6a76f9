"""The hard-case families: paraphrase, typos, one word, long replies, traditional characters, mixed language."""

from __future__ import annotations

import pytest

from simulator.core.scoring import load_tagger
from simulator.core.tags import Tag

V, A, P, R, F, X = Tag.VENT, Tag.APOLOGIZE, Tag.PROBE, Tag.RESOLVE, Tag.FOLLOW_UP, Tag.FORBIDDEN

CASES = {
    "paraphrase": [
        ("That should never have happened, and it's on us.", {A}),
        ("这个锅我们得背,派件员不该没见到人就点签收。", {A}),
        ("Every evening, right when you want to sit down and watch something, that's maddening.", {V}),
        ("搁谁身上都会又急又气。", {V}),
    ],
    "negation": [
        ("I'm not going to apologise for a dropped line, these things happen.", {X}),
        ("这个我们不会道歉的。", {X}),
        ("我们这边一般不主动外呼的。", set()),
    ],
    "non_apology": [
        ("Sorry if you were offended.", {X}),
        ("您要是非这么想,那对不起咯。", {X}),
    ],
    "rhetorical_question": [
        ("Have you actually plugged it in?", {X}),
        ("家里没有微波炉吗?", {X}),
        ("路由器的电源灯现在是亮着的吗?", {P}),
    ],
    "buck_passing": [
        ("That's the shop, they're a franchise, you'd have to take it up with them.", {X}),
        ("快递员又不是我招的,您跟我说也没用。", {X}),
    ],
    "closing_not_probe": [
        ("Is there anything else I can help you with today?", set()),
        ("好的,请问还有什么需要帮忙的吗?", set()),
        ("You're welcome, have a lovely evening.", set()),
    ],
    "typos_no_punctuation": [
        ("so sorry about this, we shoud have had someone out days ago", {A}),
        ("soory for the wait", {A}),
        ("Im sory", {A}),
        ("can you run a speed test now and read me the download figure", {P}),
        ("非常报歉给您带来不便", {A}),
        ("我明早再查下 有消息第一时间给您大电话", {F}),
    ],
    "long_multi_step": [
        (
            "I'm so sorry about the wait. Could you confirm your postcode? I've booked an engineer for Thursday "
            "morning, and I'll call you on Thursday evening to check everything works.",
            {A, P, R, F},
        ),
        ("对不起,这单餐费全退,另外送您一张无门槛券,退款到账后我会再发消息提醒您。", {A, R, F}),
    ],
    "one_word": [
        ("Sorry.", {A}),
        ("Sure.", set()),
        ("抱歉。", {A}),
        ("单号?", {P}),
        ("您说。", {V}),
        ("稍等。", set()),
    ],
    "traditional": [
        ("非常抱歉,讓您這麼多天都沒辦法上網。", {A}),
        ("請問您的寬帶帳號是多少?", {P}),
        ("這一單我給您全額退款。", {R}),
    ],
    "english_in_chinese": [
        ("真的sorry,让您等了这么久。", {A}),
        ("能把您的account number发我一下吗?", {P}),
        ("我会keep tracking这个单子,明天下午给您update。", {F}),
    ],
}


@pytest.mark.parametrize(
    ("reply", "want"),
    [pytest.param(r, w, id=f"{family}-{i}") for family, items in CASES.items() for i, (r, w) in enumerate(items)],
)
def test_hard_case(reply: str, want: set[Tag]) -> None:
    assert set(load_tagger().tag(reply).tags) == want


@pytest.mark.parametrize(
    "reply", ["We can't refund that yet.", "I won't be able to send an engineer today.", "我们现在还不能给您退款。"]
)
def test_negated_fix_is_not_resolve(reply: str) -> None:
    assert Tag.RESOLVE not in load_tagger().tag(reply).tags


def test_customer_line_turns_a_bare_echo_into_sarcasm() -> None:
    tagger = load_tagger()
    customer = "I want compensation for the week without service."
    assert set(tagger.tag("Compensation? For a week? Seriously?", customer).tags) == {X}
    # Without the customer's words to echo, a one-word question is a genuine request for a fact.
    assert set(tagger.tag("Compensation?", "My order is late.").tags) == {P}


def test_a_question_in_chinese_that_reuses_the_customers_english_word_is_no_echo() -> None:
    # "wifi" is the customer's word, but the question around it is new: a genuine question, not sarcasm.
    customer = "我家的wifi连不上,你们的师傅说是路由器问题"
    assert load_tagger().tag("wifi连不上的时候路由器的灯是什么颜色?", customer, "zh").tags == (P,)


def test_sorry_for_a_misfortune_we_did_not_cause_is_sympathy() -> None:
    tagger = load_tagger()
    assert set(tagger.tag("I'm sorry, that must be so hard.", "My car was stolen from outside my house.").tags) == {V}
    assert set(tagger.tag("I'm sorry.", "You charged me twice.").tags) == {A}


@pytest.mark.parametrize(
    ("reply", "language"),
    [
        ("Sorry.", "en"),
        ("非常抱歉", "zh"),
        ("真的sorry,让您等了这么久。", "zh"),
        ("OK 好的 thanks 谢谢 so much", "mixed"),
    ],
)
def test_language_detection(reply: str, language: str) -> None:
    assert load_tagger().tag(reply).language == language


def test_given_language_is_kept_and_unknown_one_refused() -> None:
    tagger = load_tagger()
    assert tagger.tag("Sorry.", language="en").language == "en"
    assert tagger.tag("Sorry.", language="auto").language == "en"
    with pytest.raises(ValueError, match="unknown language"):
        tagger.tag("Sorry.", language="fr")
