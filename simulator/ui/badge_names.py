"""Badge ids from simulator.core.progress, named in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def badge_name(badge: str) -> str:
    names = {
        "first-session": QCoreApplication.translate("Badges", "First session"),
        "first-resolved-complaint": QCoreApplication.translate("Badges", "First resolved complaint"),
        "apology-streak": QCoreApplication.translate("Badges", "Perfect apology streak"),
        "perfect-score": QCoreApplication.translate("Badges", "Perfect score"),
        "level-1-cleared": QCoreApplication.translate("Badges", "Every inquiry passed"),
        "level-2-cleared": QCoreApplication.translate("Badges", "Every query passed"),
        "level-3-cleared": QCoreApplication.translate("Badges", "Every complaint passed"),
    }
    return names.get(badge, badge)
