"""The customer's voice through pyttsx3, owned by one worker thread.

pyttsx3 engines are not thread-safe and `runAndWait` blocks until the line is spoken,
so a single daemon thread creates the engine and speaks queued lines one at a time;
callers only ever put lines on the queue.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from typing import Any

from simulator.speech.speaker import Line, Listener
from simulator.speech.voices import VoiceInfo, choose_voice, espeak_variant, rate_for_anger

EngineFactory = Callable[[], Any]


def _default_engine() -> Any:
    import pyttsx3

    return pyttsx3.init()


def _voice_infos(engine: Any) -> list[VoiceInfo]:
    infos = []
    for voice in engine.getProperty("voices") or []:
        languages = tuple(
            code.decode(errors="ignore") if isinstance(code, bytes) else str(code) for code in (voice.languages or [])
        )
        infos.append(VoiceInfo(voice.id, voice.name or "", languages, (voice.gender or "").lower() or None))
    return infos


class Pyttsx3Speaker:
    def __init__(self, engine_factory: EngineFactory = _default_engine) -> None:
        self.available = True  # until the engine fails to start
        self.error: str | None = None
        self._started: list[Listener] = []
        self._finished: list[Listener] = []
        self._unavailable: list[Callable[[str], None]] = []
        self._lines: queue.Queue[Line | None] = queue.Queue()
        self._thread = threading.Thread(target=self._run, args=(engine_factory,), name="speech", daemon=True)
        self._thread.start()

    def on_started(self, listener: Listener) -> None:
        self._started.append(listener)

    def on_finished(self, listener: Listener) -> None:
        self._finished.append(listener)

    def on_unavailable(self, listener: Callable[[str], None]) -> None:
        """Called once, from the worker thread, if no speech engine can be started."""
        self._unavailable.append(listener)
        if not self.available and self.error:
            listener(self.error)

    def say(self, line: Line) -> None:
        self._lines.put(line)

    def stop(self) -> None:
        try:
            while True:
                self._lines.get_nowait()
        except queue.Empty:
            pass

    def close(self) -> None:
        self.stop()
        self._lines.put(None)
        self._thread.join(timeout=10)

    def _run(self, engine_factory: EngineFactory) -> None:
        try:
            engine = engine_factory()
            voices = _voice_infos(engine)
            is_espeak = "espeak" in type(engine.proxy._driver).__module__
        except Exception as exc:  # any failure means: run silent, and say so once
            self.available = False
            self.error = f"No speech engine: {exc}"
            for listener in self._unavailable:
                listener(self.error)
            return
        while (line := self._lines.get()) is not None:
            self._speak(engine, voices, is_espeak, line)

    def _speak(self, engine: Any, voices: list[VoiceInfo], is_espeak: bool, line: Line) -> None:
        voice_id = choose_voice(voices, line.language, line.voice)
        if voice_id:
            if is_espeak and line.voice.lower() in ("male", "female"):
                voice_id += espeak_variant(line.voice)
            engine.setProperty("voice", voice_id)
        engine.setProperty("rate", rate_for_anger(line.anger))
        for listener in self._started:
            listener(line.key)
        try:
            engine.say(line.text)
            engine.runAndWait()
        finally:
            for listener in self._finished:
                listener(line.key)
