"""How long one full turn takes: tag the reply, move the customer and the phase, commit it to the session log.

Uses the real tagger and SessionLog on a temporary database file. Target: median under 10 ms.
Run: .venv/bin/python bench/bench_turn.py [TURNS]
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from itertools import cycle
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from simulator.core.scenario import Branch, Condition, Node, Persona, Phase, Scenario  # noqa: E402
from simulator.core.scoring import load_grader, load_tagger  # noqa: E402
from simulator.core.session import Session  # noqa: E402
from simulator.core.tags import Tag  # noqa: E402
from simulator.storage.session_log import SessionLog  # noqa: E402

REPLIES = {
    "en": [
        "I'm so sorry the technician didn't turn up, that was our mistake.",
        "Could you give me the application number, please?",
        "Please go ahead, I'm listening.",
        "I've booked a technician for tomorrow between 9 and 12.",
        "I'll call you tomorrow by 5 pm to confirm it works.",
        "That's not my department.",
        "OK.",
    ],
    "zh": [
        "非常抱歉,给您添麻烦了。",
        "请问您是哪天下的单?",
        "您慢慢说,我在听。",
        "我马上为您安排明天上午上门安装。",
        "处理完成后我会在24小时内给您回电确认。",
        "这不归我们管。",
        "好的。",
    ],
}


def looping_scenario(language: str) -> Scenario:
    """Two nodes the conversation circles between, with patience enough never to end."""
    nodes = {
        "ask": Node(
            "ask",
            Phase.QUERY,
            "When will it be installed?",
            expect=(Tag.PROBE,),
            next=(Branch("wait", Condition(any=(Tag.PROBE, Tag.RESOLVE))), Branch("ask")),
        ),
        "wait": Node("wait", Phase.QUERY, "I have waited three weeks.", expect=(Tag.APOLOGIZE,), next=(Branch("ask"),)),
    }
    persona = Persona(name="Mr. Li", mood=30, patience=1_000_000)
    return Scenario("bench", "Bench", language, 2, persona, "ask", nodes)


def measure(language: str, turns: int, db_path: Path) -> tuple[list[float], float, float]:
    """Per-turn times, then the time to create and start a session and to finish (grade) one, all in ms."""
    tagger, grader = load_tagger(), load_grader()
    timings: list[float] = []
    openings: list[float] = []
    closings: list[float] = []
    with SessionLog(db_path) as log:
        replies = cycle(REPLIES[language])
        while len(timings) < turns:
            began = time.perf_counter()
            session = Session(looping_scenario(language), tagger, grader, recorder=log, trainee="bench")
            session.start()
            openings.append((time.perf_counter() - began) * 1000)
            # A customer who gets furious ends the session; the next turns go to a fresh one.
            while not session.ended and len(timings) < turns:
                began = time.perf_counter()
                session.send(next(replies))
                timings.append((time.perf_counter() - began) * 1000)
            began = time.perf_counter()
            session.finish()
            closings.append((time.perf_counter() - began) * 1000)
    return timings, statistics.median(openings), statistics.median(closings)


def main() -> None:
    turns = int(sys.argv[1]) if len(sys.argv) > 1 else 400
    load_tagger()  # the one-off rule loading is not part of a turn
    with tempfile.TemporaryDirectory() as folder:
        for language in ("en", "zh"):
            timings, opening, closing = measure(language, turns, Path(folder) / f"{language}.db")
            timings.sort()
            p99 = timings[min(len(timings) - 1, round(0.99 * len(timings)))]
            print(
                f"{language}: {turns} turns, median {statistics.median(timings):.2f} ms, "
                f"p99 {p99:.2f} ms, max {timings[-1]:.2f} ms (target: median < 10 ms); "
                f"new session {opening:.2f} ms, finish {closing:.2f} ms (medians)"
            )


if __name__ == "__main__":
    main()
