"""Whole sessions through the real window: pick, type, watch the checklist and anger, finish, find it logged."""

from PySide6.QtCore import Qt

from simulator.core.progress import Played, unlocked_levels
from simulator.core.tags import Tag
from simulator.storage import queries
from simulator.ui.picker_page import level_name
from tests.ui.driving import SCENARIO, pick, type_reply


def test_a_whole_session_from_picker_to_scorecard(window, qtbot, services):
    assert window.stack.currentWidget() is window.picker
    pick(window, qtbot, SCENARIO)
    page = window.conversation
    assert window.stack.currentWidget() is page
    assert (
        page.transcript.bubbles[0].label.text()
        == services.scenarios[SCENARIO].nodes[services.scenarios[SCENARIO].start].customer
    )

    type_reply(qtbot, page, "Good morning! Could you tell me your application number, please?")
    session = page.session
    assert session.turns[-1].tagged.has(Tag.PROBE)
    assert page.checklist.items[Tag.PROBE].done
    assert not page.checklist.items[Tag.FOLLOW_UP].done
    assert page.card.meter.value() == session.anger

    type_reply(qtbot, page, "I'm really sorry about the wait, that was our mistake.")
    assert page.checklist.items[Tag.APOLOGIZE].done
    assert page.card.meter.value() == session.anger
    assert len(page.transcript.bubbles) == 1 + 2 * len(session.turns)

    qtbot.mouseClick(page.end_button, Qt.MouseButton.LeftButton)
    card = session.finish()
    assert window.stack.currentWidget() is window.scorecard
    assert window.scorecard.grade.text() == f"{card.total}/100"
    for step, bar in window.scorecard.bars.items():
        if step in card.not_due:
            assert not bar.isEnabled() and bar.value() == 0
        else:
            assert bar.value() == card.steps[step]
    assert card.not_due, "two replies into the scenario, some step cannot have been due yet"
    assert window.scorecard.turns.rowCount() == len(session.turns)

    logged = queries.session_score(services.db, session.session_id)
    assert logged["total"] == card.total and logged["steps"] == card.steps
    turns = queries.session_turns(services.db, session.session_id)
    assert [t["reply"] for t in turns] == [t.tagged.text for t in session.turns]


def test_shift_enter_breaks_the_line_and_enter_sends(window, qtbot):
    pick(window, qtbot, SCENARIO)
    page = window.conversation
    qtbot.keyClicks(page.reply_box, "Hello")
    qtbot.keyClick(page.reply_box, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(page.reply_box, "there")
    assert page.reply_box.toPlainText() == "Hello\nthere"
    assert not page.session.turns
    qtbot.keyClick(page.reply_box, Qt.Key.Key_Return)
    assert page.session.turns[0].tagged.text == "Hello\nthere"
    assert page.reply_box.toPlainText() == ""


def test_undo_takes_back_the_reply_and_keeps_it_in_the_log(window, qtbot, services):
    pick(window, qtbot, SCENARIO)
    page = window.conversation
    start_anger = page.session.anger
    type_reply(qtbot, page, "That's the rule, there's nothing I can do. Calm down.")
    assert page.session.anger > start_anger
    assert page.checklist.warning.text()
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert page.session.anger == start_anger
    assert page.card.meter.value() == start_anger
    assert len(page.transcript.bubbles) == 1
    assert not page.checklist.warning.text()
    logged = queries.session_turns(services.db, page.session.session_id, include_undone=True)
    assert len(logged) == 1 and logged[0]["undone"]


def test_forbidden_language_is_red_in_the_bubble(window, qtbot):
    pick(window, qtbot, SCENARIO)
    page = window.conversation
    type_reply(qtbot, page, "Calm down, that's not my department.")
    bubble = page.transcript.bubbles[-2]
    assert bubble.tagged.has(Tag.FORBIDDEN)
    assert "color:" in bubble.label.text() and "font-weight:bold" in bubble.label.text()


def test_hovering_a_step_highlights_its_evidence(window, qtbot):
    pick(window, qtbot, SCENARIO)
    page = window.conversation
    type_reply(qtbot, page, "I'm so sorry. Could you give me the application number?")
    bubble = page.transcript.bubbles[-2]
    apology = bubble.tagged.evidence[Tag.APOLOGIZE][0].text
    page.checklist.items[Tag.APOLOGIZE].hovered.emit(Tag.APOLOGIZE)
    html = bubble.label.text()
    marked = html.split("background:")[1]
    assert apology.split()[0] in marked and "application" not in marked.split("</span>")[0]


def test_levels_unlock_in_the_picker(window, qtbot, services, log_scored_session):
    library = {s.id: s.level for s in services.scenarios.values()}
    assert unlocked_levels(library, []) == {1}
    window.show_picker()
    level2 = window.picker.tree.topLevelItem(1)
    assert all(level2.child(j).isDisabled() for j in range(level2.childCount()))
    assert level2.text(0).startswith(level_name(2) + " — ")  # says it is locked, and how to open it

    level1 = [sid for sid, lvl in library.items() if lvl == 1]
    history = [Played(sid, 1, 95, "resolved", 100) for sid in level1]
    assert 2 in unlocked_levels(library, history)
    for sid in level1:
        log_scored_session("Ann", services.scenarios[sid], total=95)
    window.show_picker()
    level2 = window.picker.tree.topLevelItem(1)
    assert level2.childCount() and not any(level2.child(j).isDisabled() for j in range(level2.childCount()))
    assert level2.text(0) == level_name(2)  # no "locked" note any more
