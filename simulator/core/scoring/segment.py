"""Splits normalised text into sentences, and finds the clause a position sits in."""

from __future__ import annotations

import re

# A sentence ends at . ! ? ; or a newline-turned-space after one; '.' inside numbers and
# abbreviations ("9.30", "e.g.") does not end one. Chinese full stops arrive here as '.' already.
_SENTENCE_END = re.compile(r"(?:[!?;]+|\.(?![0-9a-z])\.*)(?:[\"')\]]*)")
_CLAUSE_MARK = re.compile(r"[,:\-\u2014]| but | and | though ")


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty sentence, punctuation included, surrounding spaces excluded."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(text)))
    out: list[tuple[int, int]] = []
    for s, e in spans:
        while s < e and text[s] == " ":
            s += 1
        while e > s and text[e - 1] == " ":
            e -= 1
        if s < e:
            out.append((s, e))
    return out


def clause_start(text: str, start: int, pos: int) -> int:
    """Where the clause holding `pos` begins, searching back no further than `start`."""
    begin = start
    for m in _CLAUSE_MARK.finditer(text, start, pos):
        begin = m.end()
    return begin
