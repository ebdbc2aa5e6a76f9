"""The dashboard shows the figures computed straight from the database, and marks where customers dropped."""

import uuid

import pytest
from PySide6.QtGui import QColor

from simulator.core.grading_types import Scorecard
from simulator.core.records import SessionInfo, TurnRecord
from simulator.core.tags import STEPS, TaggedReply
from simulator.storage.session_log import SessionLog
from simulator.ui.trainer.dashboard_page import DROP_COLOUR, DashboardPage, step_cell
from tests.storage.test_dashboard_queries import expected_figures, play_cohort

SCENARIO = "invoice-not-delivered"


@pytest.fixture
def page(qtbot, services):
    play_cohort(services.db)
    widget = DashboardPage(services)
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    widget.refresh()
    return widget


def cells(table, row):
    return [table.item(row, col).text() for col in range(table.columnCount())]


def test_the_tables_hold_the_figures_computed_from_the_raw_log(page, services):
    trainees, scenarios, _ = expected_figures(services.db)
    assert page.trainees.rowCount() == len(trainees)
    for row in range(page.trainees.rowCount()):
        name, sessions, *steps, weakest = cells(page.trainees, row)
        count, figures = trainees[name]
        assert int(sessions) == count
        for text, step in zip(steps, STEPS, strict=True):
            average, trend = figures[step.value]
            assert text.split()[0] == f"{average:.0f}" and text.endswith(f"{trend:+.1f}")
        lowest = min(STEPS, key=lambda s: figures[s.value][0])
        assert weakest == page.trainees.horizontalHeaderItem(2 + STEPS.index(lowest)).text()
    by_title = {cells(page.scenarios, r)[0]: cells(page.scenarios, r) for r in range(page.scenarios.rowCount())}
    assert len(by_title) == len(scenarios)
    for scenario_id, (count, average, mix) in scenarios.items():
        _, sessions, grade, resolved, escalated, lost, unfinished = by_title[scenario_id.title()]
        assert int(sessions) == count and grade == ("" if average is None else f"{average:.1f}")
        assert [int(c.split()[0]) for c in (resolved, escalated, lost, unfinished)] == [
            mix["resolved"], mix["escalated"], mix["lost"], mix["unfinished"]
        ]  # fmt: skip


def test_the_scenario_graph_marks_the_nodes_where_customers_were_lost_or_escalated(qtbot, services):
    scenario = services.scenarios[SCENARIO]
    log = SessionLog(services.db)
    ends = [("opening", "lost"), ("opening", "lost"), ("order_details", "escalated"), ("order_details", "resolved")]
    for node_id, outcome in ends:
        sid = str(uuid.uuid4())
        log.session_started(SessionInfo(sid, "Ann", scenario.id, scenario.title, "en", "2026-11-20T10:00:00+00:00"))
        reply = TaggedReply("Hm.", "en", ())
        log.turn_sent(sid, TurnRecord(0, "self_service", "x", reply, 30, "query", "t"))
        log.turn_sent(sid, TurnRecord(1, node_id, "x", reply, 30, "query", "t"))
        log.turn_sent(sid, TurnRecord(2, "second_time", "x", reply, 30, "query", "t"))
        log.turn_undone(sid, 2)  # undone: the customer was not lost there
        log.session_finished(sid, outcome, Scorecard(50, {t.value: 50 for t in STEPS}, outcome=outcome))
    widget = DashboardPage(services)
    qtbot.addWidget(widget)
    widget.refresh()
    assert widget.graph_box.currentData() == SCENARIO  # the scenario with drop-offs comes first
    assert set(widget.badges) == {"opening", "order_details"}
    assert widget.badges["opening"].text() == "Lost ×2" and widget.badges["order_details"].text() == "Escalated ×1"
    assert widget.graph.nodes["opening"].pen().color() == QColor(DROP_COLOUR)
    assert widget.graph.nodes["second_time"].pen().color() != QColor(DROP_COLOUR)
    widget.refresh()  # drawn again over the same graph: the marks are not doubled
    assert len([i for i in widget.graph.scene().items() if i in widget.badges.values()]) == 2


def test_a_step_cell_shows_the_average_and_the_weekly_trend():
    from simulator.core.cohort import StepFigure

    assert step_cell(StepFigure(71.6, 2.04, 9)) == "72 ▲+2.0"
    assert step_cell(StepFigure(40, -3, 9)) == "40 ▼-3.0"
    assert step_cell(StepFigure(40, 0.1, 9)) == "40 ▶+0.1"
