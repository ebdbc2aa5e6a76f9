"""Splits data/corpus/<lang>/all.jsonl into train.jsonl and heldout.jsonl by a hash of each id.

The split is decided by the id alone, never by a person, so nobody picks the easy items
for the held-out set. Usage: python scripts/split_corpus.py en
"""

import hashlib
import json
import sys
from pathlib import Path

HELDOUT_SHARE = 27  # percent


def is_heldout(item_id: str) -> bool:
    return int(hashlib.sha256(item_id.encode()).hexdigest(), 16) % 100 < HELDOUT_SHARE


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
