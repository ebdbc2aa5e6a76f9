"""The trainer's window, opened past the passphrase: review, calibration, dashboard, reports, presenter mode."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QTabWidget, QWidget

from simulator.storage.dashboard_queries import load_dashboard
from simulator.ui.presenter.windows import PresenterWindow
from simulator.ui.reports.cohort_report import cohort_report
from simulator.ui.reports.report import Report, write_csv, write_pdf
from simulator.ui.reports.session_report import session_report
from simulator.ui.services import Services
from simulator.ui.trainer.calibration_page import CalibrationPage
from simulator.ui.trainer.dashboard_page import DashboardPage
from simulator.ui.trainer.review_page import ReviewPage

WRITERS = {"pdf": write_pdf, "csv": write_csv}


class TrainerWindow(QMainWindow):
    def __init__(self, services: Services, trainer: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.trainer = trainer
        self.setWindowTitle(self.tr("Trainer tools") + f" — {trainer}")
        self.resize(1400, 850)
        self.review = ReviewPage(services, trainer)
        self.calibration = CalibrationPage(services)
        self.dashboard = DashboardPage(services)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.review, self.tr("&Review"))
        self.tabs.addTab(self.calibration, self.tr("&Calibration"))
        self.tabs.addTab(self.dashboard, self.tr("&Dashboard"))
        self.setCentralWidget(self.tabs)
        self.presenter: PresenterWindow | None = None
        self._stale: set[CalibrationPage | DashboardPage] = {self.calibration, self.dashboard}

        bar = self.addToolBar(self.tr("Trainer"))
        bar.setObjectName("trainer-toolbar")
        for text, keys, slot in (
            (self.tr("&Presenter mode"), "Ctrl+Shift+P", self.open_presenter),
            (self.tr("Session report (PDF)…"), "Ctrl+P", lambda: self.ask_export("session", "pdf")),
            (self.tr("Session report (CSV)…"), "", lambda: self.ask_export("session", "csv")),
            (self.tr("Cohort report (PDF)…"), "", lambda: self.ask_export("cohort", "pdf")),
            (self.tr("Cohort report (CSV)…"), "", lambda: self.ask_export("cohort", "csv")),
        ):
            action = QAction(text, self)
            if keys:
                action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            bar.addAction(action)

        self.tabs.currentChanged.connect(self._tab_shown)
        self.calibration.open_requested.connect(self.open_in_review)
        self.review.overridden.connect(lambda _sid: self._stale.update({self.calibration, self.dashboard}))
        self.review.search()

    def open_in_review(self, session_id: str) -> None:
        self.tabs.setCurrentWidget(self.review)
        self.review.open_session(session_id)

    def open_presenter(self) -> None:
        self.presenter = PresenterWindow(self.services)
        self.presenter.open()

    # --- reports ----------------------------------------------------------------------------------------------

    def report(self, kind: str) -> Report | None:
        if kind == "cohort":
            return cohort_report(load_dashboard(self.services.db))
        if self.review.current is None:
            return None
        return session_report(self.services.db, str(self.review.current["id"]))

    def export(self, kind: str, fmt: str, path: str | Path) -> bool:
        """Write the session report (of the session open in the review) or the cohort report; False if none."""
        report = self.report(kind)
        if report is None:
            return False
        WRITERS[fmt](report, path)
        return True

    def ask_export(self, kind: str, fmt: str) -> None:
        if kind == "session" and self.review.current is None:
            QMessageBox.information(self, self.tr("No session"), self.tr("Open a session in the review first."))
            return
        filters = {"pdf": self.tr("PDF files (*.pdf)"), "csv": self.tr("CSV files (*.csv)")}
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save report"), f"{kind}-report.{fmt}", filters[fmt])
        if not path:
            return
        try:
            self.export(kind, fmt, path)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Report not saved"), str(exc))

    def _tab_shown(self, index: int) -> None:
        # Figures are loaded when their tab is first shown, and again after an override changed them.
        for page in (self.calibration, self.dashboard):
            if self.tabs.widget(index) is page and page in self._stale:
                self._stale.discard(page)
                page.refresh()
