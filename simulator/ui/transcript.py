"""The conversation as chat bubbles: the customer on the left, the trainee on the right."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from simulator.core.tags import Tag, TaggedReply
from simulator.ui.highlight import marked_html
from simulator.ui.step_names import step_name
from simulator.ui.theme import accent, emphasise


class Bubble(QFrame):
    def __init__(self, text: str, mine: bool, tagged: TaggedReply | None = None) -> None:
        super().__init__()
        self.mine = mine
        self.tagged = tagged
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setTextFormat(Qt.TextFormat.RichText if tagged else Qt.TextFormat.PlainText)
        self.tags_line = QLabel()
        emphasise(self.tags_line, 0.85)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label)
        layout.addWidget(self.tags_line)
        self.tags_line.setVisible(tagged is not None)
        self.setStyleSheet(
            f"Bubble {{ background: {accent('trainee' if mine else 'customer')}; border-radius: 10px; }}"
        )
        self.setMaximumWidth(620)
        self.label.setText(text)
        self.setAccessibleName(
            (
                QCoreApplication.translate("Transcript", "You said")
                if mine
                else QCoreApplication.translate("Transcript", "Customer said")
            )
            + ": "
            + text
        )
        if tagged is not None:
            self.show_focus(None)

    def show_focus(self, focus: Tag | None) -> None:
        """Highlight the evidence of one step (or of every step) in this reply."""
        assert self.tagged is not None
        self.label.setText(marked_html(self.tagged, focus, accent("evidence"), accent("forbidden")))
        names = [("⚠ " if t is Tag.FORBIDDEN else "✓ ") + step_name(t) for t in self.tagged.tags]
        self.tags_line.setText("  ·  ".join(names) or QCoreApplication.translate("Transcript", "no step"))
        tips = [
            f"{step_name(t)}: “{'”, “'.join(e.text for e in self.tagged.evidence.get(t, ()))}”"
            for t in self.tagged.tags
        ]
        self.setToolTip("\n".join(tips))


class Transcript(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        self._column = QVBoxLayout(inner)
        self._column.addStretch(1)
        self.setWidget(inner)
        self.bubbles: list[Bubble] = []
        self._rows: list[QWidget] = []  # the row holding each bubble, removed with it
        self.setAccessibleName(QCoreApplication.translate("Transcript", "Conversation"))

    def clear(self) -> None:
        for row in self._rows:
            row.deleteLater()
        self._rows.clear()
        self.bubbles.clear()

    def add_customer(self, text: str) -> Bubble:
        return self._add(Bubble(text, mine=False))

    def add_reply(self, tagged: TaggedReply) -> Bubble:
        return self._add(Bubble(tagged.text, mine=True, tagged=tagged))

    def remove_last(self, count: int) -> None:
        for _ in range(min(count, len(self.bubbles))):
            self.bubbles.pop()
            self._rows.pop().deleteLater()

    def focus_step(self, tag: Tag | None) -> None:
        for bubble in self.bubbles:
            if bubble.tagged is not None:
                bubble.show_focus(tag)

    def _add(self, bubble: Bubble) -> Bubble:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        if bubble.mine:
            line.addStretch(1)
        line.addWidget(bubble, 4)
        if not bubble.mine:
            line.addStretch(1)
        self._column.insertWidget(self._column.count() - 1, row)
        self._rows.append(row)
        self.bubbles.append(bubble)
        QTimer.singleShot(0, lambda: self.verticalScrollBar().setValue(self.verticalScrollBar().maximum()))
        return bubble
