"""The cohort report: the dashboard's figures as tables (trainees by step, scenarios, where customers dropped)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication

from simulator.core.tags import STEPS
from simulator.storage.dashboard_queries import OUTCOMES, Dashboard
from simulator.ui.customer_card import outcome_name
from simulator.ui.reports.report import Report, Table
from simulator.ui.step_names import step_name


def _t(text: str) -> str:
    return QCoreApplication.translate("Report", text)


def cohort_report(dashboard: Dashboard, now: datetime | None = None) -> Report:
    moment = (now or datetime.now(UTC)).strftime("%Y-%m-%d %H:%M")
    per_week = _t("%1 trend per week")
    trainees = Table(
        _t("Trainees by step"),
        [_t("Trainee"), _t("Sessions")]
        + [h for s in STEPS for h in (step_name(s), per_week.replace("%1", step_name(s)))]
        + [_t("Weakest step")],
        [
            [t.trainee, str(t.sessions)]
            + [c for s in STEPS for c in (f"{t.steps[s.value].average:.1f}", f"{t.steps[s.value].trend:+.2f}")]
            + [step_name(t.weakest) if t.weakest else ""]
            for t in dashboard.trainees
        ],
    )
    scenarios = Table(
        _t("Scenarios"),
        [_t("Scenario"), _t("Sessions"), _t("Average grade"), *(outcome_name(o) for o in OUTCOMES)],
        [
            [s.title, str(s.sessions), "" if s.average_grade is None else f"{s.average_grade:.1f}"]
            + [str(s.outcomes[o]) for o in OUTCOMES]
            for s in dashboard.scenarios
        ],
    )
    titles = {s.scenario_id: s.title for s in dashboard.scenarios}
    drops = Table(
        _t("Where customers were lost or escalated"),
        [_t("Scenario"), _t("Node"), _t("Outcome"), _t("Sessions")],
        [
            [titles.get(scenario_id, scenario_id), node_id, outcome_name(outcome), str(count)]
            for scenario_id, nodes in dashboard.drop_offs.items()
            for node_id, outcomes in nodes.items()
            for outcome, count in outcomes.items()
        ],
    )
    sessions = sum(s.sessions for s in dashboard.scenarios)
    return Report(
        _t("Cohort report"),
        [(_t("Made"), moment), (_t("Trainees"), str(len(dashboard.trainees))), (_t("Sessions"), str(sessions))],
        [trainees, scenarios, drops],
        landscape=True,
    )
