"""Feedback: the trainee's own words, a better reply (the scenario's or a stock one), in the scenario's language."""

from __future__ import annotations

import re

import yaml
from test_grader import UPSET, A, F, P, R, V, expert, grade, turn

from simulator.core.scoring.feedback import load_feedback_texts
from simulator.core.scoring.grade_config import ASSETS
from simulator.core.tags import ALL_TAGS, Tag

HAN = re.compile(r"[\u4e00-\u9fff]")


def test_a_missed_step_quotes_the_reply_where_it_was_due_and_offers_a_stock_example() -> None:
    turns = expert()
    turns[0] = turn(UPSET, "What's your order number?", P)
    card = grade(turns)
    vent = next(f for f in card.feedback if f.step == "VENT")
    assert vent.quote == "What's your order number?"
    assert vent.turn == 0
    assert vent.better == load_feedback_texts("en").examples[Tag.VENT]
    assert "listen" in vent.problem or "felt" in vent.problem


def test_the_scenario_model_reply_is_the_better_reply_when_there_is_one() -> None:
    model = "I'm sorry it has been so unclear. May I ask which building you live in?"
    turns = [
        turn("It's 20240518, still pending.", "OK.", expect=(A, P), model_reply=model),
        turn("Block B.", "I've booked an engineer.", R, expect=(R,)),
    ]
    card = grade(turns, outcome="resolved")
    missed = [f for f in card.feedback if f.turn == 0]
    assert {f.step for f in missed} == {"APOLOGIZE", "PROBE"}
    assert all(f.quote == "OK." and f.better == model for f in missed)


def test_forbidden_feedback_quotes_the_offending_words_not_the_whole_reply() -> None:
    turns = expert()
    turns[1] = turn(
        "5521.", "I've refunded you. You should have read the terms.", R, forbidden=("You should have read the terms.",)
    )
    card = grade(turns)
    item = next(f for f in card.feedback if f.step == "FORBIDDEN")
    assert item.quote == "You should have read the terms."
    assert item.better == load_feedback_texts("en").examples[Tag.FORBIDDEN]
    assert any("You should have read the terms." in p.message for p in card.penalties)


def test_an_order_problem_is_explained_once_at_the_solution() -> None:
    turns = [
        turn(UPSET, "I hear you. What's the order number?", V, P),
        turn("5521.", "I've sent a replacement.", R),
        turn("Fine.", "Sorry about that. I'll call you Friday.", A, F),
    ]
    card = grade(turns)
    apologies = [f for f in card.feedback if f.step == "APOLOGIZE"]
    assert len(apologies) == 1
    assert apologies[0].quote == "I've sent a replacement." and apologies[0].turn == 1
    assert "before" in apologies[0].problem


def test_feedback_is_in_conversation_order_without_repeats() -> None:
    turns = [turn(UPSET, "Refunded.", R), turn("What?", "Bye.")]
    card = grade(turns)
    keys = [(f.turn, f.step, f.problem) for f in card.feedback]
    assert keys == sorted(keys, key=lambda k: k[0])
    assert len(keys) == len(set(keys))
    assert {f.step for f in card.feedback} == {"VENT", "APOLOGIZE", "PROBE", "FOLLOW_UP"}


def test_chinese_conversations_get_chinese_feedback_and_penalties() -> None:
    turns = [
        turn("我已经是第三次打电话了,太过分了!", "请问订单号是多少?", P),
        turn("5521。", "这不归我们管。", forbidden=("这不归我们管。",)),
    ]
    card = grade(turns, language="zh")
    assert card.feedback and all(HAN.search(f.problem) for f in card.feedback)
    assert all(HAN.search(p.message) for p in card.penalties)
    assert any(f.quote == "这不归我们管。" for f in card.feedback)
    assert next(f for f in card.feedback if f.step == "VENT").better == load_feedback_texts("zh").examples[Tag.VENT]


def test_both_feedback_files_have_the_same_texts() -> None:
    def keys(language: str) -> set[str]:
        raw = yaml.safe_load((ASSETS / f"feedback_{language}.yaml").read_text(encoding="utf-8"))
        flat = {f"problems.{s}.{k}" for s, texts in raw["problems"].items() for k in texts}
        return flat | {f"examples.{k}" for k in raw["examples"]} | {f"penalties.{k}" for k in raw["penalties"]}

    assert keys("en") == keys("zh")
    for language in ("en", "zh"):
        texts = load_feedback_texts(language)
        assert set(texts.examples) == set(ALL_TAGS)
        assert all(HAN.search(t) for t in texts.examples.values()) == (language == "zh")
