"""What a trainee meets in the first minutes: the persona's picture, the customer speaking, themes and font size,
the settings rebuilding the window, the keyboard, history's numbers and feedback, and failures said plainly."""

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMessageBox

from simulator.app import Shell, run_app
from simulator.core.loader import check_file
from simulator.core.progress import Played, summary
from simulator.core.tags import STEPS, Tag
from simulator.speech import NullSpeaker
from simulator.storage.database import StorageError
from simulator.storage.session_log import SessionLog
from simulator.ui.avatar import mood_colour
from simulator.ui.i18n import install_translator
from simulator.ui.main_window import MainWindow
from simulator.ui.picker_page import level_name
from simulator.ui.scorecard_page import feedback_text
from simulator.ui.settings_dialog import SettingsDialog
from simulator.ui.speech_bridge import SpeechBridge
from simulator.ui.theme import ACCENTS, THEMES, apply_theme
from tests.ui.driving import SCENARIO, pick, type_reply

ROOT = Path(__file__).resolve().parents[2]


def restore_look(app):
    install_translator(app, "en")
    apply_theme(app, "light", 11)


# --- the persona's picture --------------------------------------------------------------------------------


def scenario_with_image(tmp_path, services, image_name):
    source = services.scenarios[SCENARIO].path.read_text(encoding="utf-8")
    lines = source.splitlines()
    at = next(i for i, line in enumerate(lines) if line.strip().startswith("patience:"))
    lines.insert(at + 1, f"  image: {image_name}")
    path = tmp_path / "pictured.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    scenario, diagnostics = check_file(path)
    assert scenario is not None, diagnostics
    return scenario


