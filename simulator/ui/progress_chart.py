"""The grade and each step over time. pyqtgraph is imported only when the chart is first shown (start-up cost)."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QVBoxLayout, QWidget

from simulator.core.tags import STEPS
from simulator.ui.step_names import step_name

# The steps in distinct hues that stay apart for the common colour-vision deficiencies (Okabe-Ito);
# the grade is drawn in the theme's text colour, so it shows on dark and light backgrounds alike.
_STEP_PENS = ("#E69F00", "#56B4E9", "#009E73", "#D55E00", "#CC79A7")


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

        palette = self.palette()
        ink = palette.color(QPalette.ColorRole.Text).name()
        if self.plot is None:
            self.plot = pg.PlotWidget(background=palette.color(QPalette.ColorRole.Base))
            for side in ("left", "bottom"):
                self.plot.getAxis(side).setTextPen(ink)
                self.plot.getAxis(side).setPen(ink)
            # Room above 100 for the legend, laid out in one row so it never covers the lines.
            self.plot.setYRange(-4, 130, padding=0)
            self.plot.getAxis("left").setTicks([[(v, str(v)) for v in range(0, 101, 20)]])
            self.plot.showGrid(y=True, alpha=0.3)
            self.plot.setLabel("bottom", QCoreApplication.translate("ProgressChart", "Session"), color=ink)
            self.plot.setMouseEnabled(x=False, y=False)
            self._layout.addWidget(self.plot)
        self.plot.clear()
        legend = self.plot.addLegend(offset=(10, 5), colCount=len(STEPS) + 1, labelTextColor=ink)
        legend.clear()
        x = list(range(1, len(rows) + 1))
        # Whole sessions on the x axis, at most about ten labels.
        step = max(1, math.ceil(len(rows) / 10))
        self.plot.getAxis("bottom").setTicks([[(i, str(i)) for i in x[::step]]])
        self.plot.setXRange(0.5, max(len(rows), 2) + 0.5, padding=0)
        self.series = {"total": [int(r["total"] or 0) for r in rows]}
        for tag in STEPS:
            self.series[tag.value] = [int((r["steps"] or {}).get(tag.value, 0)) for r in rows]
        names = {"total": QCoreApplication.translate("ProgressChart", "Grade")} | {t.value: step_name(t) for t in STEPS}
        for (key, values), colour in zip(self.series.items(), (ink, *_STEP_PENS), strict=True):
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
