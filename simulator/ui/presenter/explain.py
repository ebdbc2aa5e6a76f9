"""Why a reply scored as it did, in words the room can follow: the steps it performed, with the words that
earned each, the steps the moment called for that it missed, and any forbidden language."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from simulator.core.tags import Tag, TaggedReply
from simulator.ui.step_names import step_name


def explain_reply(tagged: TaggedReply, expected: Iterable[Tag]) -> str:
    lines = []
    for tag in tagged.tags:
        quotes = "”, “".join(e.text for e in tagged.evidence.get(tag, ()))
        mark = "⚠" if tag is Tag.FORBIDDEN else "✓"
        lines.append(f"{mark} {step_name(tag)}" + (f": “{quotes}”" if quotes else ""))
    missed = QCoreApplication.translate("Explain", "%1 was called for here")
    lines += ["✗ " + missed.replace("%1", step_name(tag)) for tag in expected if not tagged.has(tag)]
    if not lines:
        lines.append(QCoreApplication.translate("Explain", "No step performed: courtesy alone scores nothing."))
    return "\n".join(lines)
