"""The cohort report: the dashboard's figures as tables (trainees by step, scenarios, where customers dropped)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication

from simulator.core.tags import STEPS
from simulator.storage.dashboard_queries import OUTCOMES, Dashboard
from simulator.ui.customer_card import outcome_name
from simulator.ui.reports.report import Report, Table
from simulator.ui.step_names import step_name


def cohort_report(dashboard: Dashboard, now: datetime | None = None) -> Report:
    moment = (now or datetime.now(UTC)).strftime("%Y-%m-%d %H:%M")
    per_week = QCoreApplication.translate("Report", "%1 trend per week")
    trainees = Table(
        QCoreApplication.translate("Report", "Trainees by step"),
        [QCoreApplication.translate("Report", "Trainee"), QCoreApplication.translate("Report", "Sessions")]
        + [h for s in STEPS for h in (step_name(s), per_week.replace("%1", step_name(s)))]
        + [QCoreApplication.translate("Report", "Weakest step")],
        [
            [t.trainee, str(t.sessions)]
            + [c for s in STEPS for c in (f"{t.steps[s.value].average:.1f}", f"{t.steps[s.value].trend:+.2f}")]
            + [step_name(t.weakest) if t.weakest else ""]
            for t in dashboard.trainees
        ],
    )
    scenarios = Table(
        QCoreApplication.translate("Report", "Scenarios"),
        [
            QCoreApplication.translate("Report", "Scenario"),
            QCoreApplication.translate("Report", "Sessions"),
            QCoreApplication.translate("Report", "Average grade"),
            *(outcome_name(o) for o in OUTCOMES),
        ],
        [
            [s.title, str(s.sessions), "" if s.average_grade is None else f"{s.average_grade:.1f}"]
            + [str(s.outcomes[o]) for o in OUTCOMES]
            for s in dashboard.scenarios
        ],
    )
    titles = {s.scenario_id: s.title for s in dashboard.scenarios}
    drops = Table(
        QCoreApplication.translate("Report", "Where customers were lost or escalated"),
        [
            QCoreApplication.translate("Report", "Scenario"),
            QCoreApplication.translate("Report", "Node"),
            QCoreApplication.translate("Report", "Outcome"),
            QCoreApplication.translate("Report", "Sessions"),
        ],
        [
            [titles.get(scenario_id, scenario_id), node_id, outcome_name(outcome), str(count)]
            for scenario_id, nodes in dashboard.drop_offs.items()
            for node_id, outcomes in nodes.items()
            for outcome, count in outcomes.items()
        ],
    )
    sessions = sum(s.sessions for s in dashboard.scenarios)
    return Report(
        QCoreApplication.translate("Report", "Cohort report"),
        [
            (QCoreApplication.translate("Report", "Made"), moment),
            (QCoreApplication.translate("Report", "Trainees"), str(len(dashboard.trainees))),
            (QCoreApplication.translate("Report", "Sessions"), str(sessions)),
        ],
        [trainees, scenarios, drops],
        landscape=True,
    )
