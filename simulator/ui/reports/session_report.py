"""One session's report: who, what, the outcome and grade (with any trainer's override), each step's score,
every reply with its tags, the penalties, the feedback and the trainers' comments."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from sqlite_utils import Database

from simulator.core.tags import STEPS
from simulator.storage import queries
from simulator.storage.overrides import Override, overrides_for
from simulator.ui.customer_card import outcome_name
from simulator.ui.reports.report import Report, Table
from simulator.ui.step_names import step_name


def _tags(values: list[str] | tuple[str, ...] | None) -> str:
    return ", ".join(step_name(v) for v in values or ())


def _about(override: Override) -> str:
    if override.turn_idx is None:
        return QCoreApplication.translate("Report", "Grade") + f" {override.total}"
    return QCoreApplication.translate("Report", "Reply") + f" {override.turn_idx + 1}: " + _tags(override.tags)


def session_report(db: Database, session_id: str) -> Report:
    session = queries.session(db, session_id)
    if session is None:
        raise LookupError(f"no session {session_id}")
    score = queries.session_score(db, session_id)
    turns = queries.session_turns(db, session_id)
    found = overrides_for(db, session_id)
    regrade = next((o for o in reversed(found) if o.turn_idx is None and o.total is not None), None)
    retagged = {o.turn_idx: o.tags for o in found if o.turn_idx is not None and o.tags is not None}

    report = Report(QCoreApplication.translate("Report", "Session report") + f": {session['scenario_title']}")
    report.facts = [
        (QCoreApplication.translate("Report", "Scenario"), str(session["scenario_title"])),
        (
            QCoreApplication.translate("Report", "Group")
            if session["is_group"]
            else QCoreApplication.translate("Report", "Trainee"),
            str(session["trainee"]),
        ),
        (QCoreApplication.translate("Report", "Started"), str(session["started_at"])[:16].replace("T", " ")),
        (QCoreApplication.translate("Report", "Outcome"), outcome_name(session["outcome"])),
        (QCoreApplication.translate("Report", "Grade"), "" if score is None else f"{score['total']}/100"),
    ]
    if session["is_group"]:
        report.facts.insert(
            2, (QCoreApplication.translate("Report", "Participants"), ", ".join(session["participants"]))
        )
    if regrade is not None:
        report.facts.append(
            (
                QCoreApplication.translate("Report", "Trainer's grade"),
                f"{regrade.total}/100 ({regrade.trainer}: {regrade.comment})",
            )
        )
    if score is not None:
        report.tables.append(
            Table(
                QCoreApplication.translate("Report", "Steps"),
                [QCoreApplication.translate("Report", "Step"), QCoreApplication.translate("Report", "Score")],
                [[step_name(s), str(score["steps"].get(s.value, ""))] for s in STEPS],
            )
        )
    report.tables.append(
        Table(
            QCoreApplication.translate("Report", "Replies"),
            [
                "#",
                QCoreApplication.translate("Report", "Customer"),
                QCoreApplication.translate("Report", "Reply"),
                QCoreApplication.translate("Report", "Tags"),
                QCoreApplication.translate("Report", "Trainer's tags"),
                QCoreApplication.translate("Report", "Proposed by"),
            ],
            [
                [
                    str(turn["idx"] + 1),
                    turn["customer"],
                    turn["reply"],
                    _tags(turn["tags"]),
                    _tags(retagged[turn["idx"]]) if turn["idx"] in retagged else "",
                    turn["proposed_by"] or "",
                ]
                for turn in turns
            ],
        )
    )
    if score is not None and score["penalties"]:
        report.tables.append(
            Table(
                QCoreApplication.translate("Report", "Penalties"),
                [QCoreApplication.translate("Report", "Points"), QCoreApplication.translate("Report", "Why")],
                [[str(p["points"]), p["message"]] for p in score["penalties"]],
            )
        )
    if score is not None and score["feedback"]:
        report.tables.append(
            Table(
                QCoreApplication.translate("Report", "Feedback"),
                [
                    QCoreApplication.translate("Report", "Step"),
                    QCoreApplication.translate("Report", "Problem"),
                    QCoreApplication.translate("Report", "You said"),
                    QCoreApplication.translate("Report", "Better"),
                ],
                [[step_name(f["step"]), f["problem"], f["quote"] or "", f["better"] or ""] for f in score["feedback"]],
            )
        )
    if found:
        report.tables.append(
            Table(
                QCoreApplication.translate("Report", "Trainers' comments"),
                [
                    QCoreApplication.translate("Report", "When"),
                    QCoreApplication.translate("Report", "Trainer"),
                    QCoreApplication.translate("Report", "About"),
                    QCoreApplication.translate("Report", "Comment"),
                ],
                [[o.created_at[:16].replace("T", " "), o.trainer, _about(o), o.comment] for o in found],
            )
        )
    return report
