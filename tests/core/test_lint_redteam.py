"""Broken scenario files written from the contract alone (tests/core/redteam): each names its line.

A line ending in `# <- here error [word]` (or `warning`) must get a diagnostic of that severity on that line,
with the word in its message. Files where no comment fits are listed in UNMARKED. Files named ok_*.yaml
are contract points decided as fine and must lint clean even with --strict.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from simulator.cli import main
from simulator.core.loader import check_text

HERE = Path(__file__).parent / "redteam"
MARK = re.compile(r"#\s*<- here (error|warning)(?: \[([^\]]+)\])?")
DIAGNOSTIC = re.compile(r"^(.+):(\d+):(\d+): (error|warning): (.+)$")

Expected = tuple[int, str, str | None]  # line, severity, a word the message must contain
UNMARKED: dict[str, list[Expected]] = {
    "encoding_utf16_bom.yaml": [(1, "error", "UTF-8")],
    "empty.yaml": [(1, "error", "empty")],
    "only_comments.yaml": [(1, "error", "empty")],
    "only_whitespace.yaml": [(1, "error", "empty")],
    "top_level_null_doc.yaml": [(1, "error", "nothing")],
}
BROKEN = sorted(p.name for p in HERE.glob("*.yaml") if not p.name.startswith("ok_"))
CLEAN = sorted(p.name for p in HERE.glob("ok_*.yaml"))
BASE_TEXT = (HERE / "ok_base.yaml").read_text(encoding="utf-8")


def expected(path: Path) -> list[Expected]:
    if path.name in UNMARKED:
        return UNMARKED[path.name]
    lines = path.read_bytes().decode("utf-8", "replace").splitlines()
    return [(n, m[1], m[2]) for n, line in enumerate(lines, 1) if (m := MARK.search(line))]


def lint(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[tuple[int, str, str]]]:
    """Exit status and (line, severity, message) of every diagnostic; fails on any line not in the format."""
    code = main(["lint", *args])
    out = capsys.readouterr().out
    found = []
    for text in out.splitlines():
        m = DIAGNOSTIC.match(text)
        assert m, f"not FILE:LINE:COL: severity: message: {text!r}"
        found.append((int(m[2]), m[4], m[5]))
    return code, found


def assert_named(found: list[tuple[int, str, str]], want: list[Expected], strict: bool) -> None:
    for line, severity, word in want:
        severity = "error" if strict else severity
        at_line = [(s, msg) for n, s, msg in found if n == line and s == severity]
        assert at_line, f"no {severity} on line {line}; got {found}"
        if word:
            assert any(word.lower() in msg.lower() for _, msg in at_line), f"{word!r} not in {at_line}"
    for _, _, message in found:  # messages for authors, not Python internals
        assert "Traceback" not in message and " object at 0x" not in message and "YMap" not in message


def test_there_are_enough_broken_files() -> None:
    assert len(BROKEN) >= 60
    for name in BROKEN:
        assert expected(HERE / name), f"{name} says nowhere which line is wrong"


@pytest.mark.parametrize("name", BROKEN)
def test_broken_file_names_its_line(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    path = HERE / name
    want = expected(path)
    code, found = lint(capsys, str(path))
    has_error = any(severity == "error" for _, severity, _ in want)
    assert code == (1 if has_error else 0), found
    assert_named(found, want, strict=False)
    code, found = lint(capsys, "--strict", str(path))
    assert code == 1
    assert_named(found, want, strict=True)


@pytest.mark.parametrize("name", CLEAN)
def test_decided_fine_lints_clean(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert lint(capsys, "--strict", str(HERE / name)) == (0, [])


def test_duplicate_ids_across_files_of_a_folder(capsys: pytest.CaptureFixture[str]) -> None:
    folder = HERE / "dup_ids"
    code, found = lint(capsys, str(folder))
    assert code == 1
    assert_named(found, expected(folder / "b.yaml"), strict=False)
    assert "a.yaml:1" in next(msg for _, _, msg in found if "duplicate" in msg)


def test_asset_through_a_symlink_leaving_the_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "scenarios"
    folder.mkdir()
    (tmp_path / "secret.wav").write_bytes(b"RIFF")
    (folder / "sounds").symlink_to(tmp_path)
    base = (HERE / "ok_base.yaml").read_text(encoding="utf-8")
    hint = "    hint: Ask for the tracking number first.\n"
    text = base.replace(hint, hint + "    audio: sounds/secret.wav\n")
    (folder / "s.yaml").write_text(text, encoding="utf-8")
    code, found = lint(capsys, str(folder / "s.yaml"))
    assert code == 1
    line = text.splitlines().index("    audio: sounds/secret.wav") + 1
    assert_named(found, [(line, "error", "link")], strict=False)


def test_file_over_the_size_limit(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "huge.yaml"
    path.write_text("# padding\n" * 300_000, encoding="utf-8")
    code, found = lint(capsys, str(path))
    assert code == 1
    assert_named(found, [(1, "error", "MB")], strict=False)


def test_big_file_names_an_error_near_its_end(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Two thousand nodes in a chain; the last goto is wrong."""
    base = (HERE / "ok_base.yaml").read_text(encoding="utf-8")
    chain = "".join(
        f"  step_{i}:\n    phase: inquiry\n    customer: Still waiting, step {i}.\n    expect: [PROBE]\n"
        f"    model_reply: Could you tell me more?\n    hint: Ask.\n    next:\n      - goto: step_{i + 1}\n"
        for i in range(2000)
    )
    text = base.replace("start: opening", "start: step_0") + chain.replace("goto: step_2000", "goto: opening_x")
    path = tmp_path / "big.yaml"
    path.write_text(text, encoding="utf-8")
    line = text.splitlines().index("      - goto: opening_x") + 1
    code, found = lint(capsys, str(path))
    assert code == 1
    assert_named(found, [(line, "error", "opening_x")], strict=False)


