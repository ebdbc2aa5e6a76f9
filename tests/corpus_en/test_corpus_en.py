"""Checks the hand-labelled English reply corpus (data/corpus/en): format, coverage, the split, and the edge rules
of complaint-steps.md that each family was written to exercise."""

import importlib.util
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from simulator.core.tags import ALL_TAGS, STEPS, Tag

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "data" / "corpus" / "en"
TAG_NAMES = {t.value for t in ALL_TAGS}

# family -> (tag, whether every item of the family must carry it); each pair is one edge rule of the rubric.
FAMILY_RULES = {
    "condolence": (Tag.VENT, True),  # condolences are VENT
    "non_apology": (Tag.FORBIDDEN, True),
    "take_back": (Tag.FORBIDDEN, True),
    "rhetorical": (Tag.FORBIDDEN, True),
    "overpromise": (Tag.FORBIDDEN, True),
    "buck_passing": (Tag.FORBIDDEN, True),
    "call_us_again": (Tag.FOLLOW_UP, False),  # leaving it to the customer to call is not FOLLOW_UP
    "lookup_not_resolve": (Tag.RESOLVE, False),  # looking up, holding, ticketing, passing on is not RESOLVE
}
OTHER_FAMILIES = {"plain", "paraphrase", "negation", "closing", "typo", "long", "one_word", "traditional", "code_mixed"}


def _read(name: str) -> list[dict[str, object]]:
    items = []
    for number, line in enumerate((FOLDER / name).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            items.append(json.loads(line))
        except json.JSONDecodeError as err:
            pytest.fail(f"data/corpus/en/{name} line {number}: not JSON ({err})")
    return items


@pytest.fixture(scope="module")
def corpus() -> list[dict[str, object]]:
    return _read("all.jsonl")


def test_items_have_the_documented_shape(corpus: list[dict[str, object]]) -> None:
    for item in corpus:
        where = item.get("id", "?")
        assert {"id", "reply", "tags", "family"} <= set(item) <= {"id", "customer", "reply", "tags", "family"}, where
        assert re.fullmatch(r"en-\d{4}", str(item["id"])), where
        assert isinstance(item["reply"], str) and item["reply"].strip(), where
        customer = item.get("customer", "")
        assert "customer" not in item or (isinstance(customer, str) and customer.strip()), where
        assert item["family"] in set(FAMILY_RULES) | OTHER_FAMILIES, where
        assert isinstance(item["tags"], list) and set(item["tags"]) <= TAG_NAMES, where
        assert item["tags"] == sorted(set(item["tags"])), f"{where}: tags must be a sorted set"


def test_ids_and_replies_are_unique(corpus: list[dict[str, object]]) -> None:
    assert [i for i, n in Counter(item["id"] for item in corpus).items() if n > 1] == []
    assert [r for r, n in Counter(item["reply"] for item in corpus).items() if n > 1] == []


def test_corpus_is_large_and_covers_every_tag_and_family(corpus: list[dict[str, object]]) -> None:
    counts = Counter(tag for item in corpus for tag in item["tags"])
    assert len(corpus) >= 1650
    assert all(counts[step.value] >= 200 for step in STEPS), counts
    assert counts[Tag.FORBIDDEN.value] >= 250
    assert sum(not item["tags"] for item in corpus) >= 150, "too few replies that carry no tag"
    assert {item["family"] for item in corpus} == set(FAMILY_RULES) | OTHER_FAMILIES


@pytest.mark.parametrize("family", sorted(FAMILY_RULES))
def test_each_family_obeys_its_edge_rule(corpus: list[dict[str, object]], family: str) -> None:
    tag, required = FAMILY_RULES[family]
    members = [item for item in corpus if item["family"] == family]
    assert len(members) >= 10, family
    wrong = [item["id"] for item in members if (tag.value in item["tags"]) != required]
    assert wrong == []


def test_non_apologies_and_rhetorical_questions_never_count_as_the_step_they_imitate(
    corpus: list[dict[str, object]],
) -> None:
    for item in corpus:
        if item["family"] in ("non_apology", "take_back"):
            assert not {"APOLOGIZE", "VENT"} & set(item["tags"]), item["id"]
        if item["family"] == "rhetorical":
            assert "PROBE" not in item["tags"], item["id"]


@pytest.mark.parametrize(
    ("reply", "tags"),
    [
        ("Sorry.", ["APOLOGIZE"]),  # a bare sorry counts
        ("I'm sorry you feel that way, but the charges are correct.", ["FORBIDDEN"]),
        ("Is there anything else I can help you with today?", []),
        ("Hello, how can I help?", []),
        ("Feel free to call us again if you don't hear anything.", []),
        ("Your case number is TX-5531.", []),  # a reference alone promises no update
        ("I've raised a ticket with the repair team.", []),
        ("Please read me the start date printed on your contract.", ["PROBE"]),  # request without a question mark
        ("I'm sorry for your loss.", ["VENT"]),
    ],
)
def test_the_rubric_examples_are_labelled_as_the_rubric_says(
    corpus: list[dict[str, object]], reply: str, tags: list[str]
) -> None:
    found = [item for item in corpus if item["reply"] == reply]
    assert len(found) == 1, reply
    assert found[0]["tags"] == tags


def test_train_and_heldout_are_the_hash_split_of_all_items(corpus: list[dict[str, object]]) -> None:
    spec = importlib.util.spec_from_file_location("split_corpus", ROOT / "scripts" / "split_corpus.py")
    assert spec and spec.loader
    split = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(split)
    train, heldout = _read("train.jsonl"), _read("heldout.jsonl")
    assert sorted(map(json.dumps, train + heldout)) == sorted(map(json.dumps, corpus)), "re-run split_corpus.py en"
    assert not any(split.is_heldout(item["id"]) for item in train)
    assert all(split.is_heldout(item["id"]) for item in heldout)
