"""The English reply corpus (data/corpus/en): the edge rules of complaint-steps.md that each family was written
to exercise, and the rubric's own examples. Format, size and split: test_corpus_files.py."""

import pytest

from simulator.core.tags import ALL_TAGS, Tag
from tests.corpus.corpus_files import read

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


@pytest.fixture(scope="module")
def corpus() -> list[dict[str, object]]:
    return read("en", "all.jsonl")


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
    found = [item["tags"] for item in corpus if item["reply"] == reply]
    assert found, reply
    assert all(labels == tags for labels in found), reply
