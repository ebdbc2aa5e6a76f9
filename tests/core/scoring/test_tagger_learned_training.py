"""scripts/train_tagger_models.py: the learned second opinions are trained as they are used (only where the rules
did not find their tag), on the corpus plus the scenarios' tagged examples, which never choose a threshold."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest

from simulator.core.scoring import load_tagger
from simulator.core.tags import Tag
from tests.script_module import load_script

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def trainer() -> ModuleType:
    return load_script("train_tagger_models")


def test_a_model_never_sees_its_own_tag_among_the_rules_findings(trainer: ModuleType) -> None:
    feats = trainer.model_features("calm down", "en", [Tag.FORBIDDEN, Tag.APOLOGIZE], Tag.FORBIDDEN)
    assert feats == ["t:APOLOGIZE", "w:calm", "w:down", "b:calm_down"]
    assert "t:FORBIDDEN" in trainer.model_features("calm down", "en", [Tag.FORBIDDEN], Tag.VENT)


def test_shipped_models_were_trained_without_their_own_tag() -> None:
    for tag, by_lang in load_tagger().models.items():
        assert all(f"t:{tag.value}" not in model.weights for model in by_lang.values())


def rows(
    n: int, feats: list[str], label: int, found: bool
) -> tuple[list[tuple[list[str], int]], list[tuple[bool, bool]]]:
    return [(feats, label)] * n, [(found, True)] * n


def writers(n: int, count: int = 5) -> list[int]:
    """A writer for each of n items, taking turns, so every writer wrote some of each kind."""
    return [i % count for i in range(n)]


def test_threshold_is_chosen_on_what_the_rules_leave_to_the_model(trainer: ModuleType) -> None:
    # The words predict the tag perfectly, but the rules already found every positive: nothing is left to catch,
    # so the model stays silent (cut 1.0) instead of being tuned on what it will never be asked about.
    pos, pos_found = rows(20, ["w:rude"], 1, True)
    neg, neg_found = rows(20, ["w:kind"], 0, False)
    assert trainer.best_threshold(pos + neg, pos_found + neg_found, writers(40)) == (1.0, 0.0)
    missed, missed_found = rows(20, ["w:rude"], 1, False)
    cut, f1 = trainer.best_threshold(missed + neg, missed_found + neg_found, writers(40))
    assert cut < 1.0 and f1 == 1.0


def test_a_forbidden_cut_keeps_rules_and_model_together_precise(trainer: ModuleType) -> None:
    # The model is right 10 times in 14 where the rules missed the tag, which alone would earn it a cut; but with
    # the rules' own 2 false alarms, rules and model together are right only 28 times in 34.
    rude, rude_found = rows(18, ["w:rude"], 1, True)
    calm, calm_found = rows(2, ["w:calm"], 0, True)
    odd, odd_found = rows(10, ["w:odd"], 1, False)
    odd_not, odd_not_found = rows(4, ["w:odd"], 0, False)
    plain, plain_found = rows(30, ["w:plain"], 0, False)
    data = rude + calm + odd + odd_not + plain
    found = rude_found + calm_found + odd_found + odd_not_found + plain_found
    cut, f1 = trainer.best_threshold(data, found, writers(len(data)))
    assert cut < 1.0 and f1 > 0
    assert trainer.best_threshold(data, found, writers(len(data)), min_combined_precision=0.9) == (1.0, 0.0)


def test_extra_items_are_trained_on_but_never_scored(trainer: ModuleType) -> None:
    pos, pos_found = rows(20, ["w:odd"], 1, False)
    neg, neg_found = rows(20, ["w:plain"], 0, False)
    assert trainer.best_threshold(pos + neg, pos_found + neg_found, writers(40))[1] == 1.0
    # Many extra items saying "odd" is harmless teach every fold so: the model no longer flags the scored ones.
    contrary = [(["w:odd"], 0)] * 200
    assert trainer.best_threshold(pos + neg, pos_found + neg_found, writers(40), contrary)[1] == 0.0


def test_each_fold_holds_out_one_whole_writer(trainer: ModuleType) -> None:
    # Writer 1 alone uses the word "odd" for the tag: a fold that trains without writer 1 cannot learn it, so
    # nothing writer 1 wrote is caught, though a fold mixing all writers would have learned it from the others.
    pos, pos_found = rows(20, ["w:odd"], 1, False)
    neg, neg_found = rows(20, ["w:plain"], 0, False)
    assert trainer.best_threshold(pos + neg, pos_found + neg_found, [1] * 20 + [2] * 20) == (1.0, 0.0)


def test_only_the_scored_writers_choose_the_cut(trainer: ModuleType) -> None:
    # Writers 1-3 use "odd" for the tag; writer 4 alone uses "rare", which no other writer could teach a model.
    odd, odd_found = rows(30, ["w:odd"], 1, False)
    rare, rare_found = rows(10, ["w:rare"], 1, False)
    neg, neg_found = rows(30, ["w:plain"], 0, False)
    data, found = odd + rare + neg, odd_found + rare_found + neg_found
    groups = [1] * 10 + [2] * 10 + [3] * 10 + [4] * 10 + [1] * 10 + [2] * 10 + [3] * 10
    assert trainer.best_threshold(data, found, groups)[1] < 1.0  # writer 4's fold misses its "rare" items
    cut, f1 = trainer.best_threshold(data, found, groups, scored=[3])  # the validation writer alone decides
    assert cut < 1.0 and f1 == 1.0
    assert trainer.best_threshold(data, found, groups, scored=[9]) == (1.0, 0.0)  # no such writer: no cut


def test_scenario_examples_are_read_with_their_customer_line_and_tags(trainer: ModuleType) -> None:
    for lang in ("en", "zh"):
        items = trainer.scenario_items(lang)
        assert len(items) > 50
        assert all(reply and customer and isinstance(tags, frozenset) for reply, customer, tags in items)
        assert any(Tag.FORBIDDEN in tags for _, _, tags in items)


def test_a_broken_scenario_stops_training_with_its_file_named(
    trainer: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "scenarios" / "en").mkdir(parents=True)
    broken = tmp_path / "scenarios" / "en" / "broken.yaml"
    broken.write_text("id: broken\nnodes: [\n", encoding="utf-8")
    monkeypatch.setattr(trainer, "ROOT", tmp_path)
    with pytest.raises(SystemExit, match="broken.yaml") as caught:
        trainer.scenario_items("en")
    assert "python main.py lint" in str(caught.value)


def test_a_broken_corpus_line_names_file_and_line(
    trainer: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "data" / "corpus" / "en" / "train.jsonl"
    corpus.parent.mkdir(parents=True)
    good = {"id": "en-1", "reply": "Sorry.", "tags": ["APOLOGIZE"]}
    corpus.write_text(json.dumps(good) + '\n{"id": "en-2", "reply": "x", "tags": ["NICE"]}\n', encoding="utf-8")
    monkeypatch.setattr(trainer, "ROOT", tmp_path)
    with pytest.raises(SystemExit, match=rf"{corpus}:2: error: not a corpus item"):
        trainer.corpus_items("en")
