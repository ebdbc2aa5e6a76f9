"""The grade and each step over time. pyqtgraph is imported only when the chart is first shown (start-up cost)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from simulator.core.tags import STEPS
from simulator.ui.step_names import step_name

# Distinct hues that stay apart for the common colour-vision deficiencies (Okabe-Ito).
_PENS = ("#000000", "#E69F00", "#56B4E9", "#009E73", "#D55E00", "#CC79A7")


class ProgressChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.plot: Any = None
        self.series: dict[str, list[int]] = {}
        self.setAccessibleName(QCoreApplication.translate("ProgressChart", "Grade and steps over time"))

    def show_history(self, rows: list[dict[str, Any]]) -> None:
        """rows: step_history() rows, oldest first."""
        import pyqtgraph as pg

        if self.plot is None:
            self.plot = pg.PlotWidget()
            self.plot.setYRange(0, 100)
            self.plot.showGrid(y=True, alpha=0.3)
            self.plot.setLabel("bottom", QCoreApplication.translate("ProgressChart", "Session"))
            self._layout.addWidget(self.plot)
        self.plot.clear()
        legend = self.plot.addLegend(offset=(10, 10))
        legend.clear()
        x = list(range(1, len(rows) + 1))
        self.series = {"total": [int(r["total"] or 0) for r in rows]}
        for tag in STEPS:
            self.series[tag.value] = [int((r["steps"] or {}).get(tag.value, 0)) for r in rows]
        names = {"total": QCoreApplication.translate("ProgressChart", "Grade")} | {t.value: step_name(t) for t in STEPS}
        for (key, values), colour in zip(self.series.items(), _PENS, strict=True):
            width = 3 if key == "total" else 1.5
            self.plot.plot(
                x,
                values,
                pen=pg.mkPen(colour, width=width),
                symbol="o",
                symbolSize=5,
                symbolBrush=colour,
                name=names[key],
            )
