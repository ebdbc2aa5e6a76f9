"""The composition root: builds the services once and opens the trainee's window."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from simulator.core.library import default_scenario_dir, scenario_files
from simulator.core.loader import check_file
from simulator.core.scenario import Scenario
from simulator.core.scoring import load_grader, load_tagger
from simulator.speech import Speaker, make_speaker
from simulator.storage.database import open_database
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
    services = Services(scenarios, load_tagger(), load_grader(), open_database(db_path), speech, settings)
    return services, problems


def apply_settings(app: QApplication, settings: AppSettings) -> None:
    install_translator(app, settings.language)
    apply_theme(app, str(settings.get("theme")), int(settings.get("font_size")))  # type: ignore[call-overload]


def run_app(db_path: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Complaint Simulator")
    app.setOrganizationName("ComplaintSimulator")
    settings = AppSettings()
    apply_settings(app, settings)
    services, problems = build_services(settings, db_path)
    window = MainWindow(services)

    def rebuild() -> None:
        nonlocal window
        apply_settings(app, settings)
        old, window = window, MainWindow(services)
        window.settings_changed.connect(rebuild)
        window.setGeometry(old.geometry())
        window.show()
        old.close()
        old.deleteLater()

    window.settings_changed.connect(rebuild)
    window.show()
    if problems:
        QMessageBox.warning(
            window, "Complaint Simulator", "Some scenarios could not be loaded:\n" + "\n".join(problems)
        )
    try:
        return app.exec()
    finally:
        services.speech.speaker.close()
