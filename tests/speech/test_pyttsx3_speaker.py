"""The worker thread against the real espeak-ng engine (installed by scripts/install)."""

import shutil
import threading
import wave

import pytest

from simulator.speech import NullSpeaker, make_speaker
from simulator.speech.pyttsx3_speaker import Pyttsx3Speaker
from simulator.speech.speaker import Line

needs_espeak = pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is not installed")


def _collect(speaker):
    events = []
    done = threading.Event()
    speaker.on_started(lambda key: events.append(("started", key)))

    def finished(key):
        events.append(("finished", key))
        done.set()

    speaker.on_finished(finished)
    return events, done


@needs_espeak
@pytest.mark.parametrize("language,text", [("en", "I have waited three weeks."), ("zh", "我已经等了三个星期了。")])
def test_speaks_on_its_own_thread_and_reports_back(language, text):
    speaker = make_speaker()
    assert isinstance(speaker, Pyttsx3Speaker)
    events, done = _collect(speaker)
    speaker.say(Line("l1", text, language, "female", anger=80))  # returns at once
    assert done.wait(20), "the line was never finished"
    speaker.close()
    assert events == [("started", "l1"), ("finished", "l1")]
    assert speaker.available and speaker.error is None


@needs_espeak
@pytest.mark.parametrize("language,text", [("en", "Where is my parcel?"), ("zh", "我的包裹到底在哪里?")])
def test_espeak_voices_make_real_audio(tmp_path, language, text):
    import pyttsx3

    from simulator.speech.pyttsx3_speaker import _voice_infos
    from simulator.speech.voices import choose_voice

    engine = pyttsx3.init()
    voice = choose_voice(_voice_infos(engine), language, "male")
    assert voice is not None
    engine.setProperty("voice", voice)
    out = tmp_path / "line.wav"
    engine.save_to_file(text, str(out))
    engine.runAndWait()
    with wave.open(str(out)) as wav:
        seconds = wav.getnframes() / wav.getframerate()
    assert seconds > 0.5


def test_a_failing_engine_turns_silent_and_says_why_once():
    def broken():
        raise OSError("libespeak-ng.so.1: cannot open shared object file")

    speaker = Pyttsx3Speaker(engine_factory=broken)
    speaker._thread.join(5)
    reasons = []
    speaker.on_unavailable(reasons.append)
    assert not speaker.available
    assert reasons == ["No speech engine: libespeak-ng.so.1: cannot open shared object file"]


def test_null_speaker_keeps_the_session_flowing():
    speaker = NullSpeaker("No speech engine: none here")
    events, done = _collect(speaker)
    reasons = []
    speaker.on_unavailable(reasons.append)
    speaker.say(Line("k", "Hello", "en", "male", 10))
    assert done.is_set() and events == [("started", "k"), ("finished", "k")]
    assert reasons == ["No speech engine: none here"]
