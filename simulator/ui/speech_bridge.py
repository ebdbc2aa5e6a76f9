"""Brings the speech worker's callbacks onto the GUI thread as Qt signals."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from simulator.speech import Line, Speaker


class SpeechBridge(QObject):
    # Emitted from the speech thread; Qt queues them to the receivers' (GUI) thread.
    started = Signal(str)
    finished = Signal(str)
    unavailable = Signal(str)

    def __init__(self, speaker: Speaker, muted: bool = False) -> None:
        super().__init__()
        self.speaker = speaker
        self.muted = muted
        self._speaking: set[str] = set()
        speaker.on_started(self.started.emit)
        speaker.on_finished(self.finished.emit)
        speaker.on_unavailable(self.unavailable.emit)
        self.started.connect(self._speaking.add)
        self.finished.connect(self._speaking.discard)

    @property
    def speaking(self) -> bool:
        """True while the customer is still saying a line (a reply now interrupts them)."""
        return bool(self._speaking)

    def say(self, line: Line) -> None:
        if not self.muted:
            self.speaker.say(line)

    def set_muted(self, muted: bool) -> None:
        self.muted = muted
        if muted:
            self.speaker.stop()
            self._speaking.clear()
