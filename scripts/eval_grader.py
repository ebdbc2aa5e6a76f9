"""Does the grade rank the expert, average and poor versions of each situation in that order?

Reads the conversation sets under data/conversations/ (all but the blind sets unless files are named), tags
every reply with the real tagger, grades each version and prints, per language and split, in how many
situations expert > average > poor.
Usage: python scripts/eval_grader.py [--verbose] [FILE ...]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from simulator.core.grading_types import GradedTurn  # noqa: E402
from simulator.core.scoring import load_grader, load_tagger  # noqa: E402

DATA = Path(__file__).resolve().parent.parent / "data" / "conversations"
# Still blind (see data/conversations/README.md): measured only when a release is made, never read or trained on.
BLIND = {"blind20_en", "blind21_en", "blind18_zh", "blind19_zh"}
QUALITIES = ("expert", "average", "poor")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    # By default every set but the blind ones, which are measured only when a release is made (see its README).
    tuning = sorted(p for p in DATA.glob("*.jsonl") if p.stem not in BLIND)
    parser.add_argument("files", nargs="*", type=Path, default=tuning)
    parser.add_argument("--verbose", "-v", action="store_true", help="print every situation's totals and tags")
    args = parser.parse_args()
    tagger, grader = load_tagger(), load_grader()
    totals: dict[tuple[str, str, str], dict[str, int]] = defaultdict(dict)  # (language, split, situation) -> totals
    for path in args.files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            item = json.loads(line)
            language = item["language"]
            turns = [GradedTurn(t["customer"], tagger.tag(t["reply"], t["customer"], language)) for t in item["turns"]]
            card = grader.grade(turns, language)
            key = (language, item.get("split", "train"), item["situation"])
            totals[key][item["quality"]] = card.total
            if args.verbose:
                tags = " | ".join(",".join(t.value for t in turn.tagged.tags) or "-" for turn in turns)
                print(f"  {item['id']:<40} {card.total:>3}  {tags}")
    held: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for (language, split, situation), by_quality in sorted(totals.items()):
        scores = [by_quality.get(q, -1) for q in QUALITIES]
        ordered = scores[0] > scores[1] > scores[2]
        held[(language, split)][0] += ordered
        held[(language, split)][1] += 1
        if not ordered:
            expert, average, poor = scores
            print(f"  out of order: {language} {split} {situation}: expert {expert}, average {average}, poor {poor}")
    for (language, split), (good, count) in sorted(held.items()):
        print(f"{language} {split:<8} expert > average > poor in {good}/{count} situations")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
