"""scripts/train_grade_model.py: the grader's conversation model learns from pairs of versions of one situation,
never from a blind set or a held-out situation."""

from __future__ import annotations

from types import ModuleType

import pytest

from tests.script_module import load_script


@pytest.fixture(scope="module")
def trainer() -> ModuleType:
    return load_script("train_grade_model")


def test_blind_sets_and_held_out_situations_are_never_trained_on(trainer: ModuleType) -> None:
    for language in ("en", "zh"):
        sets = trainer.read_sets(language)
        assert sets and not set(sets) & trainer.BLIND
        assert all(item["split"] != "heldout" for items in sets.values() for item in items)
        assert all(item["language"] == language for items in sets.values() for item in items)
    on_disk = {path.stem for path in trainer.DATA.glob("blind*.jsonl")}
    assert on_disk >= trainer.BLIND  # a blind set named here that does not exist would be a typo


def versions(situation: str, expert: str, average: str, poor: str) -> list[dict[str, object]]:
    customer = "My order is late again, this is ridiculous."
    return [
        {"situation": situation, "quality": quality, "turns": [{"customer": customer, "reply": text}]}
        for quality, text in (("expert", expert), ("average", average), ("poor", poor))
    ]


def test_a_model_learns_what_separates_the_versions_of_one_situation(trainer: ModuleType) -> None:
    sets = {
        "one": versions("a", "I'm so sorry, I've refunded it today.", "OK, refund requested.", "Not my problem."),
        "two": versions("b", "So sorry, I've sent a new one today.", "OK, I'll pass it on.", "Not my department."),
    }
    matrix, names, triples, _ = trainer.design(sets, "en")
    assert len(triples) == 2 and len(names) == matrix.shape[1]
    weights = dict(zip(names, trainer.fit(matrix, triples), strict=True))
    assert weights["w:sorry"] > 0 > weights["w:not"]
    scores = matrix @ trainer.fit(matrix, triples[:1])  # trained on the first situation, judging the second
    expert, average, poor, _ = triples[1]
    assert scores[expert] > scores[average] > scores[poor]
