"""What the windows need from the rest of the app, built once by the composition root (simulator/app.py)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from simulator.core.grading_types import ConversationGrader
from simulator.core.progress import Played
from simulator.core.scenario import Scenario
from simulator.core.tags import ReplyTagger
from simulator.storage import queries
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


def played_history(services: Services, trainee: str) -> list[Played]:
    """The trainee's scored sessions of scenarios still in the library, oldest first, as progression sees them."""
    levels = {s.id: s.level for s in services.scenarios.values()}
    outcomes = {row["id"]: row["outcome"] for row in queries.sessions(services.db, trainee=trainee)}
    return [
        Played(
            row["scenario_id"],
            levels[row["scenario_id"]],
            int(row["total"] or 0),
            str(outcomes.get(row["session_id"])),
            int((row["steps"] or {}).get("APOLOGIZE", 0)),
        )
        for row in queries.step_history(services.db, trainee)
        if row["scenario_id"] in levels
    ]
