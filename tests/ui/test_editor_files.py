"""The editor's files: save with a backup, reload on an outside change, new scenarios from the wizard,
the bilingual side-by-side view, and the ways in (the trainee window's action and `edit`)."""

from PySide6.QtWidgets import QDialog

from simulator.cli import main
from simulator.core.loader import check_text
from simulator.ui.editor.bilingual_view import BilingualWindow
from simulator.ui.editor.template import fill_template
from simulator.ui.editor.window import EditorWindow
from simulator.ui.editor.wizard import NewScenarioDialog
from tests.ui.editor_support import FIXTURES, TEMPLATE, copy_to, line_of, open_editor


def test_save_keeps_the_previous_version_as_a_backup(qtbot, tmp_path):
    path = copy_to(tmp_path, TEMPLATE)
    before = path.read_text(encoding="utf-8")
    window = open_editor(qtbot, path)
    window.pane.editor.setPlainText(before.replace("title: A new scenario", "title: Kettle"))
    assert window.save()
    assert "title: Kettle" in path.read_text(encoding="utf-8")
    assert (tmp_path / "scenario_en.yaml.bak").read_text(encoding="utf-8") == before
    assert not window.pane.modified and "*" not in window.windowTitle()
    assert "scenario_en.yaml.bak" in window.statusBar().currentMessage()


def test_a_change_on_disk_reloads_an_unmodified_buffer(qtbot, tmp_path):
    path = copy_to(tmp_path, TEMPLATE)
    window = open_editor(qtbot, path)
    changed = path.read_text(encoding="utf-8").replace("phase: query", "phase: querry")
    path.write_text(changed, encoding="utf-8")
    qtbot.waitUntil(lambda: window.pane.text == changed, timeout=5000)
    qtbot.waitUntil(lambda: window.pane.editor.marks == {line_of(changed, "phase: querry"): "error"}, timeout=3000)
    assert not window.pane.modified


def test_a_file_replaced_by_rename_is_still_watched(qtbot, tmp_path):
    path = copy_to(tmp_path, TEMPLATE)
    window = open_editor(qtbot, path)
    for title in ("First", "Second"):
        text = path.read_text(encoding="utf-8").replace("title: ", f"title: {title} ", 1)
        temp = tmp_path / "other-editor.tmp"
        temp.write_text(text, encoding="utf-8")
        temp.replace(path)  # how many editors save
        qtbot.waitUntil(lambda text=text: window.pane.text == text, timeout=5000)


def test_a_change_on_disk_keeps_unsaved_edits_and_offers_a_reload(qtbot, tmp_path):
    path = copy_to(tmp_path, TEMPLATE)
    window = open_editor(qtbot, path)
    window.pane.editor.moveCursor(window.pane.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(window.pane.editor, "# my edit")
    mine = window.pane.text
    assert window.pane.modified
    theirs = path.read_text(encoding="utf-8") + "# their edit\n"
    path.write_text(theirs, encoding="utf-8")
    qtbot.waitUntil(lambda: not window.pane.reload_button.isHidden(), timeout=5000)
    assert window.pane.text == mine and "changed on disk" in window.pane.notice.text()
    window.pane.reload_button.click()
    assert window.pane.text == theirs and not window.pane.modified


def test_the_wizard_fills_the_template_and_refuses_a_bad_id(qtbot):
    dialog = NewScenarioDialog()
    qtbot.addWidget(dialog)
    dialog.id_edit.setText("Bad Id")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and "lowercase" in dialog.problem.text()
    dialog.id_edit.setText("kettle-late")
    dialog.title_edit.setText('The "kettle"')
    dialog.language.setCurrentIndex(dialog.language.findData("zh"))
    dialog.mood.setValue(55)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    scenario, diagnostics = check_text(fill_template(dialog.answers()), "kettle-late.yaml")
    assert diagnostics == [] and scenario is not None
    assert (scenario.id, scenario.title, scenario.language, scenario.persona.mood) == (
        "kettle-late",
        'The "kettle"',
        "zh",
        55,
    )


def test_a_new_scenario_is_saved_where_the_author_says(qtbot, tmp_path, monkeypatch):
    window = open_editor(qtbot)
    window.start_new(TEMPLATE.read_text(encoding="utf-8"))
    assert window.pane.modified and window.pane.scenario is not None
    target = tmp_path / "new.yaml"
    monkeypatch.setattr("simulator.ui.editor.window.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), ""))
    assert window.save()
    assert target.read_text(encoding="utf-8") == window.pane.text and not (tmp_path / "new.yaml.bak").exists()


def test_side_by_side_marks_nodes_missing_from_either_language(qtbot, tmp_path):
    en = copy_to(tmp_path, FIXTURES / "pair" / "en" / "kettle.yaml", "en/kettle.yaml")
    zh = copy_to(tmp_path, FIXTURES / "pair" / "zh" / "kettle.yaml", "zh/kettle.yaml")
    window = open_editor(qtbot, en)
    window.open_side_by_side()
    [view] = window.side_by_side
    qtbot.addWidget(view)
    assert isinstance(view, BilingualWindow)
    left, right = view.panes
    assert (left.path, right.path) == (en, zh)
    assert [d.message.split(" is missing")[0] for d in left.extra] == ["node 'gives_up'"]
    assert [d.message.split(" is missing")[0] for d in right.extra] == ["node 'asks_again'"]
    assert left.editor.marks[23] == "warning"
    # Adding the node to the Chinese side clears the mark on the English side.
    with qtbot.waitSignal(right.linted, timeout=3000):
        right.editor.setPlainText(right.text + "  gives_up:\n    phase: lost\n    customer: 算了。\n")
    assert left.extra == [] and 23 not in left.editor.marks
    # The cursor in a node on one side shows the same node on the other.
    left.editor.go_to_line(line_of(left.text, "  thanked:"))
    assert right.editor.current_line() == line_of(right.text, "  thanked:")


def test_the_trainee_window_opens_the_editor(window, qtbot):
    [action] = [a for a in window.findChildren(type(window.mute_action)) if a.text() == "Scenario &editor"]
    action.trigger()
    editor = window.editor_window
    qtbot.addWidget(editor)
    assert isinstance(editor, EditorWindow) and editor.isVisible()
    action.trigger()
    assert window.editor_window is editor  # one editor, raised again


def test_edit_refuses_a_missing_file(capsys, tmp_path):
    assert main(["edit", str(tmp_path / "missing.yaml")]) == 1
    assert "missing.yaml: no such scenario file" in capsys.readouterr().err
