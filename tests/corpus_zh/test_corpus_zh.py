"""Checks the hand-labelled Chinese reply corpus (data/corpus/zh) for format, coverage and the rubric's edge rules."""

import importlib.util
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from simulator.core.tags import ALL_TAGS, STEPS, Tag

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "data" / "corpus" / "zh"
FAMILIES = {
    "plain", "paraphrase", "negation", "non_apology", "rhetorical", "buck_passing", "closing", "typo", "long",
    "one_word", "traditional", "code_mixed", "condolence", "overpromise", "take_back", "call_us_again",
    "lookup_not_resolve",
}  # fmt: skip
TAG_NAMES = {t.value for t in ALL_TAGS}


def _load(name: str) -> list[dict[str, object]]:
    items = []
    for number, line in enumerate((FOLDER / name).read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                items.append(json.loads(line))
            except json.JSONDecodeError as err:
                pytest.fail(f"{name} line {number}: not JSON ({err})")
    return items


@pytest.fixture(scope="module")
def corpus() -> list[dict[str, object]]:
    return _load("all.jsonl")


def test_every_item_has_the_documented_fields(corpus: list[dict[str, object]]) -> None:
    for item in corpus:
        where = item.get("id", "?")
        assert set(item) <= {"id", "customer", "reply", "tags", "family"}, where
        assert re.fullmatch(r"zh-\d{4}", str(item["id"])), where
        assert isinstance(item["reply"], str) and item["reply"].strip(), where
        assert "customer" not in item or (isinstance(item["customer"], str) and item["customer"].strip()), where
        assert item["family"] in FAMILIES, where
        tags = item["tags"]
        assert isinstance(tags, list) and set(tags) <= TAG_NAMES, where
        assert tags == sorted(set(tags)), f"{where}: tags must be a sorted set"


def test_ids_and_replies_are_unique(corpus: list[dict[str, object]]) -> None:
    ids = Counter(item["id"] for item in corpus)
    replies = Counter(item["reply"] for item in corpus)
    assert [i for i, n in ids.items() if n > 1] == []
    assert [r for r, n in replies.items() if n > 1] == []


def test_size_and_tag_coverage(corpus: list[dict[str, object]]) -> None:
    counts = Counter(tag for item in corpus for tag in item["tags"])
    assert len(corpus) >= 1650
    for step in STEPS:
        assert counts[step.value] >= 200, step
    assert counts[Tag.FORBIDDEN.value] >= 250
    assert sum(1 for item in corpus if not item["tags"]) >= 150  # plenty of replies with no step at all
    assert set(Counter(item["family"] for item in corpus)) == FAMILIES


def _families(corpus: list[dict[str, object]], family: str) -> list[dict[str, object]]:
    found = [item for item in corpus if item["family"] == family]
    assert found, family
    return found


def test_edge_rules_hold_for_their_families(corpus: list[dict[str, object]]) -> None:
    # Each family exists to exercise one edge rule of complaint-steps.md; a slip in labelling shows up here.
    for item in _families(corpus, "condolence"):
        assert "VENT" in item["tags"] and "APOLOGIZE" not in item["tags"], item["id"]
    for item in _families(corpus, "non_apology"):
        assert "FORBIDDEN" in item["tags"] and "APOLOGIZE" not in item["tags"], item["id"]
    for item in _families(corpus, "take_back"):
        assert "FORBIDDEN" in item["tags"] and "VENT" not in item["tags"], item["id"]
    for item in _families(corpus, "call_us_again"):
        assert "FOLLOW_UP" not in item["tags"], item["id"]
    for item in _families(corpus, "lookup_not_resolve"):
        assert "RESOLVE" not in item["tags"], item["id"]
    for item in _families(corpus, "rhetorical"):
        assert not {"FORBIDDEN", "PROBE"} <= set(item["tags"]), item["id"]
    for item in _families(corpus, "overpromise"):
        if "保证" in str(item["reply"]) and not re.search("不能|没法|不敢", str(item["reply"])):
            assert "FORBIDDEN" in item["tags"], item["id"]


def test_empty_courtesy_carries_no_tag(corpus: list[dict[str, object]]) -> None:
    courtesy = {"请问还有其他可以帮您的吗?", "好的。", "您好,请问有什么可以帮您?", "收到。"}
    for item in corpus:
        if item["reply"] in courtesy:
            assert item["tags"] == [], item["id"]


def test_split_is_the_hash_split_of_all_items(corpus: list[dict[str, object]]) -> None:
    spec = importlib.util.spec_from_file_location("split_corpus", ROOT / "scripts" / "split_corpus.py")
    assert spec and spec.loader
    split = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(split)
    train, heldout = _load("train.jsonl"), _load("heldout.jsonl")
    assert sorted(map(json.dumps, train + heldout)) == sorted(map(json.dumps, corpus)), "re-run split_corpus.py zh"
    assert all(not split.is_heldout(item["id"]) for item in train)
    assert all(split.is_heldout(item["id"]) for item in heldout)
