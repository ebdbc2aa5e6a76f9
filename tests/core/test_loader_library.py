"""Finding scenario files: the default folder, folders of files, a file or an id."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.asset_paths import asset_path, asset_problem
from simulator.core.diagnostics import ScenarioError
from simulator.core.library import ScenarioNotFound, default_scenario_dir, find_scenario, scenario_files

FIXTURES = Path(__file__).parent / "fixtures"


def test_default_scenario_dir_is_the_repository_folder() -> None:
    assert default_scenario_dir() == Path(__file__).resolve().parents[2] / "scenarios"
    assert (default_scenario_dir() / "schema.json").is_file()


def test_scenario_files(tmp_path: Path) -> None:
    (tmp_path / "zh").mkdir()
    (tmp_path / ".hidden").mkdir()
    for name in ("zh/b.yml", "a.yaml", ".hidden/c.yaml", "readme.md", "zh/.d.yaml"):
        (tmp_path / name).write_text("x: 1\n")
    single = tmp_path / "a.yaml"
    assert scenario_files([tmp_path, single, tmp_path / "gone.yaml"]) == [
        tmp_path / "a.yaml",
        tmp_path / "zh" / "b.yml",
        tmp_path / "gone.yaml",
    ]


def test_find_by_path_or_id(tmp_path: Path) -> None:
    fixture = FIXTURES / "port-full.yaml"
    assert find_scenario(str(fixture)) == fixture
    assert find_scenario("port-full", roots=[FIXTURES]) == fixture
    (tmp_path / "broken.yaml").write_text("[unclosed\n")  # unreadable files are skipped, not fatal
    (tmp_path / "other.yaml").write_text("id: other\n")
    assert find_scenario("other", roots=[tmp_path]) == tmp_path / "other.yaml"


def test_not_found_is_a_scenario_error_with_a_clear_message(tmp_path: Path) -> None:
    with pytest.raises(ScenarioNotFound, match=r"no scenario file or id 'nobody' \(searched "):
        find_scenario("nobody", roots=[tmp_path])
    with pytest.raises(ScenarioError) as caught:
        find_scenario("missing/file.yaml")
    assert [str(d) for d in caught.value.diagnostics] == ["missing/file.yaml:1:1: error: no such scenario file"]


def test_an_id_in_two_files_is_ambiguous(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("id: same\n")
    (tmp_path / "b.yaml").write_text("id: same\n")
    with pytest.raises(ScenarioNotFound, match="the id 'same' is used by several files"):
        find_scenario("same", roots=[tmp_path])


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        ("audio/a.wav", None),
        ("audio/../a.wav", None),
        ("audio\\a.wav", None),
        ("../a.wav", "leaves the scenario's folder"),
        ("audio/../../a.wav", "leaves the scenario's folder"),
        ("..\\a.wav", "leaves the scenario's folder"),
        ("/etc/passwd", "is absolute; give a path relative to the scenario's folder"),
        ("C:\\a.wav", "is absolute; give a path relative to the scenario's folder"),
        ("c:/a.wav", "is absolute; give a path relative to the scenario's folder"),
        ("\\\\server\\share\\a.wav", "is absolute; give a path relative to the scenario's folder"),
    ],
)
def test_asset_problem(raw: str, problem: str | None) -> None:
    assert asset_problem(raw, None) == problem


def test_asset_path_reads_backslashes_as_separators(tmp_path: Path) -> None:
    assert asset_path(tmp_path, "audio\\a.wav") == tmp_path / "audio" / "a.wav"
