"""Tags a trainee's reply with the rubric's steps, quoting the words that earned each tag."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from simulator.core.scoring.language import detect_language, has_han, has_latin
from simulator.core.scoring.learned import LEARNED_TAGS, LinearModel, load_models
from simulator.core.scoring.normalize import Normalised, normalise
from simulator.core.scoring.rules import Echo, RuleSet, load_char_table, load_rules
from simulator.core.scoring.segment import clause_start, sentences
from simulator.core.tags import ALL_TAGS, Evidence, Tag, TaggedReply

ASSETS = Path(__file__).resolve().parents[3] / "assets" / "scoring"
LANGUAGES = ("en", "zh", "mixed")


@dataclass(frozen=True)
class _Hit:
    tag: Tag
    start: int  # in normalised text
    end: int


RuleSource = RuleSet | Callable[[], RuleSet]  # a rule set, or what loads it when first needed


class Tagger:
    """Applies the English rules to Latin text and the Chinese rules to Chinese text, sentence by sentence.

    A language's rules may be given as a loader: compiling their patterns is most of the cost of building the
    tagger, so a trainee working in one language never waits for the other's, and the app warms both off the
    interface thread (warm())."""

    def __init__(
        self,
        english: RuleSource,
        chinese: RuleSource,
        t2s: Mapping[str, str],
        models: Mapping[Tag, Mapping[str, LinearModel]] | None = None,
    ) -> None:
        self._rules: dict[str, RuleSource] = {"en": english, "zh": chinese}
        self._loading = threading.Lock()
        self.t2s = t2s
        self.models = models or {}  # learned second opinions per tag and language, see learned.py

    @property
    def english(self) -> RuleSet:
        return self.rules("en")

    @property
    def chinese(self) -> RuleSet:
        return self.rules("zh")

    def rules(self, language: str) -> RuleSet:
        """The rule set of "en" or "zh", loaded on first use (a broken file raises RuleFileError then)."""
        source = self._rules[language]
        if isinstance(source, RuleSet):
            return source
        with self._loading:  # two threads asking at once load the file once
            source = self._rules[language]
            if not isinstance(source, RuleSet):
                source = self._rules[language] = source()
            return source

    def warm(self) -> Tagger:
        """Loads both languages' rules now, so no reply waits for them (and a broken file is reported now)."""
        for language in self._rules:
            self.rules(language)
        return self

    def tag(self, reply: str, customer: str | None = None, language: str | None = None) -> TaggedReply:
        if language in (None, "auto"):
            language = detect_language(reply)
        elif language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}: use en, zh, mixed or auto")
        norm = normalise(reply, self.t2s)
        heard = normalise(customer, self.t2s).text if customer else ""
        active = [self.rules(lang) for lang, present in (("en", has_latin), ("zh", has_han)) if present(norm.text)]
        spans = sentences(norm.text)
        hits: list[_Hit] = []
        vetoed: set[Tag] = set()  # tags a pure blocker cancelled: a learned opinion may not add them back
        blocked: dict[tuple[int, int], set[Tag]] = {}  # per sentence, the tags any rule there cancelled
        for a, b in spans:
            found_here, vetoed_here, blocked[(a, b)] = self._sentence_hits(norm.text, a, b, active, heard)
            hits += found_here
            vetoed |= vetoed_here
        steps = {h.tag for h in hits}  # what the rules found: the models were trained on exactly that
        languages = [rs.language for rs in active]
        for tag, cancels in LEARNED_TAGS.items():
            if tag in self.models and tag not in vetoed and not any(hit.tag is tag for hit in hits):
                # Nor may it quote a sentence where a rule said "not this tag" ("Im sorry, that must be hard").
                open_spans = [span for span in spans if tag not in blocked[span]]
                flagged = self._learned(self.models[tag], norm.text, open_spans, languages, steps)
                if flagged is not None:
                    a, b = flagged
                    hits = [h for h in hits if not (h.tag in cancels and a <= h.start < b)]
                    hits.append(_Hit(tag, a, b))
                    vetoed |= cancels  # a later model may not put back what this one cancelled
        found: dict[Tag, list[tuple[int, int]]] = {}
        for hit in hits:
            found.setdefault(hit.tag, []).append((hit.start, hit.end))
        tags = tuple(t for t in ALL_TAGS if t in found)
        evidence = {t: _evidence(norm, found[t]) for t in tags}
        return TaggedReply(text=reply, language=language, tags=tags, evidence=evidence)

    @staticmethod
    def _learned(
        models: Mapping[str, LinearModel],
        text: str,
        spans: Sequence[tuple[int, int]],
        languages: Sequence[str],
        steps: Iterable[Tag],
    ) -> tuple[int, int] | None:
        """Where a learned model finds its tag, if it flags the whole reply: in the sentence it scores highest,
        that sentence or, in a long one, the phrase that earns the tag by itself (see LinearModel.phrase)."""
        for language in languages:
            model = models.get(language)
            if model is None or not spans or not model.flags(text, language, steps):
                continue
            a, b = max(spans, key=lambda span: model.evidence(text[span[0] : span[1]], language))
            found = model.phrase(text[a:b], language, steps)
            if found is not None:
                return a + found[0], a + found[1]
        return None

    def _sentence_hits(
        self, text: str, start: int, end: int, rulesets: Sequence[RuleSet], heard: str
    ) -> tuple[list[_Hit], set[Tag], set[Tag]]:
        """The tagging hits of one sentence, after its blockers have cancelled what they block; the tags its
        pure blockers (rules with no tag of their own) cancelled; and all the tags cancelled in it."""
        sentence = text[start:end]
        hits: list[_Hit] = []
        blocked: set[Tag] = set()
        vetoed: set[Tag] = set()
        for ruleset in rulesets:
            for rule in ruleset.rules:
                if rule.customer is not None and not rule.customer.search(heard):
                    continue
                match = rule.pattern.search(sentence)
                if match is None or match.end() == match.start():
                    continue
                a, b = start + match.start(), start + match.end()
                if rule.negatable and _negated(text, start, a, ruleset):
                    continue
                blocked |= rule.blocks
                if rule.tag is not None:
                    hits.append(_Hit(rule.tag, a, b))
                else:
                    vetoed |= rule.blocks
            if ruleset.echo is not None and _is_echo(sentence, heard, ruleset.echo):
                blocked.add(Tag.PROBE)
                hits.append(_Hit(Tag.FORBIDDEN, start, end))
        return [h for h in hits if h.tag not in blocked], vetoed, blocked


