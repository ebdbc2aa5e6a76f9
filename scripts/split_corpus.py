"""Splits data/corpus/<lang>/all.jsonl into train.jsonl and heldout.jsonl by writer.

The held-out split is the whole work of writers nobody tuned the scorer on (HELDOUT_WRITERS),
so its score says how the scorer does on people whose wording it has never read: the test it faces with
outside writers. A hash split of the same writers' items would flatter it, because one writer's phrasing
runs through both halves. The id alone decides, never a person. Usage: python scripts/split_corpus.py en
"""

import json
import sys
from pathlib import Path

# Each writer's id range, the same in both languages (see the corpus READMEs).
WRITERS = {
    1: range(1, 2001),
    2: range(5001, 6101),
    3: range(7001, 7501),
    4: range(8001, 8501),
    5: range(9001, 10000),
    6: range(6101, 6501),
    7: range(6501, 7001),
    8: range(7501, 8001),
    9: range(8501, 9001),
    10: range(2001, 2501),
    11: range(2501, 3001),
    12: range(3001, 3501),
    13: range(3501, 4001),
    14: range(4001, 4501),
    15: range(4501, 5001),
    16: range(10001, 10501),
    17: range(10501, 11001),
    18: range(11001, 11501),
}
HELDOUT_WRITERS = (5, 10)
# In train, but read only to choose the learned models' thresholds (train_tagger_models.py), never to write
# rules: the rules miss as much there as on a writer they never met, which is what a threshold must suit.
VALIDATION_WRITERS = (11, 14)


def writer_of(item_id: str) -> int:
    number = int(item_id.split("-")[1])
    for writer, ids in WRITERS.items():
        if number in ids:
            return writer
    raise ValueError(f"id {item_id} is in no writer's range; add the writer to WRITERS in split_corpus.py")


def is_heldout(item_id: str) -> bool:
    return writer_of(item_id) in HELDOUT_WRITERS


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
