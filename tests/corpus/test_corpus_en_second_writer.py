"""Checks the second writer's part of the English corpus (en-5001 upwards): its size and mix, the hard cases it was
written to add, that the README's counts for it are true, and the judgement calls the README records for it."""

import re
from collections import Counter

import pytest

from tests.corpus.corpus_files import CORPUS, read

FIRST_ID, LAST_ID = 5001, 6099
TAG_ROWS = ["VENT", "APOLOGIZE", "PROBE", "RESOLVE", "FOLLOW_UP", "FORBIDDEN"]
SAYS_SORRY = re.compile(r"\b(sorry|apologi[sz]e|apologies)\b", re.IGNORECASE)


def _items(name: str) -> list[dict[str, object]]:
    return [item for item in read("en", name) if FIRST_ID <= int(str(item["id"])[3:]) <= LAST_ID]


@pytest.fixture(scope="module")
def second() -> list[dict[str, object]]:
    return _items("all.jsonl")


def _row(items: list[dict[str, object]]) -> list[int]:
    counts = Counter(tag for item in items for tag in item["tags"])  # type: ignore[attr-defined]
    return [counts[tag] for tag in TAG_ROWS] + [sum(not item["tags"] for item in items), len(items)]


def test_ids_run_from_en_5001_without_gaps(second: list[dict[str, object]]) -> None:
    numbers = [int(str(item["id"])[3:]) for item in second]
    assert numbers == list(range(FIRST_ID, FIRST_ID + len(numbers)))
    assert len(numbers) >= 1000


def test_the_mix_is_varied(second: list[dict[str, object]]) -> None:
    counts = Counter(tag for item in second for tag in item["tags"])  # type: ignore[attr-defined]
    assert all(counts[tag] >= 100 for tag in TAG_ROWS), counts
    assert 0.10 <= counts["FORBIDDEN"] / len(second) <= 0.20
    assert sum(not item["tags"] for item in second) >= 100
    assert sum(len(item["tags"]) >= 2 for item in second) >= 150  # type: ignore[arg-type]
    assert sum("customer" in item for item in second) >= 0.75 * len(second)


def test_hard_cases_are_there(second: list[dict[str, object]]) -> None:
    replies = [(str(item["reply"]), list(item["tags"])) for item in second]  # type: ignore[call-overload]
    assert sum("APOLOGIZE" in tags and not SAYS_SORRY.search(reply) for reply, tags in replies) >= 100
    assert sum("APOLOGIZE" not in tags and bool(SAYS_SORRY.search(reply)) for reply, tags in replies) >= 30
    assert sum("FORBIDDEN" in tags and len(tags) >= 2 for reply, tags in replies) >= 10


def test_readme_counts_for_the_second_writer_are_true(second: list[dict[str, object]]) -> None:
    section = (CORPUS / "en" / "README.md").read_text(encoding="utf-8").split("## Second writer", 1)[1]
    table = re.findall(r"^\| [^|]+ \| ([\d,]+) \|$", section, re.MULTILINE)
    assert [int(cell.replace(",", "")) for cell in table] == _row(second)


@pytest.mark.parametrize(
    ("item_id", "tags"),
    [
        ("en-5585", ["PROBE", "VENT"]),  # "if it happened here, it's ours to fix": a conditional admission
        ("en-5616", []),
        ("en-5800", ["VENT"]),  # a care question about a pet
        ("en-5065", ["RESOLVE"]),
        ("en-6003", ["APOLOGIZE", "FORBIDDEN"]),
        ("en-5905", []),
        ("en-5947", ["FORBIDDEN"]),
    ],
)
def test_the_readme_judgement_calls_hold(second: list[dict[str, object]], item_id: str, tags: list[str]) -> None:
    assert [item["tags"] for item in second if item["id"] == item_id] == [tags]
