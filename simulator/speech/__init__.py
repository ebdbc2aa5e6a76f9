"""The customer's voice: a Speaker that never blocks its caller, or a silent one."""

from simulator.speech.speaker import Line, NullSpeaker, Speaker


def make_speaker() -> Speaker:
    """pyttsx3 where it can be imported; otherwise the silent speaker, saying why."""
    try:
        import pyttsx3  # noqa: F401  (only checks that the package is there)
    except ImportError as exc:
        return NullSpeaker(f"No speech engine: {exc}")
    from simulator.speech.pyttsx3_speaker import Pyttsx3Speaker

    return Pyttsx3Speaker()


__all__ = ["Line", "NullSpeaker", "Speaker", "make_speaker"]
