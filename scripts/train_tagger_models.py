"""Trains the tagger's learned second opinions (simulator/core/scoring/learned.py) on the train split only
(plus the scenarios' tagged example replies).

    python scripts/train_tagger_models.py        # writes assets/scoring/learned_models.json

Plain logistic regression by stochastic gradient descent with L2, in pure Python (no heavy
dependencies), one model per tag in LEARNED_TAGS and language. A model only speaks when the rules
did not find its tag, so it is trained as it is used (the rules' finding of its own tag is no feature)
and its threshold is chosen on the validation writers (split_corpus.VALIDATION_WRITERS), whose items a model
trained on the other writers scores: the cut with the best F1 of rules and model together, among those where
the model is right at least MIN_PRECISION of the time it speaks (and, for FORBIDDEN, rules and model together
are precise enough); never on the held-out split. A tag and language with no such cut gets no model.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Collection, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from split_corpus import VALIDATION_WRITERS, writer_of  # noqa: E402

from simulator.core.diagnostics import ScenarioError  # noqa: E402
from simulator.core.loader import load_scenario  # noqa: E402
from simulator.core.scoring.learned import LEARNED_TAGS, features, long_enough, sigmoid  # noqa: E402
from simulator.core.scoring.normalize import normalise  # noqa: E402
from simulator.core.scoring.tagger import Tagger, build_tagger  # noqa: E402
from simulator.core.tags import Tag  # noqa: E402

OUT = ROOT / "assets" / "scoring" / "learned_models.json"
EPOCHS, RATE, L2, MIN_WEIGHT = 30, 0.2, 3e-3, 0.2
MIN_PRECISION = 0.6  # on the validation writers, of what the model adds where the rules missed the tag
# A false FORBIDDEN calls a trainee rude and caps the whole conversation's grade: rules and model together must
# stay well above the 0.85 precision the scorer is held to. The margin is for long conversation turns, where the
# model errs more than on the corpus's single replies (at a 0.90 floor the Chinese cut fell to 0.60 and flagged
# experts' check-back calls, "明天我再给您打个电话,看看用气是不是一切正常").
MIN_COMBINED_PRECISION = {Tag.FORBIDDEN: 0.92}
Example = tuple[list[str], int]  # features, label
Found = tuple[bool, bool]  # the rules found the tag, the reply is long enough for the model
Labelled = tuple[str, str | None, frozenset[Tag]]  # a reply, what the customer had said, its gold tags


def corpus_items(lang: str) -> tuple[list[Labelled], list[int]]:
    """The train split of the labelled corpus, and the writer of each item."""
    path = ROOT / "data" / "corpus" / lang / "train.jsonl"
    items: list[Labelled] = []
    writers: list[int] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            try:
                raw = json.loads(line)
                items.append((str(raw["reply"]), raw.get("customer"), frozenset(Tag(t) for t in raw["tags"])))
                writers.append(writer_of(str(raw["id"])))
            except (ValueError, KeyError, TypeError) as exc:
                raise SystemExit(f"{path}:{number}: error: not a corpus item ({exc})") from None
    return items, writers


def scenario_items(lang: str) -> list[Labelled]:
    """The example replies the scenario writers tagged (scenarios/<lang>/*.yaml): more labelled text, used for
    training only, never to choose a threshold or measure."""
    items: list[Labelled] = []
    for path in sorted((ROOT / "scenarios" / lang).glob("*.yaml")):
        try:
            scenario = load_scenario(path)
        except ScenarioError as exc:
            raise SystemExit(f"{exc}\nfix the scenario (python main.py lint {path}) before training") from None
        for node in scenario.nodes.values():
            items += [(ex.reply, node.customer, frozenset(ex.tags)) for ex in node.examples if ex.tags is not None]
    return items


def examples(items: Iterable[Labelled], lang: str, tag: Tag, rules_only: Tagger) -> tuple[list[Example], list[Found]]:
    """Features and label of each item for the model of one tag, whether the rules alone find that tag, and
    whether the reply is long enough for the model to speak at all."""
    out: list[Example] = []
    by_rules: list[Found] = []
    for reply, customer, gold in items:
        text = normalise(reply, rules_only.t2s).text
        steps = rules_only.tag(reply, customer, lang).tags
        out.append((model_features(text, lang, steps, tag), int(tag in gold)))
        by_rules.append((tag in steps, long_enough(text, lang)))
    return out, by_rules


def model_features(text: str, lang: str, steps: Iterable[Tag], tag: Tag) -> list[str]:
    """The features of one reply for the model of `tag`. The model is only consulted when no rule found its
    tag, so the rules' own finding of it is left out: otherwise it would explain away the rule-found
    replies in training, and the words would learn only the few leftovers."""
    return features(text, lang, [t for t in steps if t is not tag])


def train(data: list[Example], seed: int = 7) -> tuple[float, dict[str, float]]:
    rng = random.Random(seed)
    weights: dict[str, float] = {}
    bias = 0.0
    order = list(range(len(data)))
    for epoch in range(EPOCHS):
        rng.shuffle(order)
        rate = RATE / (1 + epoch * 0.1)
        for i in order:
            feats, label = data[i]
            unique = set(feats)
            grad = sigmoid(bias + sum(weights.get(f, 0.0) for f in unique)) - label
            bias -= rate * grad
            for f in unique:
                w = weights.get(f, 0.0)
                weights[f] = w - rate * (grad + L2 * w)
    return bias, {f: round(w, 3) for f, w in weights.items() if abs(w) >= MIN_WEIGHT}


def best_threshold(
    data: list[Example],
    by_rules: list[Found],
    groups: list[int],
    extra: list[Example] | None = None,
    scored: Collection[int] | None = None,
    min_precision: float = MIN_PRECISION,
    min_combined_precision: float = 0.0,
) -> tuple[float, float]:
    """The probability cut with the best cross-validated F1 of rules and model together, and the model's own
    F1 there on the replies where the rules did not find its tag (the only ones it speaks on; 0.0: no cut helps).

    Each fold holds out one group (a writer) of `scored` (default: every group), trains on the rest and scores
    it: the model meets phrasing it never trained on, as it will with a new trainee. The validation writers are
    the ones to score: on writers whose items the rules were written from, the rules leave the model only
    oddities, and the cut chosen there (FORBIDDEN en 0.95) cost a new writer a tenth of its FORBIDDEN recall.

    The cut is judged by what the shipped tagger does (rules or model), since that is what a trainee sees: a
    FORBIDDEN cut chosen for the model's precision alone (0.8 of what it adds) sat at 0.95 and cost Chinese
    FORBIDDEN a tenth of its recall on the validation writers for three points of precision.
    `extra` items join every fold's training and are never scored."""
    folds = sorted(set(groups) if scored is None else set(groups) & set(scored))
    results: list[tuple[float, int, bool]] = []  # model probability (0: will not speak), label, rules found it
    for k in folds:
        bias, weights = train([d for i, d in enumerate(data) if groups[i] != k] + (extra or []))
        for i, (feats, label) in enumerate(data):
            if groups[i] == k:
                z = sum(weights.get(f, 0.0) for f in set(feats))
                # Mirrors LinearModel.flags: too short, or no positive evidence from the words, no flag.
                found, long = by_rules[i]
                results.append((sigmoid(bias + z) if z > 0 and long else 0.0, label, found))
    best = (1.0, 0.0, 0.0)  # cut, F1 of rules and model, the model's own F1
    left = [(p, y) for p, y, found in results if not found]
    rules_tp = sum(1 for _, y, found in results if found and y)
    rules_fp = sum(1 for _, y, found in results if found and not y)
    positives = sum(y for _, y, _ in results)
    # Never below 0.5: a model that thinks its tag more likely absent than present does not speak, however few
    # items on the validation writers say a lower cut would have paid.
    for cut in [i / 20 for i in range(10, 20)]:
        tp = sum(1 for p, y in left if p >= cut and y)
        fp = sum(1 for p, y in left if p >= cut and not y)
        fn = sum(1 for p, y in left if p < cut and y)
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        together = 2 * (rules_tp + tp) / (rules_tp + tp + rules_fp + fp + positives or 1)
        precise = (rules_tp + tp) / (rules_tp + tp + rules_fp + fp or 1)
        # A second opinion wrong as often as right would add noise the grade then trusts (a false RESOLVE lifts
        # the "nothing was resolved" cap), so a cut must also be right most of the time it speaks.
        # Of cuts that do equally well, the highest: the validation writers cannot tell them apart, and the
        # surer cut flags less on replies unlike the corpus (long conversation turns).
        if (
            tp / (tp + fp or 1) >= min_precision
            and precise >= min_combined_precision
            and f1 > 0
            and together >= best[1]
        ):
            best = (cut, together, f1)
    return best[0], best[2]


def choose_threshold(
    tag: Tag, data: list[Example], by_rules: list[Found], writers: list[int], extra: list[Example]
) -> tuple[float, float]:
    """The cut for `tag`'s model, chosen on the validation writers with the precision that tag needs."""
    floor = MIN_COMBINED_PRECISION.get(tag, 0.0)
    return best_threshold(data, by_rules, writers, extra, VALIDATION_WRITERS, MIN_PRECISION, floor)


def main() -> int:
    rules_only = build_tagger(learned=False)
    models: dict[str, dict[str, object]] = {}
    for tag in LEARNED_TAGS:
        for lang in ("en", "zh"):
            items, writers = corpus_items(lang)
            data, by_rules = examples(items, lang, tag, rules_only)
            extra, _ = examples(scenario_items(lang), lang, tag, rules_only)
            cut, f1 = choose_threshold(tag, data, by_rules, writers, extra)
            if f1 == 0.0:
                print(f"{tag.value} {lang}: no cut is precise enough where the rules miss it; no model shipped")
                continue
            bias, weights = train(data + extra)
            models.setdefault(tag.value, {})[lang] = {
                "bias": round(bias, 4),
                "threshold": cut,
                "weights": dict(sorted(weights.items())),
            }
            print(
                f"{tag.value} {lang}: {len(data)} + {len(extra)} scenario items, {len(weights)} weights, "
                f"threshold {cut:.2f}, cross-validated F1 where the rules miss it {f1:.3f}"
            )
    payload = {"about": "learned second opinions; retrain: python scripts/train_tagger_models.py", "models": models}
    OUT.write_text(json.dumps(payload, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
