"""scripts/eval_tagger.py: one writer's items can be measured alone, and the validation writer's errors are never
listed."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest

from tests.script_module import load_script

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def ev() -> ModuleType:
    return load_script("eval_tagger")


def test_one_writer_alone_and_the_validation_writer_unlisted(
    ev: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    items = [
        {"id": "en-0001", "reply": "Calm down.", "tags": []},  # writer 1, wrongly labelled: an error to list
        {"id": "en-2501", "reply": "Not my department.", "tags": []},  # the validation writer: never listed
        {"id": "en-7001", "reply": "Sorry.", "tags": ["APOLOGIZE"]},  # writer 3
    ]
    corpus = tmp_path / "train.jsonl"
    corpus.write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")
    monkeypatch.setattr(ev, "corpus_path", lambda lang, split: corpus)
    assert ev.main(["--lang", "en", "--rules-only", "--errors"]) == 0
    out = capsys.readouterr().out
    assert "3 items, 1 exactly right" in out and "en-0001" in out
    assert "en-2501" not in out and "(1 errors on the validation writer not listed)" in out
    assert ev.main(["--lang", "en", "--rules-only", "--writer", "3"]) == 0
    assert "writer 3: 1 items, 1 exactly right" in capsys.readouterr().out
