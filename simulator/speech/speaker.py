"""What the app asks of a speech engine, and the silent one used where there is none."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class Line:
    """One customer line to speak."""

    key: str  # identifies the line in the started/finished callbacks
    text: str
    language: str  # "en" or "zh"
    voice: str  # the persona's voice: "male", "female" or an engine voice id
    anger: int  # 0-100, sets the speaking rate


Listener = Callable[[str], None]  # called with Line.key


class Speaker(Protocol):
    available: bool
    error: str | None  # why there is no voice, when there is none

    def on_started(self, listener: Listener) -> None: ...

    def on_finished(self, listener: Listener) -> None: ...

    def on_unavailable(self, listener: Callable[[str], None]) -> None:
        """Called once with the reason if the engine cannot speak (at once if that is already known)."""

    def say(self, line: Line) -> None:
        """Queue a line; returns at once."""

    def stop(self) -> None:
        """Drop the queued lines (the one being spoken may finish)."""

    def close(self) -> None: ...


class NullSpeaker:
    """Speaks nothing; each line starts and finishes at once so the session flows the same."""

    available = False

    def __init__(self, error: str | None = None) -> None:
        self.error = error
        self._started: list[Listener] = []
        self._finished: list[Listener] = []

    def on_started(self, listener: Listener) -> None:
        self._started.append(listener)

    def on_finished(self, listener: Listener) -> None:
        self._finished.append(listener)

    def on_unavailable(self, listener: Callable[[str], None]) -> None:
        if self.error:
            listener(self.error)

    def say(self, line: Line) -> None:
        for listener in self._started:
            listener(line.key)
        for listener in self._finished:
            listener(line.key)

    def stop(self) -> None:
        pass

    def close(self) -> None:
        pass
