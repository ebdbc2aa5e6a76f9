"""Trains the grader's learned judgement of whole conversations (simulator/core/scoring/conversation_model.py)
on the labelled conversation sets in data/conversations/, the blind sets and the held-out situations of
en.jsonl and zh.jsonl left out.

    python scripts/train_grade_model.py          # writes assets/scoring/conversation_model.json
    python scripts/train_grade_model.py --loso   # also: each set ranked by a model trained on the others

Each situation was written three times, by an expert, an average and a poor agent. The model learns, from
every pair of versions of one situation, which was better: pairwise logistic regression (L2) on the mean of
the replies' features (the words and character pairs the tagger's models use, and the tags the tagger gave).
Pairs, not labels, so the model learns what separates agents facing the same customer, not the topic.
Needs numpy and scipy (`pip install -e .[train]`); the app only reads the JSON it writes.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np
import scipy.sparse as sparse
from scipy.optimize import minimize

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from eval_grader import BLIND, DATA  # noqa: E402

from simulator.core.grading_types import GradedTurn  # noqa: E402
from simulator.core.scoring import load_tagger  # noqa: E402
from simulator.core.scoring.conversation_model import ConversationModel, reply_features  # noqa: E402
from simulator.core.scoring.grader import Grader  # noqa: E402

OUT = ROOT / "assets" / "scoring" / "conversation_model.json"
L2 = 1.0
QUALITIES = ("expert", "average", "poor")
Sets = dict[str, list[dict]]  # set name -> its conversations
Triple = tuple[int, int, int, str]  # the rows of a situation's expert, average and poor versions, and its set


def read_sets(language: str) -> Sets:
    sets: Sets = {}
    for path in sorted(DATA.glob(f"*_{language}.jsonl")) + sorted(DATA.glob(f"{language}.jsonl")):
        if path.stem not in BLIND:
            items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
            sets[path.stem] = [item for item in items if item.get("split") != "heldout"]
    return sets


def design(sets: Sets, language: str) -> tuple[sparse.csr_matrix, list[str], list[Triple], list[list[GradedTurn]]]:
    """One row per conversation (the mean of its replies' features), the feature names, the rows of each
    situation's three versions, and each row's tagged turns."""
    tagger = load_tagger()
    tagged: list[list[GradedTurn]] = []
    vocab: dict[str, int] = {}
    rows, cols, values = [], [], []
    where: dict[tuple[str, str], dict[str, int]] = defaultdict(dict)
    n = 0
    for name, items in sets.items():
        for item in items:
            turns = [GradedTurn(t["customer"], tagger.tag(t["reply"], t["customer"], language)) for t in item["turns"]]
            for turn in turns:
                for feature in reply_features(turn.tagged, language, tagger.t2s):
                    rows.append(n)
                    cols.append(vocab.setdefault(feature, len(vocab)))
                    values.append(1 / len(turns))
            where[(name, item["situation"])][item["quality"]] = n
            tagged.append(turns)
            n += 1
    matrix = sparse.csr_matrix((values, (rows, cols)), shape=(n, len(vocab)))
    triples = [(*(d[q] for q in QUALITIES), name) for (name, _), d in where.items() if set(d) == set(QUALITIES)]
    return matrix, list(vocab), triples, tagged


def fit(matrix: sparse.csr_matrix, triples: list[Triple]) -> np.ndarray:
    pairs = [(e, a) for e, a, _, _ in triples] + [(a, p) for _, a, p, _ in triples] + [(e, p) for e, _, p, _ in triples]
    diff = (matrix[[better for better, _ in pairs]] - matrix[[worse for _, worse in pairs]]).tocsr()

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = diff @ w
        gradient = -(diff.T @ (1 / (1 + np.exp(z)))) + L2 * w
        return float(np.logaddexp(0, -z).sum() + 0.5 * L2 * w @ w), gradient

    return minimize(loss, np.zeros(matrix.shape[1]), jac=True, method="L-BFGS-B", options={"maxiter": 300}).x


def leave_one_set_out(
    matrix: sparse.csr_matrix, names: list[str], triples: list[Triple], turns: list[list[GradedTurn]], language: str
) -> None:
    """Each set's situations in order (expert > average > poor), by a model that never saw that set alone and by
    the whole grade with that model, next to the grade by the rubric alone."""
    t2s = load_tagger().t2s
    counts = {"model": 0, "grade": 0, "rubric": 0}
    for held in sorted({t[3] for t in triples}):
        weights = fit(matrix, [t for t in triples if t[3] != held])
        graders = {
            "grade": Grader(model=ConversationModel({language: dict(zip(names, weights, strict=True))}, t2s)),
            "rubric": Grader(),
        }
        mine = [t for t in triples if t[3] == held]
        scores = {"model": matrix @ weights}
        for key, grader in graders.items():
            scores[key] = {row: grader.grade(turns[row], language).total for t in mine for row in t[:3]}
        line = []
        for key in counts:
            ordered = sum(scores[key][e] > scores[key][a] > scores[key][p] for e, a, p, _ in mine)
            counts[key] += ordered
            line.append(f"{key} {ordered}/{len(mine)}")
        print(f"  {language} {held:<12} " + ", ".join(line))
    print(
        f"{language}: situations in order, each set by a model that never saw it: "
        + ", ".join(f"{key} {n}/{len(triples)}" for key, n in counts.items())
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--loso", action="store_true", help="print leave-one-set-out ranking first")
    args = parser.parse_args()
    models = {}
    for language in ("en", "zh"):
        matrix, names, triples, turns = design(read_sets(language), language)
        if args.loso:
            leave_one_set_out(matrix, names, triples, turns, language)
        weights = fit(matrix, triples)
        models[language] = {names[i]: round(float(w), 4) for i, w in enumerate(weights) if abs(w) >= 1e-3}
        print(f"{language}: {len(triples)} situations, {len(models[language])} weights kept of {len(names)}")
    OUT.write_text(
        json.dumps({"l2": L2, "models": models}, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8"
    )
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
