"""Trains the tagger's learned second opinions (simulator/core/scoring/learned.py) on the train split only.

    python scripts/train_tagger_models.py        # writes assets/scoring/learned_models.json

Plain logistic regression by stochastic gradient descent with L2, in pure Python (no heavy
dependencies), one model per tag in LEARNED_TAGS and language. A model only speaks when the rules
did not find its tag, so its threshold is chosen by 5-fold cross-validation on train for the best
F1 of rules and model together, never on the held-out split.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from simulator.core.scoring.learned import LEARNED_TAGS, features, long_enough, sigmoid  # noqa: E402
from simulator.core.scoring.normalize import normalise  # noqa: E402
from simulator.core.scoring.rules import load_char_table  # noqa: E402
from simulator.core.scoring.tagger import build_tagger  # noqa: E402
from simulator.core.tags import Tag  # noqa: E402

OUT = ROOT / "assets" / "scoring" / "learned_models.json"
EPOCHS, RATE, L2, MIN_WEIGHT = 30, 0.2, 3e-3, 0.1
Example = tuple[list[str], int]


def examples(lang: str, tag: Tag) -> tuple[list[Example], list[tuple[bool, bool]]]:
    """Features and labels of every train item for one tag, whether the rules alone find that tag, and
    whether the reply is long enough for the model to speak at all."""
    t2s = load_char_table(ROOT / "assets" / "scoring" / "t2s.txt")
    rules_only = build_tagger(learned=False)
    path = ROOT / "data" / "corpus" / lang / "train.jsonl"
    out: list[Example] = []
    by_rules: list[tuple[bool, bool]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            text = normalise(item["reply"], t2s).text
            steps = rules_only.tag(item["reply"], item.get("customer"), lang).tags
            out.append((features(text, lang, steps), int(tag.value in item["tags"])))
            by_rules.append((tag in steps, long_enough(text, lang)))
    return out, by_rules


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


def best_threshold(data: list[Example], by_rules: list[tuple[bool, bool]], folds: int = 5) -> tuple[float, float]:
    """The probability cut with the best cross-validated F1 of the model on its own, and that F1.

    Not of "rules or model": the rules were written while reading the train split, so on it they find nearly
    everything and a cut chosen with them would leave the model almost silent, while on new replies, where
    the rules miss more, the model is what catches the rest."""
    scored: list[tuple[float, int, bool]] = []  # model probability (0: will not speak), label, rules found it
    for k in range(folds):
        bias, weights = train([d for i, d in enumerate(data) if i % folds != k])
        for i, (feats, label) in enumerate(data):
            if i % folds == k:
                z = sum(weights.get(f, 0.0) for f in set(feats))
                # Mirrors LinearModel.flags: too short, or no positive evidence from the words, no flag.
                found, long = by_rules[i]
                scored.append((sigmoid(bias + z) if z > 0 and long else 0.0, label, found))
    best = (1.0, 0.0)
    for cut in [i / 20 for i in range(1, 20)]:
        tp = sum(1 for p, y, _ in scored if p >= cut and y)
        fp = sum(1 for p, y, _ in scored if p >= cut and not y)
        fn = sum(1 for p, y, _ in scored if p < cut and y)
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        best = max(best, (cut, f1), key=lambda b: b[1])
    return best


def main() -> int:
    models: dict[str, dict[str, object]] = {}
    for tag in LEARNED_TAGS:
        for lang in ("en", "zh"):
            data, by_rules = examples(lang, tag)
            cut, f1 = best_threshold(data, by_rules)
            bias, weights = train(data)
            models.setdefault(tag.value, {})[lang] = {
                "bias": round(bias, 4),
                "threshold": cut,
                "weights": dict(sorted(weights.items())),
            }
            print(
                f"{tag.value} {lang}: {len(data)} items, {len(weights)} weights, threshold {cut:.2f}, "
                f"cross-validated F1 of the model alone {f1:.3f}"
            )
    payload = {"about": "learned second opinions; retrain: python scripts/train_tagger_models.py", "models": models}
    OUT.write_text(json.dumps(payload, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
