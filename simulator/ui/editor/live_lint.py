"""Lint as the author types: debounced, and moved to a worker thread once a lint is slow enough to be felt.

Each edit bumps a revision number; a result is delivered only if no edit came after the text it checked, so
a slow lint finishing late never paints stale marks.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from simulator.core.diagnostics import Diagnostic
from simulator.core.example_check import check_examples
from simulator.core.loader import check_text
from simulator.core.scenario import Scenario
from simulator.core.tags import ReplyTagger

DELAY_MS = 300  # a pause in typing this long starts a lint
THREAD_AFTER_SECONDS = 0.03  # a lint slower than this runs off the GUI thread from then on


@dataclass(frozen=True)
class LintResult:
    revision: int
    scenario: Scenario | None  # None when the text has errors
    diagnostics: list[Diagnostic]
    seconds: float


def lint_buffer(text: str, path: Path, tagger: ReplyTagger | None) -> tuple[Scenario | None, list[Diagnostic]]:
    """The loader's check of unsaved text, plus the drifting examples when a tagger is given."""
    scenario, diagnostics = check_text(text, path)
    if scenario is not None and tagger is not None:
        diagnostics = sorted(diagnostics + check_examples(scenario, tagger))
    return scenario, diagnostics


def timed_lint(revision: int, text: str, path: Path, tagger: ReplyTagger | None) -> LintResult:
    began = time.perf_counter()
    scenario, diagnostics = lint_buffer(text, path, tagger)
    return LintResult(revision, scenario, diagnostics, time.perf_counter() - began)


class _Done(QObject):
    result = Signal(object, object)  # the job, its LintResult


class _Job(QRunnable):
    def __init__(self, revision: int, text: str, path: Path, tagger: ReplyTagger | None) -> None:
        super().__init__()
        self.args = (revision, text, path, tagger)
        self.done = _Done()

    def run(self) -> None:
        self.done.result.emit(self, timed_lint(*self.args))


class LiveLinter(QObject):
    finished = Signal(object)  # LintResult, on the GUI thread, for the newest text only

    def __init__(
        self,
        tagger: ReplyTagger | None,
        delay_ms: int = DELAY_MS,
        thread_after: float = THREAD_AFTER_SECONDS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.tagger = tagger
        self.thread_after = thread_after
        self.last_seconds = 0.0
        self.revision = 0
        self._text = ""
        self._path = Path("untitled.yaml")
        self._jobs: set[_Job] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.lint_now)

    @property
    def busy(self) -> bool:
        return self._timer.isActive() or bool(self._jobs)

    def schedule(self, text: str, path: Path) -> None:
        """The text changed: lint it once typing pauses."""
        self.revision += 1
        self._text, self._path = text, path
        self._timer.start()

    def lint_now(self) -> None:
        self._timer.stop()
        if self.last_seconds <= self.thread_after:
            self._deliver(timed_lint(self.revision, self._text, self._path, self.tagger))
            return
        job = _Job(self.revision, self._text, self._path, self.tagger)
        job.setAutoDelete(False)  # kept in _jobs until its result is in, so its signal object outlives the thread
        # A bound method of this GUI-thread object, so Qt queues the call to the GUI thread.
        job.done.result.connect(self._job_done)
        self._jobs.add(job)
        QThreadPool.globalInstance().start(job)

    def _job_done(self, job: _Job, result: LintResult) -> None:
        self._jobs.discard(job)
        self._deliver(result)

    def _deliver(self, result: LintResult) -> None:
        self.last_seconds = result.seconds
        if result.revision == self.revision:
            self.finished.emit(result)
