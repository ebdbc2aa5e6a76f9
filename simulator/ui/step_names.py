"""The steps' names in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from simulator.core.tags import Tag


def step_name(tag: Tag | str) -> str:
    names = {
        Tag.VENT: QCoreApplication.translate("Steps", "Listen"),
        Tag.APOLOGIZE: QCoreApplication.translate("Steps", "Apologize"),
        Tag.PROBE: QCoreApplication.translate("Steps", "Probe"),
        Tag.RESOLVE: QCoreApplication.translate("Steps", "Resolve"),
        Tag.FOLLOW_UP: QCoreApplication.translate("Steps", "Follow up"),
        Tag.FORBIDDEN: QCoreApplication.translate("Steps", "Forbidden language"),
    }
    return names[Tag(tag)]
