"""Past sessions: date, scenario, outcome, grade; open one to replay it with its tags; progress over time."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QListView,
    QListWidget,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from simulator.core.grading_types import Feedback
from simulator.core.progress import summary
from simulator.core.tags import TaggedReply
from simulator.storage import queries
from simulator.storage.overrides import latest_grades, overrides_for
from simulator.ui.customer_card import outcome_name
from simulator.ui.picker_page import level_name
from simulator.ui.progress_chart import ProgressChart
from simulator.ui.scorecard_page import feedback_text
from simulator.ui.services import Services, played_history
from simulator.ui.tables import make_table
from simulator.ui.transcript import Transcript


class HistoryPage(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.rows: list[dict[str, object]] = []
        self.table = make_table(
            [self.tr("Date"), self.tr("Scenario"), self.tr("Outcome"), self.tr("Grade")], self.tr("Past sessions")
        )
        head = self.table.horizontalHeader()
        for column in (0, 2, 3):
            head.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.replay = Transcript()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.feedback = QListWidget()
        self.feedback.setWordWrap(True)
        self.feedback.setSpacing(4)
        self.feedback.setResizeMode(QListView.ResizeMode.Adjust)  # re-wrap items at the list's real width
        self.feedback.setAccessibleName(self.tr("Feedback on this session"))
        self.progress = QLabel()
        self.progress.setWordWrap(True)
        self.progress.setAccessibleName(self.tr("Your progress"))
        self.chart = ProgressChart()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.summary)
        right_layout.addWidget(self.replay, 3)
        right_layout.addWidget(self.feedback, 1)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.progress)
        bottom_layout.addWidget(self.chart, 1)
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self.table)
        top.addWidget(right)
        top.setSizes([500, 600])
        body = QSplitter(Qt.Orientation.Vertical)
        body.addWidget(top)
        body.addWidget(bottom)
        body.setSizes([450, 250])
        layout = QVBoxLayout(self)
        layout.addWidget(body)
        self.table.currentCellChanged.connect(lambda row, *_: self.open_session(row))

    def show_trainee(self, trainee: str) -> None:
        self.rows = queries.sessions(self.services.db, trainee=trainee)
        regraded = latest_grades(self.services.db)  # a trainer's grade shows beside the original: "72 → 55"
        self.table.setRowCount(len(self.rows))
        for row, session in enumerate(self.rows):
            override = regraded.get(str(session["id"]))
            cells = [
                str(session["started_at"])[:16].replace("T", " "),
                str(session["scenario_title"]),
                outcome_name(session["outcome"]),  # type: ignore[arg-type]
                ("" if session["total"] is None else str(session["total"]))
                + ("" if override is None else f" → {override.total}"),
            ]
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)  # the date and title columns may be too narrow for the whole text
                self.table.setItem(row, col, cell)
        self.replay.clear()
        self.feedback.clear()
        self.summary.setText(
            self.tr("No sessions yet.") if not self.rows else self.tr("Choose a session to replay it.")
        )
        self.progress.setText(self._progress_text(trainee))
        self.chart.show_history(queries.step_history(self.services.db, trainee))
        if self.rows:
            self.table.setCurrentCell(0, 0)

    def open_session(self, row: int) -> None:
        if not 0 <= row < len(self.rows):
            return
        session = self.rows[row]
        sid, language = str(session["id"]), str(session["language"])
        self.replay.clear()
        for turn in queries.session_turns(self.services.db, sid):
            self.replay.add_customer(turn["customer"])
            self.replay.add_reply(TaggedReply.from_json(turn["reply"], language, turn["tags"], turn["evidence"] or {}))
        score = queries.session_score(self.services.db, sid)
        self.feedback.clear()
        if score:
            self.feedback.addItems([feedback_text(Feedback(**item)) for item in score["feedback"] or []])
        text = f"<b>{session['scenario_title']}</b> — {outcome_name(session['outcome'])}"  # type: ignore[arg-type]
        if score:
            text += f" — {self.tr('Grade')} {score['total']}"
        for item in overrides_for(self.services.db, sid):  # the trainers' comments, beside the original
            if item.turn_idx is None:
                about = self.tr("Trainer's grade %1").replace("%1", str(item.total))
            else:
                about = self.tr("Reply %1").replace("%1", str(item.turn_idx + 1))
            text += f"<br>✎ {html.escape(item.trainer)} — {about}: {html.escape(item.comment)}"
        self.summary.setText(text)

    def _progress_text(self, trainee: str) -> str:
        numbers = summary(played_history(self.services, trainee))
        if not numbers.sessions:
            return self.tr("Scored sessions: 0")
        best = ", ".join(f"{level_name(level)} {grade}" for level, grade in numbers.best_per_level.items())
        return (
            self.tr("Scored sessions: %1").replace("%1", str(numbers.sessions))
            + "  ·  "
            + self.tr("Average grade: %1").replace("%1", str(numbers.average))
            + "  ·  "
            + self.tr("Best: %1").replace("%1", best)
        )
