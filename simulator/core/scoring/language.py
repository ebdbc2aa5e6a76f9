"""Guesses a reply's language from its scripts: Chinese characters, Latin words, or both."""

from __future__ import annotations

import re

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")

# A few English words ("order", "app", "OK") inside Chinese are common in chat; the reply is still Chinese.
# One Chinese character carries about as much as one English word, so compare the two counts.
_MIXED_SHARE = 0.5


def has_han(text: str) -> bool:
    return _HAN.search(text) is not None


def has_latin(text: str) -> bool:
    return _LATIN_WORD.search(text) is not None


def detect_language(text: str) -> str:
    """'en', 'zh' or 'mixed' ('mixed' when neither script has a clear majority)."""
    han = len(_HAN.findall(text))
    words = len(_LATIN_WORD.findall(text))
    if han == 0:
        return "en"
    if words <= _MIXED_SHARE * han:
        return "zh"
    if han <= _MIXED_SHARE * words:
        return "en"
    return "mixed"
