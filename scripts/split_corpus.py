"""Splits data/corpus/<lang>/all.jsonl into train.jsonl and heldout.jsonl by writer.

The held-out split is the whole work of writers nobody tuned the scorer on (their ids are in HELDOUT_IDS),
so its score says how the scorer does on people whose wording it has never read: the test it faces with
outside writers. A hash split of the same writers' items would flatter it, because one writer's phrasing
runs through both halves. The id alone decides, never a person. Usage: python scripts/split_corpus.py en
"""

import json
import sys
from pathlib import Path

HELDOUT_IDS = range(9001, 10000)  # the fifth writer of each language


def is_heldout(item_id: str) -> bool:
    return int(item_id.split("-")[1]) in HELDOUT_IDS


def main(lang: str) -> None:
    folder = Path(__file__).resolve().parent.parent / "data" / "corpus" / lang
    lines = [ln for ln in (folder / "all.jsonl").read_text(encoding="utf-8").splitlines() if ln.strip()]
    train, heldout = [], []
    for ln in lines:
        (heldout if is_heldout(json.loads(ln)["id"]) else train).append(ln)
    (folder / "train.jsonl").write_text("\n".join(train) + "\n", encoding="utf-8")
    (folder / "heldout.jsonl").write_text("\n".join(heldout) + "\n", encoding="utf-8")
    print(f"{lang}: {len(train)} train, {len(heldout)} heldout")


if __name__ == "__main__":
    main(sys.argv[1])
