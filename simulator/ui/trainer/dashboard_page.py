"""The cohort dashboard: each trainee's steps (average and weekly trend) and weakest step, each scenario's average
grade and outcome mix, and on a scenario's graph the nodes where customers were lost or escalated."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QGraphicsSimpleTextItem,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from simulator.core.cohort import StepFigure
from simulator.core.tags import STEPS
from simulator.storage.dashboard_queries import OUTCOMES, Dashboard, ScenarioFigures, load_dashboard
from simulator.ui.customer_card import outcome_name
from simulator.ui.editor.graph_view import GraphView
from simulator.ui.services import Services
from simulator.ui.step_names import step_name
from simulator.ui.tables import fill_table, make_table

DROP_COLOUR = "#c62828"


def step_cell(figure: StepFigure | None) -> str:
    """ "72 ▲+1.5" : the average and the trend in points per week."""
    if figure is None:
        return ""
    arrow = "▲" if figure.trend >= 0.5 else "▼" if figure.trend <= -0.5 else "▶"
    return f"{figure.average:.0f} {arrow}{figure.trend:+.1f}"


def outcome_cell(figures: ScenarioFigures, outcome: str) -> str:
    count = figures.outcomes[outcome]
    return f"{count} ({100 * count / figures.sessions:.0f}%)" if figures.sessions else "0"


class DashboardPage(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.data = Dashboard([], [])
        self.refresh_button = QPushButton(self.tr("Re&fresh"))
        self.refresh_button.setAccessibleName(self.tr("Refresh the dashboard"))
        self.trainees = make_table(
            [self.tr("Trainee"), self.tr("Sessions"), *(step_name(s) for s in STEPS), self.tr("Weakest step")],
            self.tr("Trainees by step: average and trend per week"),
        )
        self.trainees.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.scenarios = make_table(
            [self.tr("Scenario"), self.tr("Sessions"), self.tr("Average grade"), *(outcome_name(o) for o in OUTCOMES)],
            self.tr("Scenarios: average grade and outcomes"),
        )
        self.scenarios.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.graph_box = QComboBox()
        self.graph_box.setAccessibleName(self.tr("Scenario to draw"))
        self.graph = GraphView()
        self.drop_list = QListWidget()
        self.drop_list.setAccessibleName(self.tr("Where customers were lost or escalated"))
        self.badges: dict[str, QGraphicsSimpleTextItem] = {}  # the drop-off marks on the nodes
        self.pens: dict[str, QPen] = {}  # the marked nodes' own outlines

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Trainees by step (average, trend in points per week)")))
        top.addStretch(1)
        top.addWidget(self.refresh_button)
        graph_head = QHBoxLayout()
        graph_head.addWidget(QLabel(self.tr("Where customers were lost or escalated in")))
        graph_head.addWidget(self.graph_box, 1)
        graph_panel = QWidget()
        graph_layout = QVBoxLayout(graph_panel)
        graph_layout.setContentsMargins(0, 0, 0, 0)
        graph_layout.addLayout(graph_head)
        graph_row = QSplitter(Qt.Orientation.Horizontal)
        graph_row.addWidget(self.graph)
        graph_row.addWidget(self.drop_list)
        graph_row.setSizes([700, 250])
        graph_layout.addWidget(graph_row, 1)
        tables = QSplitter(Qt.Orientation.Vertical)
        tables.addWidget(self.trainees)
        tables.addWidget(self.scenarios)
        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(tables)
        body.addWidget(graph_panel)
        body.setSizes([620, 620])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(body, 1)
        self.refresh_button.clicked.connect(self.refresh)
        self.graph_box.currentIndexChanged.connect(lambda _index: self.show_graph(self.graph_box.currentData()))

    def refresh(self) -> None:
        self.data = load_dashboard(self.services.db)
        fill_table(
            self.trainees,
            [
                [t.trainee, str(t.sessions), *(step_cell(t.steps.get(s.value)) for s in STEPS),
                 step_name(t.weakest) if t.weakest else ""]
                for t in self.data.trainees
            ],
        )  # fmt: skip
        fill_table(
            self.scenarios,
            [
                [s.title, str(s.sessions), "" if s.average_grade is None else f"{s.average_grade:.1f}",
                 *(outcome_cell(s, o) for o in OUTCOMES)]
                for s in self.data.scenarios
            ],
        )  # fmt: skip
        chosen = self.graph_box.currentData()
        self.graph_box.blockSignals(True)
        self.graph_box.clear()
        library = self.services.scenarios
        # Scenarios with the most drop-offs first: those are the graphs worth looking at.
        ranked = sorted(
            library,
            key=lambda sid: (
                -sum(sum(n.values()) for n in self.data.drop_offs.get(sid, {}).values()),
                library[sid].title,
            ),
        )
        for scenario_id in ranked:
            self.graph_box.addItem(library[scenario_id].title, scenario_id)
        self.graph_box.blockSignals(False)
        index = self.graph_box.findData(chosen)
        self.graph_box.setCurrentIndex(max(index, 0))
        self.show_graph(self.graph_box.currentData())

    def show_graph(self, scenario_id: str | None) -> None:
        scenario = self.services.scenarios.get(scenario_id or "")
        self.drop_list.clear()
        if scenario is None:
            return
        if not self.graph.show_scenario(scenario):  # the same drawing: take off the marks of the last figures
            for node_id, badge in self.badges.items():
                self.graph.scene().removeItem(badge)
                self.graph.nodes[node_id].setPen(self.pens[node_id])
        self.badges.clear()  # after a fresh drawing the old marks went with the old items
        self.pens.clear()
        drops = self.data.drop_offs.get(scenario.id, {})
        for node_id, counts in sorted(drops.items(), key=lambda item: -sum(item[1].values())):
            text = "  ".join(f"{outcome_name(o)} ×{n}" for o, n in sorted(counts.items()))
            self.drop_list.addItem(f"{node_id}: {text}")
            item = self.graph.nodes.get(node_id)
            if item is None:  # a node the scenario no longer has
                continue
            self.pens[node_id] = item.pen()
            item.setPen(QPen(QColor(DROP_COLOUR), 4))
            badge = QGraphicsSimpleTextItem(text, item)
            badge.setBrush(QBrush(QColor(DROP_COLOUR)))
            badge.setPos(item.rect().right() + 6, item.rect().top())
            self.badges[node_id] = badge
        if not drops:
            self.drop_list.addItem(self.tr("No customer was lost or escalated here."))
        self.graph.fit()
