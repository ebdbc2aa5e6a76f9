"""Presenter mode: two windows (or one), the group's replies logged as a group session, and an audience view
that never holds the trainer's hints, model replies or notes until the trainer reveals them."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QProgressBar, QWidget

from simulator.core.tags import Tag
from simulator.storage import queries
from simulator.ui.presenter.audience import SMALLEST_FRACTION
from simulator.ui.presenter.windows import PresenterWindow

SCENARIO = "invoice-not-delivered"
NOTE = "Watch Bob, he interrupts"


def visible_strings(root: QWidget) -> str:
    """Everything any widget of the window could show or read out."""
    found = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        for getter in ("text", "title", "toolTip", "accessibleName", "accessibleDescription", "placeholderText"):
            value = getattr(widget, getter, None)
            if callable(value):
                try:
                    found.append(str(value()))
                except TypeError:  # a getter with that name that needs arguments
                    continue
    return "\n".join(found)


def hidden_strings(scenario):
    return [n.hint for n in scenario.nodes.values() if n.hint] + [
        n.model_reply for n in scenario.nodes.values() if n.model_reply
    ]


def start(win, qtbot, participants="Ann, Bob"):
    console = win.console
    console.scenario_box.setCurrentIndex(console.scenario_box.findData(SCENARIO))
    console.group_edit.setText("Team Blue")
    console.participants_edit.setText(participants)
    qtbot.mouseClick(console.start_button, Qt.MouseButton.LeftButton)
    return win.presenter.session


def send(win, qtbot, text, proposer=""):
    win.console.proposer_box.setCurrentText(proposer)
    qtbot.keyClicks(win.console.reply_box, text)
    qtbot.keyClick(win.console.reply_box, Qt.Key.Key_Return)


@pytest.fixture
def two_windows(qtbot, services):
    win = PresenterWindow(services, two_windows=True)
    qtbot.addWidget(win)
    qtbot.addWidget(win.audience_window)
    win.open()
    yield win
    win.close()


def test_the_audience_holds_no_hidden_string_until_it_is_revealed(two_windows, qtbot, services):
    win = two_windows
    audience = win.audience_window
    assert audience.isVisible() and win.isVisible() and audience.isFullScreen()
    session = start(win, qtbot)
    scenario = services.scenarios[SCENARIO]
    qtbot.keyClicks(win.console.notes, NOTE)
    secrets = [*hidden_strings(scenario), NOTE]
    node = session.node
    assert win.console.private_hint.text() == node.hint  # the trainer does see them
    assert win.console.private_model.text() == node.model_reply
    shown = visible_strings(audience)
    assert node.customer in shown
    assert not [s for s in secrets if s in shown]

    send(win, qtbot, "Of course. Could you give me the order number, please?", "Bob")
    node = session.node
    assert win.console.private_hint.text() == node.hint
    shown = visible_strings(audience)
    assert node.customer in shown and "order number" in shown
    assert not [s for s in secrets if s in shown]

    qtbot.mouseClick(win.console.hint_button, Qt.MouseButton.LeftButton)
    shown = visible_strings(audience)
    assert node.hint in shown
    assert [s for s in secrets if s in shown] == [node.hint]

    qtbot.mouseClick(win.console.model_button, Qt.MouseButton.LeftButton)
    assert node.model_reply in visible_strings(audience)
    assert NOTE not in visible_strings(audience)

    send(win, qtbot, "Thank you. Did you ask for a VAT invoice when you ordered?", "Ann")
    assert session.turns[-1].hint_used  # the group saw the hint before this reply
    shown = visible_strings(audience)
    assert not [s for s in secrets if s in shown]  # a new moment: the reveal is gone


def test_group_sessions_are_logged_with_participants_and_proposers(two_windows, qtbot, services):
    win = two_windows
    session = start(win, qtbot, participants="Ann, Bob, Ann, ")
    assert [win.console.proposer_box.itemText(i) for i in range(win.console.proposer_box.count())] == [
        "",
        "Ann",
        "Bob",
    ]
    send(win, qtbot, "Of course. Could you give me the order number, please?", "Bob")
    send(win, qtbot, "Thank you. Did you ask for a VAT invoice?")
    qtbot.mouseClick(win.console.end_button, Qt.MouseButton.LeftButton)
    row = queries.session(services.db, session.session_id)
    assert row["is_group"] and row["participants"] == ["Ann", "Bob"] and row["trainee"] == "Team Blue"
    turns = queries.session_turns(services.db, session.session_id)
    assert [t["proposed_by"] for t in turns] == ["Bob", None]
    card = session.finish()
    assert f"{card.total}/100" in win.audience.revealed.text()


def test_undo_explain_and_pause_from_the_console(two_windows, qtbot):
    win = two_windows
    session = start(win, qtbot)
    view = win.audience
    send(win, qtbot, "Calm down, that's not my department.")
    assert view.checklist.warning.text() and len(view.transcript.bubbles) == 3
    qtbot.mouseClick(win.console.explain_button, Qt.MouseButton.LeftButton)
    explanation = view.revealed.text()
    assert "calm down" in explanation.lower() and "Probe" in explanation  # forbidden words and the missed step
    assert win.console.explanation.text() in explanation

    qtbot.mouseClick(win.console.undo_button, Qt.MouseButton.LeftButton)
    assert session.turns == [] and len(view.transcript.bubbles) == 1 and not view.checklist.warning.text()
    assert view.revealed.isHidden() and view.customer_line.text() == session.customer_line

    qtbot.mouseClick(win.console.pause_button, Qt.MouseButton.LeftButton)
    assert view.status.text() == "Paused" and not win.console.send_button.isEnabled()
    send(win, qtbot, "Could you give me the order number?")
    assert session.turns == []  # nothing is sent while paused
    qtbot.mouseClick(win.console.pause_button, Qt.MouseButton.LeftButton)
    assert win.console.send_button.isEnabled() and view.status.text() == ""


def test_the_discussion_timer_counts_down_on_the_big_screen(two_windows, qtbot):
    win = two_windows
    start(win, qtbot)
    win.console.timer_seconds.setValue(10)
    qtbot.mouseClick(win.console.timer_button, Qt.MouseButton.LeftButton)
    assert win.audience.status.text() == "Time left 0:10"
    for _ in range(3):
        win.presenter.ticker.timeout.emit()
    assert win.audience.status.text() == "Time left 0:07" == win.console.timer_display.text()
    win.console.pause_button.setChecked(True)
    assert not win.presenter.ticker.isActive() and win.audience.status.text() == "Paused"
    win.console.pause_button.setChecked(False)
    assert win.presenter.ticker.isActive() and win.audience.status.text() == "Time left 0:07"
    for _ in range(7):
        win.presenter.ticker.timeout.emit()
    assert "Time's up" in win.audience.status.text() and not win.presenter.ticker.isActive()


@pytest.mark.parametrize(("width", "height"), [(1920, 1080), (1280, 720)])
def test_single_screen_one_window_with_a_collapsible_console_and_type_a_room_can_read(qtbot, services, width, height):
    win = PresenterWindow(services, two_windows=False)
    qtbot.addWidget(win)
    win.open()
    assert win.audience_window is None and win.audience.window() is win
    win.resize(width, height)
    session = start(win, qtbot)
    send(win, qtbot, "I'm so sorry. Could you give me the order number?", "Ann")
    win.presenter.explain()
    qtbot.wait(10)
    assert session.turns[-1].tagged.has(Tag.APOLOGIZE)
    smallest = []
    for widget in win.audience.findChildren(QWidget):
        if isinstance(widget, QLabel | QProgressBar | QGroupBox | QAbstractButton) and widget.isVisibleTo(win):
            widget.ensurePolished()
            smallest.append((QFontInfo(widget.font()).pixelSize(), widget))
    size, widget = min(smallest, key=lambda pair: pair[0])
    assert size >= win.height() / SMALLEST_FRACTION, widget
    assert win.console.isVisible()
    win.collapse_action.trigger()
    assert not win.console.isVisible() and win.audience.isVisible()
    win.collapse_action.trigger()
    assert win.console.isVisible()
    win.close()


def test_the_present_command_reports_a_bad_database_without_a_traceback(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "main.py", "present", "--db", str(tmp_path)],  # a folder, not a database file
        capture_output=True, text=True, env=env, timeout=60, cwd=Path(__file__).resolve().parents[2],
    )  # fmt: skip
    assert done.returncode == 1 and done.stderr.startswith("error: ") and str(tmp_path) in done.stderr
    assert "Traceback" not in done.stderr


def test_the_trainer_tools_open_presenter_mode_in_the_contrast_theme_and_restore_it(qapp, qtbot, services):
    from simulator.ui.trainer.tools_window import TrainerWindow

    tools = TrainerWindow(services, "Mr Chen")
    qtbot.addWidget(tools)
    tools.open_presenter()
    qtbot.addWidget(tools.presenter)
    assert tools.presenter.isVisible() and qapp.property("theme") == "contrast"
    tools.presenter.close()
    assert qapp.property("theme") == services.settings.get("theme")


def test_every_console_control_has_an_accessible_name(two_windows):
    from tests.ui.test_window_reach import controls

    for control in controls(two_windows.console):
        assert control.accessibleName() or control.text(), control


def test_participants_may_be_separated_by_chinese_commas(two_windows):
    two_windows.console.participants_edit.setText("小王，小李、Ann, 小王")
    assert two_windows.console.participants() == ["小王", "小李", "Ann"]
