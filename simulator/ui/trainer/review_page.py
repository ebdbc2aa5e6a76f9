"""Review: find sessions (trainee, scenario, dates, grade, outcome), read one with its tags and evidence, and
override a reply's tags or the grade with a comment. Overrides sit beside the logged values, never replace them."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from simulator.core.tags import ALL_TAGS, Tag, TaggedReply
from simulator.storage import queries
from simulator.storage.dashboard_queries import OUTCOMES, logged_scenarios
from simulator.storage.overrides import Override, add_override, latest_grades, overrides_for
from simulator.ui.customer_card import outcome_name
from simulator.ui.services import Services
from simulator.ui.step_names import step_name
from simulator.ui.tables import fill_table, make_table
from simulator.ui.transcript import Transcript

MAX_ROWS = 1000  # the newest sessions matching the filters; narrow the filters to reach older ones


def grade_text(original: int | None, override: Override | None) -> str:
    """ "72" or, once a trainer regraded it, "72 → 55"."""
    text = "" if original is None else str(original)
    return f"{text} → {override.total}" if override is not None else text


class ReviewPage(QWidget):
    overridden = Signal(str)  # the session id

    def __init__(self, services: Services, trainer: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.trainer = trainer
        self.rows: list[dict[str, Any]] = []
        self.turns: list[dict[str, Any]] = []
        self.effective_tags: dict[int, tuple[Tag, ...]] = {}  # each reply's tags, a trainer's override first
        self.current: dict[str, Any] | None = None

        # --- filters
        self.trainee_box = QComboBox()
        self.trainee_box.setAccessibleName(self.tr("Trainee"))
        self.scenario_box = QComboBox()
        self.scenario_box.setAccessibleName(self.tr("Scenario"))
        self.outcome_box = QComboBox()
        self.outcome_box.setAccessibleName(self.tr("Outcome"))
        self.outcome_box.addItem(self.tr("Any outcome"), None)
        for outcome in OUTCOMES:
            self.outcome_box.addItem(outcome_name(outcome), outcome)
        self.since_check = QCheckBox(self.tr("&From"))
        self.since = QDateEdit(QDate.currentDate().addMonths(-1))
        self.until_check = QCheckBox(self.tr("&Until"))
        self.until = QDateEdit(QDate.currentDate())
        for edit, name in ((self.since, self.tr("From date")), (self.until, self.tr("To date"))):
            edit.setCalendarPopup(True)
            edit.setAccessibleName(name)
        self.min_grade, self.max_grade = QSpinBox(), QSpinBox()
        for spin, value, name in (
            (self.min_grade, 0, self.tr("Lowest grade")),
            (self.max_grade, 100, self.tr("Highest grade")),
        ):
            spin.setRange(0, 100)
            spin.setValue(value)
            spin.setAccessibleName(name)
        self.apply_button = QPushButton(self.tr("&Search"))
        self.apply_button.setAccessibleName(self.tr("Search sessions"))
        filters = QHBoxLayout()
        for widget in (
            self.trainee_box, self.scenario_box, self.outcome_box, self.since_check, self.since, self.until_check,
            self.until, QLabel(self.tr("Grade")), self.min_grade, QLabel("–"), self.max_grade, self.apply_button,
        ):  # fmt: skip
            filters.addWidget(widget)
        filters.addStretch(1)

        # --- the sessions and the one open
        self.table = make_table(
            [self.tr("Date"), self.tr("Trainee"), self.tr("Scenario"), self.tr("Outcome"), self.tr("Grade"),
             self.tr("Group")],
            self.tr("Sessions"),
        )  # fmt: skip
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.count_label = QLabel()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.transcript = Transcript()
        self.replies = make_table(
            ["#", self.tr("Reply"), self.tr("Logged tags"), self.tr("Trainer's tags")], self.tr("Replies and tags")
        )
        self.replies.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.history = QListWidget()
        self.history.setAccessibleName(self.tr("Overrides"))
        self.history.setWordWrap(True)

        # --- the override editor
        editor = QGroupBox(self.tr("Override"))
        self.target_box = QComboBox()
        self.target_box.setAccessibleName(self.tr("What to override"))
        self.tag_checks = {tag: QCheckBox(step_name(tag)) for tag in ALL_TAGS}
        tag_row = QHBoxLayout()
        for box in self.tag_checks.values():
            tag_row.addWidget(box)
        self.grade_spin = QSpinBox()
        self.grade_spin.setRange(0, 100)
        self.grade_spin.setAccessibleName(self.tr("New grade"))
        self.comment = QPlainTextEdit()
        self.comment.setTabChangesFocus(True)
        self.comment.setMaximumHeight(70)
        self.comment.setAccessibleName(self.tr("Comment for the trainee"))
        self.save_button = QPushButton(self.tr("Save o&verride"))
        self.save_button.setAccessibleName(self.tr("Save override"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        form = QFormLayout(editor)
        form.addRow(self.tr("&Override"), self.target_box)
        form.addRow(self.tr("Tags"), tag_row)
        form.addRow(self.tr("&Grade"), self.grade_spin)
        form.addRow(self.tr("Co&mment"), self.comment)
        form.addRow(self.save_button, self.message)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.summary)
        detail = QSplitter(Qt.Orientation.Vertical)
        detail.addWidget(self.transcript)
        detail.addWidget(self.replies)
        detail.addWidget(self.history)
        right_layout.addWidget(detail, 1)
        right_layout.addWidget(editor)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.count_label)
        left_layout.addWidget(self.table, 1)
        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(left)
        body.addWidget(right)
        body.setSizes([520, 700])
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(body, 1)

        self.apply_button.clicked.connect(self.search)
        self.table.currentCellChanged.connect(lambda row, *_: self.open_row(row))
        self.replies.currentCellChanged.connect(lambda row, *_: self.target_box.setCurrentIndex(row + 1))
        self.target_box.currentIndexChanged.connect(self._target_changed)
        self.save_button.clicked.connect(self.save_override)
        self.refresh_filters()

    # --- finding sessions -------------------------------------------------------------------------------------

    def refresh_filters(self) -> None:
        db = self.services.db
        self.trainee_box.clear()
        self.trainee_box.addItem(self.tr("Every trainee"), None)
        for row in queries.list_trainees(db):
            self.trainee_box.addItem(row["name"], row["name"])
        self.scenario_box.clear()
        self.scenario_box.addItem(self.tr("Every scenario"), None)
        for scenario_id, title in sorted(logged_scenarios(db), key=lambda pair: pair[1]):
            self.scenario_box.addItem(title, scenario_id)

    def search(self) -> None:
        db = self.services.db
        found = queries.sessions(
            db,
            trainee=self.trainee_box.currentData(),
            scenario=self.scenario_box.currentData(),
            since=self.since.date().toPython() if self.since_check.isChecked() else None,  # type: ignore[arg-type]
            until=self.until.date().toPython() if self.until_check.isChecked() else None,  # type: ignore[arg-type]
        )
        wanted = self.outcome_box.currentData()
        regraded = latest_grades(db)
        low, high = self.min_grade.value(), self.max_grade.value()
        self.rows = []
        for row in found:
            override = regraded.get(row["id"])
            grade = override.total if override is not None else row["total"]
            outcome = row["outcome"] or "unfinished"
            if (wanted is None or outcome == wanted) and (
                (low, high) == (0, 100) or (grade is not None and low <= grade <= high)
            ):
                self.rows.append({**row, "override": override})
        self._show_rows()

    def _show_rows(self) -> None:
        shown = self.rows[:MAX_ROWS]
        more = (
            "" if len(shown) == len(self.rows) else " " + self.tr("(the newest %1 shown)").replace("%1", str(MAX_ROWS))
        )
        self.count_label.setText(self.tr("%1 sessions").replace("%1", str(len(self.rows))) + more)
        fill_table(
            self.table,
            [
                [
                    str(row["started_at"])[:16].replace("T", " "),
                    str(row["trainee"]),
                    str(row["scenario_title"]),
                    outcome_name(row["outcome"]),
                    grade_text(row["total"], row["override"]),
                    ", ".join(row["participants"]) if row["is_group"] else "",
                ]
                for row in shown
            ],
        )
        if shown:
            self.table.setCurrentCell(0, 0)
        self.open_row(self.table.currentRow() if shown else -1)

    def open_session(self, session_id: str) -> bool:
        """Select a session in the list (searching all sessions if needed); False if there is no such session."""
        for index, row in enumerate(self.rows[:MAX_ROWS]):
            if row["id"] == session_id:
                self.table.setCurrentCell(index, 0)
                return True
        found = queries.session(self.services.db, session_id)
        if found is None:
            return False
        self.rows = [{**found, "override": latest_grades(self.services.db, [session_id]).get(session_id)}]
        self._show_rows()
        return True

    # --- one session ------------------------------------------------------------------------------------------

    def open_row(self, index: int) -> None:
        db = self.services.db
        self.transcript.clear()
        self.message.clear()
        if not 0 <= index < min(len(self.rows), MAX_ROWS):
            self.current, self.turns, self.effective_tags = None, [], {}
            self.summary.setText(self.tr("No session chosen."))
            fill_table(self.replies, [])
            self.history.clear()
            self._fill_targets()
            return
        self.current = self.rows[index]
        sid, language = str(self.current["id"]), str(self.current["language"])
        self.turns = queries.session_turns(db, sid)
        for turn in self.turns:
            self.transcript.add_customer(turn["customer"])
            self.transcript.add_reply(
                TaggedReply.from_json(turn["reply"], language, turn["tags"], turn["evidence"] or {})
            )
        self._show_overrides()
        self._fill_targets()

    def _show_overrides(self) -> None:
        assert self.current is not None
        db = self.services.db
        sid = str(self.current["id"])
        found = overrides_for(db, sid)
        latest_tags = {o.turn_idx: o.tags for o in found if o.turn_idx is not None and o.tags is not None}
        self.effective_tags = {t["idx"]: latest_tags.get(t["idx"], tuple(map(Tag, t["tags"]))) for t in self.turns}
        grade = next((o for o in reversed(found) if o.turn_idx is None and o.total is not None), None)
        self.current["override"] = grade
        score = queries.session_score(db, sid)
        summary = f"<b>{html.escape(self.current['scenario_title'])}</b> — {html.escape(self.current['trainee'])} — "
        summary += outcome_name(self.current["outcome"]) + " — " + self.tr("Grade") + " "
        summary += grade_text(score["total"] if score else None, grade) or "—"
        self.summary.setText(summary)
        fill_table(
            self.replies,
            [
                [
                    str(turn["idx"] + 1),
                    turn["reply"],
                    ", ".join(step_name(t) for t in turn["tags"]),
                    ", ".join(step_name(t) for t in latest_tags[turn["idx"]]) if turn["idx"] in latest_tags else "",
                ]
                for turn in self.turns
            ],
        )
        self.history.clear()
        for item in found:
            if item.turn_idx is None:
                what = self.tr("Grade %1").replace("%1", str(item.total))
            else:
                tags = ", ".join(step_name(t) for t in item.tags or ()) or self.tr("no step")
                what = self.tr("Reply %1: %2").replace("%1", str(item.turn_idx + 1)).replace("%2", tags)
            self.history.addItem(f"{item.created_at[:16].replace('T', ' ')}  {item.trainer}: {what} — {item.comment}")

    def _fill_targets(self) -> None:
        self.target_box.blockSignals(True)
        self.target_box.clear()
        if self.current is not None:
            self.target_box.addItem(self.tr("The grade"), None)
            for turn in self.turns:
                self.target_box.addItem(self.tr("Reply %1").replace("%1", str(turn["idx"] + 1)), turn["idx"])
        self.target_box.blockSignals(False)
        self._target_changed()

    def _target_changed(self) -> None:
        idx = self.target_box.currentData()
        has_session = self.current is not None
        tags = self.effective_tags.get(idx) if idx is not None else None  # as the newest override left them
        for tag, box in self.tag_checks.items():
            box.setEnabled(tags is not None)
            box.setChecked(tags is not None and tag in tags)
        self.grade_spin.setEnabled(has_session and tags is None)
        if self.current is not None and tags is None:
            override = self.current["override"]
            self.grade_spin.setValue(override.total if override is not None else int(self.current["total"] or 0))
        self.save_button.setEnabled(has_session)
        self.comment.setEnabled(has_session)

    def save_override(self) -> None:
        if self.current is None:
            return
        if not self.comment.toPlainText().strip():
            self.message.setText(self.tr("Not saved: say why in a comment; the trainee will read it."))
            self.comment.setFocus()
            return
        idx = self.target_box.currentData()
        tags: list[Tag] | None = (
            [t for t, box in self.tag_checks.items() if box.isChecked()] if idx is not None else None
        )
        try:
            add_override(
                self.services.db,
                str(self.current["id"]),
                self.trainer,
                self.comment.toPlainText(),
                turn_idx=idx,
                tags=tags,
                total=self.grade_spin.value() if idx is None else None,
            )
        except ValueError as exc:
            self.message.setText(self.tr("Not saved: %1").replace("%1", str(exc)))
            return
        self.comment.clear()
        self.message.setText(self.tr("Saved. The logged values are kept as they were."))
        self._show_overrides()
        row = self.table.currentRow()
        if 0 <= row < self.table.rowCount():
            self.table.setItem(row, 4, QTableWidgetItem(grade_text(self.current["total"], self.current["override"])))
        self.overridden.emit(str(self.current["id"]))
