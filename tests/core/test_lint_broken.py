"""One broken file per lint rule: `lint` reports the named problem on the marked line and exits 1.

Each file in tests/core/broken/ starts with `# expect: error|warning: message` and marks the line
the diagnostic must point at with `# <- here`.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from simulator.commands import lint
from simulator.core.linter import lint_paths
from simulator.core.loader import check_file

BROKEN = Path(__file__).parent / "broken"
FIXTURES = Path(__file__).parent / "fixtures"
CASES = sorted(BROKEN.glob("*.yaml"))


def run_lint(*argv: str | Path) -> int:
    parser = argparse.ArgumentParser()
    lint.register(parser.add_subparsers())
    args = parser.parse_args(["lint", *map(str, argv)])
    code: int = args.func(args)
    return code


def expectation(path: Path) -> tuple[str, str, int]:
    lines = path.read_text(encoding="utf-8").splitlines()
    severity, message = lines[0].removeprefix("# expect: ").split(": ", 1)
    marked = [n for n, line in enumerate(lines, 1) if "# <- here" in line]
    assert len(marked) == 1, f"{path.name} must mark exactly one line"
    return severity, message, marked[0]


def test_there_is_a_broken_file_for_every_rule() -> None:
    assert len(CASES) >= 35


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_broken_file_reports_its_problem_on_the_marked_line(path: Path) -> None:
    severity, message, line = expectation(path)
    scenario, diagnostics = check_file(path)
    found = [d for d in diagnostics if d.severity == severity and d.message.startswith(message)]
    assert found, f"expected {severity}: {message!r}; got {[str(d) for d in diagnostics]}"
    assert found[0].line == line
    assert (scenario is None) == (severity == "error")


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_lint_exit_code(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    severity, message, line = expectation(path)
    assert run_lint(path) == (1 if severity == "error" else 0)
    out = capsys.readouterr().out
    assert f"{path}:{line}:" in out and f": {severity}: {message}" in out
    assert run_lint(path, "--strict") == 1
    assert f"{path}:{line}:" in capsys.readouterr().out


def test_valid_fixture_lints_clean_even_strict(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_lint(FIXTURES, "--strict") == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "0 error(s), 0 warning(s)" in captured.err


def test_output_is_one_sorted_line_per_diagnostic(capsys: pytest.CaptureFixture[str]) -> None:
    files = [BROKEN / "unreachable-node.yaml", BROKEN / "phase-backwards.yaml", BROKEN / "no-resolved-path.yaml"]
    assert run_lint(*files) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        f"{BROKEN / 'no-resolved-path.yaml'}:10:8: error: no path from start 'ask' reaches a resolved node",
        f"{BROKEN / 'no-resolved-path.yaml'}:32:3: warning: node 'done' is never reached from start",
        f"{BROKEN / 'phase-backwards.yaml'}:31:15: error: goto 'ask' moves the phase back from complaint to inquiry; "
        "phases only move forward: inquiry, query, complaint",
        f"{BROKEN / 'phase-backwards.yaml'}:35:3: warning: node 'gone' is never reached from start",
        f"{BROKEN / 'unreachable-node.yaml'}:35:3: warning: node 'spare' is never reached from start",
    ]


def test_strict_turns_warnings_into_errors() -> None:
    path = BROKEN / "unreachable-node.yaml"
    assert [d.severity for d in lint_paths([path])] == ["warning"]
    assert [d.severity for d in lint_paths([path], strict=True)] == ["error"]


def test_duplicate_ids_across_files(capsys: pytest.CaptureFixture[str]) -> None:
    folder = BROKEN / "duplicate-id"
    assert run_lint(folder) == 1
    assert capsys.readouterr().out.splitlines() == [
        f"{folder / 'b.yaml'}:3:5: error: duplicate id 'twice': {folder / 'a.yaml'}:2 has it too"
    ]
    assert run_lint(folder / "a.yaml") == 0


def test_duplicate_ids_are_found_even_in_files_with_other_errors(tmp_path: Path) -> None:
    (tmp_path / "one.yaml").write_text("id: same\ntitle: [not text]\n")
    (tmp_path / "two.yml").write_text("id: same\n")
    messages = [d.message for d in lint_paths([tmp_path])]
    assert "title in the scenario must be text, got a list" in messages
    assert "duplicate id 'same': " + str(tmp_path / "one.yaml") + ":1 has it too" in messages


def test_folders_are_searched_recursively_for_yaml_and_yml(tmp_path: Path) -> None:
    (tmp_path / "en" / "deep").mkdir(parents=True)
    (tmp_path / "en" / "deep" / "a.yml").write_text("[]\n")
    (tmp_path / "b.yaml").write_text("[]\n")
    (tmp_path / "notes.txt").write_text("[]\n")
    files = sorted({d.file for d in lint_paths([tmp_path])})
    assert files == [str(tmp_path / "b.yaml"), str(tmp_path / "en" / "deep" / "a.yml")]


def test_missing_path_and_empty_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_lint(tmp_path / "missing.yaml") == 1
    assert "missing.yaml:1:1: error: cannot read the file" in capsys.readouterr().out
    assert run_lint(tmp_path) == 0
    assert f"{tmp_path}:1:1: warning: no scenario files" in capsys.readouterr().out


def test_default_path_is_the_scenarios_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / "x.yaml").write_text("- not a scenario\n")
    monkeypatch.setattr(lint, "default_scenario_dir", lambda: tmp_path)
    assert run_lint() == 1


def test_through_the_program_entry_point(capsys: pytest.CaptureFixture[str]) -> None:
    from simulator.cli import main

    path = BROKEN / "alias.yaml"
    assert main(["lint", str(path)]) == 1
    captured = capsys.readouterr()
    assert captured.out == f"{path}:3:8: error: aliases (*who) are not allowed in scenario files\n"
    assert captured.err == "1 error(s), 0 warning(s)\n"
    assert main(["lint", "--strict", str(FIXTURES)]) == 0
