"""The editor's graph view, play-test panel and coverage from the log."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from simulator.core.loader import load_scenario
from simulator.core.scoring import load_grader, load_tagger
from simulator.core.session import Session
from simulator.storage.database import open_database
from simulator.storage.session_log import SessionLog
from simulator.ui.editor.graph_view import PHASE_COLOURS, UNREACHED
from simulator.ui.editor.playtest_panel import CHANGED
from tests.ui.editor_support import TEMPLATE, copy_to, line_of, open_editor

FIX = "I'm sorry it has taken so long. I've sent a new kettle by express, it arrives tomorrow."


def click_node(qtbot, graph, node_id):
    item = graph.nodes[node_id]
    graph.centerOn(item)
    point = graph.mapFromScene(item.sceneBoundingRect().center())
    qtbot.mouseClick(graph.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_the_graph_has_the_scenarios_nodes_and_edges_coloured_by_phase(qtbot, tmp_path):
    path = copy_to(tmp_path, TEMPLATE)
    scenario = load_scenario(path)
    graph = open_editor(qtbot, path).graph
    assert set(graph.nodes) == set(scenario.nodes)
    wanted = {(node.id, b.goto) for node in scenario.nodes.values() for b in node.next}
    assert {(e.source, e.target) for e in graph.edges} == wanted
    for node in scenario.nodes.values():
        assert graph.nodes[node.id].brush().color() == QColor(PHASE_COLOURS[node.phase])
        assert graph.nodes[node.id].phase.is_ending == node.phase.is_ending
    # Two branches to one node share an edge whose label names both conditions.
    [both] = [e for e in graph.edges if (e.source, e.target) == ("opening", "complains")]
    assert both.label.text() == "any FORBIDDEN | else"


def test_clicking_a_node_jumps_to_its_text_and_the_cursor_picks_the_node_back(qtbot, tmp_path):
    path = copy_to(tmp_path, TEMPLATE)
    window = open_editor(qtbot, path)
    window.graph.resize(900, 700)
    click_node(qtbot, window.graph, "complains")
    assert window.pane.editor.current_line() == line_of(path.read_text(encoding="utf-8"), "  complains:")
    window.pane.editor.go_to_line(line_of(path.read_text(encoding="utf-8"), "It's 4471"))
    assert window.graph.selected_node() == "gives_number"


def test_an_edit_that_adds_a_node_redraws_the_graph(qtbot, tmp_path):
    window = open_editor(qtbot, copy_to(tmp_path, TEMPLATE))
    text = window.pane.text + "  spare:\n    phase: escalated\n    customer: Put me through to your manager.\n"
    with qtbot.waitSignal(window.pane.linted, timeout=3000):
        window.pane.editor.setPlainText(text)
    assert "spare" in window.graph.nodes
    assert any("never reached" in d.message for d in window.pane.diagnostics)


def test_play_from_a_node_follows_the_branch_the_examples_predict_and_the_graph_follows(qtbot, tmp_path):
    path = copy_to(tmp_path, TEMPLATE)
    window = open_editor(qtbot, path)
    example = load_scenario(path).nodes["opening"].examples[0]
    window.pane.editor.go_to_line(line_of(window.pane.text, "  opening:") + 1)
    window.play_from_cursor()
    panel = window.playtest
    assert window.tabs.currentWidget() is panel and panel.session.node.id == "opening"
    qtbot.keyClicks(panel.reply, example.reply)
    qtbot.keyClick(panel.reply, Qt.Key.Key_Return)
    assert [s.to_node for s in panel.steps] == [example.goto]
    assert window.graph.selected_node() == example.goto
    assert panel.reply.text() == ""


def test_after_an_edit_the_last_path_is_replayed_and_the_change_marked(qtbot, tmp_path):
    window = open_editor(qtbot, copy_to(tmp_path, TEMPLATE))
    panel = window.playtest
    panel.node_box.setCurrentIndex(panel.node_box.findData("gives_number"))
    panel.anger.setValue(50)
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    panel.send_reply("Thanks for waiting.")
    assert [s.to_node for s in panel.steps] == ["complains"]
    edited = window.pane.text.replace(
        "        goto: thanked\n      - goto: complains\n", "        goto: thanked\n      - goto: gives_up\n"
    )
    with qtbot.waitSignal(window.pane.linted, timeout=3000):
        window.pane.editor.setPlainText(edited)
    assert [s.to_node for s in panel.steps] == ["gives_up"]
    assert panel.changed_at == 0
    marked = [panel.transcript.item(i) for i in range(panel.transcript.count())]
    assert [i.background().color() == QColor(CHANGED) for i in marked] == [False, True, False]


def test_coverage_from_the_log_counts_visits_and_greys_out_what_was_never_reached(qtbot, tmp_path):
    path = copy_to(tmp_path, TEMPLATE)
    db = open_database(":memory:")
    for replies in (["Could you give me the order number?", FIX], ["Calm down, it will come when it comes.", FIX]):
        session = Session(load_scenario(path), load_tagger(), load_grader(), recorder=SessionLog(db))
        session.start()
        for reply in replies:
            session.send(reply)
    window = open_editor(qtbot, path, db)
    graph = window.graph
    assert graph.nodes["opening"].count.text() == ""
    window.coverage_action.trigger()
    assert graph.nodes["opening"].count.text() == "×2" and graph.nodes["thanked"].count.text() == "×2"
    assert graph.nodes["gives_up"].pen().style() == Qt.PenStyle.DashLine
    assert graph.nodes["gives_up"].pen().color() == QColor(UNREACHED)
    [edge] = [e for e in graph.edges if (e.source, e.target) == ("opening", "gives_number")]
    assert edge.label.text() == "has PROBE (1)"
    assert "2 logged session(s); 1 node(s)" in window.statusBar().currentMessage()
    window.coverage_action.trigger()
    assert graph.nodes["opening"].count.text() == ""
    db.close()
