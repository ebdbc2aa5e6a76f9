"""The English and Chinese files of one scenario side by side.

Each side lints live on its own; on top, each side is marked where it has a node the other lacks, and moving
the cursor into a node on one side shows the same node on the other.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QToolBar, QVBoxLayout, QWidget

from simulator.core.lint_pairs import compare_pair, outline_text
from simulator.core.tags import ReplyTagger
from simulator.ui.editor.document import DocumentError
from simulator.ui.editor.editor_pane import EditorPane


class BilingualWindow(QMainWindow):
    def __init__(self, first: Path, second: Path, tagger: ReplyTagger | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("{first} | {second}").format(first=first.name, second=second.name))
        self.resize(1500, 900)
        self.panes = (EditorPane(tagger), EditorPane(tagger))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        for pane, path in zip(self.panes, (first, second), strict=True):
            box = QWidget()
            column = QVBoxLayout(box)
            column.addWidget(QLabel(str(path)))
            column.addWidget(pane, 1)
            splitter.addWidget(box)
            pane.open(path)
        self.setCentralWidget(splitter)
        bar = QToolBar(self.tr("Files"))
        bar.setObjectName("bilingual-toolbar")
        self.addToolBar(bar)
        save = QAction(self.tr("&Save both"), self)
        save.setShortcut(QKeySequence.StandardKey.Save)
        save.triggered.connect(self.save)
        bar.addAction(save)
        left, right = self.panes
        for pane, other in ((left, right), (right, left)):
            pane.linted.connect(lambda _result: self.compare())
            pane.cursor_node.connect(lambda node_id, other=other: self._follow(other, node_id))
        self._following = False
        self.compare()

    def _follow(self, other: EditorPane, node_id: str) -> None:
        # Moving the other side's cursor makes it report its node too; that echo must not move this side.
        if self._following:
            return
        self._following = True
        try:
            other.go_to_node(node_id, focus=False)
        finally:
            self._following = False

    def compare(self) -> None:
        """Mark on each side the nodes missing from the other."""
        left, right = self.panes
        first, second = outline_text(left.text, str(left.path)), outline_text(right.text, str(right.path))
        found = compare_pair(first, second) if first and second else []
        for pane in self.panes:
            pane.set_extra(d for d in found if d.file == str(pane.path))

    def save(self) -> None:
        for pane in self.panes:
            if pane.modified:
                try:
                    pane.save()
                except DocumentError as e:
                    self.statusBar().showMessage(str(e))
                    return
        self.statusBar().showMessage(self.tr("Saved."), 4000)