_LETTER = re.compile(r"[^\W\d_]")  # a letter or a Chinese character


def _is_echo(sentence: str, heard: str, echo: Echo) -> bool:
    """A short question made only of the customer's own words, thrown back at them."""
    if not heard or not sentence.endswith("?"):
        return False
    words = [w for w in echo.unit.findall(sentence) if not echo.ignore.fullmatch(w)]
    if not 0 < len(words) <= echo.max_units or _LETTER.search(echo.unit.sub("", sentence)):
        return False  # too long, or words of the other language too ("wifi连不上的时候灯是什么颜色?")
    said = set(echo.unit.findall(heard))
    return all(w in said for w in words)


def _negated(text: str, sentence_start: int, at: int, ruleset: RuleSet) -> bool:
    """Whether a negation cue stands shortly before `at` in the same clause ("I won't apologise")."""
    begin = max(clause_start(text, sentence_start, at), at - ruleset.negation_window)
    return ruleset.negation.search(text, begin, at) is not None


def _evidence(norm: Normalised, spans: Iterable[tuple[int, int]]) -> tuple[Evidence, ...]:
    """Overlapping hits merged, mapped back to the original reply."""
    merged: list[list[int]] = []
    for a, b in sorted(spans):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    out: list[Evidence] = []
    for a, b in merged:
        s, e = norm.span(a, b)
        out.append(Evidence(s, e, norm.original[s:e]))
    return tuple(out)


def build_tagger(folder: Path = ASSETS, learned: bool = True, cache_folder: Path | None = None) -> Tagger:
    """The tagger from a folder of rule files, each language's rules loaded when first needed; learned=False
    leaves the learned models out (to train them); a cache folder keeps the compiled rules for the next run."""
    return Tagger(
        english=partial(load_rules, folder / "en.yaml", cache_folder),
        chinese=partial(load_rules, folder / "zh.yaml", cache_folder),
        t2s=load_char_table(folder / "t2s.txt"),
        models=load_models(folder / "learned_models.json") if learned else None,
    )
