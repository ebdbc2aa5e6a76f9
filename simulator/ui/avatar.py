"""The customer's face: the persona's picture or a drawn face whose expression follows the anger, in a mood ring."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget


def mood_colour(anger: int) -> QColor:
    """Calm green through amber to furious red."""
    a = max(0, min(anger, 100)) / 100
    if a < 0.5:
        return QColor.fromRgbF(0.30 + 0.9 * a, 0.69, 0.31)
    return QColor.fromRgbF(0.75 + 0.3 * (a - 0.5), 0.69 - 1.0 * (a - 0.5), 0.31 - 0.4 * (a - 0.5))


def expression(anger: int) -> str:
    """A word for the face, used as its accessible description."""
    if anger < 25:
        return "calm"
    if anger < 50:
        return "uneasy"
    if anger < 75:
        return "annoyed"
    return "furious"


class Avatar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.anger = 0
        self.image: QPixmap | None = None
        self.setMinimumSize(72, 72)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:
        return QSize(110, 110)

    def set_image(self, path: Path | None) -> None:
        """The persona's picture; a file that is missing or not an image falls back to the drawn face."""
        image = QPixmap(str(path)) if path is not None else None
        self.image = image if image is not None and not image.isNull() else None
        self.update()

    def set_anger(self, anger: int) -> None:
        self.anger = anger
        self.setAccessibleDescription(expression(anger))
        self.update()

    def paintEvent(self, event: object) -> None:
        side = min(self.width(), self.height()) - 6
        box = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        ring = mood_colour(self.anger)
        if self.image is not None:
            clip = QPainterPath()
            clip.addEllipse(box)
            p.setClipPath(clip)
            # The middle square of the picture, so a portrait or landscape photo is not squashed.
            edge = min(self.image.width(), self.image.height())
            source = QRectF((self.image.width() - edge) / 2, (self.image.height() - edge) / 2, edge, edge)
            p.drawPixmap(box, self.image, source)
            p.setClipping(False)
        else:
            self._draw_face(p, box, ring)
        p.setPen(QPen(ring, max(3.0, side / 22)))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(box)

    def _draw_face(self, p: QPainter, box: QRectF, ring: QColor) -> None:
        a = self.anger / 100
        skin = QColor("#f3d2b3").darker(100 + int(25 * a))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(skin)
        p.drawEllipse(box)
        s = box.width()
        cx, cy = box.center().x(), box.center().y()
        ink = QPen(QColor("#3a2a20"))
        ink.setWidthF(max(2.0, s / 28))
        ink.setCapStyle(Qt.PenCapStyle.RoundCap)
        p.setPen(ink)
        p.setBrush(QColor("#3a2a20"))
        eye_y, eye_dx, eye_r = cy - s * 0.08, s * 0.17, s * 0.045
        for side in (-1, 1):
            p.drawEllipse(QPointF(cx + side * eye_dx, eye_y), eye_r, eye_r * (1 - 0.4 * a))
            # Brows tilt down towards the nose as anger rises.
            inner = QPointF(cx + side * eye_dx * 0.45, eye_y - s * (0.12 - 0.07 * a))
            outer = QPointF(cx + side * eye_dx * 1.5, eye_y - s * (0.13 + 0.02 * a))
            p.drawLine(inner, outer)
        mouth = QPainterPath()
        left, right, mouth_y = QPointF(cx - s * 0.17, cy + s * 0.2), QPointF(cx + s * 0.17, cy + s * 0.2), cy + s * 0.2
        curve = s * (0.12 - 0.24 * a)  # a smile when calm, a frown when furious
        mouth.moveTo(left)
        mouth.quadTo(QPointF(cx, mouth_y + curve), right)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(mouth)
