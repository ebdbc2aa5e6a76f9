"""The Chinese interface, the silent fallback, interrupting the customer, and keyboard and screen-reader reach."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from simulator.speech import NullSpeaker
from simulator.speech.pyttsx3_speaker import Pyttsx3Speaker
from simulator.storage import queries
from simulator.ui.i18n import install_translator
from simulator.ui.main_window import MainWindow
from simulator.ui.settings_dialog import SettingsDialog
from simulator.ui.speech_bridge import SpeechBridge
from tests.ui.driving import SCENARIO, pick, type_reply


def controls(root: QWidget):
    kinds = (QAbstractButton, QLineEdit, QPlainTextEdit, QComboBox, QSpinBox)
    # Qt's own parts (objectName "qt_...", like a table's corner button) carry Qt's accessibility.
    return [
        w
        for w in root.findChildren(QWidget)
        if isinstance(w, kinds) and w.isVisibleTo(root) and not w.objectName().startswith("qt_")
    ]


def test_the_chinese_interface(qapp, qtbot, services):
    install_translator(qapp, "zh")
    try:
        services.settings.set("profile", "小王")
        win = MainWindow(services)
        qtbot.addWidget(win)
        texts = [a.text() for a in win.findChildren(type(win.mute_action)) if a.text()]
        assert "场景(&S)" in texts or any("场景" in t for t in texts), texts
        assert QCoreApplication.translate("Phase", "Complaint") == "投诉"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"  # Qt's own words too
        pick(win, qtbot, SCENARIO + "-zh")
        assert "发送" in win.conversation.send_button.text()
    finally:
        install_translator(qapp, "en")
    assert QCoreApplication.translate("Phase", "Complaint") == "Complaint"


def test_every_control_has_an_accessible_name(window, qtbot):
    pages = [window.picker, window.conversation, window.scorecard, window.history, window.profile_page]
    pick(window, qtbot, SCENARIO)
    for page in pages:
        window.stack.setCurrentWidget(page)
        for control in controls(page):
            assert control.accessibleName() or (isinstance(control, QAbstractButton) and control.text()), control
    dialog = SettingsDialog(window.services.settings, window)
    qtbot.addWidget(dialog)
    dialog.show()
    for control in controls(dialog):
        assert control.accessibleName() or (isinstance(control, QAbstractButton) and control.text()), control


def test_without_a_speech_engine_the_app_says_so_once_and_runs_silent(qtbot, services):
    def no_engine():
        raise OSError("libespeak-ng.so.1: cannot open shared object file")

    speaker = Pyttsx3Speaker(engine_factory=no_engine)
    speaker._thread.join(5)
    services.speech = SpeechBridge(speaker)
    services.settings.set("profile", "Ann")
    win = MainWindow(services)
    qtbot.addWidget(win)
    assert "libespeak-ng" in win.silent_notice.text()
    pick(win, qtbot, SCENARIO)
    type_reply(qtbot, win.conversation, "Could you tell me your application number?")
    assert len(win.conversation.session.turns) == 1


class HeldSpeaker(NullSpeaker):
    """Starts each line and finishes it only when told: the customer is 'still talking'."""

    def say(self, line):
        for listener in self._started:
            listener(line.key)


def test_a_reply_while_the_customer_speaks_interrupts(qtbot, services):
    services.speech = SpeechBridge(HeldSpeaker())
    services.settings.set("profile", "Ann")
    win = MainWindow(services)
    qtbot.addWidget(win)
    pick(win, qtbot, SCENARIO)
    qtbot.waitUntil(lambda: services.speech.speaking)
    type_reply(qtbot, win.conversation, "Could you tell me your application number?")
    turn = queries.session_turns(services.db, win.conversation.session.session_id)[0]
    assert turn["interrupted"]


def test_mute_is_one_click_and_remembered(window, qtbot, services):
    assert not services.speech.muted
    window.mute_action.trigger()
    assert services.speech.muted and services.settings.muted
    again = MainWindow(services)
    qtbot.addWidget(again)
    assert again.mute_action.isChecked()
