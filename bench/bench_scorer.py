"""Measures the reply tagger: per-reply latency, load_tagger() start-up in a fresh process, its memory,
and macro-F1 on the corpus (train, and heldout unless --skip-heldout).

    python bench/bench_scorer.py [--skip-heldout] [--record VERSION]

The held-out macro-F1 is printed next to the previous release's on the same held-out items, from
bench/scorer_releases.json (each record names the held-out set by a hash of its files); `--record VERSION` adds this
run's held-out figures there when a release is made.

Targets: median < 2 ms and p99 < 10 ms per reply, start-up < 200 ms, macro-F1 >= 0.85 per language. Start-up
is printed in parts: the tagger loads each language's rules on first use (the app warms both in the background),
and both with the compiled-pattern cache empty (a machine's first run) and filled (every run after).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RELEASES = Path(__file__).with_name("scorer_releases.json")
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from eval_tagger import corpus_path, evaluate  # noqa: E402

from simulator.core.scoring.tagger import build_tagger  # noqa: E402

# CPU milliseconds (steadier than wall time on a busy machine) from import to a loaded tagger, then for its first
# English reply and its first Chinese reply, each of which first loads that language's rules, compiled or from the
# compiled-pattern cache folder given as argv[1] (as load_tagger() does with the user's cache folder).
STARTUP = (
    "import sys, time; from pathlib import Path; c = time.process_time; t = c(); "
    "from simulator.core.scoring.tagger import build_tagger; "
    "tagger = build_tagger(cache_folder=Path(sys.argv[1])); a = c(); tagger.tag('Sorry about that.'); b = c(); "
    "tagger.tag('非常抱歉。'); print((a - t) * 1000, (b - a) * 1000, (c() - b) * 1000)"
)


def heldout_set() -> str:
    """A short name for the held-out items: a release's figures compare only with figures on the same items."""
    digest = hashlib.sha256()
    for lang in ("en", "zh"):
        digest.update(corpus_path(lang, "heldout").read_bytes())
    return digest.hexdigest()[:12]


def replies() -> list[tuple[str, str | None]]:
    items: list[tuple[str, str | None]] = []
    for lang in ("en", "zh"):
        for line in corpus_path(lang, "train").read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                items.append((item["reply"], item.get("customer")))
    return items


def latency(samples: list[tuple[str, str | None]], rounds: int = 5) -> tuple[float, float]:
    tagger = build_tagger().warm()
    times: list[float] = []
    for _ in range(rounds):
        for reply, customer in samples:
            started = time.perf_counter()
            tagger.tag(reply, customer)
            times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.99)]


def startup_ms(runs: int = 5) -> dict[str, tuple[float, float, float]]:
    """Median CPU milliseconds, each run in a fresh process: loading the tagger, its first English reply, its
    first Chinese reply; "cold" with an empty cache folder (a machine's first run, or after the rules change),
    "warm" with the folder the first run filled."""

    def run(folder: str) -> tuple[float, float, float]:
        command = [sys.executable, "-c", STARTUP, folder]
        out = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True).stdout
        load, english, chinese = map(float, out.split())
        return load, english, chinese

    def medians(samples: list[tuple[float, float, float]]) -> tuple[float, float, float]:
        load, english, chinese = (statistics.median(part) for part in zip(*samples, strict=True))
        return load, english, chinese

    cold, warm = [], []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as folder:
            cold.append(run(folder))
            warm.append(run(folder))
    return {"cold": medians(cold), "warm": medians(warm)}


def memory_kib() -> float:
    tracemalloc.start()
    before = tracemalloc.take_snapshot()
    tagger = build_tagger().warm()
    after = tracemalloc.take_snapshot()
    tracemalloc.stop()
    del tagger
    return sum(s.size_diff for s in after.compare_to(before, "filename")) / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-heldout", action="store_true", help="leave the held-out corpus out")
    parser.add_argument("--record", metavar="VERSION", help="store the held-out figures as this release's")
    args = parser.parse_args()
    releases = json.loads(RELEASES.read_text(encoding="utf-8")) if RELEASES.exists() else []
    held_set = heldout_set()
    previous = next((r for r in reversed(releases) if r.get("heldout_set") == held_set), None)
    heldout: dict[str, float] = {}
    samples = replies()
    median, p99 = latency(samples)
    print(f"latency per reply over {len(samples)} replies x5: median {median:.3f} ms, p99 {p99:.3f} ms")
    for cache, (load, english, chinese) in startup_ms().items():
        print(
            f"start-up in a fresh process, {cache} pattern cache (median of 5, CPU): loading the tagger {load:.1f} "
            f"ms; first English reply {english:.1f} ms and first Chinese reply {chinese:.1f} ms (each loads its "
            f"language's rules); all three {load + english + chinese:.1f} ms"
        )
    print(f"memory held by the loaded tagger (tracemalloc): {memory_kib():.0f} KiB")
    for split in ("train",) if args.skip_heldout else ("train", "heldout"):
        for lang in ("en", "zh"):
            report = evaluate(lang, split)
            forbidden = report.counts[next(t for t in report.counts if t.value == "FORBIDDEN")]
            before = ""
            if split == "heldout":
                heldout[lang] = round(report.macro_f1, 3)
                before = (
                    f" (previous release {previous['version']}: {previous['heldout'][lang]:.3f})"
                    if previous
                    else " (no previous release measured on these held-out items)"
                )
            print(
                f"{lang} {split}: macro-F1 {report.macro_f1:.3f}{before} over {report.items} items; "
                f"FORBIDDEN precision {forbidden.precision:.3f} recall {forbidden.recall:.3f}"
            )
    if args.record:
        if not heldout:
            parser.error("--record needs the held-out figures: drop --skip-heldout")
        releases.append({"version": args.record, "heldout_set": held_set, "heldout": heldout})
        RELEASES.write_text(json.dumps(releases, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
