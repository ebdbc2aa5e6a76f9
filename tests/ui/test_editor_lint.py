"""The editor lints as the author types: marks in the gutter and a list; example drift shows as in `lint --examples`."""

from PySide6.QtCore import Qt

from simulator.core.example_check import check_example_files
from simulator.core.scoring import load_tagger
from simulator.ui.editor.live_lint import LiveLinter
from tests.ui.editor_support import FIXTURES, TEMPLATE, click_item, copy_to, line_of, open_editor, select_on_line


def test_a_typing_error_marks_its_line_and_fixing_it_clears_the_mark(qtbot, tmp_path):
    path = copy_to(tmp_path, TEMPLATE, "kettle.yaml")
    window = open_editor(qtbot, path)
    pane = window.pane
    assert pane.editor.marks == {} and pane.lint_list.count() == 0
    line = line_of(path.read_text(encoding="utf-8"), "phase: query")
    select_on_line(pane.editor, line, "query")
    with qtbot.waitSignal(pane.linted, timeout=3000):
        qtbot.keyClicks(pane.editor, "querry")
    assert pane.editor.marks == {line: "error"}
    assert [d.line for d in pane.diagnostics] == [line]
    assert "must be one of" in pane.diagnostics[0].message and "'querry'" in pane.diagnostics[0].message
    assert pane.lint_list.count() == 1 and f"line {line}:" in pane.lint_list.item(0).text()
    assert window.pane.modified and "*" in window.windowTitle()

    select_on_line(pane.editor, line, "querry")
    with qtbot.waitSignal(pane.linted, timeout=3000):
        qtbot.keyClicks(pane.editor, "query")
    assert pane.editor.marks == {} and pane.lint_list.count() == 0


def test_lint_waits_for_a_pause_in_typing(qtbot, tmp_path):
    window = open_editor(qtbot, copy_to(tmp_path, TEMPLATE))
    pane = window.pane
    results = []
    pane.linted.connect(results.append)
    pane.editor.moveCursor(pane.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(pane.editor, "# a comment")
    assert results == []  # eleven keystrokes, no lint yet
    qtbot.waitUntil(lambda: len(results) == 1, timeout=3000)
    qtbot.wait(400)
    assert len(results) == 1


def test_choosing_a_lint_result_jumps_to_its_line(qtbot, tmp_path):
    window = open_editor(qtbot, copy_to(tmp_path, FIXTURES / "drift.yaml"))
    pane = window.pane
    assert pane.lint_list.count() == 2
    pane.editor.go_to_line(1)
    click_item(qtbot, pane.lint_list, pane.lint_list.item(1))
    assert pane.editor.current_line() == 33
    pane.lint_list.setCurrentRow(0)
    qtbot.keyClick(pane.lint_list, Qt.Key.Key_Return)
    assert pane.editor.current_line() == 31


def test_the_editor_reports_the_same_drifting_examples_as_lint_examples(qtbot, tmp_path):
    path = copy_to(tmp_path, FIXTURES / "drift.yaml")
    window = open_editor(qtbot, path)
    shown = [(d.line, d.message) for d in window.pane.diagnostics]
    command = [(d.line, d.message) for d in check_example_files([path], load_tagger())]
    assert shown == command and len(shown) == 2
    assert window.pane.editor.marks == {31: "error", 33: "error"}
    assert "expected [APOLOGIZE, PROBE]" in window.pane.editor.messages_at(31)[0]


def test_a_slow_lint_moves_to_a_worker_and_only_the_newest_result_is_shown(qtbot, tmp_path):
    linter = LiveLinter(None, delay_ms=10_000, thread_after=-1.0)  # every lint counts as slow
    results = []
    linter.finished.connect(results.append)
    good = TEMPLATE.read_text(encoding="utf-8")
    linter.schedule("id: [unclosed\n", tmp_path / "a.yaml")
    linter.lint_now()
    linter.schedule(good, tmp_path / "a.yaml")
    linter.lint_now()
    qtbot.waitUntil(lambda: not linter.busy, timeout=5000)
    assert len(results) == 1
    assert results[0].revision == 2 and results[0].scenario is not None and results[0].diagnostics == []


def test_controls_have_accessible_names(qtbot):
    window = open_editor(qtbot)
    for widget in (window.pane.editor, window.pane.lint_list, window.graph, window.playtest.reply):
        assert widget.accessibleName()


def test_tab_indents_with_spaces_because_yaml_forbids_tabs(qtbot):
    window = open_editor(qtbot)
    qtbot.keyClick(window.pane.editor, Qt.Key.Key_Tab)
    qtbot.keyClicks(window.pane.editor, "x")
    assert window.pane.text == "  x"
