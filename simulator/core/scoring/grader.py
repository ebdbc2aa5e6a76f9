"""Grades a whole conversation 0-100: the five steps, the order rules, penalties and a trainer's hard caps.

total = weighted mean of the due steps' scores (with a `conduct` share for the replies free of forbidden
language), less each penalty's share of what is left; without a scenario, blended with the learned judgement of
the whole conversation (conversation_model.py); then scaled into [0, cap] by the lowest cap that applies. Scaling
and shares (rather than subtracting and clipping) keep two weak conversations, or two capped ones, in the order
they deserve instead of tying them at 0 or at the cap.
All numbers come from assets/scoring/grading.yaml. The same turns always give the same scorecard.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from simulator.core.grading_types import GradedTurn, Penalty, Scorecard
from simulator.core.scoring.conversation_model import ConversationModel
from simulator.core.scoring.feedback import FeedbackTexts, Finding, load_feedback_texts, write_feedback
from simulator.core.scoring.grade_config import CAPS, GradingConfig, load_grading_config
from simulator.core.scoring.grade_steps import (
    Timeline,
    assess_steps,
    first,
    is_scenario,
    timeline,
    with_interruptions,
)
from simulator.core.tags import STEPS, Tag

OUTCOMES = ("resolved", "escalated", "lost", "unfinished", "unknown")
# A reply repeats an earlier one when one of its clauses, of at least REPEAT_UNITS words (Chinese characters),
# shares REPEAT_OVERLAP of its word (character) pairs with a clause already said: a script recited again,
# whatever the customer just said, though a particle or a word may have changed ("请您耐心等待(售后)处理结果哦").
_CLAUSE = re.compile(r"[^.!?。！？~…;；,，、\n]+")
_UNIT = re.compile(r"[a-z0-9]+|[\u4e00-\u9fff]")
REPEAT_UNITS, REPEAT_OVERLAP = 6, 0.6
# A customer who opens with a few of the trainee's own words and a question mark ("Older systems?", "小问题？",
# "As a courtesy?") is throwing them back: at most ECHO_UNITS words (Chinese characters) taken from the reply.
_ECHO = re.compile(r"\s*(?:又|就|才|还|都)?([^?？.!。！]+)[?？]")  # "又48小时？？" throws back "48小时"
ECHO_UNITS = {"en": 4, "zh": 8}
# The caps a tagger's misreading can trigger (a phrase taken for forbidden, a fix it has no words for), which the
# learned judgement may put in doubt; escalated and lost come from the outcome, not from the tags.
DOUBTED_CAPS = ("forbidden", "unresolved")


def _round(x: float) -> int:
    return math.floor(x + 0.5)  # half up, not Python's half-to-even, so 69.5 reads as 70 everywhere


class Grader:
    """Implements grading_types.ConversationGrader."""

    def __init__(self, config: GradingConfig | None = None, model: ConversationModel | None = None) -> None:
        self.config = config or load_grading_config()
        self.model = model  # None grades by the rubric alone

    def grade(
        self,
        turns: Sequence[GradedTurn],
        language: str,
        outcome: str = "unfinished",
        patience: int | None = None,
    ) -> Scorecard:
        if outcome not in OUTCOMES:
            raise ValueError(f"unknown outcome {outcome!r}; expected one of {', '.join(OUTCOMES)}")
        texts = load_feedback_texts(language)
        when = timeline(turns, self.config)
        ending = outcome if outcome in ("resolved", "escalated", "lost") else None
        if ending is None:
            ending = "lost" if when.left else "resolved" if when.settled_at is not None else "unfinished"
        if not turns:
            return Scorecard(total=0, steps={s.value: 0 for s in STEPS}, outcome=ending)

        plain = assess_steps(turns, self.config, when, escalated=outcome == "escalated")
        steps = with_interruptions(plain, turns, self.config)
        due = [s for s in STEPS if steps[s].due]
        due_weight = sum(self.config.weights[s] for s in due)
        # A scenario path that asked for no step at all leaves nothing to miss.
        weighted = sum(self.config.weights[s] * steps[s].score for s in due) / due_weight if due_weight else 100.0

        findings: list[Finding] = []
        penalties: list[Penalty] = []
        penalties += self._forbidden(turns, texts, findings)
        penalties += self._order(turns, when, texts, findings)
        reordered = {f.step for f in findings}  # "you did it, but after the solution" says more than "late"
        findings += [
            Finding(r.step, r.problem, r.turn)
            for r in steps.values()
            if r.problem and r.turn is not None and not (r.problem == "late" and r.step in reordered)
        ]
        penalties += self._hints_and_patience(turns, when, patience, texts)
        penalties += self._pushback(turns, texts)
        penalties += self._repeated(turns, texts)
        clean = sum(not t.tagged.has(Tag.FORBIDDEN) for t in turns) / len(turns)
        conduct = self.config.conduct
        raw = weighted * (100 - conduct) / 100 + conduct * clean
        for penalty in penalties:
            raw *= max(0.0, 1 - penalty.points / 100)
        learned = self.config.learned
        scores = self._reply_scores(turns, language)
        z = None if scores is None else sum(scores) / len(scores)
        judged = None if z is None else _round(learned.judged(z))
        if judged is not None:
            raw = raw * (100 - learned.share) / 100 + learned.share * judged / 100

        lost_vent = plain[Tag.VENT].score - steps[Tag.VENT].score  # a VENT that was not due scores 100
        if lost_vent:
            cut = sum(t.interrupted for t in turns)
            share = self.config.weights[Tag.VENT] / due_weight * (100 - conduct) / 100
            message = texts.penalty("interruption", count=cut)
            penalties.append(Penalty("interruption", _round(share * lost_vent), message, steps[Tag.VENT].turn))

        total = _round(raw)
        cap = self._cap(turns, ending)
        if cap is not None:
            limit = self.config.caps[cap]
            message = texts.penalty(f"cap_{cap}", cap=limit)
            if z is not None and z > learned.confident and cap in DOUBTED_CAPS:
                limit = max(limit, learned.doubted_cap)
                message = texts.penalty("cap_doubted", cap=limit, reason=message)
            capped = _round(raw * limit / 100)
            penalties.append(Penalty(f"cap_{cap}", total - capped, message))
            total = capped

        return Scorecard(
            total=total,
            steps={s.value: steps[s].score for s in STEPS},
            not_due=tuple(s.value for s in STEPS if not steps[s].due),
            penalties=penalties,
            feedback=write_feedback(findings, turns, texts),
            outcome=ending,
            learned=judged,
            learned_replies=tuple(_round(learned.judged(x)) for x in scores or ()),
        )

    def _reply_scores(self, turns: Sequence[GradedTurn], language: str) -> list[float] | None:
        """The model's score of each reply, where no scenario says what was due (the model learned from none)."""
        if self.model is None or is_scenario(turns):
            return None
        return self.model.reply_scores(turns, language)

    def _forbidden(self, turns: Sequence[GradedTurn], texts: FeedbackTexts, findings: list[Finding]) -> list[Penalty]:
        """Each forbidden phrase is a penalty of its own, quoting the words."""
        out: list[Penalty] = []
        for i, turn in enumerate(turns):
            if not turn.tagged.has(Tag.FORBIDDEN):
                continue
            spans = [e.text for e in turn.tagged.evidence.get(Tag.FORBIDDEN, ())] or [turn.tagged.text]
            for quote in spans:
                message = texts.penalty("forbidden", quote=quote)
                out.append(Penalty("forbidden", self.config.penalties["forbidden"], message, i))
                findings.append(Finding(Tag.FORBIDDEN, "used", i, quote))
        return out

    def _order(
        self, turns: Sequence[GradedTurn], when: Timeline, texts: FeedbackTexts, findings: list[Finding]
    ) -> list[Penalty]:
        """Probe before resolving, apologise (once complained) before resolving, follow up after resolving."""
        r = when.resolve_at
        if r is None:
            return []
        out: list[Penalty] = []

        def due_by(step: Tag) -> bool:
            if is_scenario(turns):
                return any(t.expect and step in t.expect for t in turns[: r + 1])
            return step is Tag.PROBE or when.complained_by(r)

        late_rules = (("resolve_before_probe", Tag.PROBE), ("apology_after_resolve", Tag.APOLOGIZE))
        for code, step in late_rules:
            done = first(turns, step)
            if due_by(step) and done is not None and done > r:
                out.append(Penalty(code, self.config.penalties[code], texts.penalty(code), r))
                findings.append(Finding(step, "out_of_order", r))
        early = first(turns, Tag.FOLLOW_UP)
        if early is not None and early < r and first(turns, Tag.FOLLOW_UP, r) is None:
            code = "follow_up_before_resolve"
            out.append(Penalty(code, self.config.penalties[code], texts.penalty(code), early))
            findings.append(Finding(Tag.FOLLOW_UP, "out_of_order", early))
        return out

    def _hints_and_patience(
        self, turns: Sequence[GradedTurn], when: Timeline, patience: int | None, texts: FeedbackTexts
    ) -> list[Penalty]:
        hint = self.config.penalties["hint"]
        out = [Penalty("hint", hint, texts.penalty("hint"), i) for i, t in enumerate(turns) if t.hint_used]
        if patience:
            used = len(turns) if when.settled_at is None else when.settled_at + 1
            extra = used - math.ceil(patience * self.config.patience_share)
            if extra > 0:
                points = min(self.config.penalties["slow_max"], extra * self.config.penalties["slow_turn"])
                out.append(Penalty("slow", points, texts.penalty("slow", turns=used, patience=patience)))
        return out

    def _pushback(self, turns: Sequence[GradedTurn], texts: FeedbackTexts) -> list[Penalty]:
        """Without a scenario, a customer pushing back in their next line is the sign a reply landed badly."""
        if is_scenario(turns):
            return []  # the scenario's branches and anger already answer for each reply
        points = self.config.penalties["pushback"]
        return [
            Penalty("pushback", points, texts.penalty("pushback", quote=turns[i].customer), i - 1)
            for i in range(1, len(turns))
            if self.config.is_pushback(turns[i].customer) or self._thrown_back(turns[i].customer, turns[i - 1])
        ]

    def _thrown_back(self, line: str, answered: GradedTurn) -> bool:
        """The customer's line opens by echoing the reply's words as a question, and is not glad of them
        ("Today? That's a relief" is no pushback)."""
        echo = _ECHO.match(line.lower())
        if echo is None or self.config.is_accepting(line):
            return False
        units = _UNIT.findall(echo.group(1))
        chinese = any("\u4e00" <= u <= "\u9fff" for u in units)
        if not (2 if chinese else 1) <= len(units) <= ECHO_UNITS["zh" if chinese else "en"]:
            return False
        said = answered.tagged.text.lower()
        return all(u in said for u in units) if chinese else set(units) <= set(_UNIT.findall(said))

    def _repeated(self, turns: Sequence[GradedTurn], texts: FeedbackTexts) -> list[Penalty]:
        """Each reply that says again, nearly word for word, what an earlier reply said."""
        out: list[Penalty] = []
        said: list[frozenset[tuple[str, str]]] = []
        for i, turn in enumerate(turns):
            clauses = _pairs_by_clause(turn.tagged.text)
            repeat = next((quote for quote, pairs in clauses if any(_overlap(pairs, s) for s in said)), None)
            if repeat is not None:
                out.append(
                    Penalty("repeated", self.config.penalties["repeated"], texts.penalty("repeated", quote=repeat), i)
                )
            said += [pairs for _, pairs in clauses]
        return out

    def _cap(self, turns: Sequence[GradedTurn], ending: str) -> str | None:
        """The lowest cap that applies, if any."""
        applies = {
            "forbidden": any(t.tagged.has(Tag.FORBIDDEN) for t in turns),
            "unresolved": ending == "unfinished",
            "escalated": ending == "escalated",
            "lost": ending == "lost",
        }
        hit = [c for c in CAPS if applies[c]]
        return min(hit, key=lambda c: self.config.caps[c]) if hit else None


def _pairs_by_clause(text: str) -> list[tuple[str, frozenset[tuple[str, str]]]]:
    """Each long enough clause of a reply, with its pairs of neighbouring words (Chinese characters)."""
    out = []
    for match in _CLAUSE.finditer(text):
        units = _UNIT.findall(match.group(0).lower())
        if len(units) >= REPEAT_UNITS:
            out.append((match.group(0).strip(), frozenset(zip(units, units[1:], strict=False))))
    return out


def _overlap(a: frozenset[tuple[str, str]], b: frozenset[tuple[str, str]]) -> bool:
    return len(a & b) >= REPEAT_OVERLAP * len(a | b)
