"""Session and cohort reports: the PDF's text read back with pdftotext, the CSV's rows, both formula-safe and in
the interface language."""

import csv
import subprocess
import unicodedata

import pytest

from simulator.core.tags import STEPS
from simulator.storage.dashboard_queries import load_dashboard
from simulator.storage.overrides import add_override
from simulator.ui.customer_card import outcome_name
from simulator.ui.i18n import install_translator
from simulator.ui.reports.cohort_report import cohort_report
from simulator.ui.reports.report import Report, Table, write_csv, write_pdf
from simulator.ui.reports.session_report import session_report
from simulator.ui.trainer.tools_window import TrainerWindow
from tests.ui.test_review import GOOD, play


def pdf_text(path):
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def csv_rows(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def squashed(text):
    # NFKC: the PDF maps some shared CJK glyphs to their compatibility characters (⼀ for 一).
    return " ".join(unicodedata.normalize("NFKC", text).split())


def test_the_session_report_as_pdf_and_csv(qtbot, services, tmp_path):
    session = play(services, "Ann", GOOD)
    card = session.finish()
    add_override(services.db, session.session_id, "Mr Chen", "The apology came late", total=55)
    win = TrainerWindow(services, "Mr Chen")
    qtbot.addWidget(win)
    win.review.search()
    win.review.open_session(session.session_id)
    assert win.export("session", "pdf", tmp_path / "s.pdf") and win.export("session", "csv", tmp_path / "s.csv")

    text = squashed(pdf_text(tmp_path / "s.pdf"))
    scenario = services.scenarios[session.scenario.id]
    for expected in ("Session report", scenario.title, "Ann", f"{card.total}/100", "Mr Chen", "The apology came late",
                     "55/100", "order number", "Probe"):  # fmt: skip
        assert expected in text, expected

    rows = csv_rows(tmp_path / "s.csv")
    facts = {row[0]: row[1] for row in rows[1:] if len(row) == 2}
    assert facts["Trainee"] == "Ann" and facts["Grade"] == f"{card.total}/100"
    assert facts["Trainer's grade"] == "55/100 (Mr Chen: The apology came late)"
    steps_at = rows.index(["Step", "Score"])
    assert {r[0]: int(r[1]) for r in rows[steps_at + 1 : steps_at + 6]} == {
        rows[steps_at + 1 + i][0]: card.steps[s.value] for i, s in enumerate(STEPS)
    }
    replies_at = rows.index(["#", "Customer", "Reply", "Tags", "Trainer's tags", "Proposed by"])
    assert [r[2] for r in rows[replies_at + 1 : replies_at + 1 + len(session.turns)]] == [
        t.tagged.text for t in session.turns
    ]


def test_csv_cells_cannot_run_as_formulas(tmp_path):
    report = Report('=HYPERLINK("http://x")', [("@trainee", "-1+1")], [Table("T", ["+h"], [["=cmd|' /C calc'!A0"]])])
    write_csv(report, tmp_path / "r.csv")
    rows = csv_rows(tmp_path / "r.csv")
    assert rows[0] == ['\'=HYPERLINK("http://x")'] and rows[1] == ["'@trainee", "'-1+1"]
    assert rows[-2:] == [["'+h"], ["'=cmd|' /C calc'!A0"]]


def test_the_cohort_report_carries_the_dashboard_figures(qtbot, services, tmp_path):
    for trainee in ("Ann", "Bob"):
        play(services, trainee, GOOD)
    dashboard = load_dashboard(services.db)
    report = cohort_report(dashboard)
    write_pdf(report, tmp_path / "c.pdf")
    write_csv(report, tmp_path / "c.csv")
    text = squashed(pdf_text(tmp_path / "c.pdf"))
    assert "Cohort report" in text and "Ann" in text and "Bob" in text
    rows = csv_rows(tmp_path / "c.csv")
    header_at = next(i for i, r in enumerate(rows) if r[:2] == ["Trainee", "Sessions"])
    by_name = {r[0]: r for r in rows[header_at + 1 : header_at + 3]}
    for figures in dashboard.trainees:
        row = by_name[figures.trainee]
        assert int(row[1]) == figures.sessions
        assert [float(row[2 + 2 * i]) for i in range(len(STEPS))] == [
            pytest.approx(figures.steps[s.value].average, abs=0.05) for s in STEPS
        ]
    scenario_at = next(i for i, r in enumerate(rows) if r[:3] == ["Scenario", "Sessions", "Average grade"])
    (scenario,) = dashboard.scenarios
    assert rows[scenario_at + 1][:3] == [scenario.title, "2", f"{scenario.average_grade:.1f}"]


def test_reports_are_in_the_interface_language(qapp, qtbot, services, tmp_path):
    session = play(services, "王芳", ["您好,请问您的订单号是多少?"], scenario_id="invoice-not-delivered-zh")
    install_translator(qapp, "zh")
    try:
        outcome_zh = outcome_name(session.finish().outcome)
        report = session_report(services.db, session.session_id)
        write_pdf(report, tmp_path / "zh.pdf")
        write_csv(report, tmp_path / "zh.csv")
    finally:
        install_translator(qapp, "en")
    assert outcome_zh != outcome_name(session.finish().outcome)  # the outcome's name is translated
    text = squashed(pdf_text(tmp_path / "zh.pdf"))
    for expected in ("王芳", "您好,请问您的订单号是多少?", outcome_zh):
        assert expected in text, expected
    assert [outcome_zh] in [row[1:] for row in csv_rows(tmp_path / "zh.csv")]


def test_an_unwritable_pdf_is_an_error_not_a_silent_nothing(tmp_path):
    with pytest.raises(OSError, match="could not write"):
        write_pdf(Report("x"), tmp_path / "missing-folder" / "r.pdf")
