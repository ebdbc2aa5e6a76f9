"""One scenario file being edited: the YAML editor, its lint list, live lint and the file on disk."""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from simulator.core.diagnostics import Diagnostic
from simulator.core.scenario import Scenario
from simulator.core.tags import ReplyTagger
from simulator.ui.editor.code_editor import CodeEditor
from simulator.ui.editor.document import ScenarioDocument
from simulator.ui.editor.lint_list import LintList
from simulator.ui.editor.live_lint import LintResult, LiveLinter

UNTITLED = Path("untitled.yaml")


class EditorPane(QWidget):
    linted = Signal(object)  # the LintResult just shown
    cursor_node = Signal(str)  # the node the cursor is in ("" before the first node)
    modified_changed = Signal(bool)

    def __init__(self, tagger: ReplyTagger | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = CodeEditor()
        self.editor.setAccessibleName(self.tr("Scenario YAML"))
        self.lint_list = LintList()
        self.document = ScenarioDocument(self)
        self.linter = LiveLinter(tagger, parent=self)
        self.scenario: Scenario | None = None  # the last text that linted without errors
        self.diagnostics: list[Diagnostic] = []  # the live lint's
        self.extra: list[Diagnostic] = []  # added by the bilingual view
        self._node_lines: list[tuple[int, str]] = []
        self._cursor_node = ""

        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.reload_button = QPushButton(self.tr("&Reload from disk"))
        self.reload_button.clicked.connect(self.reload)
        notice_row = QHBoxLayout()
        notice_row.addWidget(self.notice, 1)
        notice_row.addWidget(self.reload_button)
        self.reload_button.hide()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.editor)
        splitter.addWidget(self.lint_list)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(notice_row)
        layout.addWidget(splitter, 1)

        self.editor.textChanged.connect(lambda: self.linter.schedule(self.text, self.path))
        self.editor.cursorPositionChanged.connect(self._cursor_moved)
        self.editor.modificationChanged.connect(self.modified_changed)
        self.linter.finished.connect(self._show_lint)
        self.lint_list.line_chosen.connect(self.editor.go_to_line)
        self.document.changed_on_disk.connect(self._changed_on_disk)

    # --- the text and its file --------------------------------------------------------------------------------

    @property
    def text(self) -> str:
        return self.editor.toPlainText()

    @property
    def path(self) -> Path:
        return self.document.path or UNTITLED

    @property
    def modified(self) -> bool:
        return self.editor.document().isModified()

    def open(self, path: Path) -> None:
        """Load `path`; raises DocumentError if it cannot be read."""
        self._set_text(self.document.open(path), modified=False)

    def set_new_text(self, text: str) -> None:
        """Unsaved text with no file yet (a new scenario)."""
        self.document.path = None
        self._set_text(text, modified=True)

    def save(self, path: Path | None = None) -> Path | None:
        """Save (raises DocumentError); returns the backup of the previous version, if there was one."""
        backup = self.document.save(self.text, path)
        self.editor.document().setModified(False)
        self.notice.clear()
        self.reload_button.hide()
        self.lint_now()
        return backup

    def reload(self) -> None:
        line = self.editor.current_line()
        self._set_text(self.document.disk_text, modified=False)
        self.editor.go_to_line(line)
        self.notice.setText(self.tr("Reloaded: the file changed on disk."))
        self.reload_button.hide()

    def _set_text(self, text: str, modified: bool) -> None:
        self.editor.setPlainText(text)
        self.editor.document().setModified(modified)
        self.lint_now()

    def _changed_on_disk(self, _text: str) -> None:
        if self.modified:
            self.notice.setText(self.tr("The file changed on disk. Your unsaved edits are kept; reload to see it."))
            self.reload_button.show()
        else:
            self.reload()

    # --- lint -------------------------------------------------------------------------------------------------

    def lint_now(self) -> None:
        self.linter.schedule(self.text, self.path)
        self.linter.lint_now()

    def set_extra(self, diagnostics: Iterable[Diagnostic]) -> None:
        self.extra = list(diagnostics)
        self._show_marks()

    def all_diagnostics(self) -> list[Diagnostic]:
        return sorted(self.diagnostics + self.extra)

    def _show_lint(self, result: LintResult) -> None:
        self.diagnostics = result.diagnostics
        if result.scenario is not None:
            self.scenario = result.scenario
            self._node_lines = sorted((node.pos.line, node.id) for node in result.scenario.nodes.values())
        self._show_marks()
        self._cursor_moved()
        self.linted.emit(result)

    def _show_marks(self) -> None:
        shown = self.all_diagnostics()
        self.editor.set_marks(shown)
        self.lint_list.show_diagnostics(shown)

    # --- nodes and lines --------------------------------------------------------------------------------------

    def node_at(self, line: int) -> str:
        """The node whose text holds `line` ("" above the first node), by the last clean lint."""
        index = bisect.bisect_right(self._node_lines, (line, "\uffff")) - 1
        return self._node_lines[index][1] if index >= 0 else ""

    def go_to_node(self, node_id: str, focus: bool = True) -> None:
        if self.scenario is not None and node_id in self.scenario.nodes:
            self.editor.go_to_line(self.scenario.nodes[node_id].pos.line, focus=focus)

    def _cursor_moved(self) -> None:
        node = self.node_at(self.editor.current_line())
        if node != self._cursor_node:
            self._cursor_node = node
            self.cursor_node.emit(node)
