"""The trainer's console on the laptop: set up the group, type the group's reply and who proposed it, run the
discussion timer, reveal a hint or the model reply, explain a score, undo. The private panel (hint, model reply,
notes) is shown here only; nothing in this module writes to the audience view.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from simulator.core.scenario import Scenario
from simulator.ui.reply_box import ReplyBox
from simulator.ui.transcript import Transcript


def _button(text: str, name: str, checkable: bool = False) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(name)
    button.setCheckable(checkable)
    return button


def _wrapping_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class PresenterConsole(QWidget):
    def __init__(self, scenarios: Iterable[Scenario], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presenter-console")
        # --- the group and the scenario
        self.scenario_box = QComboBox()
        for scenario in sorted(scenarios, key=lambda s: (s.language, s.level, s.title)):
            self.scenario_box.addItem(f"{scenario.title} ({scenario.language}, L{scenario.level})", scenario.id)
        self.scenario_box.setAccessibleName(self.tr("Scenario"))
        self.group_edit = QLineEdit(self.tr("Group"))
        self.group_edit.setAccessibleName(self.tr("Group name"))
        self.participants_edit = QLineEdit()
        self.participants_edit.setPlaceholderText(self.tr("Names, separated by commas"))
        self.participants_edit.setAccessibleName(self.tr("Participants"))
        self.screen_box = QComboBox()
        self.screen_box.setAccessibleName(self.tr("Projector screen"))
        for screen in QGuiApplication.screens():
            size = screen.geometry()
            self.screen_box.addItem(f"{screen.name()} {size.width()}×{size.height()}")
        self.start_button = _button(self.tr("&Start scenario"), self.tr("Start scenario"))
        setup = QGroupBox(self.tr("Session"))
        form = QFormLayout(setup)
        form.addRow(self.tr("Scenar&io"), self.scenario_box)
        form.addRow(self.tr("&Group name"), self.group_edit)
        form.addRow(self.tr("P&articipants"), self.participants_edit)
        form.addRow(self.tr("Pro&jector"), self.screen_box)
        form.addRow(self.start_button)

        # --- the conversation
        self.customer_line = _wrapping_label()
        self.customer_line.setAccessibleName(self.tr("What the customer says"))
        self.transcript = Transcript()
        self.reply_box = ReplyBox()
        self.reply_box.setPlaceholderText(self.tr("The group's reply. Enter sends, Shift+Enter starts a new line."))
        self.reply_box.setAccessibleName(self.tr("The group's reply"))
        self.proposer_box = QComboBox()
        self.proposer_box.setEditable(True)
        self.proposer_box.setAccessibleName(self.tr("Proposed by"))
        typed = self.proposer_box.lineEdit()  # an editable box: the part typed into needs the name too
        assert typed is not None
        typed.setAccessibleName(self.tr("Proposed by"))
        self.send_button = _button(self.tr("Se&nd"), self.tr("Send"))
        entry = QHBoxLayout()
        entry.addWidget(self.reply_box, 1)
        entry.addWidget(self.send_button)
        proposer = QFormLayout()
        proposer.addRow(self.tr("Pr&oposed by"), self.proposer_box)

        # --- running the room
        self.timer_seconds = QSpinBox()
        self.timer_seconds.setRange(10, 1800)
        self.timer_seconds.setSingleStep(30)
        self.timer_seconds.setValue(120)
        self.timer_seconds.setSuffix(self.tr(" s"))
        self.timer_seconds.setAccessibleName(self.tr("Discussion time in seconds"))
        self.timer_button = _button(self.tr("&Timer"), self.tr("Start or stop the discussion timer"), checkable=True)
        self.timer_display = QLabel()
        self.timer_display.setAccessibleName(self.tr("Time left"))
        self.pause_button = _button(self.tr("&Pause"), self.tr("Pause"), checkable=True)
        self.hint_button = _button(self.tr("Reveal &hint"), self.tr("Reveal the hint on the big screen"))
        self.model_button = _button(self.tr("Reveal &model reply"), self.tr("Reveal the model reply on the big screen"))
        self.explain_button = _button(self.tr("&Why this score"), self.tr("Show why the last reply scored as it did"))
        self.undo_button = _button(self.tr("&Undo"), self.tr("Undo the last reply"))
        self.end_button = _button(self.tr("&End and score"), self.tr("End and score"))
        controls = QHBoxLayout()
        for widget in (self.timer_seconds, self.timer_button, self.timer_display, self.pause_button):
            controls.addWidget(widget)
        controls.addStretch(1)
        actions = QHBoxLayout()
        for button in (self.hint_button, self.model_button, self.explain_button, self.undo_button, self.end_button):
            actions.addWidget(button)

        # --- the trainer's eyes only
        private = QGroupBox(self.tr("For the trainer only"))
        self.private_hint = _wrapping_label()
        self.private_hint.setAccessibleName(self.tr("Hint"))
        self.private_model = _wrapping_label()
        self.private_model.setAccessibleName(self.tr("Model reply"))
        self.explanation = _wrapping_label()
        self.explanation.setAccessibleName(self.tr("Why the last reply scored as it did"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("Your notes (never shown to the room)"))
        self.notes.setAccessibleName(self.tr("Trainer's notes"))
        private_form = QFormLayout(private)
        private_form.addRow(self.tr("Hint:"), self.private_hint)
        private_form.addRow(self.tr("Model reply:"), self.private_model)
        private_form.addRow(self.tr("Last reply:"), self.explanation)
        private_form.addRow(self.tr("You&r notes:"), self.notes)

        layout = QVBoxLayout(self)
        layout.addWidget(setup)
        layout.addWidget(self.customer_line)
        layout.addWidget(self.transcript, 1)
        layout.addLayout(entry)
        layout.addLayout(proposer)
        layout.addLayout(controls)
        layout.addLayout(actions)
        layout.addWidget(private)

    def scenario_id(self) -> str:
        return str(self.scenario_box.currentData())

    def participants(self) -> list[str]:
        # Chinese keyboards type "，" or "、" between names.
        names = (name.strip() for name in re.split("[,，、]", self.participants_edit.text()))
        return list(dict.fromkeys(name for name in names if name))

    def set_participants(self, names: list[str]) -> None:
        self.proposer_box.clear()
        self.proposer_box.addItems(["", *names])  # blank: nobody named
