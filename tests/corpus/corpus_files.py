"""Reading the labelled reply corpus (data/corpus/<lang>/*.jsonl) for the corpus tests."""

import json
from pathlib import Path
from types import ModuleType

import pytest

from tests.script_module import load_script

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "data" / "corpus"
FAMILIES = {
    "plain", "paraphrase", "negation", "non_apology", "rhetorical", "buck_passing", "closing", "typo", "long",
    "one_word", "traditional", "code_mixed", "condolence", "overpromise", "take_back", "call_us_again",
    "lookup_not_resolve", "mixed_forbidden",
}  # fmt: skip


def read(lang: str, name: str) -> list[dict[str, object]]:
    """The items of one corpus file; a line that is not JSON fails the test, naming file and line."""
    items = []
    for number, line in enumerate((CORPUS / lang / name).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            items.append(json.loads(line))
        except json.JSONDecodeError as err:
            pytest.fail(f"data/corpus/{lang}/{name} line {number}: not JSON ({err})")
    return items


def split_script() -> ModuleType:
    """scripts/split_corpus.py, which decides by writer (from the id) which items are held out."""
    return load_script("split_corpus")
