"""When each step was due in a conversation, whether the trainee did it then, and what that earns.

With a scenario the nodes say what was due (GradedTurn.expect). Without one it is inferred: VENT and
APOLOGIZE once the customer complains or is upset, PROBE before the first RESOLVE, RESOLVE by the end,
FOLLOW_UP after the resolution.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from simulator.core.grading_types import GradedTurn
from simulator.core.scoring.grade_config import GradingConfig
from simulator.core.tags import STEPS, Tag


@dataclass(frozen=True)
class StepResult:
    step: Tag
    due: bool
    score: int  # 0-100
    problem: str | None = None  # missed | late | out_of_order | escalated | interrupted
    turn: int | None = None  # the turn the problem is about


@dataclass(frozen=True)
class Timeline:
    """Where the landmarks of a conversation fall, shared by the step and order rules."""

    upset_at: int | None  # first turn whose customer line complains or shows anger (or the opening report)
    resolve_at: int | None  # first reply tagged RESOLVE
    accepted_at: int | None = None  # without a RESOLVE tag: the reply the customer then thanked or agreed to
    left: bool = False  # without a scenario: the customer's last line walks away
    fix_accepted: bool = False  # without a scenario: the customer's next line thanked or agreed to the first fix

    def complained_by(self, turn: int) -> bool:
        return self.upset_at is not None and self.upset_at <= turn

    @property
    def settled_at(self) -> int | None:
        """Where the problem was settled: the first fix the tagger saw, else the reply the customer accepted."""
        return self.resolve_at if self.resolve_at is not None else self.accepted_at


def first(turns: Sequence[GradedTurn], tag: Tag, start: int = 0) -> int | None:
    return next((i for i in range(max(start, 0), len(turns)) if turns[i].tagged.has(tag)), None)


def timeline(turns: Sequence[GradedTurn], config: GradingConfig) -> Timeline:
    def upset(i: int) -> bool:
        before = turns[i - 1].anger_after if i > 0 else None
        return config.is_upset(turns[i].customer) or (before is not None and before >= config.upset_anger)

    upset_at = next((i for i in range(len(turns)) if upset(i)), None)
    if upset_at is None and turns and not is_scenario(turns) and not config.is_inquiry(turns[0].customer):
        # No cue word, but the customer opened by reporting a problem, not asking a question: that is the
        # complaint ("my glasses give me a headache"), and the cue list can never name every problem.
        upset_at = 0

    def takes_it(i: int) -> bool:
        """The customer's line i thanks or agrees, without pushing back ("thanks for nothing")."""
        line = turns[i].customer
        return config.is_accepting(line) and not config.is_pushback(line)

    inferred = not is_scenario(turns)
    resolve_at = first(turns, Tag.RESOLVE)
    accepted_at = None
    if resolve_at is None and inferred:
        # The customer's own word that the reply before solved it ("That's fair, and I appreciate it") settles
        # it too: a fix the tagger has no words for ("from today every room does an injury check") still counts.
        accepted_at = next((i - 1 for i in range(1, len(turns)) if takes_it(i)), None)
    # Without a scenario the customer's last word is the outcome: "I'm porting my number tonight" is a customer
    # lost, whatever was offered before it.
    left = inferred and bool(turns) and config.is_leaving(turns[-1].customer)
    fix_accepted = inferred and resolve_at is not None and resolve_at + 1 < len(turns) and takes_it(resolve_at + 1)
    return Timeline(
        upset_at=upset_at, resolve_at=resolve_at, accepted_at=accepted_at, left=left, fix_accepted=fix_accepted
    )


def is_scenario(turns: Sequence[GradedTurn]) -> bool:
    return any(t.expect is not None for t in turns)


def assess_steps(
    turns: Sequence[GradedTurn], config: GradingConfig, when: Timeline, escalated: bool
) -> dict[Tag, StepResult]:
    assess = _from_scenario if is_scenario(turns) else _inferred
    results = {step: assess(step, turns, config, when) for step in STEPS}
    if escalated and results[Tag.RESOLVE].problem == "missed":
        # Handing the case on is not fixing it, but it beats leaving the customer with nothing.
        resolve = results[Tag.RESOLVE]
        results[Tag.RESOLVE] = StepResult(Tag.RESOLVE, True, config.credit["escalated"], "escalated", resolve.turn)
    return results


