"""The loader: a valid file becomes the right Scenario; broken input of any kind becomes a diagnostic."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.diagnostics import Diagnostic, ScenarioError
from simulator.core.loader import check_file, load_scenario
from simulator.core.scenario import Phase, Pos
from simulator.core.tags import Tag
from simulator.core.yaml_source import MAX_DEPTH, parse_yaml

FIXTURE = Path(__file__).parent / "fixtures" / "port-full.yaml"


def write(tmp_path: Path, text: str | bytes, name: str = "s.yaml") -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def only_error(path: Path) -> Diagnostic:
    scenario, diagnostics = check_file(path)
    assert scenario is None
    errors = [d for d in diagnostics if d.is_error]
    assert len(errors) == 1, diagnostics
    return errors[0]


def test_valid_fixture_builds_the_scenario() -> None:
    scenario = load_scenario(FIXTURE)
    assert (scenario.id, scenario.language, scenario.level, scenario.start) == ("port-full", "en", 1, "opening")
    assert scenario.tags == ("telecom", "elderly")
    assert scenario.persona.name == "Mr. Li" and scenario.persona.voice == "male"
    assert (scenario.persona.mood, scenario.persona.patience, scenario.persona.image) == (30, 8, "avatars/mr-li.png")
    assert scenario.briefing.startswith("Mr. Li applied")
    assert scenario.path == FIXTURE and scenario.folder == FIXTURE.parent
    assert list(scenario.nodes) == [
        "opening",
        "asks_again",
        "gives_number",
        "port_full",
        "thanked",
        "supervisor",
        "gave_up",
    ]
    opening = scenario.nodes["opening"]
    assert opening.phase is Phase.INQUIRY and opening.expect == (Tag.PROBE,)
    assert opening.audio == "audio/opening.wav"
    assert opening.pos == Pos(17, 3)
    assert opening.anger == {Tag.PROBE: -5}
    assert [(e.reply, e.tags, e.goto) for e in opening.examples] == [
        ("Could you give me your application number, please?", (Tag.PROBE,), "gives_number"),
        ("OK.", (), "asks_again"),
    ]
    first, second, fallback = opening.next
    assert (first.goto, first.condition and first.condition.has, first.pos.line) == ("gives_number", (Tag.PROBE,), 34)
    assert second.condition is not None and second.condition.any == (Tag.FORBIDDEN,)
    assert fallback.condition is None and fallback.goto == "asks_again"
    condition = scenario.nodes["port_full"].next[0].condition
    assert condition is not None
    assert (condition.has, condition.not_, condition.mood_above) == ((Tag.APOLOGIZE, Tag.RESOLVE), (Tag.FORBIDDEN,), 10)
    asks = scenario.nodes["asks_again"].next
    assert asks[0].condition is not None and asks[0].condition.mood_below == 80
    assert asks[1].condition is not None and asks[1].condition.turn_at_least == 4
    assert scenario.nodes["thanked"].phase.is_ending and scenario.nodes["thanked"].next == ()


def test_valid_fixture_has_no_diagnostics() -> None:
    assert check_file(FIXTURE) == (load_scenario(FIXTURE), [])


def test_persona_defaults(tmp_path: Path) -> None:
    text = FIXTURE.read_text().replace("  voice: male\n  mood: 30\n  patience: 8\n", "")
    persona = load_scenario(write(tmp_path, text)).persona
    assert (persona.voice, persona.mood, persona.patience) == ("female", 30, 8)


def test_diagnostic_format() -> None:
    d = Diagnostic("scenarios/en/x.yaml", 12, 5, "warning", "node 'a' is never reached from start")
    assert str(d) == "scenarios/en/x.yaml:12:5: warning: node 'a' is never reached from start"


def test_load_scenario_raises_with_every_diagnostic(tmp_path: Path) -> None:
    text = (
        FIXTURE.read_text().replace("level: 1", "level: 9").replace("goto: port_full\n  asks", "goto: nowhere\n  asks")
    )
    with pytest.raises(ScenarioError) as caught:
        load_scenario(write(tmp_path, text))
    lines = [str(d) for d in caught.value.diagnostics]
    assert any(":5:8: error: level in the scenario must be from 1 to 3, got 9" in line for line in lines)
    assert "level" in str(caught.value)


def test_graph_errors_point_at_the_goto(tmp_path: Path) -> None:
    text = FIXTURE.read_text().replace(
        "        goto: gives_number\n      - if: {any", "        goto: givs_number\n      - if: {any"
    )
    error = only_error(write(tmp_path, text))
    assert (error.line, error.col) == (35, 15)
    assert error.message == "goto: no node is called 'givs_number' (did you mean 'gives_number'?)"


def test_several_structural_errors_are_all_reported(tmp_path: Path) -> None:
    text = FIXTURE.read_text().replace("level: 1", "level: x").replace("phase: query", "phase: later", 1)
    _, diagnostics = check_file(write(tmp_path, text))
    assert [(d.line, "level" in d.message or "phase" in d.message) for d in diagnostics] == [(5, True), (40, True)]


# --- garbage: every case is one clear error, never an exception ---


def test_missing_file(tmp_path: Path) -> None:
    error = only_error(tmp_path / "nope.yaml")
    assert error.message.startswith("cannot read the file") and error.file.endswith("nope.yaml")


def test_folder_instead_of_file(tmp_path: Path) -> None:
    assert only_error(tmp_path).message == "is a folder, not a file"


def test_garbage_bytes_point_at_the_bad_byte(tmp_path: Path) -> None:
    error = only_error(write(tmp_path, "id: a\ntitle: ok\u00e9 ".encode() + b"\xff\xfe"))
    assert (error.line, error.col, error.message) == (2, 12, "the file is not UTF-8 text; save it as UTF-8")


def test_control_characters(tmp_path: Path) -> None:
    error = only_error(write(tmp_path, "id: a\ntitle: b\x00c\n"))
    assert error.message.startswith("malformed YAML") and error.line == 2


@pytest.mark.parametrize("text", ["", "\n\n", "# only a comment\n"])
def test_empty_file(tmp_path: Path, text: str) -> None:
    assert only_error(write(tmp_path, text)).message == "the file is empty"


@pytest.mark.parametrize(
    ("text", "got"),
    [
        ("- id: a\n- id: b\n", "a list"),
        ("just words\n", "'just words'"),
        ("---\n", "nothing"),
        ("42\n", "the number 42"),
    ],
)
def test_top_level_must_be_a_mapping(tmp_path: Path, text: str, got: str) -> None:
    assert only_error(write(tmp_path, text)).message == f"the scenario must be a mapping of keys, got {got}"


@pytest.mark.parametrize(
    "text",
    [
        "[" * 10_000 + "]" * 10_000,
        "{a: " * 10_000,
        "- " * 10_000 + "x",
        "".join("  " * i + "a:\n" for i in range(1_000)),
        "a: " + "[" * 10_000,
    ],
)
def test_deep_nesting_is_refused_at_the_depth_limit(tmp_path: Path, text: str) -> None:
    assert only_error(write(tmp_path, text)).message == f"nested deeper than {MAX_DEPTH} levels"


def test_huge_file_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    with path.open("w") as f:
        f.write("id: big\nnotes: |\n")
        line = "  " + "x" * 98 + "\n"
        f.write(line * (10 * 1024 * 1024 // len(line)))
    assert path.stat().st_size > 10_000_000
    error = only_error(path)
    assert (error.line, error.col) == (1, 1)
    assert "limited to 2 MB" in error.message and "10.5 MB" in error.message


def test_billion_laughs_is_refused(tmp_path: Path) -> None:
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 10)]
    error = only_error(write(tmp_path, "\n".join(lines) + "\n"))
    assert (error.line, error.message) == (2, "aliases (*a0) are not allowed in scenario files")


def test_duplicate_keys_are_errors(tmp_path: Path) -> None:
    text = FIXTURE.read_text().replace("level: 1\n", "level: 1\nlevel: 2\n")
    error = only_error(write(tmp_path, text))
    assert (error.line, error.message) == (6, "duplicate key 'level' (first given at line 5)")


def test_two_documents(tmp_path: Path) -> None:
    error = only_error(write(tmp_path, FIXTURE.read_text() + "---\nid: other\n"))
    assert error.message.startswith("a scenario file holds one YAML document")


def test_non_text_keys_are_refused(tmp_path: Path) -> None:
    assert only_error(write(tmp_path, "? [a, b]\n: c\n")).message.startswith("a mapping key must be plain text")


def test_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = write(tmp_path, b"\xef\xbb\xbf" + FIXTURE.read_bytes())
    assert load_scenario(path).id == "port-full"


def test_yes_no_text_is_not_silently_a_boolean(tmp_path: Path) -> None:
    text = FIXTURE.read_text().replace("customer: Thank you, that is all I wanted.", "customer: LINE")
    error = only_error(write(tmp_path, text.replace("LINE", "No")))
    assert error.message.startswith("customer in node 'thanked' must be text, got false (YAML reads yes/no")
    assert load_scenario(write(tmp_path, text.replace("LINE", "'No'"))).nodes["thanked"].customer == "No"


def test_positions_are_one_based_and_exact() -> None:
    doc = parse_yaml("a:\n  b: [x, {c: d}]\n")
    from simulator.core.yaml_source import SourceMap

    where = SourceMap(doc.root)
    assert where.key("a") == Pos(1, 1)
    assert where.key("a", "b") == Pos(2, 3)
    assert where.value("a", "b", 0) == Pos(2, 7)
    assert where.value("a", "b", 1, "c") == Pos(2, 14)
    assert where.value("a", "missing", "deeper") == where.value("a")


def test_symlink_leaving_the_folder_is_an_error(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.wav").write_bytes(b"RIFF")
    folder = tmp_path / "scenario"
    folder.mkdir()
    (folder / "audio").symlink_to(outside)
    path = write(folder, FIXTURE.read_text())
    error = only_error(path)
    assert (error.line, error.col) == (23, 12)
    assert error.message == "audio 'audio/opening.wav' leads outside the scenario's folder through a symbolic link"


def test_symlink_inside_the_folder_is_fine(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "audio").symlink_to(tmp_path / "real")
    assert load_scenario(write(tmp_path, FIXTURE.read_text())).id == "port-full"
