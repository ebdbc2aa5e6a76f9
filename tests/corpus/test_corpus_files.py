"""What both languages' corpora must be: well-formed items, unique, large enough, and split by writer only."""

import json
import re
from collections import Counter

import pytest

from simulator.core.tags import ALL_TAGS, STEPS, Tag
from tests.corpus.corpus_files import FAMILIES, read, split_script

LANGUAGES = ("en", "zh")
TAG_NAMES = {t.value for t in ALL_TAGS}


@pytest.fixture(scope="module", params=LANGUAGES)
def lang(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="module")
def corpus(lang: str) -> list[dict[str, object]]:
    return read(lang, "all.jsonl")


def test_items_have_the_documented_shape(lang: str, corpus: list[dict[str, object]]) -> None:
    for item in corpus:
        where = item.get("id", "?")
        assert {"id", "reply", "tags", "family"} <= set(item) <= {"id", "customer", "reply", "tags", "family"}, where
        assert re.fullmatch(rf"{lang}-\d{{4,5}}", str(item["id"])), where
        assert isinstance(item["reply"], str) and item["reply"].strip(), where
        customer = item.get("customer", "")
        assert "customer" not in item or (isinstance(customer, str) and customer.strip()), where
        assert item["family"] in FAMILIES, where
        assert isinstance(item["tags"], list) and set(item["tags"]) <= TAG_NAMES, where
        assert item["tags"] == sorted(set(item["tags"])), f"{where}: tags must be a sorted set"


def test_ids_and_replies_are_unique(corpus: list[dict[str, object]]) -> None:
    assert [i for i, n in Counter(item["id"] for item in corpus).items() if n > 1] == []
    # Two writers may both type "Sorry.", but never to the same customer line.
    said = Counter((item.get("customer"), item["reply"]) for item in corpus)
    assert [pair for pair, n in said.items() if n > 1] == []


def test_corpus_is_large_and_covers_every_tag_and_family(corpus: list[dict[str, object]]) -> None:
    counts = Counter(tag for item in corpus for tag in item["tags"])
    assert len(corpus) >= 1650
    assert all(counts[step.value] >= 200 for step in STEPS), counts
    assert counts[Tag.FORBIDDEN.value] >= 250
    assert sum(not item["tags"] for item in corpus) >= 150, "too few replies that carry no tag"
    assert {item["family"] for item in corpus} == FAMILIES


def test_train_and_heldout_are_the_writer_split_of_all_items(lang: str, corpus: list[dict[str, object]]) -> None:
    split = split_script()
    train, heldout = read(lang, "train.jsonl"), read(lang, "heldout.jsonl")
    assert sorted(map(json.dumps, train + heldout)) == sorted(map(json.dumps, corpus)), f"re-run split_corpus.py {lang}"
    assert not any(split.is_heldout(item["id"]) for item in train)
    assert all(split.is_heldout(item["id"]) for item in heldout)
    assert len(heldout) >= 300, "the held-out writer must give enough items to measure on"
