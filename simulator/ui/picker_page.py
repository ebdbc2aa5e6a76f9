"""Scenarios grouped by level, with language, tags and best score; locked levels open as earlier ones are passed."""

from __future__ import annotations

import html
from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from simulator.core.progress import PASS_MARK
from simulator.core.scenario import Scenario
from simulator.ui.theme import emphasise


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
        emphasise(self.header, 1.2)
        # Said instead of an empty tree when no scenario loaded (an empty or missing scenario folder).
        self.empty = QLabel(
            self.tr("No scenarios found. Put scenario files in the scenarios folder, or ask your trainer.")
        )
        self.empty.setWordWrap(True)
        self.empty.setVisible(False)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search scenarios by title, tag or language"))
        self.search.setAccessibleName(self.tr("Search scenarios"))
        self.search.setClearButtonEnabled(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Scenario"), self.tr("Language"), self.tr("Tags"), self.tr("Best score")])
        self.tree.setAccessibleName(self.tr("Scenarios"))
        # The title takes the room it needs; the short columns fit their text (long titles, CJK, large fonts).
        head = self.tree.header()
        head.setStretchLastSection(False)
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        head.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        head.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setColumnWidth(2, 300)
        self.tree.setUniformRowHeights(False)
        top = QHBoxLayout()
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search)
        top.addWidget(search_label)
        top.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(self.tree, 1)
        self.search.textChanged.connect(self._filter)
        self.tree.itemActivated.connect(self._activate)
        self.search.returnPressed.connect(lambda: self._activate(self.tree.currentItem()))

    def show_library(
        self,
        scenarios: list[Scenario],
        best: dict[str, int],
        unlocked: set[int],
        trainee: str,
        badge_names: list[str],
        pass_mark: int = PASS_MARK,
    ) -> None:
        badges = "  ".join(f"★ {html.escape(name)}" for name in badge_names) or self.tr("no badges yet")
        self.header.setText(
            f"<b>{html.escape(trainee)}</b> — "
            + self.tr("pass mark %1").replace("%1", str(pass_mark))
            + f"<br>{badges}"
        )
        self.empty.setVisible(not scenarios)
        self.tree.setVisible(bool(scenarios))
        self.tree.clear()
        for level in (1, 2, 3):
            locked = level not in unlocked
            suffix = " — " + self.tr("locked: pass the level before to open it") if locked else ""
            group = QTreeWidgetItem([level_name(level) + suffix])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            self.tree.addTopLevelItem(group)
            group.setFirstColumnSpanned(True)
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
                item.setToolTip(0, scenario.title)
                item.setToolTip(2, item.text(2))
                if locked:
                    item.setDisabled(True)
                    item.setToolTip(0, self.tr("Pass the level before this one to unlock it."))
                group.addChild(item)
            group.setExpanded(True)
        self._filter(self.search.text())
        self.search.setFocus()

    def _scenario_items(self) -> Iterator[QTreeWidgetItem]:
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            for j in range(group.childCount() if group else 0):
                item = group.child(j) if group else None
                if item is not None:
                    yield item

    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        for item in self._scenario_items():
            haystack = " ".join(item.text(c) for c in range(3)).lower()
            scenario = item.data(0, Qt.ItemDataRole.UserRole)
            item.setHidden(bool(needle) and needle not in haystack and needle not in scenario.id)
        self._select_first_open()

    def _select_first_open(self) -> None:
        """So that Tab into the list and Enter opens a scenario without reaching for the mouse."""
        for item in self._scenario_items():
            if not item.isDisabled() and not item.isHidden():
                self.tree.setCurrentItem(item)
                return

    def _activate(self, item: QTreeWidgetItem | None) -> None:
        scenario = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        if item is not None and scenario is not None and not item.isDisabled() and not item.isHidden():
            self.picked.emit(scenario)
