"""Cross-validates the reply tagger on the train split: how well the rules and learned models generalise.

    python scripts/cv_tagger.py --lang en                  # per-tag P/R/F1, each train writer a fold
    python scripts/cv_tagger.py --lang zh --errors RESOLVE # also list the test-fold items wrong on RESOLVE
    python scripts/cv_tagger.py --lang en --writer 16 17   # only those writers' folds, to compare quickly

Each fold is one writer's work (scripts/split_corpus.py knows the writers by id), so the learned second opinions
(learned.py), retrained on the other writers only, with their threshold chosen on the validation writers as
scripts/train_tagger_models.py does, meet phrasing they never saw. The rules are shared by every fold, so keep
rule changes general. Held-out items are never read.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from typing import cast

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from eval_tagger import Report, corpus_path, print_report  # noqa: E402
from split_corpus import VALIDATION_WRITERS, writer_of  # noqa: E402
from train_tagger_models import choose_threshold, examples, scenario_items, train  # noqa: E402

from simulator.core.scoring.learned import LEARNED_TAGS, LinearModel  # noqa: E402
from simulator.core.scoring.tagger import Tagger, build_tagger  # noqa: E402
from simulator.core.tags import ALL_TAGS, Tag  # noqa: E402


@dataclass(frozen=True)
class Item:
    id: str
    reply: str
    customer: str | None
    gold: frozenset[Tag]
    family: str


def load_items(lang: str) -> list[Item]:
    path = corpus_path(lang, "train")
    items: list[Item] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            items.append(
                Item(
                    str(raw["id"]),
                    str(raw["reply"]),
                    raw.get("customer"),
                    frozenset(Tag(t) for t in raw["tags"]),
                    str(raw.get("family", "")),
                )
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise SystemExit(f"{path}:{number}: error: not a corpus item ({exc})") from None
    return items


def fold_models(lang: str, train_items: list[Item], rules_only: Tagger) -> dict[Tag, LinearModel]:
    """The learned models for one language trained on `train_items` (and the scenario examples) only, as
    train_tagger_models.py does."""
    models: dict[Tag, LinearModel] = {}
    for tag in LEARNED_TAGS:
        data, by_rules = examples(((it.reply, it.customer, it.gold) for it in train_items), lang, tag, rules_only)
        extra, _ = examples(scenario_items(lang), lang, tag, rules_only)
        cut, _ = choose_threshold(tag, data, by_rules, [writer_of(it.id) for it in train_items], extra)
        bias, weights = train(data + extra)
        models[tag] = LinearModel(bias, weights, cut)
    return models


def cross_validate(lang: str, learned: bool = True, only: Collection[int] = ()) -> Report:
    items = load_items(lang)
    rules_only = build_tagger(learned=False)
    shipped = build_tagger()
    # The validation writers are never measured or listed here: their items must stay unread by rule writers.
    writers = sorted({writer_of(it.id) for it in items} - set(VALIDATION_WRITERS))
    if only:
        writers = [w for w in writers if w in only]
    report = Report(lang, f"leave-one-writer-out cross-validation of train ({len(writers)} writers)")
    for k in writers:
        test = [it for it in items if writer_of(it.id) == k]
        if learned:
            trained = fold_models(lang, [it for it in items if writer_of(it.id) != k], rules_only)
            # The other language keeps its shipped models: code-mixed replies consult them too.
            models = {tag: {**shipped.models.get(tag, {}), lang: m} for tag, m in trained.items()}
        else:
            models = {}
        tagger = Tagger(rules_only.english, rules_only.chinese, rules_only.t2s, models)
        for it in test:
            tagged = tagger.tag(it.reply, it.customer, lang)
            got = set(tagged.tags)
            report.items += 1
            report.exact += got == it.gold
            for tag in ALL_TAGS:
                c = report.counts[tag]
                c.tp += tag in got and tag in it.gold
                c.fp += tag in got and tag not in it.gold
                c.fn += tag in it.gold and tag not in got
            if got != it.gold:
                report.errors.append(
                    {
                        "id": it.id,
                        "family": it.family,
                        "customer": it.customer,
                        "reply": it.reply,
                        "want": sorted(t.value for t in it.gold),
                        "got": sorted(t.value for t in got),
                        "evidence": tagged.to_json()["evidence"],
                    }
                )
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("en", "zh"), required=True)
    parser.add_argument("--rules-only", action="store_true", help="leave the learned models out")
    parser.add_argument("--writer", type=int, nargs="+", default=[], help="only these writers' folds (faster)")
    parser.add_argument("--errors", nargs="*", metavar="TAG", help="list test-fold errors (only on these tags)")
    args = parser.parse_args(argv)
    try:
        wanted = {Tag(t.upper()) for t in args.errors or ()}
    except ValueError as exc:
        parser.error(str(exc))
    report = cross_validate(args.lang, learned=not args.rules_only, only=args.writer)
    print_report(report)
    if args.errors is not None:
        for err in report.errors:
            diff = set(cast(list[str], err["want"])) ^ set(cast(list[str], err["got"]))
            if not wanted or any(t.value in diff for t in wanted):
                print("  ", json.dumps(err, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
