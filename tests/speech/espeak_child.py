"""Real espeak-ng checks, each run in a child process: espeak-ng keeps process-wide state that
must not be shared between the test process's threads. Prints one JSON object."""

import json
import sys
import threading
import wave


def speak_through_worker(language: str, text: str) -> dict:
    from simulator.speech import make_speaker
    from simulator.speech.speaker import Line

    speaker = make_speaker()
    events = []
    done = threading.Event()
    speaker.on_started(lambda key: events.append(["started", key, threading.current_thread().name]))

    def finished(key):
        events.append(["finished", key, threading.current_thread().name])
        done.set()

    speaker.on_finished(finished)
    speaker.say(Line("l1", text, language, "female", anger=80))
    returned_at_once = not done.is_set()
    ok = done.wait(30)
    speaker.close()
    return {
        "kind": type(speaker).__name__,
        "events": events,
        "finished": ok,
        "returned_at_once": returned_at_once,
        "available": speaker.available,
        "error": speaker.error,
    }


def render_to_file(language: str, text: str, path: str) -> dict:
    import pyttsx3

    from simulator.speech.pyttsx3_speaker import _voice_infos
    from simulator.speech.voices import choose_voice

    engine = pyttsx3.init()
    voice = choose_voice(_voice_infos(engine), language, "male")
    engine.setProperty("voice", voice)
    engine.save_to_file(text, path)
    engine.runAndWait()
    with wave.open(path) as wav:
        return {"voice": voice, "seconds": wav.getnframes() / wav.getframerate()}


if __name__ == "__main__":
    what, *args = sys.argv[1:]
    result = {"speak": speak_through_worker, "render": render_to_file}[what](*args)
    print("RESULT " + json.dumps(result, ensure_ascii=False), flush=True)
