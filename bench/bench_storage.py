"""How long one recorded turn costs: SessionLog.turn_sent on a file database (WAL, synchronous=NORMAL).

Run: .venv/bin/python bench/bench_storage.py [TURNS]. Target: well under 10 ms per turn.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from simulator.core.records import SessionInfo, TurnRecord  # noqa: E402
from simulator.core.tags import Evidence, Tag, TaggedReply  # noqa: E402
from simulator.storage import queries  # noqa: E402
from simulator.storage.session_log import SessionLog  # noqa: E402

REPLY = "非常抱歉给您添麻烦了, I'm really sorry: could you give me the order number?"
TAGGED = TaggedReply(REPLY, "mixed", (Tag.APOLOGIZE, Tag.PROBE), {Tag.APOLOGIZE: (Evidence(0, 4, "非常抱歉"),)})


def milliseconds(samples: list[float]) -> str:
    ordered = sorted(samples)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return (
        f"median {statistics.median(ordered) * 1000:.3f} ms, p99 {p99 * 1000:.3f} ms, max {ordered[-1] * 1000:.3f} ms"
    )


def main(turns: int) -> None:
    with tempfile.TemporaryDirectory() as folder, SessionLog(Path(folder) / "bench.db") as log:
        per_turn: list[float] = []
        sessions = 0
        while len(per_turn) < turns:  # sessions of 20 turns, like real ones
            session_id = f"bench-{sessions}"
            log.session_started(SessionInfo(session_id, "Bench", "router", "Router", "en", "2026-11-20T09:00:00Z"))
            for index in range(20):
                turn = TurnRecord(index, f"n{index}", "Where is my router?", TAGGED, 3, "query", "2026-11-20T09:01:00Z")
                started = time.perf_counter()
                log.turn_sent(session_id, turn)
                per_turn.append(time.perf_counter() - started)
            sessions += 1
        started = time.perf_counter()
        queries.sessions(log.db, trainee="Bench")
        listing = time.perf_counter() - started
    print(f"turn_sent on a file database ({len(per_turn)} turns): {milliseconds(per_turn)}")
    print(f"sessions() listing {sessions} sessions: {listing * 1000:.1f} ms")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
