"""A plain-text editor with line numbers and lint marks in the gutter and a wavy underline on marked lines."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFontDatabase,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from simulator.core.diagnostics import Diagnostic
from simulator.ui.editor.yaml_highlighter import YamlHighlighter

MARK_COLOURS = {"error": "#d32f2f", "warning": "#f9a825"}
_MARK_SIZE = 10
INDENT = "  "


class _Gutter(QWidget):
    def __init__(self, editor: CodeEditor) -> None:
        super().__init__(editor)
        self.editor = editor

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(self.editor.gutter_width(), 0)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        self.editor.paint_gutter(event)


class CodeEditor(QPlainTextEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setTabChangesFocus(False)
        self.highlighter = YamlHighlighter(self.document())
        self.marks: dict[int, str] = {}  # 1-based line -> the worst severity on it
        self._messages: dict[int, list[str]] = {}
        self._gutter = _Gutter(self)
        self.blockCountChanged.connect(lambda _: self.setViewportMargins(self.gutter_width(), 0, 0, 0))
        self.updateRequest.connect(self._scroll_gutter)
        self.setViewportMargins(self.gutter_width(), 0, 0, 0)

    # --- lint marks -------------------------------------------------------------------------------------------

    def set_marks(self, diagnostics: Iterable[Diagnostic]) -> None:
        self.marks.clear()
        self._messages.clear()
        for d in diagnostics:
            if self.marks.get(d.line) != "error":
                self.marks[d.line] = d.severity
            self._messages.setdefault(d.line, []).append(f"{d.severity}: {d.message}")
        selections = []
        for line, severity in self.marks.items():
            block = self.document().findBlockByNumber(line - 1)
            if not block.isValid():
                continue
            selection = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(QColor(MARK_COLOURS[severity]))
            fmt.setToolTip("\n".join(self._messages[line]))
            selection.format = fmt
            cursor = QTextCursor(block)
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selections.append(selection)
        self.setExtraSelections(selections)
        self._gutter.update()

    def messages_at(self, line: int) -> list[str]:
        return list(self._messages.get(line, []))

    # --- navigation -------------------------------------------------------------------------------------------

    def go_to_line(self, line: int, column: int = 1, focus: bool = True) -> None:
        block = self.document().findBlockByNumber(max(line, 1) - 1)
        if not block.isValid():
            block = self.document().lastBlock()
        cursor = QTextCursor(block)
        cursor.movePosition(QTextCursor.MoveOperation.Right, n=min(max(column - 1, 0), block.length() - 1))
        self.setTextCursor(cursor)
        self.centerCursor()
        if focus:
            self.setFocus()

    def current_line(self) -> int:
        return self.textCursor().blockNumber() + 1

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        # YAML forbids tabs in indentation, so Tab indents with spaces (Ctrl+Tab still leaves the editor).
        if event.key() == Qt.Key.Key_Tab and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.textCursor().insertText(INDENT)
        else:
            super().keyPressEvent(event)

    # --- the gutter -------------------------------------------------------------------------------------------

    def gutter_width(self) -> int:
        digits = len(str(max(1, self.blockCount())))
        return 10 + _MARK_SIZE + self.fontMetrics().horizontalAdvance("9") * max(digits, 3)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        area = self.contentsRect()
        self._gutter.setGeometry(QRect(area.left(), area.top(), self.gutter_width(), area.height()))

    def _scroll_gutter(self, rect: QRect, dy: int) -> None:
        if dy:
            self._gutter.scroll(0, dy)
        else:
            self._gutter.update(0, rect.y(), self._gutter.width(), rect.height())

    def paint_gutter(self, event: QPaintEvent) -> None:
        painter = QPainter(self._gutter)
        palette = self.palette()
        painter.fillRect(event.rect(), palette.alternateBase())
        block = self.firstVisibleBlock()
        top = round(self.blockBoundingGeometry(block).translated(self.contentOffset()).top())
        height = self.fontMetrics().height()
        width = self._gutter.width()
        while block.isValid() and top <= event.rect().bottom():
            bottom = top + round(self.blockBoundingRect(block).height())
            if block.isVisible() and bottom >= event.rect().top():
                line = block.blockNumber() + 1
                painter.setPen(palette.placeholderText().color())
                painter.drawText(0, top, width - _MARK_SIZE - 6, height, Qt.AlignmentFlag.AlignRight, str(line))
                severity = self.marks.get(line)
                if severity:
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.setBrush(QColor(MARK_COLOURS[severity]))
                    y = top + (height - _MARK_SIZE) // 2
                    painter.drawEllipse(width - _MARK_SIZE - 3, y, _MARK_SIZE, _MARK_SIZE)
            block = block.next()
            top = bottom
        painter.end()
