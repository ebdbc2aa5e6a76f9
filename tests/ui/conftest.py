import uuid

import pytest
from PySide6.QtCore import QSettings

from simulator.app import build_services
from simulator.core.grading_types import Scorecard
from simulator.core.records import SessionInfo
from simulator.core.tags import STEPS
from simulator.speech import NullSpeaker
from simulator.storage.session_log import SessionLog
from simulator.ui.main_window import MainWindow
from simulator.ui.settings import AppSettings


@pytest.fixture
def settings(tmp_path):
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def services(qapp, settings):
    # The silent speaker: these tests are about the window; tests/speech covers the voice.
    built, problems = build_services(settings, ":memory:", NullSpeaker())
    assert problems == []
    yield built
    built.db.close()


@pytest.fixture
def window(qtbot, services):
    services.settings.set("profile", "Ann")
    win = MainWindow(services)
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture
def log_scored_session(services):
    """Logs a finished, scored session straight through the session log, as a played one would be."""

    def log(trainee, scenario, total, outcome="resolved", steps=None):
        session_id = str(uuid.uuid4())
        log = SessionLog(services.db)
        log.session_started(
            SessionInfo(
                session_id, trainee, scenario.id, scenario.title, scenario.language, "2026-11-20T10:00:00+00:00"
            )
        )
        steps = steps or {tag.value: total for tag in STEPS}
        log.session_finished(session_id, outcome, Scorecard(total, steps, outcome=outcome))
        return session_id

    return log