def _from_scenario(step: Tag, turns: Sequence[GradedTurn], config: GradingConfig, when: Timeline) -> StepResult:
    due = [i for i, t in enumerate(turns) if t.expect and step in t.expect]
    if not due:
        return StepResult(step, False, 100)
    credits: list[int] = []
    problem: tuple[str, int] | None = None
    for d in due:
        done = first(turns, step, d)
        if done == d:
            credits.append(config.credit["on_time"])
            continue
        late = done is not None and done <= d + config.grace_turns
        credits.append(config.credit["late"] if late else 0)
        problem = problem or ("late" if late else "missed", d)
    score = round(sum(credits) / len(credits))
    return StepResult(step, True, score, *(problem or (None, None)))


def _inferred(step: Tag, turns: Sequence[GradedTurn], config: GradingConfig, when: Timeline) -> StepResult:
    last = len(turns) - 1
    if step in (Tag.VENT, Tag.APOLOGIZE):
        if when.upset_at is None:
            # No cue showed the customer upset, yet the trainee listened or apologised: the trainee read the
            # customer better than the cue list did, and the step counts as done.
            done = first(turns, step) is not None
            return StepResult(step, done, 100)
        return _timely(step, turns, config, when.upset_at)
    if step is Tag.PROBE:
        probe = first(turns, Tag.PROBE)
        if probe is None and when.fix_accepted:
            # The customer's opening said all that was needed and took the fix at once: nothing was left to ask.
            return StepResult(step, False, 100)
        if probe is None:
            return StepResult(step, True, 0, "missed", when.resolve_at or 0)
        if when.resolve_at is None or probe <= when.resolve_at:
            return StepResult(step, True, config.credit["on_time"])
        return StepResult(step, True, config.credit["out_of_order"], "out_of_order", when.resolve_at)
    if step is Tag.RESOLVE:
        if when.resolve_at is not None:
            return _timed(step, turns, config, when.resolve_at)
        if when.accepted_at is not None:
            return StepResult(step, True, config.credit["accepted"])
        return StepResult(step, True, 0, "missed", last)
    # FOLLOW_UP is due once something was resolved; a conversation that never got there earns no follow-up credit
    # beyond a promise to check back (otherwise leaving the problem unsolved would shrink what the grade asks for).
    after = first(turns, Tag.FOLLOW_UP, when.settled_at) if when.settled_at is not None else None
    if after is not None:
        return _timed(step, turns, config, after)
    if when.fix_accepted and when.resolve_at is not None and config.is_timed(turns[when.resolve_at].tagged.text):
        # A fix already done or dated that the customer took at once leaves nothing to check back on.
        return StepResult(step, False, 100)
    early = first(turns, Tag.FOLLOW_UP)
    if early is not None:
        return StepResult(step, True, config.credit["out_of_order"], "out_of_order", early)
    return StepResult(step, True, 0, "missed", last)


def _timed(step: Tag, turns: Sequence[GradedTurn], config: GradingConfig, at: int) -> StepResult:
    """Full credit when some reply doing the step says when or gives a reference; less for "soon"."""
    if any(t.tagged.has(step) and config.is_timed(t.tagged.text) for t in turns[at:]):
        return StepResult(step, True, config.credit["on_time"])
    return StepResult(step, True, config.credit["untimed"], "untimed", at)


def _timely(step: Tag, turns: Sequence[GradedTurn], config: GradingConfig, due_at: int) -> StepResult:
    # Listening or apologising before the customer's outburst still counts as on time: the trainee read the
    # customer before the cue list did (a complaint is often in words the cues do not know).
    done = first(turns, step)
    if done is None:
        return StepResult(step, True, 0, "missed", due_at)
    if done <= due_at:
        return StepResult(step, True, config.credit["on_time"])
    listened_first = step is Tag.APOLOGIZE and any(turns[i].tagged.has(Tag.VENT) for i in range(due_at, done))
    if done <= due_at + config.grace_turns and listened_first:
        return StepResult(step, True, config.credit["on_time"])  # the rubric's order: let them vent, then apologise
    if done <= due_at + config.grace_turns:
        return StepResult(step, True, config.credit["prompt"], "late", due_at)
    return StepResult(step, True, config.credit["late"], "late", due_at)


def with_interruptions(
    results: dict[Tag, StepResult], turns: Sequence[GradedTurn], config: GradingConfig
) -> dict[Tag, StepResult]:
    """Each reply sent while the customer was still speaking costs the VENT step: it is the opposite of listening."""
    cut = [i for i, t in enumerate(turns) if t.interrupted]
    if not cut:
        return results
    vent = results[Tag.VENT]
    score = max(0, vent.score - config.interruption * len(cut))
    problem, turn = (vent.problem, vent.turn) if vent.problem == "missed" else ("interrupted", cut[0])
    return {**results, Tag.VENT: StepResult(Tag.VENT, True, score, problem, turn)}
