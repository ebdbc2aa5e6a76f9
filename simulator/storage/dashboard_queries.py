"""The cohort dashboard's figures, aggregated in SQL over session_facts (see migrations) so they load fast.

Trainee figures count individual sessions only (a group's reply is not one trainee's); scenario figures count all.
A session's grade is the newest trainer override where there is one, else the logged score.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from simulator.core.cohort import StepFigure, slope_from_sums, weakest_step
from simulator.core.tags import STEPS

OUTCOMES = ("resolved", "escalated", "lost", "unfinished")
DAYS_PER_TREND = 7  # trends are in points per week

_COLUMNS = {step.value: f"step_{step.value.lower()}" for step in STEPS}  # session_facts' step columns
_STEP_SUMS = ", ".join(f"sum({col}) AS sy_{step}, sum(x * {col}) AS sxy_{step}" for step, col in _COLUMNS.items())
# x is the session's start in days since 2000 (small numbers keep the sums of squares exact enough).
_TRAINEE_STEPS = f"""
SELECT t.name AS trainee, count(*) AS n, sum(x) AS sx, sum(x * x) AS sxx, {_STEP_SUMS}
FROM (
  SELECT trainee_id, julianday(started_at) - julianday('2000-01-01') AS x, {", ".join(_COLUMNS.values())}
  FROM session_facts WHERE is_group = 0 AND {" AND ".join(f"{column} IS NOT NULL" for column in _COLUMNS.values())}
) AS points JOIN trainees t ON t.id = points.trainee_id
GROUP BY points.trainee_id ORDER BY t.name COLLATE NOCASE
"""

# Newest grade override per session.
GRADE_OVERRIDES = """
SELECT session_id, total FROM (
  SELECT session_id, total,
         row_number() OVER (PARTITION BY session_id ORDER BY created_at DESC, rowid DESC) AS rank
  FROM overrides WHERE turn_idx IS NULL AND total IS NOT NULL
) WHERE rank = 1
"""

_SCENARIOS = f"""
SELECT f.scenario_id, max(f.scenario_title) AS title, count(*) AS sessions,
       avg(coalesce(g.total, f.total)) AS average_grade,
       sum(f.outcome = 'resolved') AS resolved, sum(f.outcome = 'escalated') AS escalated,
       sum(f.outcome = 'lost') AS lost, sum(f.outcome IS NULL OR f.outcome = 'unfinished') AS unfinished
FROM session_facts f LEFT JOIN ({GRADE_OVERRIDES}) g ON g.session_id = f.session_id
GROUP BY f.scenario_id ORDER BY f.scenario_id
"""

# Where a lost or escalated session ended: the node its last reply (not undone) answered.
_DROP_OFFS = """
SELECT scenario_id, last_node AS node_id, outcome, count(*) AS sessions
FROM session_facts WHERE outcome IN ('lost', 'escalated') AND last_node IS NOT NULL
GROUP BY scenario_id, last_node, outcome ORDER BY scenario_id, sessions DESC, last_node
"""


@dataclass(frozen=True)
class TraineeFigures:
    trainee: str
    sessions: int
    steps: dict[str, StepFigure]

    @property
    def weakest(self) -> str | None:
        return weakest_step(self.steps)


@dataclass(frozen=True)
class ScenarioFigures:
    scenario_id: str
    title: str
    sessions: int
    average_grade: float | None
    outcomes: dict[str, int]  # every name in OUTCOMES


@dataclass(frozen=True)
class Dashboard:
    trainees: list[TraineeFigures]
    scenarios: list[ScenarioFigures]
    # scenario id -> node id -> outcome (lost | escalated) -> sessions that ended there
    drop_offs: dict[str, dict[str, dict[str, int]]] = field(default_factory=dict)


def _trainee(row: dict[str, Any]) -> TraineeFigures:
    n, sx, sxx = int(row["n"]), float(row["sx"]), float(row["sxx"])
    steps = {}
    for step in _COLUMNS:
        sy, sxy = float(row[f"sy_{step}"]), float(row[f"sxy_{step}"])
        steps[step] = StepFigure(sy / n, DAYS_PER_TREND * slope_from_sums(n, sx, sy, sxy, sxx), n)
    return TraineeFigures(row["trainee"], n, steps)


def trainee_figures(db: Database) -> list[TraineeFigures]:
    return [_trainee(row) for row in db.query(_TRAINEE_STEPS)]


def scenario_figures(db: Database) -> list[ScenarioFigures]:
    return [
        ScenarioFigures(
            row["scenario_id"],
            row["title"],
            int(row["sessions"]),
            None if row["average_grade"] is None else float(row["average_grade"]),
            {outcome: int(row[outcome]) for outcome in OUTCOMES},
        )
        for row in db.query(_SCENARIOS)
    ]


def drop_offs(db: Database) -> dict[str, dict[str, dict[str, int]]]:
    found: dict[str, dict[str, dict[str, int]]] = {}
    for row in db.query(_DROP_OFFS):
        found.setdefault(row["scenario_id"], {}).setdefault(row["node_id"], {})[row["outcome"]] = int(row["sessions"])
    return found


def load_dashboard(db: Database) -> Dashboard:
    return Dashboard(trainee_figures(db), scenario_figures(db), drop_offs(db))


def logged_scenarios(db: Database) -> list[tuple[str, str]]:
    """(id, title) of every scenario the log has sessions of, for filters."""
    rows = db.query("SELECT scenario_id, max(scenario_title) AS title FROM session_facts GROUP BY scenario_id")
    return [(row["scenario_id"], row["title"]) for row in rows]
