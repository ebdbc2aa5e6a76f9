"""The core and its tests run where PySide6, pyttsx3 and SQLite are not installed."""

import os
import pkgutil
import subprocess
import sys
from pathlib import Path

import simulator.core

ROOT = Path(__file__).resolve().parents[2]
BLOCKER = Path(__file__).with_name("block_imports")


def run_blocked(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(BLOCKER), str(ROOT)]))
    return subprocess.run([sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)


def test_the_blocker_really_blocks():
    out = run_blocked("-c", "import PySide6")
    assert out.returncode != 0 and "blocked" in out.stderr


def test_every_core_module_imports_without_qt_speech_or_sqlite():
    names = [m.name for m in pkgutil.walk_packages(simulator.core.__path__, "simulator.core.")]
    assert len(names) > 10
    out = run_blocked("-c", "import importlib, sys\nfor n in sys.argv[1:]: importlib.import_module(n)", *names)
    assert out.returncode == 0, out.stderr[-3000:]


def test_the_core_tests_pass_without_them():
    out = run_blocked("-m", "pytest", "-q", "-p", "no:pytest-qt", "-p", "no:cacheprovider", "tests/core")
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-2000:]
    assert " passed" in out.stdout
