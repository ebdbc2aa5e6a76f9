"""The trainee's window: profile, scenario picker, conversation, scorecard and history as pages of one window."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QToolBar, QWidget

from simulator.core.progress import badges, unlocked_levels
from simulator.core.scenario import Scenario
from simulator.core.session import Session
from simulator.storage import queries
from simulator.ui.badge_names import badge_name
from simulator.ui.conversation_page import ConversationPage
from simulator.ui.history_page import HistoryPage
from simulator.ui.picker_page import PickerPage
from simulator.ui.profile_page import ProfilePage
from simulator.ui.scorecard_page import ScorecardPage
from simulator.ui.services import Services, played_history
from simulator.ui.settings_dialog import SettingsDialog


class MainWindow(QMainWindow):
    # Asks the composition root to apply new settings (language, theme) and rebuild the window.
    settings_changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.trainee = str(services.settings.get("profile"))
        self.setWindowTitle(self.tr("Complaint Simulator"))
        self.resize(1280, 800)
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.profile_page = ProfilePage(services)
        self.picker = PickerPage()
        self.conversation = ConversationPage(services)
        self.scorecard = ScorecardPage()
        self.history = HistoryPage(services)
        for page in (self.profile_page, self.picker, self.conversation, self.scorecard, self.history):
            self.stack.addWidget(page)
        self.editor_window: QMainWindow | None = None
        self._build_toolbar()
        self.silent_notice = QLabel()
        self.statusBar().addPermanentWidget(self.silent_notice)

        self.profile_page.chosen.connect(self.use_profile)
        self.picker.picked.connect(self.play)
        self.conversation.finished.connect(self._show_scorecard)
        self.scorecard.again.connect(lambda: self.play(self.conversation.session.scenario))  # type: ignore[union-attr]
        self.scorecard.back.connect(self.show_picker)
        services.speech.unavailable.connect(self._run_silent)
        if services.speech.speaker.error:
            self._run_silent(services.speech.speaker.error)
        if self.trainee:
            self.show_picker()
        else:
            self.show_profiles()

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Main"))
        bar.setObjectName("main-toolbar")
        bar.setMovable(False)
        self.addToolBar(bar)
        actions = (
            (self.tr("&Scenarios"), "Ctrl+1", self.show_picker),
            (self.tr("&History"), "Ctrl+2", self.show_history),
            (self.tr("&Profile"), "Ctrl+3", self.show_profiles),
            (self.tr("Se&ttings"), "Ctrl+,", self.edit_settings),
            (self.tr("T&rainer"), "Ctrl+Shift+T", self.open_trainer_tools),
        )
        for text, keys, slot in actions:
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            bar.addAction(action)
        self.mute_action = QAction(self.tr("&Mute"), self)
        self.mute_action.setCheckable(True)
        self.mute_action.setShortcut(QKeySequence("Ctrl+M"))
        self.mute_action.setChecked(self.services.speech.muted)
        self.mute_action.toggled.connect(self.set_muted)
        bar.addAction(self.mute_action)
        editor_action = QAction(self.tr("Scenario &editor"), self)
        editor_action.setShortcut(QKeySequence("Ctrl+E"))
        editor_action.triggered.connect(self.open_editor)
        bar.addAction(editor_action)

    # --- navigation ----------------------------------------------------------------------------------------

    def show_profiles(self) -> None:
        self.profile_page.refresh(self.trainee)
        self.stack.setCurrentWidget(self.profile_page)

    def use_profile(self, name: str) -> None:
        self.trainee = name
        self.services.settings.set("profile", name)
        self.show_picker()

    def show_picker(self) -> None:
        if not self.trainee:
            self.show_profiles()
            return
        library = {s.id: s.level for s in self.services.scenarios.values()}
        history = played_history(self.services, self.trainee)
        pass_mark = self.services.settings.pass_mark
        self.picker.show_library(
            list(self.services.scenarios.values()),
            queries.best_scores(self.services.db, self.trainee),
            unlocked_levels(library, history, pass_mark),
            self.trainee,
            [badge_name(b) for b in badges(library, history, pass_mark)],
            pass_mark,
        )
        self.stack.setCurrentWidget(self.picker)
        self.setWindowTitle(self.tr("Complaint Simulator") + f" — {self.trainee}")

    def show_history(self) -> None:
        if not self.trainee:
            self.show_profiles()
            return
        self.history.show_trainee(self.trainee)
        self.stack.setCurrentWidget(self.history)

    def play(self, scenario: Scenario) -> None:
        self.conversation.begin(scenario, self.trainee)
        self.stack.setCurrentWidget(self.conversation)
        self.setWindowTitle(f"{scenario.title} — " + self.tr("Complaint Simulator"))

    def _show_scorecard(self, session: Session) -> None:
        self.scorecard.show_session(session)
        self.stack.setCurrentWidget(self.scorecard)

    def open_trainer_tools(self) -> None:
        """Past the trainer passphrase (set on first use), the trainer's window."""
        # Imported here: trainees who never open the trainer tools do not pay for them at start-up.
        from simulator.storage.trainer_store import TrainerStore
        from simulator.ui.trainer.passphrase_dialog import ask_trainer
        from simulator.ui.trainer.tools_window import TrainerWindow

        trainer = ask_trainer(TrainerStore(self.services.db), parent=self)
        if trainer:
            self.trainer_window = TrainerWindow(self.services, trainer)
            self.trainer_window.show()

    # --- settings and voice ---------------------------------------------------------------------------------

    def edit_settings(self) -> None:
        dialog = SettingsDialog(self.services.settings, self)
        if dialog.exec():
            dialog.save()
            self.set_muted(self.services.settings.muted)
            self.settings_changed.emit()

    def open_editor(self) -> None:
        """The authors' scenario editor, in its own window; the trainee's flow here goes on untouched."""
        from simulator.ui.editor.window import EditorWindow  # only authors need it, so load it on first use

        if self.editor_window is None:
            services = self.services
            self.editor_window = EditorWindow(services.tagger, services.grader, services.db)
        self.editor_window.show()
        self.editor_window.raise_()

    def set_muted(self, muted: bool) -> None:
        self.services.speech.set_muted(muted)
        self.services.settings.set("muted", muted)
        self.conversation.card.set_speaking(self.services.speech.speaking)
        if self.mute_action.isChecked() != muted:
            self.mute_action.setChecked(muted)

    def _run_silent(self, reason: str) -> None:
        """Said once, in the status bar, and the app goes on without a voice."""
        self.silent_notice.setText(self.tr("No voice: %1").replace("%1", reason))
        self.silent_notice.setToolTip(reason)
