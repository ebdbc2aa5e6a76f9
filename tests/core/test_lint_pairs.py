"""The bilingual check: the English and Chinese files of one scenario have the same nodes."""

import shutil
from pathlib import Path

from simulator.cli import main
from simulator.core.lint_pairs import compare_pair, find_pairs, find_partner, lint_pairs, outline_file, outline_text

PAIR = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "authoring" / "pair"
EN, ZH = PAIR / "en" / "kettle.yaml", PAIR / "zh" / "kettle.yaml"


def test_files_in_en_and_zh_folders_with_one_name_pair_and_missing_nodes_are_warned_where_they_are():
    found = lint_pairs([PAIR])
    assert [(d.file, d.line, d.col, d.severity) for d in found] == [
        (str(EN), 23, 3, "warning"),
        (str(ZH), 20, 3, "warning"),
    ]
    assert "'gives_up' is missing from the other language's file" in found[0].message and str(ZH) in found[0].message
    assert "'asks_again'" in found[1].message


def test_files_pair_by_id_and_id_zh_wherever_they_are(tmp_path):
    shutil.copy(EN, tmp_path / "one.yaml")
    text = ZH.read_text(encoding="utf-8").replace("id: kettle-pair-cn", "id: kettle-pair-zh")
    (tmp_path / "other.yaml").write_text(text, encoding="utf-8")
    assert [d.file for d in lint_pairs([tmp_path])] == [str(tmp_path / "one.yaml"), str(tmp_path / "other.yaml")]


def test_unpaired_files_and_matching_pairs_give_nothing(tmp_path):
    shutil.copy(EN, tmp_path / "alone.yaml")
    assert lint_pairs([tmp_path]) == []
    twin = EN.read_text(encoding="utf-8").replace("id: kettle-pair", "id: kettle-pair-zh")
    (tmp_path / "twin.yaml").write_text(twin, encoding="utf-8")
    assert lint_pairs([tmp_path]) == []


def test_a_file_with_other_errors_is_still_compared_and_one_that_is_not_yaml_is_skipped():
    broken = outline_text("id: x-zh\nnodes:\n  a: {phase: nonsense}\n  b: 3\n", "x-zh.yaml")
    whole = outline_text("id: x\nnodes:\n  a: {}\n", "x.yaml")
    assert broken is not None and whole is not None and list(broken.nodes) == ["a", "b"]
    [(first, second)] = find_pairs([broken, whole])
    assert (first.file, second.file) == ("x.yaml", "x-zh.yaml")
    [missing] = compare_pair(first, second)
    assert (missing.file, missing.line, missing.col) == ("x-zh.yaml", 4, 3)
    assert outline_text("id: [unclosed\n", "bad.yaml") is None


def test_each_file_is_in_one_pair_at_most():
    outlines = [outline_text(f"id: {i}\nnodes: {{a: {{}}}}\n", f"{i}.yaml") for i in ("x", "x-zh", "x-zh-zh")]
    pairs = find_pairs([o for o in outlines if o])
    assert [(a.id, b.id) for a, b in pairs] == [("x", "x-zh")]


def test_find_partner_goes_both_ways():
    assert find_partner(EN, [PAIR]) == ZH
    assert find_partner(ZH, [PAIR]) == EN
    assert outline_file(PAIR / "missing.yaml") is None


def test_lint_always_runs_the_pair_check_and_strict_makes_it_fail(capsys):
    assert main(["lint", str(PAIR)]) == 0
    assert capsys.readouterr().out.count("is missing from the other language's file") == 2
    assert main(["lint", "--strict", str(PAIR)]) == 1
