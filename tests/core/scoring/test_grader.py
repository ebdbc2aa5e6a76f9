"""The conversation grader: steps due and done, order rules, penalties, caps, scenario nodes, determinism.

Replies are tagged by hand here, so these tests do not depend on the tagger's rules.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from simulator.core.grading_types import GradedTurn, Scorecard
from simulator.core.scoring.feedback import load_feedback_texts
from simulator.core.scoring.grade_config import GradingConfigError, load_grading_config
from simulator.core.scoring.grader import Grader
from simulator.core.tags import STEPS, Evidence, Tag, TaggedReply

V, A, P, R, F, X = Tag.VENT, Tag.APOLOGIZE, Tag.PROBE, Tag.RESOLVE, Tag.FOLLOW_UP, Tag.FORBIDDEN
CONFIG = load_grading_config()
GRADER = Grader()
UPSET = "This is the third time I've called, it's unacceptable."
CALM = "Hello, could you tell me when my order will arrive?"
TEXTS = {lang: load_feedback_texts(lang) for lang in ("en", "zh")}
STEPS_SHARE = (100 - CONFIG.conduct) / 100  # of the total; the rest is for replies free of forbidden language


def reply(text: str, *tags: Tag, forbidden: tuple[str, ...] = ()) -> TaggedReply:
    """A hand-tagged reply; `forbidden` are the spans that earned FORBIDDEN (they must occur in the text)."""
    evidence = {X: tuple(Evidence(text.index(s), text.index(s) + len(s), s) for s in forbidden)} if forbidden else {}
    all_tags = set(tags) | ({X} if forbidden else set())
    return TaggedReply(text, "en", tuple(t for t in (*STEPS, X) if t in all_tags), evidence)


def turn(customer: str, text: str, *tags: Tag, **extra: object) -> GradedTurn:
    forbidden = extra.pop("forbidden", ())
    return GradedTurn(customer, reply(text, *tags, forbidden=forbidden), **extra)  # type: ignore[arg-type]


def expert() -> list[GradedTurn]:
    return [
        turn(UPSET, "I'm so sorry, I can hear how frustrating this is. What's your order number?", V, A, P),
        turn("It's 5521.", "I've sent a replacement by express today at no cost.", R),
        turn("OK, thanks.", "I'll call you on Friday to make sure it arrived.", F),
    ]


def grade(turns: list[GradedTurn], **kwargs: object) -> Scorecard:
    return GRADER.grade(turns, kwargs.pop("language", "en"), **kwargs)  # type: ignore[arg-type]


def codes(card: Scorecard) -> list[str]:
    return [p.code for p in card.penalties]


def half_up(x: float) -> int:
    return math.floor(x + 0.5)


def test_a_model_conversation_scores_full_marks() -> None:
    card = grade(expert())
    assert card.total == 100
    assert card.steps == {s.value: 100 for s in STEPS}
    assert card.penalties == [] and card.feedback == []
    assert card.outcome == "resolved"


def test_weights_are_one_readable_table_summing_to_100() -> None:
    assert sum(CONFIG.weights.values()) == 100


def test_a_missed_step_costs_its_weight() -> None:
    turns = expert()
    turns[2] = turn("OK.", "Bye.")  # not "thanks": a fix the customer took at once needs no check-back
    card = grade(turns)
    assert card.steps["FOLLOW_UP"] == 0
    assert card.total == half_up(100 - CONFIG.weights[F] * STEPS_SHARE)


def test_each_forbidden_phrase_is_a_penalty_and_caps_the_total() -> None:
    turns = expert()
    turns[1] = turn(
        "It's 5521.",
        "Calm down. Not my department. I've sent a replacement.",
        R,
        forbidden=("Calm down.", "Not my department."),
    )
    turns.append(turn("Excuse me?", "You should have read the terms.", forbidden=("You should have read the terms.",)))
    card = grade(turns)
    forbidden = [p for p in card.penalties if p.code == "forbidden"]
    assert [p.turn for p in forbidden] == [1, 1, 3]
    assert all(p.points == CONFIG.penalties["forbidden"] for p in forbidden)
    # Each penalty takes its share of what is left; the forbidden cap then scales the result into [0, 59]. Two
    # of the four replies were free of forbidden language, so half the conduct share is earned.
    left = (100 * STEPS_SHARE + CONFIG.conduct / 2) * (1 - CONFIG.penalties["forbidden"] / 100) ** 3
    assert card.total == half_up(left * CONFIG.caps["forbidden"] / 100)
    assert "cap_forbidden" in codes(card)


def test_one_forbidden_phrase_keeps_an_otherwise_perfect_conversation_under_the_cap() -> None:
    turns = expert()
    turns[2] = turn(
        "OK.",
        "I'll call you Friday. I guarantee it will never break again.",
        F,
        forbidden=("I guarantee it will never break again.",),
    )
    card = grade(turns)
    before_cap = (100 * STEPS_SHARE + CONFIG.conduct * 2 / 3) * (1 - CONFIG.penalties["forbidden"] / 100)
    assert card.total == half_up(before_cap * CONFIG.caps["forbidden"] / 100) <= CONFIG.caps["forbidden"]
    assert card.penalties[-1].code == "cap_forbidden"
    assert card.penalties[-1].points == half_up(before_cap) - card.total


def test_no_resolution_loses_resolve_and_follow_up_and_is_capped() -> None:
    turns = [
        turn(UPSET, "I'm so sorry, I hear you. What's your order number?", V, A, P),
        turn("5521.", "I'll pass this to the team."),
    ]
    card = grade(turns)
    assert card.steps["RESOLVE"] == 0 and card.steps["FOLLOW_UP"] == 0
    assert card.outcome == "unfinished"
    assert card.total <= CONFIG.caps["unresolved"]
    steps = (100 - CONFIG.weights[R] - CONFIG.weights[F]) * STEPS_SHARE
    assert card.total == half_up((steps + CONFIG.conduct) * CONFIG.caps["unresolved"] / 100)


def test_capped_conversations_keep_their_order() -> None:
    """Two unresolved conversations, one better than the other, must not tie at the cap."""
    better = [turn(UPSET, "I'm so sorry, I hear you. What's your order number?", V, A, P), turn("5521.", "OK.")]
    worse = [turn(UPSET, "What's your order number?", P), turn("5521.", "OK.")]
    assert grade(better).total > grade(worse).total


def test_the_unresolved_cap_binds_when_the_scenario_never_asked_for_more() -> None:
    turns = [
        turn(UPSET, "I'm so sorry, I'm listening.", V, A, expect=(V, A)),
        turn("Well...", "What happened exactly?", P, expect=(P,)),
    ]
    card = grade(turns)
    assert card.total == CONFIG.caps["unresolved"]
    assert "cap_unresolved" in codes(card)


@pytest.mark.parametrize(("outcome", "cap"), [("lost", "lost"), ("escalated", "escalated")])
def test_a_lost_or_escalated_ending_caps_the_total(outcome: str, cap: str) -> None:
    card = grade(expert(), outcome=outcome)
    assert card.outcome == outcome
    assert card.total == CONFIG.caps[cap]
    assert CONFIG.caps["lost"] < CONFIG.caps["unresolved"]


def test_escalating_instead_of_resolving_earns_partial_resolve_credit() -> None:
    turns = [
        turn(UPSET, "I'm sorry, I hear you. What's the order number?", V, A, P),
        turn("5521.", "I'm handing you to my supervisor now."),
    ]
    assert grade(turns, outcome="escalated").steps["RESOLVE"] == CONFIG.credit["escalated"]
    assert grade(turns).steps["RESOLVE"] == 0


def test_resolving_before_probing_is_an_order_penalty() -> None:
    turns = [
        turn(UPSET, "I'm so sorry, I hear you. I've refunded you.", V, A, R),
        turn("OK.", "Which card should the refund go to?", P),
        turn("Visa.", "I'll email you when it lands.", F),
    ]
    card = grade(turns)
    assert codes(card) == ["resolve_before_probe"]
    assert card.steps["PROBE"] == CONFIG.credit["out_of_order"]
    assert card.penalties[0].turn == 0


def test_apologising_only_after_the_solution_is_an_order_penalty() -> None:
    turns = [
        turn(UPSET, "I hear you. What's the order number?", V, P),
        turn("5521.", "I've sent a replacement.", R),
        turn("Fine.", "Sorry about that. I'll call you Friday.", A, F),
    ]
    card = grade(turns)
    assert codes(card) == ["apology_after_resolve"]
    assert card.penalties[0].turn == 1


def test_no_apology_is_due_when_the_customer_never_complained() -> None:
    turns = [
        turn(CALM, "Could you give me the order number?", P),
        turn("5521.", "It will arrive tomorrow; I've upgraded it to express for free.", R),
        turn("Great.", "I'll text you when it's out for delivery.", F),
    ]
    card = grade(turns)
    assert card.total == 100
    assert card.steps["VENT"] == 100 and card.steps["APOLOGIZE"] == 100
    assert codes(card) == []


@pytest.mark.parametrize(
    ("opening", "language"),
    [
        ("I picked these glasses up on Monday and everything's blurry on the left.", "en"),
        ("你们今天给我送的沙发颜色不对,我定的是雾霾蓝。", "zh"),
    ],
)
def test_an_opening_problem_report_is_the_complaint_even_without_cue_words(opening: str, language: str) -> None:
    # No cue word names this problem, but the customer came to report it, not to ask a question: listening and
    # apologising were due from the first reply, so an apology saved for the end is late.
    assert not CONFIG.is_upset(opening) and not CONFIG.is_inquiry(opening)
    turns = [
        turn(opening, "Could you give me the order number?", P),
        turn("5521.", "I've sent the right one by express today.", R),
        turn("OK.", "Sorry about that. I'll text you when it's out for delivery.", A, F),
    ]
    card = grade(turns, language=language)
    assert card.steps["VENT"] == 0 and card.steps["APOLOGIZE"] == CONFIG.credit["late"]
    assert "VENT" not in card.not_due
    inquiry = [turn(CALM, turns[0].tagged.text, P), *turns[1:]]
    assert CONFIG.is_inquiry(CALM) and grade(inquiry).steps["APOLOGIZE"] == 100


def test_the_customer_getting_upset_later_makes_listening_due_from_then() -> None:
    turns = [
        turn(CALM, "Order number?", P),
        turn("5521. Why is it still not here? This is ridiculous.", "It will come when it comes."),
        turn("Unbelievable.", "I've refunded you.", R),
    ]
    card = grade(turns)
    assert card.steps["VENT"] == 0 and card.steps["APOLOGIZE"] == 0
    assert {(f.step, f.turn) for f in card.feedback} >= {("VENT", 1), ("APOLOGIZE", 1)}


def test_reported_anger_makes_the_customer_upset_without_cue_words() -> None:
    calm_words = [
        turn(CALM, "Order number?", P, anger_after=80),
        turn("5521.", "I've refunded you.", R),
        turn("OK.", "I'll email you.", F),
    ]
    assert grade(calm_words).steps["APOLOGIZE"] == 0
    calm_words[0] = turn(CALM, "Order number?", P, anger_after=10)
    assert grade(calm_words).steps["APOLOGIZE"] == 100


def test_following_up_before_anything_was_resolved_is_an_order_penalty() -> None:
    turns = [
        turn(UPSET, "I'm sorry, I hear you. I'll call you back tomorrow. What's the order?", V, A, P, F),
        turn("5521.", "I've sent a replacement.", R),
    ]
    card = grade(turns)
    assert codes(card) == ["follow_up_before_resolve"]
    assert card.steps["FOLLOW_UP"] == CONFIG.credit["out_of_order"]


def test_a_late_step_earns_late_credit() -> None:
    turns = [
        turn(UPSET, "What's the order number?", P),
        turn(
            "5521.",
            "Let me check.",
        ),
        turn("Well?", "I'm sorry, I hear how annoying this is. I've sent a replacement.", V, A, R),
        turn("OK.", "I'll call you Friday.", F),
    ]
    card = grade(turns)
    assert card.steps["VENT"] == CONFIG.credit["late"] and card.steps["APOLOGIZE"] == CONFIG.credit["late"]
    texts = load_feedback_texts("en")
    assert {(f.step, f.problem, f.turn) for f in card.feedback} == {
        ("VENT", texts.problem(V, "late"), 0),
        ("APOLOGIZE", texts.problem(A, "late"), 0),
    }


def test_listening_one_reply_after_the_complaint_is_prompt_but_not_full_credit() -> None:
    turns = [
        turn(UPSET, "What's the order number?", P),
        turn("5521.", "I'm sorry, that must be annoying. I've sent a replacement.", V, A, R),
        turn("OK.", "I'll call you Friday.", F),
    ]
    card = grade(turns)
    assert card.steps["VENT"] == card.steps["APOLOGIZE"] == CONFIG.credit["prompt"]
    assert CONFIG.credit["late"] < CONFIG.credit["prompt"] < CONFIG.credit["on_time"]


def test_apologising_right_after_letting_the_customer_vent_is_on_time() -> None:
    # The rubric's order: listen first, then apologise.
    turns = [
        turn(UPSET, "Go on, I'm listening.", V),
        turn("It never came.", "I'm sorry, that's our mistake. What's the order number?", A, P),
        turn("5521.", "I've sent a replacement.", R),
        turn("OK.", "I'll call you Friday.", F),
    ]
    assert grade(turns).steps["APOLOGIZE"] == CONFIG.credit["on_time"]
    turns[0] = turn(UPSET, "Right.")  # neither listening nor apologising first: the apology is only prompt
    assert grade(turns).steps["APOLOGIZE"] == CONFIG.credit["prompt"]


def test_listening_before_the_complaint_shows_counts_as_on_time() -> None:
    turns = [
        turn(CALM, "Tell me everything, I'm listening.", V),
        turn("Well it's ridiculous, it never came.", "I'm sorry, that's our mistake. What's the order?", A, P),
        turn("5521.", "I've sent a replacement.", R),
        turn("OK.", "I'll call you Friday.", F),
    ]
    assert grade(turns).steps["VENT"] == CONFIG.credit["on_time"]


def test_each_hint_costs_points() -> None:
    turns = expert()
    turns[0] = GradedTurn(turns[0].customer, turns[0].tagged, hint_used=True)
    turns[1] = GradedTurn(turns[1].customer, turns[1].tagged, hint_used=True)
    card = grade(turns)
    assert codes(card) == ["hint", "hint"]
    assert card.total == 100 - 2 * CONFIG.penalties["hint"]


def test_interrupting_the_customer_costs_the_vent_step() -> None:
    turns = expert()
    turns[0] = GradedTurn(turns[0].customer, turns[0].tagged, interrupted=True)
    card = grade(turns)
    assert card.steps["VENT"] == 100 - CONFIG.interruption
    penalty = next(p for p in card.penalties if p.code == "interruption")
    assert penalty.points == half_up(CONFIG.weights[V] * CONFIG.interruption / 100 * STEPS_SHARE)
    assert card.total == 100 - penalty.points
    assert any(f.step == "VENT" and f.turn == 0 for f in card.feedback)


def test_interrupting_a_calm_customer_still_costs_listening() -> None:
    turns = [
        turn(CALM, "Order number?", P, interrupted=True),
        turn("5521.", "Refunded.", R),
        turn("OK.", "I'll email you.", F),
    ]
    assert grade(turns).steps["VENT"] == 100 - CONFIG.interruption


def test_using_up_the_customers_patience_costs_points() -> None:
    slow = (
        [turn(UPSET, "I'm sorry, I hear you.", V, A)]
        + [turn("Hm.", "What else happened?", P)] * 5
        + [turn("...", "I've refunded you.", R), turn("OK.", "I'll email you tomorrow.", F)]
    )
    assert grade(slow).total == 100  # no patience known: no judgement on length
    card = grade(slow, patience=8)  # resolved on reply 7, beyond 60% of 8
    slow_penalty = next(p for p in card.penalties if p.code == "slow")
    assert slow_penalty.points == 2 * CONFIG.penalties["slow_turn"]
    assert grade(slow, patience=20).total == 100


def test_scenario_nodes_say_what_was_due() -> None:
    turns = [
        turn("Hello, my broadband is not installed.", "What's your application number?", P, expect=(P,)),
        turn("20240518.", "I see.", expect=(A, P)),
        turn("And?", "Sorry. Which building do you live in?", A, P, expect=(R,)),
        turn("Block B.", "I've booked an engineer for tomorrow.", R, expect=(R, F)),
    ]
    card = grade(turns, outcome="resolved")
    assert card.steps["VENT"] == 100  # never expected on this path
    assert card.steps["APOLOGIZE"] == CONFIG.credit["late"]
    assert card.steps["PROBE"] == round((100 + CONFIG.credit["late"]) / 2)
    assert card.steps["RESOLVE"] == round((CONFIG.credit["late"] + 100) / 2)  # expected at node 2, done at 3
    assert card.steps["FOLLOW_UP"] == 0


def test_a_scenario_path_that_expected_no_step_leaves_nothing_to_miss() -> None:
    card = grade([turn(CALM, "Hello.", expect=())], outcome="resolved")
    assert card.total == 100 and card.feedback == []


def test_an_empty_conversation_scores_zero() -> None:
    card = grade([])
    assert card.total == 0 and card.outcome == "unfinished"


def test_bad_arguments_are_clear_errors() -> None:
    with pytest.raises(ValueError, match="outcome"):
        grade(expert(), outcome="won")
    with pytest.raises(ValueError, match="language"):
        grade(expert(), language="fr")


def test_upset_cues_in_both_languages() -> None:
    for line in (
        "This is unacceptable!",
        "It's the third time I call.",
        "I'm FURIOUS",
        "It hasn’t arrived",
        "i didnt get a single text",  # typed without the apostrophe
        "I'm ringing for the fifth time about my claim.",
        "我要投诉你们!",
        "你们也太过分了",
        "到现在还没到货",
    ):
        assert CONFIG.is_upset(line), line
    for line in (
        CALM,
        "I'll call later today.",
        "Thanks a lot, have a nice day.",
        "请问营业时间是几点?",
        "好的,谢谢您。",
    ):
        assert not CONFIG.is_upset(line), line


def test_a_broken_grading_table_is_reported_with_its_file(tmp_path: Path) -> None:
    broken = tmp_path / "grading.yaml"
    broken.write_text("weights: {VENT: 20}\n", encoding="utf-8")
    with pytest.raises(GradingConfigError, match=r"grading\.yaml: error: `weights\.APOLOGIZE`"):
        load_grading_config(broken)
    broken.write_text("weights: [\n", encoding="utf-8")
    with pytest.raises(GradingConfigError, match="cannot read"):
        load_grading_config(broken)


TAG_SETS = st.lists(st.sampled_from([*STEPS, X]), max_size=3, unique=True)
TURNS = st.lists(
    st.tuples(st.sampled_from([UPSET, CALM, "OK.", "太过分了"]), TAG_SETS, st.booleans(), st.booleans()),
    max_size=8,
)


def build(spec: list[tuple[str, list[Tag], bool, bool]]) -> list[GradedTurn]:
    def tagged(i: int, tags: list[Tag]) -> TaggedReply:
        return reply(f"reply {i}", *(t for t in tags if t is not X), forbidden=(f"reply {i}",) if X in tags else ())

    return [GradedTurn(c, tagged(i, tags), hint_used=h, interrupted=cut) for i, (c, tags, h, cut) in enumerate(spec)]


@settings(max_examples=150, deadline=None)
@given(TURNS, st.sampled_from(["unfinished", "resolved", "lost", "escalated"]), st.sampled_from([None, 3, 8]))
def test_any_conversation_grades_in_range_and_the_same_every_time(
    spec: list[tuple[str, list[Tag], bool, bool]], outcome: str, patience: int | None
) -> None:
    turns = build(spec)
    first = grade(turns, outcome=outcome, patience=patience)
    assert 0 <= first.total <= 100
    assert all(0 <= s <= 100 for s in first.steps.values())
    assert grade(turns, outcome=outcome, patience=patience) == first
    if any(t.tagged.has(X) for t in turns):
        assert first.total <= CONFIG.caps["forbidden"]


@settings(max_examples=150, deadline=None)
@given(TURNS, st.data())
def test_adding_forbidden_language_never_raises_the_grade(
    spec: list[tuple[str, list[Tag], bool, bool]], data: st.DataObject
) -> None:
    if not spec:
        return
    i = data.draw(st.integers(0, len(spec) - 1))
    worse = list(spec)
    customer, tags, hint, cut = worse[i]
    worse[i] = (customer, [*tags, X] if X not in tags else tags, hint, cut)
    assert grade(build(worse)).total <= grade(build(spec)).total


def test_the_customer_pushing_back_at_a_reply_costs_points_without_a_scenario() -> None:
    turns = [
        turn(UPSET, "I'm sorry, I hear you. What's the order number?", V, A, P),
        turn("Are you kidding me? I gave it to you already.", "I've sent a replacement.", R),
        turn("Fine.", "I'll call you Friday.", F),
    ]
    card = grade(turns)
    pushback = [p for p in card.penalties if p.code == "pushback"]
    assert [p.turn for p in pushback] == [0]
    assert card.total == 100 - CONFIG.penalties["pushback"]
    scripted = [GradedTurn(t.customer, t.tagged, expect=t.tagged.tags) for t in turns]
    assert "pushback" not in codes(grade(scripted, outcome="resolved"))


def test_a_reply_that_recites_an_earlier_one_costs_points() -> None:
    # A script said again, whatever the customer just said, answers nothing: the brief's "repeating a script".
    sorry = "I'm sorry to hear you're having trouble with your service."
    fresh = [
        turn(UPSET, sorry, A),
        turn("Nothing works.", "I've booked an engineer for Friday morning.", R),
        turn("OK.", "Thanks."),
    ]
    recited = [fresh[0], turn("Nothing works.", f"{sorry} I've booked an engineer for Friday morning.", A, R), fresh[2]]
    card = grade(recited)
    assert [p.turn for p in card.penalties if p.code == "repeated"] == [1]
    assert sorry.rstrip(".") in next(p.message for p in card.penalties if p.code == "repeated")
    assert "repeated" not in codes(grade(fresh))
    assert card.total < grade(fresh).total


def test_a_recited_line_is_found_with_a_word_changed_but_short_courtesies_are_not() -> None:
    first = turn(UPSET, "已经为您反馈了,请您耐心等待处理结果哦。")
    recited = [first, turn("退不退钱?", "请您耐心等待售后处理结果哦。")]
    assert "repeated" in codes(grade(recited, language="zh"))
    courtesy = [turn(UPSET, "Thank you.", A), turn("And?", "Thank you.")]
    assert "repeated" not in codes(grade(courtesy))


def test_pushback_cues_in_both_languages() -> None:
    pushing = ("That's it? No explanation?", "Don't tell me to calm down!", "就这样?连个说法都没有?", "你这是什么态度?")
    for line in pushing:
        assert CONFIG.is_pushback(line), line
    for line in ("It's 5521.", "Thank you, that's great.", "订单号5521。", "好的,谢谢。"):
        assert not CONFIG.is_pushback(line), line


def test_of_two_conversations_with_no_step_done_the_ruder_scores_lower() -> None:
    # Neither did any step; the one that kept most replies civil keeps part of the conduct share.
    civil = [turn(UPSET, "OK."), turn("And?", "Right."), turn("Well?", "Whatever.", forbidden=("Whatever.",))]
    rude = [turn(UPSET, "Calm down.", forbidden=("Calm down.",)), *civil[1:]]
    rude[1] = turn("And?", "Not my department.", forbidden=("Not my department.",))
    assert grade(civil).total > grade(rude).total
    assert all(s == 0 for s in grade(civil).steps.values())


@pytest.mark.parametrize(
    ("vague", "timed", "language"),
    [
        ("We'll get a new one out to you.", "We'll get a new one out to you by Friday.", "en"),
        ("We'll be in touch about it.", "I'll call you tomorrow at 5 pm about it.", "en"),
        ("我们会给您换一台新的。", "我们明天上午给您换一台新的。", "zh"),
    ],
)
def test_a_fix_or_follow_up_without_a_promised_time_earns_less(vague: str, timed: str, language: str) -> None:
    # The rubric's step is to resolve "within a promised time": "soon" is a weaker commitment than "by Friday".
    step = F if "touch" in vague or "call" in timed else R
    opening = [turn(UPSET, "I'm sorry, I hear you. What's the order number?", V, A, P), turn("5521.", "Refunded.", R)]
    for reply_text, credit in ((vague, CONFIG.credit["untimed"]), (timed, CONFIG.credit["on_time"])):
        turns = (
            [*opening, turn("OK.", reply_text, F)]
            if step is F
            else [opening[0], turn("5521.", reply_text, R), turn("OK.", "Case REF-4471: I'll update you.", F)]
        )
        card = grade(turns, language=language)
        assert card.steps[step.value] == credit, reply_text
        told = [f for f in card.feedback if f.step == step.value]
        assert (
            told == []
            if credit == CONFIG.credit["on_time"]
            else told[0].problem == TEXTS[language].problem(step, "untimed")
        )


def test_a_customer_who_accepts_what_was_offered_settles_it_even_without_a_tagged_fix() -> None:
    # The tagger found no fix in "From today every room does an injury check", but the customer's thanks show the
    # reply settled it: no "nothing was resolved" cap, and partial credit for a fix the scorer could not name.
    turns = [
        turn(UPSET, "I'm so sorry, I hear you. What happened?", V, A, P),
        turn("She fell at 3.", "From today every room does an injury check before pickup."),
        turn("Okay. Thank you, that's a relief.", "I'll call you on Friday to tell you how it's going.", F),
    ]
    card = grade(turns)
    assert card.outcome == "resolved" and "cap_unresolved" not in codes(card)
    assert card.steps["RESOLVE"] == CONFIG.credit["accepted"] and card.steps["FOLLOW_UP"] == 100
    turns[2] = turn("Thanks for nothing.", turns[2].tagged.text, F)  # thanks, but pushing back: not settled
    assert grade(turns).outcome == "unfinished" and "cap_unresolved" in codes(grade(turns))


@pytest.mark.parametrize(
    ("last_line", "language"),
    [
        ("Unbelievable. I'm porting my number tonight.", "en"),
        ("Five to seven days. Brilliant. I'll just pull the wires out myself then.", "en"),
        ("Fine, I'll do a chargeback and report you to the BBB.", "en"),
        ("行,那我去消协投诉。", "zh"),
        ("你们就是这么卖东西的？我要差评", "zh"),
        ("那我不用了,销号行不行", "zh"),
        ("我婚礼就一个月了 等不了 算了我找律师吧", "zh"),
        ("so its my fault your lock broke. great. deleting the app", "en"),
        ("i'll be out of insulin tomorrow. forget it, im calling the pharmacy myself", "en"),
    ],
)
def test_a_customer_whose_last_line_walks_away_is_lost(last_line: str, language: str) -> None:
    # Without a scenario the customer's last word is the outcome, whatever was offered before it.
    turns = [*expert()[:2], turn(last_line, "I'm sorry you feel that way.")]
    card = grade(turns, language=language)
    assert card.outcome == "lost" and "cap_lost" in codes(card)
    assert card.total <= CONFIG.caps["lost"]


def test_a_threat_the_customer_takes_back_is_no_customer_lost() -> None:
    for kept in (
        "Thanks. I was ready to leave a one-star review but you've been good about it.",
        "ok. thank you, honestly I was about to cancel the whole thing",
        "好的,谢谢,我本来想去消协投诉的。",
        "行,明天上午要是再不来,我就直接投诉到工信部。",
        "If it's not fixed by Friday I'm going to the ombudsman.",
    ):
        card = grade([*expert()[:2], turn(kept, "Glad we could put it right.")])
        assert card.outcome == "resolved" and "cap_lost" not in codes(card), kept
    assert grade([*expert()[:2], turn("Forget it, I'll be leaving a review.", "OK.")]).outcome == "lost"
    scripted = [GradedTurn(t.customer, t.tagged, expect=t.tagged.tags) for t in expert()[:2]]
    walked = [*scripted, GradedTurn("I'm porting my number tonight.", reply("OK."), expect=())]
    assert grade(walked, outcome="resolved").outcome == "resolved"  # a scenario's own ending wins


def test_a_fix_taken_at_once_needs_no_question_and_no_check_back() -> None:
    # An efficient expert: the opening said everything, the first reply fixed it (done, with a time) and the
    # customer took it. Asking for facts already given, or promising to call back, would add nothing.
    opening = "I cancelled my trial on the 12th and you still charged me £10.99 on the 14th. Not happy."
    fixed = "Sorry, you did everything right. I've refunded the £10.99 today, 3 to 5 working days."
    turns = [turn(opening, fixed, A, R), turn("Nice one, cheers.", "Take care!")]
    card = grade(turns)
    assert {"PROBE", "FOLLOW_UP"} <= set(card.not_due)
    assert card.total > grade([turn(opening, fixed, A, R), turn("OK.", "Take care!")]).total
    vague = [turn(opening, "Sorry. We'll sort a refund out for you.", A, R), turn("Cheers.", "Take care!")]
    assert "FOLLOW_UP" not in grade(vague).not_due  # nothing done or dated: checking back is still due
    pushed = [turn(opening, fixed, A, R), turn("Thanks for nothing, I wanted it back today.", "Take care!")]
    assert "PROBE" not in grade(pushed).not_due


def test_being_made_to_repeat_facts_already_given_is_pushback() -> None:
    for line in (
        "Chester, like I said.",
        "An answer about what? You haven't asked me anything.",
        "How was I supposed to know that?",
        "Are you a bot?",
        "So it's our fault?",
        "你能不能先听我把话说完",
    ):
        assert CONFIG.is_pushback(line), line


def test_a_customer_throwing_the_replys_words_back_is_pushback() -> None:
    # "Older systems?" repeats the trainee's own words in disbelief; "Today? That's a relief." is glad of them.
    said = "I'm sorry about the bill. To be fair, older systems can be quite sensitive. What did he say?"
    for line, language, pushed in (
        ("Older systems? You installed it two years ago.", "en", True),
        ("Sensitive?? It goes off every night.", "en", True),
        ("Two years ago. He said the sensor was faulty.", "en", False),
        ("Today? That's a relief, thanks.", "en", False),
        ("Newer systems? Mine is old.", "en", False),  # not the reply's words
        ("小问题？我一屋子板子堆着。", "zh", True),
    ):
        opening = said if language == "en" else "装不进去这种情况偶尔会有,一般都是小问题。"
        card = grade(
            [turn(UPSET, opening, A, P), turn(line, "I've booked an engineer for today.", R)], language=language
        )
        assert ("pushback" in codes(card)) is pushed, line
