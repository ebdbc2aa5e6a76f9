"""What the windows need from the rest of the app, built once by the composition root (simulator/app.py)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from simulator.core.grading_types import ConversationGrader
from simulator.core.scenario import Scenario
from simulator.core.tags import ReplyTagger
from simulator.ui.settings import AppSettings
from simulator.ui.speech_bridge import SpeechBridge


@dataclass
class Services:
    scenarios: dict[str, Scenario]  # the library, by id
    tagger: ReplyTagger
    grader: ConversationGrader
    db: Database  # the session log
    speech: SpeechBridge
    settings: AppSettings
