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

_COLUMNS = {step.value: f"step_{step.value.lower()}" for step in STEPS}  # session_facts' step columns
_STEP_SUMS = ",\n".join(
    f"count(y_{s}) AS n_{s}, avg(y_{s}) AS avg_{s}, sum(y_{s}) AS sy_{s}, sum(x * y_{s}) AS sxy_{s},"
    f" sum(iif(y_{s} IS NULL, NULL, x)) AS sx_{s}, sum(iif(y_{s} IS NULL, NULL, x * x)) AS sxx_{s}"
    for s in _COLUMNS
)

# x numbers each trainee's scored sessions in order (started_at is always written in UTC, so text order is time order).
_TRAINEE_STEPS = f"""
WITH points AS (
  SELECT trainee_id, row_number() OVER (PARTITION BY trainee_id ORDER BY started_at, session_id) AS x,
         {", ".join(f"{column} AS y_{step}" for step, column in _COLUMNS.items())}
  FROM session_facts
  WHERE is_group = 0 AND coalesce({", ".join(_COLUMNS.values())}) IS NOT NULL
)
SELECT t.name AS trainee, count(*) AS sessions, {_STEP_SUMS}
FROM points JOIN trainees t ON t.id = points.trainee_id
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
    steps = {}
    for step in (s.value for s in STEPS):
        n = int(row[f"n_{step}"])
        if n:
            trend = slope_from_sums(n, row[f"sx_{step}"], row[f"sy_{step}"], row[f"sxy_{step}"], row[f"sxx_{step}"])
            steps[step] = StepFigure(float(row[f"avg_{step}"]), trend, n)
    return TraineeFigures(row["trainee"], int(row["sessions"]), steps)


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
