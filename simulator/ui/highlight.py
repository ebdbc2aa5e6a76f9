"""A reply as rich text with its evidence spans marked, for the chat bubbles."""

from __future__ import annotations

import html
from collections.abc import Iterable

from simulator.core.tags import Tag, TaggedReply


def marked_html(reply: TaggedReply, focus: Tag | None, evidence_colour: str, forbidden_colour: str) -> str:
    """The reply with forbidden language always in red, and the focused tag's evidence highlighted."""
    marks: list[tuple[int, int, str]] = []
    for ev in reply.evidence.get(Tag.FORBIDDEN, ()):
        marks.append((ev.start, ev.end, f"color:{forbidden_colour}; font-weight:bold; text-decoration: underline;"))
    tags: Iterable[Tag] = [focus] if focus else [t for t in reply.tags if t is not Tag.FORBIDDEN]
    for tag in tags:
        if tag is Tag.FORBIDDEN:
            continue
        for ev in reply.evidence.get(tag, ()):
            marks.append((ev.start, ev.end, f"background:{evidence_colour};"))
    return _render(reply.text, marks)


def _render(text: str, marks: list[tuple[int, int, str]]) -> str:
    """Styles per character, then runs of equal style: overlapping spans simply combine."""
    styles = [""] * len(text)
    for start, end, style in marks:
        for i in range(max(0, start), min(end, len(text))):
            styles[i] += style
    out: list[str] = []
    i = 0
    while i < len(text):
        j = i
        while j < len(text) and styles[j] == styles[i]:
            j += 1
        chunk = html.escape(text[i:j]).replace("\n", "<br>")
        out.append(f'<span style="{styles[i]}">{chunk}</span>' if styles[i] else chunk)
        i = j
    return "".join(out)
