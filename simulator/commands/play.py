"""`play SCENARIO`: role-play a scenario in the terminal, or feed it replies from a file or a pipe.

Every reply is logged to the session database as it is sent. Lines starting with `/` are commands:
/undo, /hint, /end (score the conversation now), /quit (leave without a score).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from simulator.core.grading_types import Scorecard
from simulator.core.phase_machine import MachineError
from simulator.core.scenario import Scenario
from simulator.core.session import Session, TurnResult

HELP = "Commands: /undo takes back your last reply, /hint shows a hint, /end scores the conversation, /quit leaves."

# The transcript's own words follow the scenario's language: a Chinese role-play reads as Chinese throughout.
WORDS: dict[str, dict[str, str]] = {
    "en": {
        "customer": "Customer: ",
        "you": "You: ",
        "no step": "no step",
        "mood": "mood",
        "undone": "(last reply taken back)",
        "no hint": "No hint at this point.",
        "over": "The conversation is over: /undo to take back your last reply, /end for your score.",
        "outcome": "Outcome: ",
        "score": "Score: ",
    },
    "zh": {
        "customer": "客户：",
        "you": "你：",
        "no step": "无步骤",
        "mood": "怒气",
        "undone": "（已撤回上一句）",
        "no hint": "此时没有提示。",
        "over": "对话已结束：输入 /undo 撤回上一句，输入 /end 查看评分。",
        "outcome": "结果：",
        "score": "得分：",
    },
}


class ReplyFileError(Exception):
    """The --replies file is missing, unreadable or not UTF-8."""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("play", help="role-play a scenario in the terminal or from a file of replies")
    parser.add_argument("scenario", metavar="SCENARIO", help="a scenario file or a scenario id")
    parser.add_argument(
        "--replies", metavar="FILE", help="one reply per line; '-' reads them from stdin as they arrive"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object with the turns and the score")
    parser.add_argument("--db", metavar="PATH", help="the session database (default: the per-user one)")
    parser.add_argument(
        "--trainee", default="trainee", type=_name, metavar="NAME", help="who is playing (default: trainee)"
    )
    parser.set_defaults(func=run)


def _name(text: str) -> str:
    if not text.strip():
        raise argparse.ArgumentTypeError("the trainee's name is empty")
    return text.strip()


def run(args: argparse.Namespace) -> int:
    # Imported here, not at the top, so that building the command-line parser stays quick for every command.
    from simulator.core.diagnostics import ScenarioError
    from simulator.core.library import ScenarioNotFound, find_scenario
    from simulator.core.loader import load_scenario
    from simulator.core.scoring import RuleFileError, load_grader, load_tagger
    from simulator.storage.database import StorageError
    from simulator.storage.session_log import SessionLog

    try:
        scenario = load_scenario(find_scenario(args.scenario))
        lines = _reply_lines(args.replies)
        with SessionLog(args.db) as log:
            session = Session(scenario, load_tagger(), load_grader(), recorder=log, trainee=args.trainee)
            return _play(session, lines, args)
    except ScenarioError as exc:
        for diagnostic in exc.diagnostics:
            print(diagnostic, file=sys.stderr)
        return 1
    except MachineError as exc:
        print(f"{args.scenario}: the scenario moves its phase backwards: {exc}", file=sys.stderr)
        return 1
    except (ScenarioNotFound, StorageError, ReplyFileError, RuleFileError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(file=sys.stderr)
        return 130


def _reply_lines(source: str | None) -> Iterator[str] | None:
    """The replies to send, one per line: a file, stdin read line by line as it arrives, or None (interactive)."""
    if source is None:
        return None
    if source == "-":
        return iter(sys.stdin.readline, "")
    try:
        return iter(Path(source).read_text(encoding="utf-8-sig").splitlines())
    except (OSError, UnicodeDecodeError) as exc:
        raise ReplyFileError(f"{source}: cannot read the replies: {exc}") from exc


def _prompted() -> Iterator[str]:
    while True:
        try:
            yield input("> ")
        except EOFError:
            print()
            return


def _play(session: Session, lines: Iterator[str] | None, args: argparse.Namespace) -> int:
    interactive = lines is None
    out = _Printer(session.scenario.language, quiet=args.json, echo=not interactive)
    if interactive:
        out.briefing(session.scenario)
    out.customer(session.start())
    quit_early = _drive(session, _prompted() if lines is None else lines, out, stop_at_end=not interactive)
    if quit_early:
        return 0
    card = session.finish()
    if args.json:
        print(json.dumps(_as_json(session, card), ensure_ascii=False))
    else:
        out.scorecard(card)
    return 0


def _drive(session: Session, lines: Iterable[str], out: _Printer, *, stop_at_end: bool) -> bool:
    """Send each line or run its command. True when the trainee quit without a score."""
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if line in ("/end", "/quit"):
            return line == "/quit"
        try:
            if line == "/undo":
                out.undone(session.undo())
            elif line == "/hint":
                out.note(session.hint() or out.words["no hint"])
            elif line.startswith("/"):
                out.note(HELP)
            else:
                out.turn(session.send(line))
        except ValueError as exc:
            out.problem(str(exc))
        if session.ended and stop_at_end:
            break
        if session.ended:
            out.note(out.words["over"])
    return False


def _as_json(session: Session, card: Scorecard) -> dict[str, object]:
    return {
        "scenario": session.scenario.id,
        "outcome": session.outcome or "unfinished",
        "turns": [
            {
                "customer": turn.customer,
                "reply": turn.tagged.text,
                "tags": [tag.value for tag in turn.tagged.tags],
                "phase": turn.phase,
                "mood": turn.anger,
            }
            for turn in session.turns
        ],
        "score": {"total": card.total, "steps": dict(card.steps), "penalties": [p.to_json() for p in card.penalties]},
        "session_id": session.session_id,
    }


class _Printer:
    """The readable transcript, flushed line by line so a pipe sees each answer at once; silent under --json."""

    def __init__(self, language: str, *, quiet: bool, echo: bool) -> None:
        self.words = WORDS.get(language, WORDS["en"])
        self._quiet = quiet
        self._echo = echo  # show the trainee's replies, which a terminal already shows as they are typed

    def _say(self, text: str) -> None:
        if not self._quiet:
            print(text, flush=True)

    def briefing(self, scenario: Scenario) -> None:
        persona = scenario.persona
        self._say(f"{scenario.title}\n\n{scenario.briefing.strip()}\n")
        self._say(f"{persona.name} is on the line (mood {persona.mood}/100, patience {persona.patience} replies).")
        self._say(HELP + "\n")

    def customer(self, line: str) -> None:
        self._say(self.words["customer"] + line)

    def turn(self, result: TurnResult) -> None:
        tags = ", ".join(tag.value for tag in result.tagged.tags) or self.words["no step"]
        if self._echo:
            self._say(self.words["you"] + result.tagged.text)
        self._say(f"  [{tags}] {self.words['mood']} {result.anger}/100, {result.phase.value}")
        self.customer(result.customer_line)
        if result.ended:
            self._say(f"== {result.outcome} ==")

    def undone(self, line: str) -> None:
        self._say("  " + self.words["undone"])
        self.customer(line)

    def note(self, text: str) -> None:
        self._say(f"  {text}")

    def problem(self, text: str) -> None:
        print(f"  {text}", file=sys.stderr, flush=True)

    def scorecard(self, card: Scorecard) -> None:
        self._say(f"\n{self.words['outcome']}{card.outcome}\n{self.words['score']}{card.total}/100")
        for step, points in card.steps.items():
            self._say(f"  {step:<10} {points:>3}")
        for penalty in card.penalties:
            where = f" (turn {penalty.turn + 1})" if penalty.turn is not None else ""
            self._say(f"  -{penalty.points} {penalty.message}{where}")
        for item in card.feedback:
            better = f" Better: {item.better}" if item.better else ""
            self._say(f"  {item.step}: {item.problem}{better}")
