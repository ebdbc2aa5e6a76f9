"""Measures the reply tagger against the labelled corpus: per-tag precision, recall and F1, and macro-F1.

    python scripts/eval_tagger.py                      # both languages, train split
    python scripts/eval_tagger.py --lang zh --errors   # also list the train items it gets wrong
    python scripts/eval_tagger.py --split heldout      # the honest figure: run once, never tune on it
    python scripts/eval_tagger.py --writer 12 --rules-only --errors   # one train writer's items, rules alone

Corpus lines are {"id", "reply", "customer"?, "tags": [...], "family"} in data/corpus/<lang>/<split>.jsonl.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from split_corpus import VALIDATION_WRITERS, writer_of  # noqa: E402

from simulator.core.scoring import Tagger, load_tagger  # noqa: E402
from simulator.core.scoring.tagger import build_tagger  # noqa: E402
from simulator.core.tags import ALL_TAGS, Tag  # noqa: E402


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    lang: str
    split: str
    items: int = 0
    exact: int = 0  # items whose whole tag set is right
    counts: dict[Tag, Counts] = field(default_factory=lambda: {t: Counts() for t in ALL_TAGS})
    errors: list[dict[str, object]] = field(default_factory=list)

    @property
    def macro_f1(self) -> float:
        # A tag absent from both the labels and the predictions says nothing; leave it out of the mean.
        scored = [c.f1 for c in self.counts.values() if c.tp + c.fp + c.fn]
        return sum(scored) / len(scored) if scored else 0.0


def corpus_path(lang: str, split: str) -> Path:
    return ROOT / "data" / "corpus" / lang / f"{split}.jsonl"


def evaluate(lang: str, split: str = "train", tagger: Tagger | None = None, writer: int | None = None) -> Report:
    """Tags every item of one corpus file (or one writer's items in it) and compares with its labels."""
    tagger = tagger or load_tagger()
    report = Report(lang, split if writer is None else f"{split}, writer {writer}")
    path = corpus_path(lang, split)
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            gold = {Tag(t) for t in item["tags"]}
            reply = str(item["reply"])
            if writer is not None and writer_of(str(item["id"])) != writer:
                continue
        except (ValueError, KeyError, TypeError) as exc:
            raise SystemExit(f"{path}:{number}: error: not a corpus item ({exc})") from None
        tagged = tagger.tag(reply, item.get("customer"), lang)
        got = set(tagged.tags)
        report.items += 1
        report.exact += got == gold
        for tag in ALL_TAGS:
            counts = report.counts[tag]
            counts.tp += tag in got and tag in gold
            counts.fp += tag in got and tag not in gold
            counts.fn += tag in gold and tag not in got
        if got != gold:
            report.errors.append(
                {
                    "id": item.get("id"),
                    "family": item.get("family"),
                    "customer": item.get("customer"),
                    "reply": reply,
                    "want": sorted(t.value for t in gold),
                    "got": sorted(t.value for t in got),
                    "evidence": tagged.to_json()["evidence"],
                }
            )
    return report


def print_report(report: Report) -> None:
    print(f"{report.lang} {report.split}: {report.items} items, {report.exact} exactly right")
    print(f"  {'tag':<10} {'prec':>6} {'recall':>6} {'F1':>6}   tp  fp  fn")
    for tag, c in report.counts.items():
        print(f"  {tag.value:<10} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f}  {c.tp:3d} {c.fp:3d} {c.fn:3d}")
    print(f"  macro-F1 {report.macro_f1:.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("en", "zh", "all"), default="all")
    parser.add_argument("--split", choices=("train", "heldout"), default="train")
    parser.add_argument("--errors", action="store_true", help="list misclassified items (train split only)")
    parser.add_argument("--writer", type=int, help="only this writer's items (see scripts/split_corpus.py)")
    parser.add_argument("--rules-only", action="store_true", help="leave the learned models out")
    args = parser.parse_args(argv)
    if args.errors and args.split != "train":
        parser.error("--errors lists train items only: held-out items must stay unseen")
    tagger = build_tagger(learned=not args.rules_only)
    for lang in ("en", "zh") if args.lang == "all" else (args.lang,):
        report = evaluate(lang, args.split, tagger, args.writer)
        print_report(report)
        if args.errors:
            # The validation writer's items choose the learned models' thresholds and must stay unread.
            unread = [e for e in report.errors if writer_of(str(e["id"])) in VALIDATION_WRITERS]
            for err in report.errors:
                if err not in unread:
                    print("  ", json.dumps(err, ensure_ascii=False))
            print(f"  ({len(unread)} errors on the validation writer not listed)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