def test_pathological_nesting(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "deep.yaml"
    path.write_text("id: x\ntitle: " + "[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
    code, found = lint(capsys, str(path))
    assert code == 1
    assert_named(found, [(2, "error", "nested")], strict=False)


def test_play_reports_load_errors_as_lint_does(capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("sqlite3")  # play keeps a session log; the core tests also run where SQLite is missing
    path = str(HERE / "goto_missing_middle.yaml")
    main(["lint", path])
    linted = [line for line in capsys.readouterr().out.splitlines() if ": error: " in line]
    assert main(["play", path, "--replies", "-"]) == 1
    played = [line for line in capsys.readouterr().err.splitlines() if ": error: " in line]
    assert played == linted and played


@settings(max_examples=300, deadline=None)
@given(at=st.integers(0, 10_000), junk=st.text(alphabet="'\"[]{}:,-#\t\n *&@|>%` ", min_size=1, max_size=4))
def test_yaml_slips_are_placed_inside_the_file(at: int, junk: str) -> None:
    """The syntax-error locator looks around where the parser stopped; it must never fail or point outside."""
    text = BASE_TEXT[: at % len(BASE_TEXT)] + junk + BASE_TEXT[at % len(BASE_TEXT) :]
    _, diagnostics = check_text(text, "slip.yaml")
    for d in diagnostics:
        assert 1 <= d.line <= text.count("\n") + 2 and d.col >= 1, d


def test_asset_in_a_loop_of_symlinks(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "x").symlink_to("y")
    (tmp_path / "y").symlink_to("x")
    hint = "    hint: Ask for the tracking number first.\n"
    text = BASE_TEXT.replace(hint, hint + "    audio: x/a.wav\n")
    (tmp_path / "s.yaml").write_text(text, encoding="utf-8")
    code, found = lint(capsys, str(tmp_path / "s.yaml"))
    assert code == 1
    assert_named(found, [(text.splitlines().index("    audio: x/a.wav") + 1, "error", "followed")], strict=False)
