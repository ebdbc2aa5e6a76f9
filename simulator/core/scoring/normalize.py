"""Normalises a reply for matching while keeping, for every normalised character, where it came from.

Rules match lower-case, half-width, simplified text with single spaces and no apostrophes; evidence must quote the
trainee's own words, so each normalised character remembers its index in the original reply.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

# Apostrophes are dropped, whichever one the keyboard typed, so "I'm", "I\u2019m" and "Im" read the same.
_APOSTROPHES = frozenset("'\u2018\u2019\u02bc\u00b4`\u2032")
_QUOTES = {"\u201c": '"', "\u201d": '"', "\u300c": '"', "\u300d": '"'}
# Chinese punctuation that has no full-width ASCII twin but ends or splits a sentence the same way.
_CJK_PUNCT = {"\u3002": ".", "\u3001": ",", "\u2026": ".", "\uff61": "."}


@dataclass(frozen=True)
class Normalised:
    original: str
    text: str
    origin: tuple[int, ...]  # origin[i]: index in `original` of normalised character i

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original text that normalised text[start:end] came from."""
        if start >= end:
            at = self.origin[start] if start < len(self.origin) else len(self.original)
            return at, at
        return self.origin[start], self.origin[end - 1] + 1


def _fold(ch: str, t2s: Mapping[str, str]) -> str:
    """One original character to at most one normalised character ('' drops it)."""
    if ch in _APOSTROPHES:
        return ""
    if ch in _QUOTES:
        return _QUOTES[ch]
    if ch in _CJK_PUNCT:
        return _CJK_PUNCT[ch]
    code = ord(ch)
    if 0xFF01 <= code <= 0xFF5E:  # full-width ASCII
        ch = chr(code - 0xFEE0)
    elif ch == "\u3000":
        ch = " "
    if ch.isspace():
        return " "
    if unicodedata.category(ch) == "Cf":  # zero-width joiners, BOMs: invisible, would break patterns
        return ""
    lower = ch.lower()
    if len(lower) == 1:
        ch = lower
    return t2s.get(ch, ch)


def normalise(text: str, t2s: Mapping[str, str]) -> Normalised:
    out: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        folded = _fold(ch, t2s)
        if not folded or (folded == " " and (not out or out[-1] == " ")):
            continue
        out.append(folded)
        origin.append(i)
    if out and out[-1] == " ":
        out.pop()
        origin.pop()
    return Normalised(text, "".join(out), tuple(origin))
