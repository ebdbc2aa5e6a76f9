"""Time to load and lint a generated 1,000-node scenario (target: under 300 ms). Run: python bench/bench_lint.py"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from simulator.core.linter import lint_paths  # noqa: E402
from simulator.core.loader import load_scenario  # noqa: E402

NODES = 1_000
PHASES = ("inquiry", "query", "complaint")


def generate(nodes: int = NODES) -> str:
    """A chain of open nodes moving forward through the phases, each branching ahead, plus three endings."""
    lines = [
        "id: bench",
        "title: Generated benchmark",
        "language: en",
        "level: 1",
        "persona:",
        "  name: Bench",
        "start: n0",
        "nodes:",
    ]
    open_nodes = nodes - 3
    for i in range(open_nodes):
        phase = PHASES[i * 3 // open_nodes]
        ahead = [f"n{j}" for j in (i + 1, i + 2, i + 7) if j < open_nodes] or ["done"]
        expect = "[APOLOGIZE, PROBE]" if i % 50 == 0 else "[PROBE]"
        lines += [
            f"  n{i}:",
            f"    phase: {phase}",
            f"    customer: Line {i}, the parcel is still not here.",
            f"    expect: {expect}",
            "    model_reply: I'm sorry. Could you give me the order number?",
            "    hint: Apologize and ask.",
            "    anger:",
            "      PROBE: -3",
            "    next:",
            f"      - if: {{has: [APOLOGIZE, PROBE], mood_below: 70}}\n        goto: {ahead[0]}",
            f"      - if: {{any: [FORBIDDEN]}}\n        goto: {'gone' if i % 2 else ahead[-1]}",
            f"      - if: {{mood_above: 90}}\n        goto: {'boss' if i % 3 else ahead[-1]}",
            "      - goto: " + ("done" if i % 10 == 0 else ahead[-1]),
        ]
    lines += [
        "  done:",
        "    phase: resolved",
        "    customer: Thanks.",
        "  gone:",
        "    phase: lost",
        "    customer: Bye.",
        "  boss:",
        "    phase: escalated",
        "    customer: Your manager, please.",
    ]
    return "\n".join(lines) + "\n"


def best_of(runs: int, action: Callable[[], object]) -> tuple[float, float]:
    """Best wall-clock and best CPU time in ms; CPU time is the fairer figure on a busy machine."""
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        action()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return min(walls) * 1000, min(cpus) * 1000


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.yaml"
        path.write_text(generate(), encoding="utf-8")
        scenario = load_scenario(path)
        diagnostics = lint_paths([path])
        print(f"{len(scenario.nodes)} nodes, {path.stat().st_size / 1024:.0f} kB, {len(diagnostics)} diagnostics")
        actions = {"load_scenario": lambda: load_scenario(path), "lint_paths": lambda: lint_paths([path])}
        for name, action in actions.items():
            wall, cpu = best_of(7, action)
            print(f"{name:13}: {wall:4.0f} ms wall, {cpu:4.0f} ms CPU (best of 7; target < 300 ms)")


if __name__ == "__main__":
    main()
