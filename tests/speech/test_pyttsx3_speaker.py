"""The worker thread against the real espeak-ng engine (installed by scripts/install)."""

import json
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from simulator.speech import NullSpeaker
from simulator.speech.pyttsx3_speaker import Pyttsx3Speaker
from simulator.speech.speaker import Line

CHILD = Path(__file__).with_name("espeak_child.py")

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


def _child(*args):
    out = subprocess.run(
        [sys.executable, str(CHILD), *args], capture_output=True, text=True, timeout=120, cwd=CHILD.parents[2]
    )
    lines = [ln for ln in out.stdout.splitlines() if ln.startswith("RESULT ")]
    assert out.returncode == 0 and lines, out.stderr[-2000:]
    return json.loads(lines[-1][len("RESULT ") :])


@needs_espeak
@pytest.mark.parametrize("language,text", [("en", "I have waited three weeks."), ("zh", "我已经等了三个星期了。")])
def test_speaks_on_its_own_thread_and_reports_back(language, text):
    result = _child("speak", language, text)
    assert result["kind"] == "Pyttsx3Speaker"
    assert result["returned_at_once"] and result["finished"]
    assert [e[:2] for e in result["events"]] == [["started", "l1"], ["finished", "l1"]]
    assert {e[2] for e in result["events"]} == {"speech"}  # reported from the worker, not the caller's thread
    assert result["available"] and result["error"] is None


@needs_espeak
@pytest.mark.parametrize("language,text", [("en", "Where is my parcel?"), ("zh", "我的包裹到底在哪里?")])
def test_espeak_voices_make_real_audio(tmp_path, language, text):
    result = _child("render", language, text, str(tmp_path / "line.wav"))
    assert ("cmn" in result["voice"]) == (language == "zh")
    assert result["seconds"] > 0.5


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
