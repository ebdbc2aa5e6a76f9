"""The labelled conversation sets (data/conversations/) are well formed, and the grade separates expert from poor."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from simulator.core.grading_types import GradedTurn
from simulator.core.scoring import load_grader, load_tagger

DATA = Path(__file__).resolve().parents[3] / "data" / "conversations"
HAN = re.compile(r"[\u4e00-\u9fff]")


def load(language: str) -> list[dict[str, object]]:
    lines = (DATA / f"{language}.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.mark.parametrize("language", ["en", "zh"])
def test_each_situation_has_an_expert_average_and_poor_version(language: str) -> None:
    items = load(language)
    assert len({i["id"] for i in items}) == len(items)
    by_situation = Counter(str(i["situation"]) for i in items)
    assert len(by_situation) >= 24
    assert all(n == 3 for n in by_situation.values())
    for situation in by_situation:
        versions = [i for i in items if i["situation"] == situation]
        assert sorted(str(v["quality"]) for v in versions) == ["average", "expert", "poor"]
        assert len({v["split"] for v in versions}) == 1  # a situation is held out whole
    heldout = {i["situation"] for i in items if i["split"] == "heldout"}
    assert len(heldout) == 8


@pytest.mark.parametrize("language", ["en", "zh"])
def test_conversations_are_written_in_their_language(language: str) -> None:
    for item in load(language):
        assert item["language"] == language
        turns = item["turns"]
        assert isinstance(turns, list) and turns
        for t in turns:
            assert set(t) == {"customer", "reply"} and t["customer"].strip() and t["reply"].strip()
            assert bool(HAN.search(t["customer"] + t["reply"])) == (language == "zh"), item["id"]


@pytest.mark.parametrize("language", ["en", "zh"])
def test_every_expert_version_outscores_the_poor_one(language: str) -> None:
    tagger, grader = load_tagger(), load_grader()
    totals: dict[tuple[str, str], int] = {}
    for item in load(language):
        turns = [GradedTurn(t["customer"], tagger.tag(t["reply"], t["customer"], language)) for t in item["turns"]]
        totals[(str(item["situation"]), str(item["quality"]))] = grader.grade(turns, language).total
    losers = [s for s, q in totals if q == "expert" and totals[(s, "expert")] <= totals[(s, "poor")]]
    assert losers == []
