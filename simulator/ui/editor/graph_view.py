"""The conversation graph: nodes coloured by phase, endings with a double border, edges labelled with their
conditions, and optionally how often logged sessions reached each node and branch.

A click on a node asks the editor to jump to it; the editor highlights the node under its cursor in return.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

from simulator.core.graph_export import condition_text
from simulator.core.graph_layout import NODE_HEIGHT, NODE_WIDTH, Layout, layout_scenario
from simulator.core.scenario import Phase, Scenario
from simulator.storage.coverage import Coverage

PHASE_COLOURS = {
    Phase.INQUIRY: "#cfe2ff",
    Phase.QUERY: "#ffe8a3",
    Phase.COMPLAINT: "#ffc9c2",
    Phase.RESOLVED: "#c8ecc9",
    Phase.ESCALATED: "#e2cdf5",
    Phase.LOST: "#d5d8dc",
}
UNREACHED = "#9aa0a6"
HIGHLIGHT = "#2f6fdb"
_INK = QColor("#1d1f23")


class NodeItem(QGraphicsRectItem):
    def __init__(self, node_id: str, phase: Phase, start: bool, centre: tuple[float, float]) -> None:
        x, y = centre
        super().__init__(x - NODE_WIDTH / 2, y - NODE_HEIGHT / 2, NODE_WIDTH, NODE_HEIGHT)
        self.node_id = node_id
        self.phase = phase
        self.setBrush(QBrush(QColor(PHASE_COLOURS[phase])))
        self.setPen(QPen(_INK, 3 if start else 1))
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setToolTip(f"{node_id} ({phase.value})")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.label = QGraphicsSimpleTextItem(node_id, self)
        self.count = QGraphicsSimpleTextItem("", self)
        self._place_text()

    def _place_text(self) -> None:
        box = self.rect()
        self.label.setText(_elide(self.node_id, self.label, box.width() - 12))
        width = self.label.boundingRect().width()
        self.label.setPos(box.center().x() - width / 2, box.top() + 8)
        self.count.setPos(box.left() + 8, box.bottom() - self.count.boundingRect().height() - 4)

    def set_count(self, visits: int | None) -> None:
        """Visits from the log, or None to hide them; never-reached nodes are drawn dashed and grey."""
        self.count.setText("" if visits is None else f"×{visits}")
        self._place_text()
        pen = self.pen()
        pen.setStyle(Qt.PenStyle.DashLine if visits == 0 else Qt.PenStyle.SolidLine)
        pen.setColor(QColor(UNREACHED) if visits == 0 else _INK)
        self.setPen(pen)
        self.setOpacity(0.55 if visits == 0 else 1.0)

    def paint(self, painter: QPainter, option: object, widget: QWidget | None = None) -> None:
        super().paint(painter, option, widget)  # type: ignore[arg-type]
        if self.phase.is_ending:  # endings get a second, inner border
            painter.setPen(QPen(self.pen().color(), 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.rect().adjusted(4, 4, -4, -4))
        if self.isSelected():
            painter.setPen(QPen(QColor(HIGHLIGHT), 4))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.rect().adjusted(-3, -3, 3, 3))


class EdgeItem(QGraphicsPathItem):
    def __init__(self, source: str, target: str, path: QPainterPath, label: str) -> None:
        super().__init__(path)
        self.source = source
        self.target = target
        self.condition = label
        self.setPen(QPen(_INK, 1.2))
        self.setZValue(-1)
        self.label = QGraphicsSimpleTextItem(label, self)
        middle = path.pointAtPercent(0.5)
        self.label.setPos(middle + QPointF(4, -self.label.boundingRect().height() / 2))
        self.label.setBrush(QBrush(QColor("#3c4043")))

    def set_count(self, taken: int | None) -> None:
        self.label.setText(self.condition if taken is None else f"{self.condition} ({taken})")
        pen = self.pen()
        pen.setStyle(Qt.PenStyle.DashLine if taken == 0 else Qt.PenStyle.SolidLine)
        pen.setColor(QColor(UNREACHED) if taken == 0 else _INK)
        self.setPen(pen)


class GraphView(QGraphicsView):
    node_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Conversation graph"))
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.nodes: dict[str, NodeItem] = {}
        self.edges: list[EdgeItem] = []
        self._shape: tuple[object, ...] | None = None

    def show_scenario(self, scenario: Scenario) -> bool:
        """Lay out and draw the scenario, unless the graph drawn has the same nodes, phases and branches.

        Returns whether it was drawn anew, which clears any coverage shown.
        """
        shape = (
            scenario.start,
            tuple((n.id, n.phase, tuple((b.goto, b.condition) for b in n.next)) for n in scenario.nodes.values()),
        )
        if shape == self._shape:
            return False
        self._shape = shape
        layout = layout_scenario(scenario)
        scene = self.scene()
        scene.clear()
        self.nodes.clear()
        self.edges.clear()
        for node in scenario.nodes.values():
            item = NodeItem(node.id, node.phase, node.id == scenario.start, layout.positions[node.id])
            scene.addItem(item)
            self.nodes[node.id] = item
        for node in scenario.nodes.values():
            labels: dict[str, list[str]] = {}
            for branch in node.next:
                labels.setdefault(branch.goto, []).append(condition_text(branch.condition))
            for target, texts in labels.items():
                path = _edge_path(layout, node.id, target)
                edge = EdgeItem(node.id, target, path, " | ".join(texts))
                scene.addItem(edge)
                self.edges.append(edge)
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-40, -40, 40, 40))
        return True

    def set_coverage(self, coverage: Coverage | None) -> None:
        for node_id, item in self.nodes.items():
            item.set_count(None if coverage is None else coverage.nodes[node_id])
        for edge in self.edges:
            edge.set_count(None if coverage is None else coverage.edges[(edge.source, edge.target)])

    def highlight(self, node_id: str | None) -> None:
        """Select the node (the one under the editor's cursor) and bring it into view."""
        self.scene().clearSelection()
        item = self.nodes.get(node_id or "")
        if item is not None:
            item.setSelected(True)
            self.ensureVisible(item, 40, 40)

    def selected_node(self) -> str | None:
        chosen = [i for i in self.scene().selectedItems() if isinstance(i, NodeItem)]
        return chosen[0].node_id if chosen else None

    def fit(self) -> None:
        self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        super().mouseReleaseEvent(event)
        item = self.itemAt(event.position().toPoint())
        while item is not None and not isinstance(item, NodeItem):
            item = item.parentItem()
        if isinstance(item, NodeItem):
            self.node_clicked.emit(item.node_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        # Enter on the selected node jumps to it, as a click does; + and - zoom.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected_node():
            self.node_clicked.emit(self.selected_node())
        elif event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.scale(1.25, 1.25)
        elif event.key() == Qt.Key.Key_Minus:
            self.scale(0.8, 0.8)
        else:
            super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt's name
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            factor = 1.15 if event.angleDelta().y() > 0 else 1 / 1.15
            self.scale(factor, factor)
        else:
            super().wheelEvent(event)


def _edge_path(layout: Layout, source: str, target: str) -> QPainterPath:
    """From the bottom of the source to the top of the target through the layout's bend points; edges back up
    the graph (cycles) leave and arrive on the side."""
    sx, sy = layout.positions[source]
    tx, ty = layout.positions[target]
    path = QPainterPath()
    if ty > sy:
        path.moveTo(sx, sy + NODE_HEIGHT / 2)
        for x, y in layout.routes.get((source, target), ()):
            path.lineTo(x, y)
        end = QPointF(tx, ty - NODE_HEIGHT / 2)
    else:
        path.moveTo(sx + NODE_WIDTH / 2, sy)
        end = QPointF(tx + NODE_WIDTH / 2, ty)
        bulge = max(abs(ty - sy) / 3, 40)
        path.cubicTo(QPointF(sx + NODE_WIDTH / 2 + bulge, sy), QPointF(tx + NODE_WIDTH / 2 + bulge, ty), end)
    path.lineTo(end)
    _arrow_head(path, end, path.pointAtPercent(0.97))
    return path


def _arrow_head(path: QPainterPath, tip: QPointF, before: QPointF) -> None:
    direction = tip - before
    length = max((direction.x() ** 2 + direction.y() ** 2) ** 0.5, 1e-6)
    dx, dy = direction.x() / length, direction.y() / length
    for side in (1, -1):
        path.moveTo(tip)
        path.lineTo(tip.x() - 9 * dx + side * 5 * dy, tip.y() - 9 * dy - side * 5 * dx)
    path.moveTo(tip)


def _elide(text: str, item: QGraphicsSimpleTextItem, width: float) -> str:
    return QFontMetricsF(item.font()).elidedText(text, Qt.TextElideMode.ElideRight, width)
