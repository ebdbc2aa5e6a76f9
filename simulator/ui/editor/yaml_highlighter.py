"""Colours for scenario YAML: keys, comments, quoted text, numbers and the rubric's tags."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from simulator.core.tags import ALL_TAGS


def _format(colour: str, bold: bool = False, italic: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(QColor(colour))
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    fmt.setFontItalic(italic)
    return fmt


# Later rules win where they overlap, so comments come last.
_RULES: tuple[tuple[re.Pattern[str], QTextCharFormat], ...] = (
    (re.compile(r"^\s*(?:-\s+)?([A-Za-z_][\w-]*)\s*:(?=\s|$)"), _format("#1c5bc4", bold=True)),
    (re.compile(r"\b-?\d+\b"), _format("#b35c00")),
    (re.compile(r"\b(?:" + "|".join(t.value for t in ALL_TAGS) + r")\b"), _format("#7b1fa2", bold=True)),
    # Quoted text starts a value (after `: `, `- `, `[` or `,`); an apostrophe inside plain text is no quote.
    (re.compile(r"(?:^\s*|[:\-]\s+|[\[,{]\s*)(\"(?:[^\"\\]|\\.)*\"|'(?:[^']|'')*')"), _format("#2e7d32")),
    (re.compile(r"(?:^|\s)(#.*)$"), _format("#80868b", italic=True)),
)


class YamlHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt's name
        for pattern, fmt in _RULES:
            for match in pattern.finditer(text):
                group = 1 if pattern.groups else 0
                self.setFormat(match.start(group), match.end(group) - match.start(group), fmt)
