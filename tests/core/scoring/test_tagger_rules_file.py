"""The rule files load, and a broken one is reported with its file and line."""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from simulator.core.scoring import RuleFileError
from simulator.core.scoring.rules import RuleSet, load_char_table, load_rules
from simulator.core.scoring.tagger import ASSETS, Tagger, build_tagger

GOOD_HEAD = "language: en\nnegation: '\\bnot\\b'\n"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "en.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("body", "line", "message"),
    [
        ("rules:\n  APOLOGIZE:\n    - name: bad\n      re: '(unclosed'\n", 6, "not a valid regular expression"),
        ("rules:\n  SMILE:\n    - {name: x, re: 'x'}\n", 4, "unknown key 'SMILE'"),
        ("rules:\n  VENT:\n    - {name: x, re: 'x', colour: red}\n", 5, "unknown key 'colour'"),
        ("rules:\n  VENT:\n    - {name: x, re: 'x', blocks: [NICE]}\n", 5, "unknown tag 'NICE'"),
        ("rules:\n  VENT:\n    - {name: x, re: '%NOPE%'}\n", 5, "%NOPE% is not defined"),
        ("rules:\n  VENT:\n    - {name: x}\n", 5, "a rule needs 're'"),
        ("rules: {}\nblockers:\n  - {name: b, re: 'x'}\n", 5, "blocks nothing"),
        ("rules:\n  VENT: [\n", 5, "malformed YAML"),
    ],
)
def test_broken_rule_file_names_file_line_and_problem(tmp_path: Path, body: str, line: int, message: str) -> None:
    path = write(tmp_path, GOOD_HEAD + body)
    with pytest.raises(RuleFileError) as caught:
        load_rules(path)
    assert caught.value.line == line
    assert message in caught.value.message
    assert str(caught.value).startswith(f"{path}:{line}: error: ")


def test_macros_expand_and_blockers_load(tmp_path: Path) -> None:
    text = GOOD_HEAD + "define:\n  SORRY: 'sorry'\nrules:\n  APOLOGIZE:\n    - {name: s, re: '%SORRY%!'}\n"
    text += "blockers:\n  - {name: b, re: 'x', blocks: [APOLOGIZE]}\n"
    rules = load_rules(write(tmp_path, text)).rules
    assert rules[0].pattern.pattern == "sorry!"
    assert rules[1].tag is None


def test_char_table_rejects_a_line_that_is_not_two_characters(tmp_path: Path) -> None:
    path = tmp_path / "t2s.txt"
    path.write_text("# comment\n對对\n對对x\n", encoding="utf-8")
    with pytest.raises(RuleFileError, match=r"t2s.txt:3: error"):
        load_char_table(path)


def test_shipped_rules_load_quickly() -> None:
    started = time.perf_counter()
    tagger = build_tagger(ASSETS)
    assert time.perf_counter() - started < 1.0  # the 200 ms target is measured by bench/bench_scorer.py
    assert tagger.english.rules and tagger.chinese.rules and len(tagger.t2s) > 2000


def counting_loader(path: Path, calls: list[str]) -> Callable[[], RuleSet]:
    def load() -> RuleSet:
        calls.append(path.stem)
        time.sleep(0.05)  # long enough for a second thread to arrive while the first is loading
        return load_rules(path)

    return load


def test_each_language_is_loaded_once_and_only_when_a_reply_needs_it() -> None:
    calls: list[str] = []
    en, zh = counting_loader(ASSETS / "en.yaml", calls), counting_loader(ASSETS / "zh.yaml", calls)
    tagger = Tagger(en, zh, load_char_table(ASSETS / "t2s.txt"))
    assert calls == []
    tagger.tag("I'm so sorry about that.")
    assert calls == ["en"]
    threads = [threading.Thread(target=tagger.tag, args=("非常抱歉。",)) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert calls == ["en", "zh"]
    tagger.warm()
    assert calls == ["en", "zh"]


def test_a_broken_rule_file_is_reported_when_warmed_and_again_until_fixed(tmp_path: Path) -> None:
    folder = tmp_path / "scoring"
    shutil.copytree(ASSETS, folder)
    (folder / "zh.yaml").write_text("language: zh\nrules: [\n", encoding="utf-8")
    tagger = build_tagger(folder)
    assert tagger.tag("Sorry.").tags  # English needs no Chinese rules
    for _ in range(2):
        with pytest.raises(RuleFileError, match=r"zh.yaml:\d+: error"):
            tagger.warm()
