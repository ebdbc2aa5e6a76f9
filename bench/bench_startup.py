"""Time from process start to the trainee's window shown (target under 1.5 s), on a fresh profile.

Runs the real app in a child process with empty config and data folders, so nothing cached helps.
Usage: python bench/bench_startup.py [RUNS]
"""

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHILD = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
# Fires on the first turn of the event loop, i.e. once the window has been shown.
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
from simulator.app import run_app
run_app()
"""


def once() -> float:
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, XDG_CONFIG_HOME=home, XDG_DATA_HOME=home, QT_QPA_PLATFORM="offscreen")
        start = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", CHILD], cwd=ROOT, env=env, capture_output=True, text=True)
        elapsed = time.perf_counter() - start
    if "shown" not in out.stdout:
        raise SystemExit(f"the window was not shown:\n{out.stderr}")
    return elapsed


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    times = [once() for _ in range(runs)]
    print(
        f"start-up to window shown: median {statistics.median(times) * 1000:.0f} ms, "
        f"max {max(times) * 1000:.0f} ms over {runs} runs (target < 1500 ms)"
    )


if __name__ == "__main__":
    main()
