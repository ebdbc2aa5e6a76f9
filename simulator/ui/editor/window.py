"""The scenario editor window: YAML and lint on the left; the graph and the play-test on the right."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QSplitter, QTabWidget, QToolBar, QWidget
from sqlite_utils import Database

from simulator.core.grading_types import ConversationGrader
from simulator.core.library import default_scenario_dir
from simulator.core.lint_pairs import find_partner
from simulator.core.tags import ReplyTagger
from simulator.storage.coverage import scenario_coverage
from simulator.ui.editor.bilingual_view import BilingualWindow
from simulator.ui.editor.document import DocumentError
from simulator.ui.editor.editor_pane import EditorPane
from simulator.ui.editor.graph_view import GraphView
from simulator.ui.editor.live_lint import LintResult
from simulator.ui.editor.playtest_panel import PlaytestPanel
from simulator.ui.editor.template import fill_template
from simulator.ui.editor.wizard import NewScenarioDialog


class EditorWindow(QMainWindow):
    def __init__(
        self,
        tagger: ReplyTagger,
        grader: ConversationGrader,
        db: Database | None = None,
        scenario_dir: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.tagger = tagger
        self.scenario_dir = scenario_dir or default_scenario_dir()
        self.resize(1600, 950)
        self.pane = EditorPane(tagger)
        self.graph = GraphView()
        self.playtest = PlaytestPanel(tagger, grader)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.graph, self.tr("&Graph"))
        self.tabs.addTab(self.playtest, self.tr("&Play-test"))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.pane)
        splitter.addWidget(self.tabs)
        splitter.setSizes([700, 900])
        self.setCentralWidget(splitter)
        self.side_by_side: list[BilingualWindow] = []
        # Asked before unsaved edits are dropped; replaceable so tests need no modal dialog.
        self.confirm_discard: Callable[[], bool] = self._ask_discard
        self._build_toolbar()

        self.pane.linted.connect(self._linted)
        self.pane.modified_changed.connect(lambda _: self._update_title())
        self.pane.cursor_node.connect(self.graph.highlight)
        self.graph.node_clicked.connect(self.pane.go_to_node)
        self.playtest.node_reached.connect(self.graph.highlight)
        self._update_title()

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Editor"))
        bar.setObjectName("editor-toolbar")
        self.addToolBar(bar)

        def add(text: str, keys: QKeySequence.StandardKey | str, slot: Callable[[], object]) -> QAction:
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            bar.addAction(action)
            return action

        add(self.tr("&New..."), QKeySequence.StandardKey.New, self.new_scenario)
        add(self.tr("&Open..."), QKeySequence.StandardKey.Open, self.choose_file)
        add(self.tr("&Save"), QKeySequence.StandardKey.Save, self.save)
        add(self.tr("Save &as..."), QKeySequence.StandardKey.SaveAs, self.save_as)
        add(self.tr("Side &by side"), "Ctrl+B", self.open_side_by_side)
        add(self.tr("Play from &cursor"), "F5", self.play_from_cursor)
        add(self.tr("&Fit graph"), "Ctrl+0", self.graph.fit)
        self.coverage_action = add(self.tr("Co&verage from the log"), "Ctrl+L", self.show_coverage)
        self.coverage_action.setCheckable(True)
        self.coverage_action.setEnabled(self.db is not None)

    # --- files ------------------------------------------------------------------------------------------------

    def open_file(self, path: Path) -> bool:
        if self.pane.modified and not self.confirm_discard():
            return False
        try:
            self.pane.open(path)
        except DocumentError as e:
            self.statusBar().showMessage(str(e))
            return False
        self._update_title()
        return True

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open scenario"), str(self.scenario_dir), self.tr("Scenarios (*.yaml *.yml)")
        )
        if name:
            self.open_file(Path(name))

    def new_scenario(self) -> None:
        if self.pane.modified and not self.confirm_discard():
            return
        dialog = NewScenarioDialog(self)
        if dialog.exec():
            self.start_new(fill_template(dialog.answers()))

    def start_new(self, text: str) -> None:
        self.pane.set_new_text(text)
        self._update_title()

    def save(self) -> bool:
        if self.pane.document.path is None:
            return self.save_as()
        return self._save_to(None)

    def save_as(self) -> bool:
        suggested = self.pane.document.path or self.scenario_dir / "untitled.yaml"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save scenario"), str(suggested), self.tr("Scenarios (*.yaml *.yml)")
        )
        return self._save_to(Path(name)) if name else False

    def _save_to(self, path: Path | None) -> bool:
        try:
            backup = self.pane.save(path)
        except DocumentError as e:
            self.statusBar().showMessage(str(e))
            return False
        message = self.tr("Saved; the previous version is in {backup}.").format(backup=backup) if backup else ""
        self.statusBar().showMessage(message or self.tr("Saved."), 6000)
        self._update_title()
        return True

    def open_side_by_side(self) -> None:
        """The other language's file of this scenario next to this one (chosen by hand if none pairs with it)."""
        path = self.pane.document.path
        if path is None:
            self.statusBar().showMessage(self.tr("Save the scenario first."))
            return
        partner = find_partner(path, [self.scenario_dir, path.parent.parent])
        if partner is None:
            name, _ = QFileDialog.getOpenFileName(
                self, self.tr("The other language's file"), str(path.parent), self.tr("Scenarios (*.yaml *.yml)")
            )
            partner = Path(name) if name else None
        if partner is not None:
            window = BilingualWindow(path, partner, self.tagger)
            self.side_by_side.append(window)
            window.show()

    # --- graph, play-test, coverage ---------------------------------------------------------------------------

    def _linted(self, result: LintResult) -> None:
        errors = sum(d.is_error for d in result.diagnostics)
        self.statusBar().showMessage(
            self.tr("{errors} error(s), {warnings} warning(s); linted in {ms} ms").format(
                errors=errors, warnings=len(result.diagnostics) - errors, ms=round(result.seconds * 1000)
            )
        )
        if result.scenario is None:
            return
        if self.graph.show_scenario(result.scenario) and self.coverage_action.isChecked():
            self.show_coverage()
        self.graph.highlight(self.pane.node_at(self.pane.editor.current_line()))
        self.playtest.set_scenario(result.scenario)

    def play_from_cursor(self) -> None:
        node = self.pane.node_at(self.pane.editor.current_line()) or (
            self.pane.scenario.start if self.pane.scenario else ""
        )
        self.playtest.start_at(node, self.playtest.anger.value())
        self.tabs.setCurrentWidget(self.playtest)
        self.playtest.reply.setFocus()

    def show_coverage(self) -> None:
        scenario = self.pane.scenario
        if self.db is None or scenario is None or not self.coverage_action.isChecked():
            self.graph.set_coverage(None)
            return
        coverage = scenario_coverage(self.db, scenario)
        self.graph.set_coverage(coverage)
        self.statusBar().showMessage(
            self.tr("{sessions} logged session(s); {nodes} node(s) and {edges} branch(es) never reached").format(
                sessions=coverage.sessions,
                nodes=len(coverage.unreached_nodes(scenario)),
                edges=len(coverage.unreached_edges(scenario)),
            )
        )

    # --- window -----------------------------------------------------------------------------------------------

    def _update_title(self) -> None:
        path = self.pane.document.path
        name = path.name if path else self.tr("untitled")
        self.setWindowTitle(self.tr("{name}{star} - Scenario editor").format(name=name, star="*" * self.pane.modified))

    def _ask_discard(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("The scenario has unsaved changes. Discard them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.pane.modified and self.pane.text.strip() and not self.confirm_discard():
            event.ignore()
            return
        super().closeEvent(event)