def test_the_personas_picture_fills_the_avatar_and_the_ring_follows_the_anger(window, qtbot, services, tmp_path):
    picture = QImage(64, 96, QImage.Format.Format_RGB32)  # a portrait: cropped to its middle, not squashed
    picture.fill(QColor("#0000ff"))
    picture.save(str(tmp_path / "face.png"))
    scenario = scenario_with_image(tmp_path, services, "face.png")
    window.play(scenario)
    avatar = window.conversation.card.avatar
    assert avatar.image is not None and avatar.image.width() == 64

    def drawn(anger):
        avatar.set_anger(anger)
        return avatar.grab().toImage()

    side = min(avatar.width(), avatar.height()) - 6
    ring_x, middle = (avatar.width() - side) // 2, avatar.height() // 2
    for anger in (0, 100):
        image = drawn(anger)
        assert image.pixelColor(avatar.width() // 2, middle) == QColor("#0000ff")
        ring = image.pixelColor(ring_x + 1, middle)
        expected = mood_colour(anger)
        assert max(abs(ring.red() - expected.red()), abs(ring.green() - expected.green())) < 40, (anger, ring.name())


def test_a_missing_picture_falls_back_to_the_drawn_face(window, services, tmp_path):
    window.play(scenario_with_image(tmp_path, services, "not-there.png"))
    avatar = window.conversation.card.avatar
    assert avatar.image is None
    image = avatar.grab().toImage()
    assert image.pixelColor(avatar.width() // 2, avatar.height() // 2) != QColor("#0000ff")
    window.play(services.scenarios[SCENARIO])
    assert avatar.image is None


# --- the customer speaking ---------------------------------------------------------------------------------


class TalkingSpeaker(NullSpeaker):
    """Starts each line at once and finishes the lines only when the test says so."""

    def __init__(self):
        super().__init__()
        self.talking = []

    def say(self, line):
        self.talking.append(line.key)
        for listener in self._started:
            listener(line.key)

    def finish_all(self):
        while self.talking:
            key = self.talking.pop()
            for listener in self._finished:
                listener(key)


def test_the_card_shows_while_the_customer_is_speaking(qtbot, services):
    speaker = TalkingSpeaker()
    services.speech = SpeechBridge(speaker)
    services.settings.set("profile", "Ann")
    win = MainWindow(services)
    qtbot.addWidget(win)
    win.show()
    pick(win, qtbot, SCENARIO)
    indicator = win.conversation.card.speaking
    qtbot.waitUntil(indicator.isVisible)
    speaker.finish_all()
    qtbot.waitUntil(lambda: not indicator.isVisible())
    type_reply(qtbot, win.conversation, "Could you tell me your application number?")
    qtbot.waitUntil(indicator.isVisible)
    win.mute_action.trigger()  # muting silences the customer at once, so nothing is being said
    assert not indicator.isVisible()


# --- themes, font size and the settings -------------------------------------------------------------------


def luminance(colour):
    def channel(c):
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(a, b):
    light, dark = sorted((luminance(QColor(a)), luminance(QColor(b))), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_each_theme_applies_its_palette_and_the_font_size(qapp, qtbot, services):
    windows = {}
    try:
        for size, theme in zip((10, 14, 18), THEMES, strict=True):
            apply_theme(qapp, theme, size)
            palette = qapp.palette()
            windows[theme] = palette.color(QPalette.ColorRole.Window).name()
            assert qapp.property("theme") == theme
            services.settings.set("profile", "Ann")
            win = MainWindow(services)
            qtbot.addWidget(win)
            assert win.conversation.send_button.font().pointSize() == size
            # Headings keep their proportion to the chosen size.
            assert win.scorecard.grade.font().pointSizeF() > 2 * size
        assert len(set(windows.values())) == 3, windows
    finally:
        restore_look(qapp)


def test_the_high_contrast_theme_really_is_high_contrast(qapp):
    try:
        apply_theme(qapp, "contrast", 12)
        p = qapp.palette()
        pairs = [
            (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
            (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
            (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
            (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight),
            (QPalette.ColorRole.Link, QPalette.ColorRole.Base),
        ]
        for fore, back in pairs:
            assert contrast(p.color(fore), p.color(back)) >= 7, (fore, back)  # WCAG AAA for body text
        background = p.color(QPalette.ColorRole.Window)
        for name in ("done", "todo", "forbidden"):  # drawn as text on the window
            assert contrast(ACCENTS["contrast"][name], background) >= 4.5, name
        assert contrast("#ffffff", ACCENTS["contrast"]["evidence"]) >= 7  # text on the evidence mark
        assert "2px solid #ffffff" in qapp.styleSheet()  # controls are outlined, not told apart by shade
    finally:
        restore_look(qapp)


def test_saving_the_settings_rebuilds_the_window_in_the_new_language(qapp, qtbot, services):
    services.settings.set("profile", "Ann")
    shell = Shell(qapp, services)
    old = shell.window
    qtbot.addWidget(old)
    old.show()

    def choose_in_dialog():
        dialog = qapp.activeModalWidget()
        if not isinstance(dialog, SettingsDialog):
            QTimer.singleShot(20, choose_in_dialog)
            return
        dialog.language.setCurrentIndex(dialog.language.findData("zh"))
        dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
        dialog.font_size.setValue(15)
        dialog.accept()

    QTimer.singleShot(0, choose_in_dialog)
    try:
        old.edit_settings()
        new = shell.window
        qtbot.addWidget(new)
        assert new is not old and new.isVisible()
        assert services.settings.language == "zh"
        assert "发送" in new.conversation.send_button.text()
        assert new.conversation.send_button.font().pointSize() == 15
        assert qapp.property("theme") == "dark"
        qtbot.waitUntil(lambda: not old.isVisible())
    finally:
        restore_look(qapp)


# --- the keyboard -------------------------------------------------------------------------------------------


def test_tab_walks_the_conversation_in_working_order(window, qtbot):
    pick(window, qtbot, SCENARIO)
    page = window.conversation
    type_reply(qtbot, page, "I'm so sorry. Could you give me the application number?")  # Undo needs a reply
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.reply_box)
    expected = [page.send_button, page.hint_button, page.undo_button, page.restart_button, page.end_button]
    expected += list(page.checklist.items.values())
    for widget in expected:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is widget, (QApplication.focusWidget(), widget)
    # A step reached by keyboard shows its evidence as hovering does.
    page.checklist.items[Tag.APOLOGIZE].setFocus()
    qtbot.waitUntil(lambda: "background:" in page.transcript.bubbles[-2].label.text())


def test_the_picker_opens_a_scenario_with_enter(window, qtbot, services):
    window.show_picker()
    picker = window.picker
    qtbot.keyClicks(picker.search, "thermostat")
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.conversation
    assert "thermostat" in window.conversation.session.scenario.title.lower()

    window.show_picker()
    picker.search.clear()
    picker.tree.setFocus()
    current = picker.tree.currentItem()
    assert current is not None and not current.isDisabled()
    qtbot.keyClick(picker.tree, Qt.Key.Key_Return)
    assert window.conversation.session.scenario is current.data(0, Qt.ItemDataRole.UserRole)


def test_every_toolbar_action_has_a_shortcut(window):
    bar = window.findChild(type(window.addToolBar("probe")), "main-toolbar")
    assert bar is not None
    assert all(not action.shortcut().isEmpty() for action in bar.actions())


def test_no_emoji_that_the_interface_fonts_lack(window, qtbot, services, log_scored_session):
    log_scored_session("Ann", services.scenarios[SCENARIO], total=95)
    window.show_picker()
    texts = [w.text() for w in window.findChildren(QLabel)] + [b.text() for b in window.findChildren(QAbstractButton)]
    tree = window.picker.tree
    for i in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(i)
        texts.append(group.text(0))
        texts += [group.child(j).text(c) for j in range(group.childCount()) for c in range(4)]
    window.conversation.card.set_speaking(True)
    texts.append(window.conversation.card.speaking.text())
    emoji = {ch for text in texts for ch in text if ord(ch) >= 0x1F000}
    assert not emoji, emoji  # drawn as empty boxes without an emoji font (Linux workstations often have none)


# --- history -----------------------------------------------------------------------------------------------


def test_progress_summary_counts_averages_and_keeps_the_best_per_level():
    history = [Played("a", 1, 60, "resolved", 0), Played("b", 1, 91, "resolved", 0), Played("c", 2, 70, "lost", 0)]
    numbers = summary(history)
    assert (numbers.sessions, numbers.average, numbers.best_per_level) == (3, 74, {1: 91, 2: 70})
    assert summary([]).average is None and summary([]).best_per_level == {}


def test_history_shows_the_overall_numbers(window, services, log_scored_session):
    level1 = [s for s in services.scenarios.values() if s.level == 1]
    log_scored_session("Ann", level1[0], total=60)
    log_scored_session("Ann", level1[1], total=90)
    log_scored_session("Bob", level1[1], total=10)  # another trainee's session counts for nobody here
    window.show_history()
    text = window.history.progress.text()
    assert "Scored sessions: 2" in text and "Average grade: 75" in text and f"{level_name(1)} 90" in text
    assert level_name(2) not in text


def test_opening_a_session_shows_its_feedback(window, qtbot):
    pick(window, qtbot, SCENARIO)
    type_reply(qtbot, window.conversation, "Calm down, that's not my department.")
    session = window.conversation.session
    qtbot.mouseClick(window.conversation.end_button, Qt.MouseButton.LeftButton)
    card = session.finish()
    assert card.feedback
    window.show_history()
    feedback = window.history.feedback
    shown = [feedback.item(i).text() for i in range(feedback.count())]
    assert shown == [feedback_text(item) for item in card.feedback]
    assert any(step.value in {f.step for f in card.feedback} for step in STEPS)


def test_the_chart_library_is_not_loaded_to_start_the_window(tmp_path):
    code = (
        "import sys\n"
        "from PySide6.QtCore import QSettings\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from simulator.app import build_services\n"
        "from simulator.speech import NullSpeaker\n"
        "from simulator.ui.main_window import MainWindow\n"
        "from simulator.ui.settings import AppSettings\n"
        "app = QApplication([])\n"
        f"settings = AppSettings(QSettings({str(tmp_path / 's.ini')!r}, QSettings.Format.IniFormat))\n"
        "settings.set('profile', 'Ann')\n"
        "services, _ = build_services(settings, ':memory:', NullSpeaker())\n"
        "window = MainWindow(services)\n"
        "window.show()\n"
        "print('pyqtgraph' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
        timeout=60,
    )
    assert out.stdout.strip() == "False", out.stderr


# --- first-ten-minutes failures -----------------------------------------------------------------------------


def test_an_empty_library_says_so(window, services):
    services.scenarios.clear()
    window.show_picker()
    assert window.picker.empty.isVisible() and not window.picker.tree.isVisible()
    assert "No scenarios" in window.picker.empty.text()


def test_a_session_log_that_cannot_be_opened_is_a_message_not_a_traceback(qapp, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    try:
        assert run_app(str(tmp_path)) == 1  # a folder where the database file should be
    finally:
        restore_look(qapp)
    assert len(shown) == 1 and str(tmp_path) in shown[0]


def test_a_reply_that_cannot_be_saved_is_said_and_the_conversation_goes_on(window, qtbot, monkeypatch):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    pick(window, qtbot, SCENARIO)

    def disk_full(self, session_id, turn):
        raise StorageError("sessions.db: database or disk is full")

    monkeypatch.setattr(SessionLog, "turn_sent", disk_full)
    page = window.conversation
    type_reply(qtbot, page, "I'm so sorry. Could you give me the application number?")
    assert len(warnings) == 1 and "disk is full" in warnings[0]
    assert len(page.transcript.bubbles) == 3  # the reply and the customer's answer are shown all the same
    assert page.checklist.items[Tag.APOLOGIZE].done
    assert page.card.meter.value() == page.session.anger
