"""The Chinese reply corpus (data/corpus/zh): the rubric's edge rules per family and empty courtesy.
Format, size and split: test_corpus_files.py."""

import re

import pytest

from simulator.core.tags import ALL_TAGS
from tests.corpus.corpus_files import read

TAG_NAMES = {t.value for t in ALL_TAGS}


@pytest.fixture(scope="module")
def corpus() -> list[dict[str, object]]:
    return read("zh", "all.jsonl")


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
