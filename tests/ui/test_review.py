"""The passphrase gate, the review with overrides kept beside the original, and the calibration view."""

from datetime import datetime

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QSpinBox

from simulator.core.session import Session
from simulator.core.tags import Tag
from simulator.storage import queries
from simulator.storage.overrides import overrides_for
from simulator.storage.session_log import SessionLog
from simulator.storage.trainer_store import TrainerStore
from simulator.ui.trainer.passphrase_dialog import PassphraseDialog
from simulator.ui.trainer.tools_window import TrainerWindow
from tests.ui.test_window_reach import controls

SCENARIO = "invoice-not-delivered"
GOOD = ["Of course. Could you give me the order number, please?", "I'm so sorry, that was our mistake."]
BAD = ["Calm down, that's not my department.", "It's the rule, nothing I can do."]


def play(services, trainee, replies, when="2026-11-20T10:00:00+00:00", scenario_id=SCENARIO):
    """A session played through the real engine and logged, as the trainee's window would."""
    moment = datetime.fromisoformat(when)
    session = Session(
        services.scenarios[scenario_id], services.tagger, services.grader, SessionLog(services.db),
        trainee=trainee, clock=lambda: moment,
    )  # fmt: skip
    session.start()
    for reply in replies:
        if not session.ended:
            session.send(reply)
    session.finish()
    return session


def raw(db, session_id):
    return (
        list(db.query("SELECT * FROM turns WHERE session_id = ? ORDER BY idx", [session_id])),
        list(db.query("SELECT * FROM scores WHERE session_id = ?", [session_id])),
        list(db.query("SELECT * FROM sessions WHERE id = ?", [session_id])),
    )


def answer_dialog(qtbot, *, passphrase, again=None, name="Mr Chen", cancel_after_message=False):
    """Fill in the modal passphrase dialog once it is up."""
    seen = {}

    def fill():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PassphraseDialog)
        seen["first_use"] = dialog.first_use
        dialog.name.setText(name)
        dialog.passphrase.setText(passphrase)
        dialog.confirmation.setText(again if again is not None else passphrase)
        dialog.accept()
        seen["message"] = dialog.message.text()
        if dialog.isVisible():
            dialog.reject()

    QTimer.singleShot(0, fill)
    return seen


@pytest.fixture
def trainer_window(qtbot, services):
    win = TrainerWindow(services, "Mr Chen")
    qtbot.addWidget(win)
    win.show()
    return win


def test_the_trainer_tools_sit_behind_a_passphrase_set_on_first_use(window, qtbot, services):
    store = TrainerStore(services.db)
    seen = answer_dialog(qtbot, passphrase="short", again="short")
    window.open_trainer_tools()
    assert seen["first_use"] and "at least 8" in seen["message"] and not store.is_set()
    assert not hasattr(window, "trainer_window")

    seen = answer_dialog(qtbot, passphrase="tea for two trainers")
    window.open_trainer_tools()
    assert store.is_set() and window.trainer_window.isVisible() and window.trainer_window.trainer == "Mr Chen"
    window.trainer_window.close()
    del window.trainer_window

    seen = answer_dialog(qtbot, passphrase="coffee for two")
    window.open_trainer_tools()
    assert not seen["first_use"] and seen["message"] == "Wrong passphrase." and not hasattr(window, "trainer_window")
    seen = answer_dialog(qtbot, passphrase="tea for two trainers", name="Ms Wu")
    window.open_trainer_tools()
    assert window.trainer_window.trainer == "Ms Wu"
    window.trainer_window.close()


def test_a_trainee_sees_only_their_own_sessions_and_can_change_no_score(window, qtbot, services):
    mine = play(services, "Ann", GOOD)
    play(services, "Bob", BAD)
    window.show_history()
    assert [row["id"] for row in window.history.rows] == [mine.session_id]
    editable = [w for w in controls(window.history) if isinstance(w, QLineEdit | QPlainTextEdit | QSpinBox)]
    assert editable == [] and window.history.table.editTriggers() == window.history.table.EditTrigger.NoEditTriggers


def test_filters_find_sessions_by_trainee_scenario_date_grade_and_outcome(trainer_window, services):
    ann = play(services, "Ann", GOOD, "2026-11-01T09:00:00+00:00")
    bob = play(services, "Bob", BAD, "2026-11-10T09:00:00+00:00")
    zh = play(services, "Bob", ["您好,请问您的订单号是多少?"], "2026-11-12T09:00:00+00:00", SCENARIO + "-zh")
    page = trainer_window.review
    page.refresh_filters()

    def found():
        page.search()
        return {row["id"] for row in page.rows}

    assert found() == {ann.session_id, bob.session_id, zh.session_id} and page.table.rowCount() == 3
    page.trainee_box.setCurrentIndex(page.trainee_box.findData("Bob"))
    assert found() == {bob.session_id, zh.session_id}
    page.scenario_box.setCurrentIndex(page.scenario_box.findData(SCENARIO + "-zh"))
    assert found() == {zh.session_id}
    page.trainee_box.setCurrentIndex(0)
    page.scenario_box.setCurrentIndex(0)
    page.since_check.setChecked(True)
    page.since.setDate(datetime(2026, 11, 5).date())
    page.until_check.setChecked(True)
    page.until.setDate(datetime(2026, 11, 10).date())
    assert found() == {bob.session_id}
    page.since_check.setChecked(False)
    page.until_check.setChecked(False)
    grade = ann.finish().total
    page.min_grade.setValue(grade)
    page.max_grade.setValue(grade)
    assert ann.session_id in found() and all(
        (r["override"].total if r["override"] else r["total"]) == grade for r in page.rows
    )
    page.min_grade.setValue(0)
    page.max_grade.setValue(100)
    page.outcome_box.setCurrentIndex(page.outcome_box.findData(bob.finish().outcome))
    assert bob.session_id in found() and all((r["outcome"] or "unfinished") == bob.finish().outcome for r in page.rows)


