"""Scenarios grouped by level, with language, tags and best score; locked levels open as earlier ones are passed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from simulator.core.progress import PASS_MARK
from simulator.core.scenario import Scenario


def level_name(level: int) -> str:
    names = {
        1: QCoreApplication.translate("Levels", "Level 1: Inquiry"),
        2: QCoreApplication.translate("Levels", "Level 2: Query"),
        3: QCoreApplication.translate("Levels", "Level 3: Complaint"),
    }
    return names[level]


def language_name(code: str) -> str:
    return {"en": "English", "zh": "中文"}.get(code, code)


class PickerPage(QWidget):
    picked = Signal(object)  # a Scenario

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setStyleSheet("font-size: 120%;")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search scenarios by title, tag or language"))
        self.search.setAccessibleName(self.tr("Search scenarios"))
        self.search.setClearButtonEnabled(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Scenario"), self.tr("Language"), self.tr("Tags"), self.tr("Best score")])
        self.tree.setAccessibleName(self.tr("Scenarios"))
        self.tree.setColumnWidth(0, 420)
        self.tree.setColumnWidth(1, 90)
        self.tree.setColumnWidth(2, 220)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Search:")))
        top.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        self.search.textChanged.connect(self._filter)
        self.tree.itemActivated.connect(self._activate)

    def show_library(
        self,
        scenarios: list[Scenario],
        best: dict[str, int],
        unlocked: set[int],
        trainee: str,
        badge_names: list[str],
        pass_mark: int = PASS_MARK,
    ) -> None:
        badges = "  ".join(f"🏅 {name}" for name in badge_names) or self.tr("no badges yet")
        self.header.setText(
            f"<b>{trainee}</b> — " + self.tr("pass mark %1").replace("%1", str(pass_mark)) + f"<br>{badges}"
        )
        self.tree.clear()
        for level in (1, 2, 3):
            locked = level not in unlocked
            group = QTreeWidgetItem([("🔒 " if locked else "") + level_name(level)])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            if locked:
                group.setToolTip(0, self.tr("Pass the level before this one to unlock it."))
            self.tree.addTopLevelItem(group)
            for scenario in sorted((s for s in scenarios if s.level == level), key=lambda s: (s.language, s.title)):
                score = best.get(scenario.id)
                item = QTreeWidgetItem(
                    [
                        scenario.title,
                        language_name(scenario.language),
                        ", ".join(scenario.tags),
                        "" if score is None else f"{score}{' ✔' if score >= pass_mark else ''}",
                    ]
                )
                item.setData(0, Qt.ItemDataRole.UserRole, scenario)
                if locked:
                    item.setDisabled(True)
                group.addChild(item)
            group.setExpanded(True)
        self._filter(self.search.text())
        self.search.setFocus()

    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            for j in range(group.childCount()):
                item = group.child(j)
                haystack = " ".join(item.text(c) for c in range(3)).lower()
                scenario = item.data(0, Qt.ItemDataRole.UserRole)
                item.setHidden(bool(needle) and needle not in haystack and needle not in scenario.id)

    def _activate(self, item: QTreeWidgetItem) -> None:
        scenario = item.data(0, Qt.ItemDataRole.UserRole)
        if scenario is not None and not item.isDisabled():
            self.picked.emit(scenario)
