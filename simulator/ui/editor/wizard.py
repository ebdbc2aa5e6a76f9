"""The short wizard for a new scenario: id, title, language, level, the customer's name and starting anger."""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from simulator.ui.editor.template import NewScenario

ID_PATTERN = re.compile(r"^[a-z0-9-]+$")


class NewScenarioDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New scenario"))
        form = QFormLayout(self)
        self.id_edit = QLineEdit("new-scenario")
        self.title_edit = QLineEdit(self.tr("A new scenario"))
        self.language = QComboBox()
        self.language.addItem(self.tr("English"), "en")
        self.language.addItem(self.tr("Chinese"), "zh")
        self.level = QSpinBox()
        self.level.setRange(1, 3)
        self.persona = QLineEdit(self.tr("Ms. Example"))
        self.mood = QSpinBox()
        self.mood.setRange(0, 100)
        self.mood.setValue(30)
        self.problem = QLabel()
        rows = (
            (self.tr("&Id (a-z, 0-9, -):"), self.id_edit),
            (self.tr("&Title:"), self.title_edit),
            (self.tr("&Language:"), self.language),
            (self.tr("Le&vel (1 inquiry, 2 query, 3 complaint):"), self.level),
            (self.tr("Customer's &name:"), self.persona),
            (self.tr("Starting &anger (0-100):"), self.mood),
        )
        for label, field in rows:
            field.setAccessibleName(label.replace("&", ""))
            form.addRow(label, field)
        form.addRow(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

    def answers(self) -> NewScenario:
        return NewScenario(
            id=self.id_edit.text().strip(),
            title=self.title_edit.text().strip(),
            language=str(self.language.currentData()),
            level=self.level.value(),
            persona=self.persona.text().strip(),
            mood=self.mood.value(),
        )

    def accept(self) -> None:
        answers = self.answers()
        if not ID_PATTERN.match(answers.id):
            self.problem.setText(self.tr("The id may only use lowercase letters, digits and -."))
        elif not answers.title or not answers.persona:
            self.problem.setText(self.tr("Give the scenario a title and the customer a name."))
        else:
            super().accept()