def test_a_session_opens_to_its_transcript_with_tags_and_evidence(trainer_window, services):
    session = play(services, "Ann", GOOD)
    page = trainer_window.review
    page.search()
    assert page.open_session(session.session_id)
    assert len(page.transcript.bubbles) == 2 * len(session.turns)
    reply = page.transcript.bubbles[1]
    probe = session.turns[0].tagged.evidence[Tag.PROBE][0].text
    assert reply.tagged.has(Tag.PROBE) and probe in reply.toolTip()
    assert page.replies.item(0, 1).text() == GOOD[0] and "Probe" in page.replies.item(0, 2).text()


def test_overrides_kept_beside_the_original_and_the_trainee_sees_the_comment(trainer_window, qtbot, services, window):
    session = play(services, "Ann", GOOD)
    before = raw(services.db, session.session_id)
    original = session.finish().total
    page = trainer_window.review
    page.search()
    page.open_session(session.session_id)

    page.target_box.setCurrentIndex(1)  # the first reply
    assert page.tag_checks[Tag.PROBE].isChecked() and not page.grade_spin.isEnabled()
    page.tag_checks[Tag.PROBE].setChecked(False)
    page.tag_checks[Tag.VENT].setChecked(True)
    qtbot.keyClicks(page.comment, "An open invitation, not a question about a fact")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.replies.item(0, 3).text() == "Listen"
    page.target_box.setCurrentIndex(0)
    page.target_box.setCurrentIndex(1)  # back on the reply: its boxes show the trainer's tags now
    assert page.tag_checks[Tag.VENT].isChecked() and not page.tag_checks[Tag.PROBE].isChecked()

    page.target_box.setCurrentIndex(0)  # the grade
    page.grade_spin.setValue(41)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.message.text().startswith("Not saved") and "comment" in page.message.text()
    qtbot.keyClicks(page.comment, "Generous: the apology came late")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.table.item(page.table.currentRow(), 4).text() == f"{original} → 41"

    assert raw(services.db, session.session_id) == before  # the log is exactly as it was
    assert [(o.turn_idx, o.tags, o.total, o.trainer) for o in overrides_for(services.db, session.session_id)] == [
        (0, (Tag.VENT,), None, "Mr Chen"),
        (None, None, 41, "Mr Chen"),
    ]
    window.show_history()
    assert window.history.table.item(0, 3).text() == f"{original} → 41"
    assert "Generous: the apology came late" in window.history.summary.text()
    assert "An open invitation" in window.history.summary.text() and str(original) in window.history.summary.text()


def test_calibration_lists_sessions_trainers_disagree_on_and_opens_them(qtbot, services):
    agreed = play(services, "Ann", GOOD)
    disputed = play(services, "Bob", BAD)
    for trainer, grades in (("Mr Chen", (70, 30)), ("Ms Wu", (72, 65))):
        win = TrainerWindow(services, trainer)
        qtbot.addWidget(win)
        for session, grade in zip((agreed, disputed), grades, strict=True):
            win.review.search()
            win.review.open_session(session.session_id)
            win.review.target_box.setCurrentIndex(0)
            win.review.grade_spin.setValue(grade)
            win.review.comment.setPlainText(f"{trainer}'s view")
            win.review.save_override()
    win.tabs.setCurrentWidget(win.calibration)  # loads the list
    page = win.calibration
    assert [d.session_id for d in page.found] == [disputed.session_id]  # 70 vs 72 agrees within 5 points
    assert page.table.item(0, 3).text() == "Mr Chen 30  ·  Ms Wu 65" and page.table.item(0, 4).text() == "35"
    page.tolerance.setValue(1)
    assert [d.session_id for d in page.found] == [disputed.session_id, agreed.session_id]
    page.table.setCurrentCell(1, 0)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert win.tabs.currentWidget() is win.review and win.review.current["id"] == agreed.session_id


def test_every_trainer_control_has_an_accessible_name(trainer_window, services):
    play(services, "Ann", GOOD)
    trainer_window.review.search()
    for page in (trainer_window.review, trainer_window.calibration, trainer_window.dashboard):
        trainer_window.tabs.setCurrentWidget(page)
        for control in controls(page):
            assert control.accessibleName() or control.text(), control
    assert queries.list_trainees(services.db)
