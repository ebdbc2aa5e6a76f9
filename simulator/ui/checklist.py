"""The five steps, lighting up as each is done; hovering or focusing one highlights its evidence."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QEnterEvent, QFocusEvent
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from simulator.core.tags import STEPS, Tag
from simulator.ui.step_names import step_name
from simulator.ui.theme import accent


class StepItem(QLabel):
    hovered = Signal(object)  # the Tag, or None when the pointer or focus leaves

    def __init__(self, tag: Tag) -> None:
        super().__init__()
        self.tag = tag
        self.done = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reachable by keyboard: focus shows the evidence too
        self.set_done(False)

    def set_done(self, done: bool) -> None:
        self.done = done
        mark, colour = ("✔", accent("done")) if done else ("○", accent("todo"))
        self.setText(f"{mark}  {step_name(self.tag)}")
        self.setStyleSheet(f"color: {colour}; font-weight: {'bold' if done else 'normal'}; padding: 2px;")
        state = (
            QCoreApplication.translate("Checklist", "done")
            if done
            else QCoreApplication.translate("Checklist", "not yet")
        )
        self.setAccessibleName(f"{step_name(self.tag)}: {state}")

    def enterEvent(self, event: QEnterEvent) -> None:
        self.hovered.emit(self.tag)

    def leaveEvent(self, event: object) -> None:
        self.hovered.emit(None)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.hovered.emit(self.tag)
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.hovered.emit(None)
        super().focusOutEvent(event)


class Checklist(QGroupBox):
    focus_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("Checklist", "Steps"), parent)
        layout = QVBoxLayout(self)
        self.items = {tag: StepItem(tag) for tag in STEPS}
        for item in self.items.values():
            item.hovered.connect(self.focus_changed)
            layout.addWidget(item)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(f"color: {accent('forbidden')}; font-weight: bold;")
        layout.addWidget(self.warning)
        layout.addStretch(1)

    def show_tags(self, tags_per_reply: Iterable[Iterable[Tag]]) -> None:
        seen: set[Tag] = set()
        for tags in tags_per_reply:
            seen.update(tags)
        for tag, item in self.items.items():
            item.set_done(tag in seen)
        self.warning.setText(
            "⚠ " + QCoreApplication.translate("Checklist", "Forbidden language used") if Tag.FORBIDDEN in seen else ""
        )
