"""The composition root: builds the services once and opens the trainee's window."""

from __future__ import annotations

import sys
import threading
from typing import cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from simulator.core.library import default_scenario_dir, scenario_files
from simulator.core.loader import check_file
from simulator.core.scenario import Scenario
from simulator.core.scoring import load_grader, load_tagger
from simulator.speech import Speaker, make_speaker
from simulator.storage.database import StorageError, open_database
from simulator.ui.i18n import install_translator
from simulator.ui.main_window import MainWindow
from simulator.ui.services import Services
from simulator.ui.settings import AppSettings
from simulator.ui.speech_bridge import SpeechBridge
from simulator.ui.theme import apply_theme


def load_library() -> tuple[dict[str, Scenario], list[str]]:
    """Every scenario that loads; the problems of those that do not, to show rather than crash."""
    scenarios: dict[str, Scenario] = {}
    problems: list[str] = []
    for path in scenario_files([default_scenario_dir()]):
        scenario, diagnostics = check_file(path)
        if scenario is None:
            problems.extend(str(d) for d in diagnostics if d.severity == "error")
        else:
            scenarios[scenario.id] = scenario
    return scenarios, problems


def build_services(
    settings: AppSettings, db_path: str | None = None, speaker: Speaker | None = None
) -> tuple[Services, list[str]]:
    scenarios, problems = load_library()
    speech = SpeechBridge(speaker or make_speaker(), muted=settings.muted)
    tagger = load_tagger()
    # Compiling the scorer's rules is most of its start-up cost: it happens while the window opens.
    threading.Thread(target=tagger.warm, name="scorer-warm-up", daemon=True).start()
    services = Services(scenarios, tagger, load_grader(), open_database(db_path), speech, settings)
    return services, problems


def apply_settings(app: QApplication, settings: AppSettings) -> str | None:
    """Language, theme and font size for the whole app; a missing translation falls back to English, said why."""
    problem = None
    try:
        install_translator(app, settings.language)
    except FileNotFoundError as exc:
        install_translator(app, "en")
        problem = str(exc)
    apply_theme(app, str(settings.get("theme")), int(settings.get("font_size")))  # type: ignore[call-overload]
    return problem


class Shell:
    """Holds the trainee's window; when its settings change, applies them and opens a rebuilt window in its place
    (every string is translated as a widget is made, so a new language needs new widgets)."""

    def __init__(self, app: QApplication, services: Services) -> None:
        self.app = app
        self.services = services
        self.window = self._new_window()

    def _new_window(self) -> MainWindow:
        window = MainWindow(self.services)
        window.settings_changed.connect(self.rebuild)
        return window

    def rebuild(self) -> None:
        problem = apply_settings(self.app, self.services.settings)
        old, self.window = self.window, self._new_window()
        self.window.setGeometry(old.geometry())
        self.window.show()
        old.close()
        old.deleteLater()
        if problem:
            QMessageBox.warning(self.window, self.window.windowTitle(), problem)


def run_app(db_path: str | None = None) -> int:
    app = cast(QApplication, QApplication.instance() or QApplication(sys.argv))
    app.setApplicationName("Complaint Simulator")
    app.setOrganizationName("ComplaintSimulator")
    title = QCoreApplication.translate("App", "Complaint Simulator")
    settings = AppSettings()
    notices = [apply_settings(app, settings)]
    try:
        services, problems = build_services(settings, db_path)
    except StorageError as exc:
        # No session log, no practice: say which file and why, rather than fail with a traceback.
        reason = QCoreApplication.translate("App", "The session log cannot be opened:\n%1").replace("%1", str(exc))
        QMessageBox.critical(None, title, reason)
        return 1
    shell = Shell(app, services)
    shell.window.show()
    if problems:
        notices.append(
            QCoreApplication.translate("App", "Some scenarios could not be loaded:\n%1").replace(
                "%1", "\n".join(problems)
            )
        )
    for notice in filter(None, notices):
        QMessageBox.warning(shell.window, title, notice)
    try:
        return app.exec()
    finally:
        services.speech.speaker.close()
