"""scripts/cv_tagger.py: the k-fold harness that measures how the tagger generalises on the train split."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def cv() -> ModuleType:
    spec = importlib.util.spec_from_file_location("cv_tagger", ROOT / "scripts" / "cv_tagger.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_folds_are_stable_and_spread(cv: ModuleType) -> None:
    ids = [f"en-{n:04d}" for n in range(1, 1001)]
    folds = [cv.fold_of(i, 5) for i in ids]
    assert folds == [cv.fold_of(i, 5) for i in ids]  # a hash of the id, not of the run
    sizes = Counter(folds)
    assert set(sizes) == {0, 1, 2, 3, 4}
    assert min(sizes.values()) > 150  # roughly even: 200 each


def test_a_broken_corpus_line_names_file_and_line(
    cv: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "train.jsonl"
    good = {"id": "en-1", "reply": "Sorry.", "tags": ["APOLOGIZE"]}
    corpus.write_text(json.dumps(good) + "\n" + '{"id": "en-2", "reply": "x"}\n', encoding="utf-8")
    monkeypatch.setattr(cv, "corpus_path", lambda lang, split: corpus)
    with pytest.raises(SystemExit, match=rf"{corpus}:2: error: not a corpus item"):
        cv.load_items("en")


def test_rules_only_run_reports_every_tag(
    cv: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    items = [
        {"id": f"en-{n}", "reply": reply, "tags": tags}
        for n, (reply, tags) in enumerate(
            [
                ("Sorry.", ["APOLOGIZE"]),
                ("Calm down.", ["FORBIDDEN"]),
                ("OK.", []),
                ("What's the order number?", ["PROBE"]),
            ]
            * 3
        )
    ]
    corpus = tmp_path / "train.jsonl"
    corpus.write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")
    monkeypatch.setattr(cv, "corpus_path", lambda lang, split: corpus)
    assert cv.main(["--lang", "en", "--folds", "3", "--rules-only", "--errors"]) == 0
    out = capsys.readouterr().out
    assert "12 items, 12 exactly right" in out
    assert "macro-F1 1.000" in out
