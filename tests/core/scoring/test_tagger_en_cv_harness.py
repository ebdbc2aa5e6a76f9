"""scripts/cv_tagger.py: the leave-one-writer-out harness that measures how the tagger generalises on the train
split."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest

from tests.script_module import load_script

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def cv() -> ModuleType:
    return load_script("cv_tagger")


def test_each_fold_is_one_writer(cv: ModuleType) -> None:
    assert [cv.writer_of(i) for i in ("en-0001", "zh-1800", "en-5001", "zh-6101", "en-8999", "zh-9400")] == [
        1,
        1,
        2,
        6,
        9,
        5,
    ]
    with pytest.raises(ValueError, match="en-12000 is in no writer's range"):
        cv.writer_of("en-12000")


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
        {"id": f"en-{n + 1}", "reply": reply, "tags": tags}
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
    assert cv.main(["--lang", "en", "--rules-only", "--errors"]) == 0
    out = capsys.readouterr().out
    assert "12 items, 12 exactly right" in out
    assert "macro-F1 1.000" in out
