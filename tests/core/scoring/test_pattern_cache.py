"""The compiled-pattern cache gives the very patterns re.compile would, is really read back, and never breaks
loading: a damaged, foreign or unwritable cache only means compiling afresh."""

from __future__ import annotations

import json
import marshal
import re
from pathlib import Path

import pytest

from simulator.core.scoring import pattern_cache
from simulator.core.scoring.pattern_cache import ENGINE, PatternCache
from simulator.core.scoring.rules import RuleSet, load_rules
from simulator.core.scoring.tagger import ASSETS, build_tagger

pytestmark = pytest.mark.skipif(ENGINE is None, reason="this Python's regex engine has no compile steps to cache")

CORPUS = Path(__file__).resolve().parents[3] / "data" / "corpus"


def patterns(rules: RuleSet) -> list[re.Pattern[str]]:
    out = [rules.negation] + [r.pattern for r in rules.rules] + [r.customer for r in rules.rules if r.customer]
    return out + ([rules.echo.unit, rules.echo.ignore] if rules.echo else [])


@pytest.mark.parametrize("language", ["en", "zh"])
def test_cached_patterns_are_the_patterns_re_compile_makes(tmp_path: Path, language: str) -> None:
    source = ASSETS / f"{language}.yaml"
    load_rules(source, tmp_path)  # fills the cache
    cached = patterns(load_rules(source, tmp_path))
    assert cached
    for pattern in cached:
        # Pattern equality compares the text, the flags and the engine's code word for word.
        fresh = re.compile(pattern.pattern, pattern.flags)
        assert pattern == fresh
        assert (pattern.groups, pattern.groupindex) == (fresh.groups, fresh.groupindex)


def test_a_second_load_reads_the_cache_instead_of_parsing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = ASSETS / "zh.yaml"
    load_rules(source, tmp_path)

    def no_parsing(*args: object) -> None:
        raise AssertionError("parsed a pattern the cache holds")

    monkeypatch.setattr(pattern_cache._parser, "parse", no_parsing)
    assert load_rules(source, tmp_path).rules


def test_an_edited_pattern_misses_and_is_compiled(tmp_path: Path) -> None:
    source = tmp_path / "en.yaml"
    source.write_text("language: en\nnegation: 'not'\nrules:\n  VENT:\n    - {name: a, re: 'go on'}\n", "utf-8")
    load_rules(source, tmp_path)
    source.write_text(source.read_text("utf-8").replace("go on", "carry on"), "utf-8")
    assert load_rules(source, tmp_path).rules[0].pattern.search("please carry on")


@pytest.mark.parametrize(
    "damage",
    [
        lambda path: path.write_bytes(b"not a cache at all"),
        lambda path: path.write_bytes(path.read_bytes()[: len(path.read_bytes()) // 2]),
        lambda path: path.write_bytes(marshal.dumps(("another-python", {}))),
    ],
    ids=["garbage", "cut-short", "other-engine"],
)
def test_an_unusable_cache_file_is_rebuilt(tmp_path: Path, damage) -> None:  # type: ignore[no-untyped-def]
    source = ASSETS / "zh.yaml"
    expected = [p.pattern for p in patterns(load_rules(source))]
    cache_file = PatternCache(tmp_path, source).path
    load_rules(source, tmp_path)
    damage(cache_file)
    assert [p.pattern for p in patterns(load_rules(source, tmp_path))] == expected
    assert PatternCache(tmp_path, source).known  # written again, whole


def test_an_entry_the_engine_rejects_is_compiled_afresh(tmp_path: Path) -> None:
    source = tmp_path / "en.yaml"
    source.write_text("language: en\nnegation: 'not'\nrules:\n  VENT:\n    - {name: a, re: 'go on'}\n", "utf-8")
    cache = PatternCache(tmp_path, source)
    entries = {(p, 0): (0, [0], 0, {}, (None,)) for p in ("not", "go on")}  # code the engine calls invalid
    cache.path.write_bytes(marshal.dumps((ENGINE, entries)))
    assert load_rules(source, tmp_path).rules[0].pattern.search("do go on")


def test_a_cache_folder_that_cannot_be_written_is_skipped(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be", "utf-8")
    assert load_rules(ASSETS / "zh.yaml", blocker).rules
    assert not list(tmp_path.glob("**/*.tmp"))


def test_tags_are_the_same_with_and_without_the_cache(tmp_path: Path) -> None:
    plain = build_tagger()
    build_tagger(cache_folder=tmp_path).warm()  # fills the cache
    cached = build_tagger(cache_folder=tmp_path).warm()
    for language in ("en", "zh"):
        lines = (CORPUS / language / "train.jsonl").read_text("utf-8").splitlines()[:300]
        for item in map(json.loads, lines):
            assert cached.tag(item["reply"], item.get("customer")) == plain.tag(item["reply"], item.get("customer"))
