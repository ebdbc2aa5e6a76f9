"""The list of lint results under the editor; choosing one (click or Enter) jumps to its line."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from simulator.core.diagnostics import Diagnostic
from simulator.ui.editor.code_editor import MARK_COLOURS


class LintList(QListWidget):
    line_chosen = Signal(int, int)  # line, column

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Lint results"))
        self.setWordWrap(True)  # messages quote the example replies, which can be long
        self.itemActivated.connect(self._choose)
        self.itemClicked.connect(self._choose)

    def show_diagnostics(self, diagnostics: Iterable[Diagnostic]) -> None:
        self.clear()
        for d in sorted(diagnostics, key=lambda d: (d.line, d.col, d.message)):
            label = self.tr("line {line}: {severity}: {message}").format(
                line=d.line, severity=_severity_name(d.severity), message=d.message
            )
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, (d.line, d.col))
            item.setForeground(QBrush(QColor(MARK_COLOURS[d.severity])))
            self.addItem(item)

    def _choose(self, item: QListWidgetItem) -> None:
        line, col = item.data(Qt.ItemDataRole.UserRole)
        self.line_chosen.emit(line, col)


def _severity_name(severity: str) -> str:
    if severity == "error":
        return QCoreApplication.translate("LintList", "error")
    return QCoreApplication.translate("LintList", "warning")
