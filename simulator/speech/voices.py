"""Choosing an engine voice for a persona and a speaking rate for the customer's anger."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

# What each scenario language is called in voice ids, names and language codes across
# espeak-ng (Linux), SAPI5 (Windows) and NSSpeechSynthesizer (macOS).
LANGUAGE_MARKERS = {
    "en": ("en", "english"),
    "zh": ("zh", "cmn", "chinese", "mandarin"),
}

BASE_RATE = 170  # words a minute for a calm customer
FURIOUS_EXTRA = 90  # a furious customer speaks this much faster


@dataclass(frozen=True)
class VoiceInfo:
    id: str
    name: str
    languages: tuple[str, ...]
    gender: str | None  # "male", "female" or unknown


def _speaks(voice: VoiceInfo, language: str) -> bool:
    """By the voice's language codes where it has any; by its name only where it has none (some SAPI voices)."""
    markers = LANGUAGE_MARKERS.get(language, (language,))
    codes = [code.lower().replace("_", "-") for code in voice.languages]
    if codes:
        return any(code.split("-")[0] in markers for code in codes)
    name = voice.name.lower()
    return any(marker in name for marker in markers if len(marker) > 3)


def choose_voice(voices: Sequence[VoiceInfo], language: str, persona_voice: str) -> str | None:
    """The best voice id for the persona: an exact engine id wins, then language plus gender, then language."""
    for voice in voices:
        if voice.id == persona_voice:
            return voice.id
    speaking = [v for v in voices if _speaks(v, language)]
    wanted = persona_voice.lower()
    for voice in speaking:
        if voice.gender and voice.gender.lower() == wanted:
            return voice.id
    return speaking[0].id if speaking else None


def rate_for_anger(anger: int) -> int:
    """Angry customers talk faster."""
    return BASE_RATE + FURIOUS_EXTRA * max(0, min(anger, 100)) // 100


def espeak_variant(persona_voice: str) -> str:
    """espeak-ng voices are all male by default; `+f3` and `+m3` choose the persona's gender."""
    return "+f3" if persona_voice.lower() == "female" else "+m3"
